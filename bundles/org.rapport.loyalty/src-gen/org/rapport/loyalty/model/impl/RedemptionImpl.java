/**
 */
package org.rapport.loyalty.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;

import org.rapport.customers.model.Customer;

import org.rapport.loyalty.model.LedgerEntry;
import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.loyalty.model.Redemption;
import org.rapport.loyalty.model.Reward;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Redemption</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.impl.RedemptionImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.RedemptionImpl#getReward <em>Reward</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.RedemptionImpl#getEntry <em>Entry</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.RedemptionImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.RedemptionImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.RedemptionImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.RedemptionImpl#getRecordedBy <em>Recorded By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RedemptionImpl extends PersistentObject implements Redemption {
	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final Integer UNIT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected static final long POINTS_EDEFAULT = 0L;

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
	protected RedemptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LoyaltyPackage.Literals.REDEMPTION;
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
	public Customer getCustomer() {
		return (Customer)eDynamicGet(LoyaltyPackage.REDEMPTION__CUSTOMER, LoyaltyPackage.Literals.REDEMPTION__CUSTOMER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Customer basicGetCustomer() {
		return (Customer)eDynamicGet(LoyaltyPackage.REDEMPTION__CUSTOMER, LoyaltyPackage.Literals.REDEMPTION__CUSTOMER, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(Customer newCustomer) {
		eDynamicSet(LoyaltyPackage.REDEMPTION__CUSTOMER, LoyaltyPackage.Literals.REDEMPTION__CUSTOMER, newCustomer);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reward getReward() {
		return (Reward)eDynamicGet(LoyaltyPackage.REDEMPTION__REWARD, LoyaltyPackage.Literals.REDEMPTION__REWARD, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Reward basicGetReward() {
		return (Reward)eDynamicGet(LoyaltyPackage.REDEMPTION__REWARD, LoyaltyPackage.Literals.REDEMPTION__REWARD, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReward(Reward newReward) {
		eDynamicSet(LoyaltyPackage.REDEMPTION__REWARD, LoyaltyPackage.Literals.REDEMPTION__REWARD, newReward);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LedgerEntry getEntry() {
		return (LedgerEntry)eDynamicGet(LoyaltyPackage.REDEMPTION__ENTRY, LoyaltyPackage.Literals.REDEMPTION__ENTRY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LedgerEntry basicGetEntry() {
		return (LedgerEntry)eDynamicGet(LoyaltyPackage.REDEMPTION__ENTRY, LoyaltyPackage.Literals.REDEMPTION__ENTRY, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntry(LedgerEntry newEntry) {
		eDynamicSet(LoyaltyPackage.REDEMPTION__ENTRY, LoyaltyPackage.Literals.REDEMPTION__ENTRY, newEntry);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getUnit() {
		return (Integer)eDynamicGet(LoyaltyPackage.REDEMPTION__UNIT, LoyaltyPackage.Literals.REDEMPTION__UNIT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(Integer newUnit) {
		eDynamicSet(LoyaltyPackage.REDEMPTION__UNIT, LoyaltyPackage.Literals.REDEMPTION__UNIT, newUnit);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPoints() {
		return (Long)eDynamicGet(LoyaltyPackage.REDEMPTION__POINTS, LoyaltyPackage.Literals.REDEMPTION__POINTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(long newPoints) {
		eDynamicSet(LoyaltyPackage.REDEMPTION__POINTS, LoyaltyPackage.Literals.REDEMPTION__POINTS, newPoints);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAt() {
		return (Instant)eDynamicGet(LoyaltyPackage.REDEMPTION__AT, LoyaltyPackage.Literals.REDEMPTION__AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		eDynamicSet(LoyaltyPackage.REDEMPTION__AT, LoyaltyPackage.Literals.REDEMPTION__AT, newAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordedBy() {
		return (String)eDynamicGet(LoyaltyPackage.REDEMPTION__RECORDED_BY, LoyaltyPackage.Literals.REDEMPTION__RECORDED_BY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedBy(String newRecordedBy) {
		eDynamicSet(LoyaltyPackage.REDEMPTION__RECORDED_BY, LoyaltyPackage.Literals.REDEMPTION__RECORDED_BY, newRecordedBy);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LoyaltyPackage.REDEMPTION__CUSTOMER:
				if (resolve) return getCustomer();
				return basicGetCustomer();
			case LoyaltyPackage.REDEMPTION__REWARD:
				if (resolve) return getReward();
				return basicGetReward();
			case LoyaltyPackage.REDEMPTION__ENTRY:
				if (resolve) return getEntry();
				return basicGetEntry();
			case LoyaltyPackage.REDEMPTION__UNIT:
				return getUnit();
			case LoyaltyPackage.REDEMPTION__POINTS:
				return getPoints();
			case LoyaltyPackage.REDEMPTION__AT:
				return getAt();
			case LoyaltyPackage.REDEMPTION__RECORDED_BY:
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
			case LoyaltyPackage.REDEMPTION__CUSTOMER:
				setCustomer((Customer)newValue);
				return;
			case LoyaltyPackage.REDEMPTION__REWARD:
				setReward((Reward)newValue);
				return;
			case LoyaltyPackage.REDEMPTION__ENTRY:
				setEntry((LedgerEntry)newValue);
				return;
			case LoyaltyPackage.REDEMPTION__UNIT:
				setUnit((Integer)newValue);
				return;
			case LoyaltyPackage.REDEMPTION__POINTS:
				setPoints((Long)newValue);
				return;
			case LoyaltyPackage.REDEMPTION__AT:
				setAt((Instant)newValue);
				return;
			case LoyaltyPackage.REDEMPTION__RECORDED_BY:
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
			case LoyaltyPackage.REDEMPTION__CUSTOMER:
				setCustomer((Customer)null);
				return;
			case LoyaltyPackage.REDEMPTION__REWARD:
				setReward((Reward)null);
				return;
			case LoyaltyPackage.REDEMPTION__ENTRY:
				setEntry((LedgerEntry)null);
				return;
			case LoyaltyPackage.REDEMPTION__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case LoyaltyPackage.REDEMPTION__POINTS:
				setPoints(POINTS_EDEFAULT);
				return;
			case LoyaltyPackage.REDEMPTION__AT:
				setAt(AT_EDEFAULT);
				return;
			case LoyaltyPackage.REDEMPTION__RECORDED_BY:
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
			case LoyaltyPackage.REDEMPTION__CUSTOMER:
				return basicGetCustomer() != null;
			case LoyaltyPackage.REDEMPTION__REWARD:
				return basicGetReward() != null;
			case LoyaltyPackage.REDEMPTION__ENTRY:
				return basicGetEntry() != null;
			case LoyaltyPackage.REDEMPTION__UNIT:
				return UNIT_EDEFAULT == null ? getUnit() != null : !UNIT_EDEFAULT.equals(getUnit());
			case LoyaltyPackage.REDEMPTION__POINTS:
				return getPoints() != POINTS_EDEFAULT;
			case LoyaltyPackage.REDEMPTION__AT:
				return AT_EDEFAULT == null ? getAt() != null : !AT_EDEFAULT.equals(getAt());
			case LoyaltyPackage.REDEMPTION__RECORDED_BY:
				return RECORDED_BY_EDEFAULT == null ? getRecordedBy() != null : !RECORDED_BY_EDEFAULT.equals(getRecordedBy());
		}
		return super.eIsSet(featureID);
	}

} //RedemptionImpl
