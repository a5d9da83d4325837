/**
 */
package org.rapport.loyalty.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Programme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The programme settings: one stored row at most; without it the shipped defaults apply.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.Programme#getPointsPerUnit <em>Points Per Unit</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Programme#getExpiryMonths <em>Expiry Months</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Programme#getReminderDays <em>Reminder Days</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Programme#getTierBasis <em>Tier Basis</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Programme#getReferrerPoints <em>Referrer Points</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Programme#getReferredPoints <em>Referred Points</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Programme#getReviewPoints <em>Review Points</em>}</li>
 * </ul>
 *
 * @see org.rapport.loyalty.model.LoyaltyPackage#getProgramme()
 * @model annotation="http://rapport.org/security area='loyalty'"
 * @generated
 */
public interface Programme extends EObject {
	/**
	 * Returns the value of the '<em><b>Points Per Unit</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points per whole currency unit of a purchase, rounded down per purchase record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points Per Unit</em>' attribute.
	 * @see #setPointsPerUnit(int)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getProgramme_PointsPerUnit()
	 * @model default="1" required="true"
	 * @generated
	 */
	int getPointsPerUnit();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Programme#getPointsPerUnit <em>Points Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points Per Unit</em>' attribute.
	 * @see #getPointsPerUnit()
	 * @generated
	 */
	void setPointsPerUnit(int value);

	/**
	 * Returns the value of the '<em><b>Expiry Months</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Months after which an earning entry expires.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expiry Months</em>' attribute.
	 * @see #setExpiryMonths(int)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getProgramme_ExpiryMonths()
	 * @model default="24" required="true"
	 * @generated
	 */
	int getExpiryMonths();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Programme#getExpiryMonths <em>Expiry Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expiry Months</em>' attribute.
	 * @see #getExpiryMonths()
	 * @generated
	 */
	void setExpiryMonths(int value);

	/**
	 * Returns the value of the '<em><b>Reminder Days</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days before expiry at which customers are reminded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reminder Days</em>' attribute.
	 * @see #setReminderDays(int)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getProgramme_ReminderDays()
	 * @model default="30" required="true"
	 * @generated
	 */
	int getReminderDays();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Programme#getReminderDays <em>Reminder Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reminder Days</em>' attribute.
	 * @see #getReminderDays()
	 * @generated
	 */
	void setReminderDays(int value);

	/**
	 * Returns the value of the '<em><b>Tier Basis</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.loyalty.model.TierBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether tiers qualify by 12-month spend or by points earned in 12 months.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tier Basis</em>' attribute.
	 * @see org.rapport.loyalty.model.TierBasis
	 * @see #setTierBasis(TierBasis)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getProgramme_TierBasis()
	 * @model required="true"
	 * @generated
	 */
	TierBasis getTierBasis();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Programme#getTierBasis <em>Tier Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tier Basis</em>' attribute.
	 * @see org.rapport.loyalty.model.TierBasis
	 * @see #getTierBasis()
	 * @generated
	 */
	void setTierBasis(TierBasis value);

	/**
	 * Returns the value of the '<em><b>Referrer Points</b></em>' attribute.
	 * The default value is <code>"200"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points for a customer whose referral made a first purchase (the referral rule).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Referrer Points</em>' attribute.
	 * @see #setReferrerPoints(int)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getProgramme_ReferrerPoints()
	 * @model default="200" required="true"
	 * @generated
	 */
	int getReferrerPoints();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Programme#getReferrerPoints <em>Referrer Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referrer Points</em>' attribute.
	 * @see #getReferrerPoints()
	 * @generated
	 */
	void setReferrerPoints(int value);

	/**
	 * Returns the value of the '<em><b>Referred Points</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points for a referred customer with the first purchase (the referral rule).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Referred Points</em>' attribute.
	 * @see #setReferredPoints(int)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getProgramme_ReferredPoints()
	 * @model default="100" required="true"
	 * @generated
	 */
	int getReferredPoints();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Programme#getReferredPoints <em>Referred Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referred Points</em>' attribute.
	 * @see #getReferredPoints()
	 * @generated
	 */
	void setReferredPoints(int value);

	/**
	 * Returns the value of the '<em><b>Review Points</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points for a review of a purchase, once per purchase (the review rule).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Points</em>' attribute.
	 * @see #setReviewPoints(int)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getProgramme_ReviewPoints()
	 * @model default="20" required="true"
	 * @generated
	 */
	int getReviewPoints();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Programme#getReviewPoints <em>Review Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Points</em>' attribute.
	 * @see #getReviewPoints()
	 * @generated
	 */
	void setReviewPoints(int value);

} // Programme
