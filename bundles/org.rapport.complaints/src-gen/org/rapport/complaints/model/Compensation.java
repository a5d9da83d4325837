/**
 */
package org.rapport.complaints.model;

import java.math.BigDecimal;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Compensation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a customer was given for a complaint; loyalty points are posted to the ledger with it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.Compensation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Compensation#getPoints <em>Points</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Compensation#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Compensation#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Compensation#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Compensation#getGrantedBy <em>Granted By</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Compensation#getOfferCode <em>Offer Code</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensation()
 * @model annotation="http://rapport.org/security area='complaints'"
 * @generated
 */
public interface Compensation extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.complaints.model.CompensationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.complaints.model.CompensationKind
	 * @see #setKind(CompensationKind)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensation_Kind()
	 * @model required="true"
	 * @generated
	 */
	CompensationKind getKind();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Compensation#getKind <em>Kind</em>}' attribute.
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
	 * Loyalty points posted (kind LOYALTY_POINTS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(Long)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensation_Points()
	 * @model
	 * @generated
	 */
	Long getPoints();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Compensation#getPoints <em>Points</em>}' attribute.
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
	 * The value of a credit or coupon.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensation_Amount()
	 * @model annotation="http://rapport.org/persistence precision='14' scale='2'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Compensation#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensation_Description()
	 * @model annotation="http://rapport.org/persistence length='500'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Compensation#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensation_At()
	 * @model dataType="org.rapport.complaints.model.Instant" required="true"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Compensation#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Granted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who gave it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Granted By</em>' attribute.
	 * @see #setGrantedBy(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensation_GrantedBy()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getGrantedBy();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Compensation#getGrantedBy <em>Granted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Granted By</em>' attribute.
	 * @see #getGrantedBy()
	 * @generated
	 */
	void setGrantedBy(String value);

	/**
	 * Returns the value of the '<em><b>Offer Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code of the catalogue entry it was chosen from; none for one given without the catalogue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offer Code</em>' attribute.
	 * @see #setOfferCode(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensation_OfferCode()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getOfferCode();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Compensation#getOfferCode <em>Offer Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offer Code</em>' attribute.
	 * @see #getOfferCode()
	 * @generated
	 */
	void setOfferCode(String value);

} // Compensation
