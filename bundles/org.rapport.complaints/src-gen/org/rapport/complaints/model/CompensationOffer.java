/**
 */
package org.rapport.complaints.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Compensation Offer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An entry of the compensation catalogue: what agents may give, of which kind, worth how many points or how much; retired entries stay for the compensations given from them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.CompensationOffer#getCode <em>Code</em>}</li>
 *   <li>{@link org.rapport.complaints.model.CompensationOffer#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.complaints.model.CompensationOffer#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.complaints.model.CompensationOffer#getPoints <em>Points</em>}</li>
 *   <li>{@link org.rapport.complaints.model.CompensationOffer#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.rapport.complaints.model.CompensationOffer#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensationOffer()
 * @model annotation="http://rapport.org/security area='servicelevels'"
 * @generated
 */
public interface CompensationOffer extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The entry's code, unique (points-200).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensationOffer_Code()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence unique='true' length='64'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.CompensationOffer#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer gets, as agents see it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensationOffer_Name()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='200'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.CompensationOffer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.complaints.model.CompensationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind; loyalty points are posted to the ledger, the others recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.complaints.model.CompensationKind
	 * @see #setKind(CompensationKind)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensationOffer_Kind()
	 * @model required="true"
	 * @generated
	 */
	CompensationKind getKind();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.CompensationOffer#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.complaints.model.CompensationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CompensationKind value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The points given (kind LOYALTY_POINTS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(Long)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensationOffer_Points()
	 * @model
	 * @generated
	 */
	Long getPoints();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.CompensationOffer#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(Long value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value of a voucher, refund, credit or gift.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensationOffer_Amount()
	 * @model annotation="http://rapport.org/persistence precision='14' scale='2'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.CompensationOffer#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether agents may still choose it; a retired entry is kept, not deleted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensationOffer_Active()
	 * @model default="true" required="true"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.CompensationOffer#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

} // CompensationOffer
