/**
 */
package org.rapport.loyalty.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.loyalty.model.Programme;
import org.rapport.loyalty.model.TierBasis;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Programme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.impl.ProgrammeImpl#getPointsPerUnit <em>Points Per Unit</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.ProgrammeImpl#getExpiryMonths <em>Expiry Months</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.ProgrammeImpl#getReminderDays <em>Reminder Days</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.ProgrammeImpl#getTierBasis <em>Tier Basis</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.ProgrammeImpl#getReferrerPoints <em>Referrer Points</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.ProgrammeImpl#getReferredPoints <em>Referred Points</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.ProgrammeImpl#getReviewPoints <em>Review Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProgrammeImpl extends PersistentObject implements Programme {
	/**
	 * The default value of the '{@link #getPointsPerUnit() <em>Points Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointsPerUnit()
	 * @generated
	 * @ordered
	 */
	protected static final int POINTS_PER_UNIT_EDEFAULT = 1;

	/**
	 * The default value of the '{@link #getExpiryMonths() <em>Expiry Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiryMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int EXPIRY_MONTHS_EDEFAULT = 24;

	/**
	 * The default value of the '{@link #getReminderDays() <em>Reminder Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReminderDays()
	 * @generated
	 * @ordered
	 */
	protected static final int REMINDER_DAYS_EDEFAULT = 30;

	/**
	 * The default value of the '{@link #getTierBasis() <em>Tier Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTierBasis()
	 * @generated
	 * @ordered
	 */
	protected static final TierBasis TIER_BASIS_EDEFAULT = TierBasis.SPEND;

	/**
	 * The default value of the '{@link #getReferrerPoints() <em>Referrer Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferrerPoints()
	 * @generated
	 * @ordered
	 */
	protected static final int REFERRER_POINTS_EDEFAULT = 200;

	/**
	 * The default value of the '{@link #getReferredPoints() <em>Referred Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferredPoints()
	 * @generated
	 * @ordered
	 */
	protected static final int REFERRED_POINTS_EDEFAULT = 100;

	/**
	 * The default value of the '{@link #getReviewPoints() <em>Review Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewPoints()
	 * @generated
	 * @ordered
	 */
	protected static final int REVIEW_POINTS_EDEFAULT = 20;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProgrammeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LoyaltyPackage.Literals.PROGRAMME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected int eStaticFeatureCount() {
		return 0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPointsPerUnit() {
		return (Integer)eDynamicGet(LoyaltyPackage.PROGRAMME__POINTS_PER_UNIT, LoyaltyPackage.Literals.PROGRAMME__POINTS_PER_UNIT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPointsPerUnit(int newPointsPerUnit) {
		eDynamicSet(LoyaltyPackage.PROGRAMME__POINTS_PER_UNIT, LoyaltyPackage.Literals.PROGRAMME__POINTS_PER_UNIT, newPointsPerUnit);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExpiryMonths() {
		return (Integer)eDynamicGet(LoyaltyPackage.PROGRAMME__EXPIRY_MONTHS, LoyaltyPackage.Literals.PROGRAMME__EXPIRY_MONTHS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiryMonths(int newExpiryMonths) {
		eDynamicSet(LoyaltyPackage.PROGRAMME__EXPIRY_MONTHS, LoyaltyPackage.Literals.PROGRAMME__EXPIRY_MONTHS, newExpiryMonths);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReminderDays() {
		return (Integer)eDynamicGet(LoyaltyPackage.PROGRAMME__REMINDER_DAYS, LoyaltyPackage.Literals.PROGRAMME__REMINDER_DAYS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReminderDays(int newReminderDays) {
		eDynamicSet(LoyaltyPackage.PROGRAMME__REMINDER_DAYS, LoyaltyPackage.Literals.PROGRAMME__REMINDER_DAYS, newReminderDays);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TierBasis getTierBasis() {
		return (TierBasis)eDynamicGet(LoyaltyPackage.PROGRAMME__TIER_BASIS, LoyaltyPackage.Literals.PROGRAMME__TIER_BASIS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTierBasis(TierBasis newTierBasis) {
		eDynamicSet(LoyaltyPackage.PROGRAMME__TIER_BASIS, LoyaltyPackage.Literals.PROGRAMME__TIER_BASIS, newTierBasis);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReferrerPoints() {
		return (Integer)eDynamicGet(LoyaltyPackage.PROGRAMME__REFERRER_POINTS, LoyaltyPackage.Literals.PROGRAMME__REFERRER_POINTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferrerPoints(int newReferrerPoints) {
		eDynamicSet(LoyaltyPackage.PROGRAMME__REFERRER_POINTS, LoyaltyPackage.Literals.PROGRAMME__REFERRER_POINTS, newReferrerPoints);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReferredPoints() {
		return (Integer)eDynamicGet(LoyaltyPackage.PROGRAMME__REFERRED_POINTS, LoyaltyPackage.Literals.PROGRAMME__REFERRED_POINTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferredPoints(int newReferredPoints) {
		eDynamicSet(LoyaltyPackage.PROGRAMME__REFERRED_POINTS, LoyaltyPackage.Literals.PROGRAMME__REFERRED_POINTS, newReferredPoints);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReviewPoints() {
		return (Integer)eDynamicGet(LoyaltyPackage.PROGRAMME__REVIEW_POINTS, LoyaltyPackage.Literals.PROGRAMME__REVIEW_POINTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewPoints(int newReviewPoints) {
		eDynamicSet(LoyaltyPackage.PROGRAMME__REVIEW_POINTS, LoyaltyPackage.Literals.PROGRAMME__REVIEW_POINTS, newReviewPoints);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LoyaltyPackage.PROGRAMME__POINTS_PER_UNIT:
				return getPointsPerUnit();
			case LoyaltyPackage.PROGRAMME__EXPIRY_MONTHS:
				return getExpiryMonths();
			case LoyaltyPackage.PROGRAMME__REMINDER_DAYS:
				return getReminderDays();
			case LoyaltyPackage.PROGRAMME__TIER_BASIS:
				return getTierBasis();
			case LoyaltyPackage.PROGRAMME__REFERRER_POINTS:
				return getReferrerPoints();
			case LoyaltyPackage.PROGRAMME__REFERRED_POINTS:
				return getReferredPoints();
			case LoyaltyPackage.PROGRAMME__REVIEW_POINTS:
				return getReviewPoints();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LoyaltyPackage.PROGRAMME__POINTS_PER_UNIT:
				setPointsPerUnit((Integer)newValue);
				return;
			case LoyaltyPackage.PROGRAMME__EXPIRY_MONTHS:
				setExpiryMonths((Integer)newValue);
				return;
			case LoyaltyPackage.PROGRAMME__REMINDER_DAYS:
				setReminderDays((Integer)newValue);
				return;
			case LoyaltyPackage.PROGRAMME__TIER_BASIS:
				setTierBasis((TierBasis)newValue);
				return;
			case LoyaltyPackage.PROGRAMME__REFERRER_POINTS:
				setReferrerPoints((Integer)newValue);
				return;
			case LoyaltyPackage.PROGRAMME__REFERRED_POINTS:
				setReferredPoints((Integer)newValue);
				return;
			case LoyaltyPackage.PROGRAMME__REVIEW_POINTS:
				setReviewPoints((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LoyaltyPackage.PROGRAMME__POINTS_PER_UNIT:
				setPointsPerUnit(POINTS_PER_UNIT_EDEFAULT);
				return;
			case LoyaltyPackage.PROGRAMME__EXPIRY_MONTHS:
				setExpiryMonths(EXPIRY_MONTHS_EDEFAULT);
				return;
			case LoyaltyPackage.PROGRAMME__REMINDER_DAYS:
				setReminderDays(REMINDER_DAYS_EDEFAULT);
				return;
			case LoyaltyPackage.PROGRAMME__TIER_BASIS:
				setTierBasis(TIER_BASIS_EDEFAULT);
				return;
			case LoyaltyPackage.PROGRAMME__REFERRER_POINTS:
				setReferrerPoints(REFERRER_POINTS_EDEFAULT);
				return;
			case LoyaltyPackage.PROGRAMME__REFERRED_POINTS:
				setReferredPoints(REFERRED_POINTS_EDEFAULT);
				return;
			case LoyaltyPackage.PROGRAMME__REVIEW_POINTS:
				setReviewPoints(REVIEW_POINTS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LoyaltyPackage.PROGRAMME__POINTS_PER_UNIT:
				return getPointsPerUnit() != POINTS_PER_UNIT_EDEFAULT;
			case LoyaltyPackage.PROGRAMME__EXPIRY_MONTHS:
				return getExpiryMonths() != EXPIRY_MONTHS_EDEFAULT;
			case LoyaltyPackage.PROGRAMME__REMINDER_DAYS:
				return getReminderDays() != REMINDER_DAYS_EDEFAULT;
			case LoyaltyPackage.PROGRAMME__TIER_BASIS:
				return getTierBasis() != TIER_BASIS_EDEFAULT;
			case LoyaltyPackage.PROGRAMME__REFERRER_POINTS:
				return getReferrerPoints() != REFERRER_POINTS_EDEFAULT;
			case LoyaltyPackage.PROGRAMME__REFERRED_POINTS:
				return getReferredPoints() != REFERRED_POINTS_EDEFAULT;
			case LoyaltyPackage.PROGRAMME__REVIEW_POINTS:
				return getReviewPoints() != REVIEW_POINTS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //ProgrammeImpl
