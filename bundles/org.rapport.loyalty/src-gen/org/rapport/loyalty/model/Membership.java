/**
 */
package org.rapport.loyalty.model;

import java.time.Instant;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import org.rapport.customers.model.Customer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Membership</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A customer in the programme and every change of tier with its reason; the current tier is the last change's (changes are only appended, so an upgrade at a purchase changes no row).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.Membership#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Membership#getTier <em>Tier</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Membership#getSince <em>Since</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Membership#getHistory <em>History</em>}</li>
 * </ul>
 *
 * @see org.rapport.loyalty.model.LoyaltyPackage#getMembership()
 * @model annotation="http://rapport.org/security area='loyalty' owner='customer.accountManager'"
 * @generated
 */
public interface Membership extends EObject {
	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getMembership_Customer()
	 * @model required="true"
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Membership#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

	/**
	 * Returns the value of the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the tier the membership was made with; the current tier is the last change's toTier.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tier</em>' attribute.
	 * @see #setTier(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getMembership_Tier()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='32'"
	 * @generated
	 */
	String getTier();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Membership#getTier <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tier</em>' attribute.
	 * @see #getTier()
	 * @generated
	 */
	void setTier(String value);

	/**
	 * Returns the value of the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the customer joined the programme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Since</em>' attribute.
	 * @see #setSince(Instant)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getMembership_Since()
	 * @model dataType="org.rapport.loyalty.model.Instant" required="true"
	 * @generated
	 */
	Instant getSince();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Membership#getSince <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Since</em>' attribute.
	 * @see #getSince()
	 * @generated
	 */
	void setSince(Instant value);

	/**
	 * Returns the value of the '<em><b>History</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.loyalty.model.TierChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every change of tier, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>History</em>' containment reference list.
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getMembership_History()
	 * @model containment="true"
	 * @generated
	 */
	List<TierChange> getHistory();

} // Membership
