/**
 */
package org.rapport.loyalty.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;

import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.loyalty.model.TierChange;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tier Change</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.impl.TierChangeImpl#getFromTier <em>From Tier</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.TierChangeImpl#getToTier <em>To Tier</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.TierChangeImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.TierChangeImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.TierChangeImpl#getChangedBy <em>Changed By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TierChangeImpl extends PersistentObject implements TierChange {
	/**
	 * The default value of the '{@link #getFromTier() <em>From Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromTier()
	 * @generated
	 * @ordered
	 */
	protected static final String FROM_TIER_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getToTier() <em>To Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToTier()
	 * @generated
	 * @ordered
	 */
	protected static final String TO_TIER_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

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
	 * The default value of the '{@link #getChangedBy() <em>Changed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANGED_BY_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TierChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LoyaltyPackage.Literals.TIER_CHANGE;
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
	public String getFromTier() {
		return (String)eDynamicGet(LoyaltyPackage.TIER_CHANGE__FROM_TIER, LoyaltyPackage.Literals.TIER_CHANGE__FROM_TIER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromTier(String newFromTier) {
		eDynamicSet(LoyaltyPackage.TIER_CHANGE__FROM_TIER, LoyaltyPackage.Literals.TIER_CHANGE__FROM_TIER, newFromTier);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToTier() {
		return (String)eDynamicGet(LoyaltyPackage.TIER_CHANGE__TO_TIER, LoyaltyPackage.Literals.TIER_CHANGE__TO_TIER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToTier(String newToTier) {
		eDynamicSet(LoyaltyPackage.TIER_CHANGE__TO_TIER, LoyaltyPackage.Literals.TIER_CHANGE__TO_TIER, newToTier);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return (String)eDynamicGet(LoyaltyPackage.TIER_CHANGE__REASON, LoyaltyPackage.Literals.TIER_CHANGE__REASON, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		eDynamicSet(LoyaltyPackage.TIER_CHANGE__REASON, LoyaltyPackage.Literals.TIER_CHANGE__REASON, newReason);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAt() {
		return (Instant)eDynamicGet(LoyaltyPackage.TIER_CHANGE__AT, LoyaltyPackage.Literals.TIER_CHANGE__AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		eDynamicSet(LoyaltyPackage.TIER_CHANGE__AT, LoyaltyPackage.Literals.TIER_CHANGE__AT, newAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChangedBy() {
		return (String)eDynamicGet(LoyaltyPackage.TIER_CHANGE__CHANGED_BY, LoyaltyPackage.Literals.TIER_CHANGE__CHANGED_BY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangedBy(String newChangedBy) {
		eDynamicSet(LoyaltyPackage.TIER_CHANGE__CHANGED_BY, LoyaltyPackage.Literals.TIER_CHANGE__CHANGED_BY, newChangedBy);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LoyaltyPackage.TIER_CHANGE__FROM_TIER:
				return getFromTier();
			case LoyaltyPackage.TIER_CHANGE__TO_TIER:
				return getToTier();
			case LoyaltyPackage.TIER_CHANGE__REASON:
				return getReason();
			case LoyaltyPackage.TIER_CHANGE__AT:
				return getAt();
			case LoyaltyPackage.TIER_CHANGE__CHANGED_BY:
				return getChangedBy();
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
			case LoyaltyPackage.TIER_CHANGE__FROM_TIER:
				setFromTier((String)newValue);
				return;
			case LoyaltyPackage.TIER_CHANGE__TO_TIER:
				setToTier((String)newValue);
				return;
			case LoyaltyPackage.TIER_CHANGE__REASON:
				setReason((String)newValue);
				return;
			case LoyaltyPackage.TIER_CHANGE__AT:
				setAt((Instant)newValue);
				return;
			case LoyaltyPackage.TIER_CHANGE__CHANGED_BY:
				setChangedBy((String)newValue);
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
			case LoyaltyPackage.TIER_CHANGE__FROM_TIER:
				setFromTier(FROM_TIER_EDEFAULT);
				return;
			case LoyaltyPackage.TIER_CHANGE__TO_TIER:
				setToTier(TO_TIER_EDEFAULT);
				return;
			case LoyaltyPackage.TIER_CHANGE__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case LoyaltyPackage.TIER_CHANGE__AT:
				setAt(AT_EDEFAULT);
				return;
			case LoyaltyPackage.TIER_CHANGE__CHANGED_BY:
				setChangedBy(CHANGED_BY_EDEFAULT);
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
			case LoyaltyPackage.TIER_CHANGE__FROM_TIER:
				return FROM_TIER_EDEFAULT == null ? getFromTier() != null : !FROM_TIER_EDEFAULT.equals(getFromTier());
			case LoyaltyPackage.TIER_CHANGE__TO_TIER:
				return TO_TIER_EDEFAULT == null ? getToTier() != null : !TO_TIER_EDEFAULT.equals(getToTier());
			case LoyaltyPackage.TIER_CHANGE__REASON:
				return REASON_EDEFAULT == null ? getReason() != null : !REASON_EDEFAULT.equals(getReason());
			case LoyaltyPackage.TIER_CHANGE__AT:
				return AT_EDEFAULT == null ? getAt() != null : !AT_EDEFAULT.equals(getAt());
			case LoyaltyPackage.TIER_CHANGE__CHANGED_BY:
				return CHANGED_BY_EDEFAULT == null ? getChangedBy() != null : !CHANGED_BY_EDEFAULT.equals(getChangedBy());
		}
		return super.eIsSet(featureID);
	}

} //TierChangeImpl
