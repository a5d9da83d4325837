/**
 */
package org.rapport.loyalty.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;

import org.rapport.customers.model.Customer;

import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.loyalty.model.Referral;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Referral</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.impl.ReferralImpl#getReferrer <em>Referrer</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.ReferralImpl#getReferred <em>Referred</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.ReferralImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.ReferralImpl#getRecordedBy <em>Recorded By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReferralImpl extends PersistentObject implements Referral {
	/**
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getRecordedBy() <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORDED_BY_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReferralImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LoyaltyPackage.Literals.REFERRAL;
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
	public Customer getReferrer() {
		return (Customer)eDynamicGet(LoyaltyPackage.REFERRAL__REFERRER, LoyaltyPackage.Literals.REFERRAL__REFERRER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Customer basicGetReferrer() {
		return (Customer)eDynamicGet(LoyaltyPackage.REFERRAL__REFERRER, LoyaltyPackage.Literals.REFERRAL__REFERRER, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferrer(Customer newReferrer) {
		eDynamicSet(LoyaltyPackage.REFERRAL__REFERRER, LoyaltyPackage.Literals.REFERRAL__REFERRER, newReferrer);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer getReferred() {
		return (Customer)eDynamicGet(LoyaltyPackage.REFERRAL__REFERRED, LoyaltyPackage.Literals.REFERRAL__REFERRED, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Customer basicGetReferred() {
		return (Customer)eDynamicGet(LoyaltyPackage.REFERRAL__REFERRED, LoyaltyPackage.Literals.REFERRAL__REFERRED, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferred(Customer newReferred) {
		eDynamicSet(LoyaltyPackage.REFERRAL__REFERRED, LoyaltyPackage.Literals.REFERRAL__REFERRED, newReferred);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAt() {
		return (Instant)eDynamicGet(LoyaltyPackage.REFERRAL__AT, LoyaltyPackage.Literals.REFERRAL__AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		eDynamicSet(LoyaltyPackage.REFERRAL__AT, LoyaltyPackage.Literals.REFERRAL__AT, newAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordedBy() {
		return (String)eDynamicGet(LoyaltyPackage.REFERRAL__RECORDED_BY, LoyaltyPackage.Literals.REFERRAL__RECORDED_BY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedBy(String newRecordedBy) {
		eDynamicSet(LoyaltyPackage.REFERRAL__RECORDED_BY, LoyaltyPackage.Literals.REFERRAL__RECORDED_BY, newRecordedBy);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LoyaltyPackage.REFERRAL__REFERRER:
				if (resolve) return getReferrer();
				return basicGetReferrer();
			case LoyaltyPackage.REFERRAL__REFERRED:
				if (resolve) return getReferred();
				return basicGetReferred();
			case LoyaltyPackage.REFERRAL__AT:
				return getAt();
			case LoyaltyPackage.REFERRAL__RECORDED_BY:
				return getRecordedBy();
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
			case LoyaltyPackage.REFERRAL__REFERRER:
				setReferrer((Customer)newValue);
				return;
			case LoyaltyPackage.REFERRAL__REFERRED:
				setReferred((Customer)newValue);
				return;
			case LoyaltyPackage.REFERRAL__AT:
				setAt((Instant)newValue);
				return;
			case LoyaltyPackage.REFERRAL__RECORDED_BY:
				setRecordedBy((String)newValue);
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
			case LoyaltyPackage.REFERRAL__REFERRER:
				setReferrer((Customer)null);
				return;
			case LoyaltyPackage.REFERRAL__REFERRED:
				setReferred((Customer)null);
				return;
			case LoyaltyPackage.REFERRAL__AT:
				setAt(AT_EDEFAULT);
				return;
			case LoyaltyPackage.REFERRAL__RECORDED_BY:
				setRecordedBy(RECORDED_BY_EDEFAULT);
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
			case LoyaltyPackage.REFERRAL__REFERRER:
				return basicGetReferrer() != null;
			case LoyaltyPackage.REFERRAL__REFERRED:
				return basicGetReferred() != null;
			case LoyaltyPackage.REFERRAL__AT:
				return AT_EDEFAULT == null ? getAt() != null : !AT_EDEFAULT.equals(getAt());
			case LoyaltyPackage.REFERRAL__RECORDED_BY:
				return RECORDED_BY_EDEFAULT == null ? getRecordedBy() != null : !RECORDED_BY_EDEFAULT.equals(getRecordedBy());
		}
		return super.eIsSet(featureID);
	}

} //ReferralImpl
