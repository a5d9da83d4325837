/**
 */
package org.rapport.loyalty.model;

import java.math.BigDecimal;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

import org.rapport.customers.model.Customer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Debt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Points owed after a return whose points the balance could not cover; later earnings repay it first (entries with this debt). Append-only like the ledger.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.Debt#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Debt#getPoints <em>Points</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Debt#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Debt#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Debt#getSourceRef <em>Source Ref</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Debt#getRelatedRef <em>Related Ref</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Debt#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Debt#getRecordedBy <em>Recorded By</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Debt#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.rapport.loyalty.model.LoyaltyPackage#getDebt()
 * @model annotation="http://rapport.org/security area='loyalty' owner='customer.accountManager'"
 * @generated
 */
public interface Debt extends EObject {
	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who owes the points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getDebt_Customer()
	 * @model required="true"
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Debt#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points owed when the debt arose (positive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(long)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getDebt_Points()
	 * @model required="true"
	 * @generated
	 */
	long getPoints();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Debt#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(long value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it arose.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getDebt_At()
	 * @model dataType="org.rapport.loyalty.model.Instant" required="true"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Debt#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorded At</em>' attribute.
	 * @see #setRecordedAt(Instant)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getDebt_RecordedAt()
	 * @model dataType="org.rapport.loyalty.model.Instant" required="true"
	 * @generated
	 */
	Instant getRecordedAt();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Debt#getRecordedAt <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded At</em>' attribute.
	 * @see #getRecordedAt()
	 * @generated
	 */
	void setRecordedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Source Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The return that caused it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Ref</em>' attribute.
	 * @see #setSourceRef(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getDebt_SourceRef()
	 * @model annotation="http://rapport.org/persistence length='64' index='true'"
	 * @generated
	 */
	String getSourceRef();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Debt#getSourceRef <em>Source Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Ref</em>' attribute.
	 * @see #getSourceRef()
	 * @generated
	 */
	void setSourceRef(String value);

	/**
	 * Returns the value of the '<em><b>Related Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The purchase whose points the return took back.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Related Ref</em>' attribute.
	 * @see #setRelatedRef(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getDebt_RelatedRef()
	 * @model annotation="http://rapport.org/persistence length='64' index='true'"
	 * @generated
	 */
	String getRelatedRef();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Debt#getRelatedRef <em>Related Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Related Ref</em>' attribute.
	 * @see #getRelatedRef()
	 * @generated
	 */
	void setRelatedRef(String value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The returned amount.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getDebt_Amount()
	 * @model annotation="http://rapport.org/persistence precision='14' scale='2'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Debt#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recorded By</em>' attribute.
	 * @see #setRecordedBy(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getDebt_RecordedBy()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getRecordedBy();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Debt#getRecordedBy <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded By</em>' attribute.
	 * @see #getRecordedBy()
	 * @generated
	 */
	void setRecordedBy(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getDebt_Reason()
	 * @model annotation="http://rapport.org/persistence length='1000'"
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Debt#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // Debt
