/**
 */
package org.rapport.loyalty.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.rapport.loyalty.model.Consumption;
import org.rapport.loyalty.model.LedgerEntry;
import org.rapport.loyalty.model.LoyaltyPackage;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consumption</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.impl.ConsumptionImpl#getEarning <em>Earning</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.ConsumptionImpl#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConsumptionImpl extends PersistentObject implements Consumption {
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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsumptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LoyaltyPackage.Literals.CONSUMPTION;
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
	public LedgerEntry getEarning() {
		return (LedgerEntry)eDynamicGet(LoyaltyPackage.CONSUMPTION__EARNING, LoyaltyPackage.Literals.CONSUMPTION__EARNING, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LedgerEntry basicGetEarning() {
		return (LedgerEntry)eDynamicGet(LoyaltyPackage.CONSUMPTION__EARNING, LoyaltyPackage.Literals.CONSUMPTION__EARNING, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEarning(LedgerEntry newEarning) {
		eDynamicSet(LoyaltyPackage.CONSUMPTION__EARNING, LoyaltyPackage.Literals.CONSUMPTION__EARNING, newEarning);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPoints() {
		return (Long)eDynamicGet(LoyaltyPackage.CONSUMPTION__POINTS, LoyaltyPackage.Literals.CONSUMPTION__POINTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(long newPoints) {
		eDynamicSet(LoyaltyPackage.CONSUMPTION__POINTS, LoyaltyPackage.Literals.CONSUMPTION__POINTS, newPoints);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LoyaltyPackage.CONSUMPTION__EARNING:
				if (resolve) return getEarning();
				return basicGetEarning();
			case LoyaltyPackage.CONSUMPTION__POINTS:
				return getPoints();
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
			case LoyaltyPackage.CONSUMPTION__EARNING:
				setEarning((LedgerEntry)newValue);
				return;
			case LoyaltyPackage.CONSUMPTION__POINTS:
				setPoints((Long)newValue);
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
			case LoyaltyPackage.CONSUMPTION__EARNING:
				setEarning((LedgerEntry)null);
				return;
			case LoyaltyPackage.CONSUMPTION__POINTS:
				setPoints(POINTS_EDEFAULT);
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
			case LoyaltyPackage.CONSUMPTION__EARNING:
				return basicGetEarning() != null;
			case LoyaltyPackage.CONSUMPTION__POINTS:
				return getPoints() != POINTS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //ConsumptionImpl
