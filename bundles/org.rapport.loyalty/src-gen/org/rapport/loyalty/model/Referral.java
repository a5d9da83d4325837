/**
 */
package org.rapport.loyalty.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

import org.rapport.customers.model.Customer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Referral</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One customer brought another: recorded once per referred customer (unique), never for oneself; both earn with the referred customer's first purchase (the referral rule).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.Referral#getReferrer <em>Referrer</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Referral#getReferred <em>Referred</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Referral#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Referral#getRecordedBy <em>Recorded By</em>}</li>
 * </ul>
 *
 * @see org.rapport.loyalty.model.LoyaltyPackage#getReferral()
 * @model annotation="http://rapport.org/security area='loyalty' owner='referred.accountManager'"
 * @generated
 */
public interface Referral extends EObject {
	/**
	 * Returns the value of the '<em><b>Referrer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who referred.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Referrer</em>' reference.
	 * @see #setReferrer(Customer)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getReferral_Referrer()
	 * @model required="true"
	 * @generated
	 */
	Customer getReferrer();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Referral#getReferrer <em>Referrer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referrer</em>' reference.
	 * @see #getReferrer()
	 * @generated
	 */
	void setReferrer(Customer value);

	/**
	 * Returns the value of the '<em><b>Referred</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new customer, referred once at most.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Referred</em>' reference.
	 * @see #setReferred(Customer)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getReferral_Referred()
	 * @model required="true"
	 * @generated
	 */
	Customer getReferred();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Referral#getReferred <em>Referred</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referred</em>' reference.
	 * @see #getReferred()
	 * @generated
	 */
	void setReferred(Customer value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the referral was recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getReferral_At()
	 * @model dataType="org.rapport.loyalty.model.Instant" required="true"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Referral#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The login of the user who recorded it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorded By</em>' attribute.
	 * @see #setRecordedBy(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getReferral_RecordedBy()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getRecordedBy();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Referral#getRecordedBy <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded By</em>' attribute.
	 * @see #getRecordedBy()
	 * @generated
	 */
	void setRecordedBy(String value);

} // Referral
