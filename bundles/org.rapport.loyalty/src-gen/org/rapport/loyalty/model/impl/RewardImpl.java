/**
 */
package org.rapport.loyalty.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.loyalty.model.Reward;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reward</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.impl.RewardImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.RewardImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.RewardImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.RewardImpl#getStock <em>Stock</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.RewardImpl#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RewardImpl extends PersistentObject implements Reward {
	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

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
	 * The default value of the '{@link #getStock() <em>Stock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStock()
	 * @generated
	 * @ordered
	 */
	protected static final Integer STOCK_EDEFAULT = null;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RewardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LoyaltyPackage.Literals.REWARD;
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
	public String getReference() {
		return (String)eDynamicGet(LoyaltyPackage.REWARD__REFERENCE, LoyaltyPackage.Literals.REWARD__REFERENCE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		eDynamicSet(LoyaltyPackage.REWARD__REFERENCE, LoyaltyPackage.Literals.REWARD__REFERENCE, newReference);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return (String)eDynamicGet(LoyaltyPackage.REWARD__NAME, LoyaltyPackage.Literals.REWARD__NAME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eDynamicSet(LoyaltyPackage.REWARD__NAME, LoyaltyPackage.Literals.REWARD__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPoints() {
		return (Long)eDynamicGet(LoyaltyPackage.REWARD__POINTS, LoyaltyPackage.Literals.REWARD__POINTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(long newPoints) {
		eDynamicSet(LoyaltyPackage.REWARD__POINTS, LoyaltyPackage.Literals.REWARD__POINTS, newPoints);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getStock() {
		return (Integer)eDynamicGet(LoyaltyPackage.REWARD__STOCK, LoyaltyPackage.Literals.REWARD__STOCK, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStock(Integer newStock) {
		eDynamicSet(LoyaltyPackage.REWARD__STOCK, LoyaltyPackage.Literals.REWARD__STOCK, newStock);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return (Boolean)eDynamicGet(LoyaltyPackage.REWARD__ACTIVE, LoyaltyPackage.Literals.REWARD__ACTIVE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		eDynamicSet(LoyaltyPackage.REWARD__ACTIVE, LoyaltyPackage.Literals.REWARD__ACTIVE, newActive);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LoyaltyPackage.REWARD__REFERENCE:
				return getReference();
			case LoyaltyPackage.REWARD__NAME:
				return getName();
			case LoyaltyPackage.REWARD__POINTS:
				return getPoints();
			case LoyaltyPackage.REWARD__STOCK:
				return getStock();
			case LoyaltyPackage.REWARD__ACTIVE:
				return isActive();
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
			case LoyaltyPackage.REWARD__REFERENCE:
				setReference((String)newValue);
				return;
			case LoyaltyPackage.REWARD__NAME:
				setName((String)newValue);
				return;
			case LoyaltyPackage.REWARD__POINTS:
				setPoints((Long)newValue);
				return;
			case LoyaltyPackage.REWARD__STOCK:
				setStock((Integer)newValue);
				return;
			case LoyaltyPackage.REWARD__ACTIVE:
				setActive((Boolean)newValue);
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
			case LoyaltyPackage.REWARD__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case LoyaltyPackage.REWARD__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LoyaltyPackage.REWARD__POINTS:
				setPoints(POINTS_EDEFAULT);
				return;
			case LoyaltyPackage.REWARD__STOCK:
				setStock(STOCK_EDEFAULT);
				return;
			case LoyaltyPackage.REWARD__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
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
			case LoyaltyPackage.REWARD__REFERENCE:
				return REFERENCE_EDEFAULT == null ? getReference() != null : !REFERENCE_EDEFAULT.equals(getReference());
			case LoyaltyPackage.REWARD__NAME:
				return NAME_EDEFAULT == null ? getName() != null : !NAME_EDEFAULT.equals(getName());
			case LoyaltyPackage.REWARD__POINTS:
				return getPoints() != POINTS_EDEFAULT;
			case LoyaltyPackage.REWARD__STOCK:
				return STOCK_EDEFAULT == null ? getStock() != null : !STOCK_EDEFAULT.equals(getStock());
			case LoyaltyPackage.REWARD__ACTIVE:
				return isActive() != ACTIVE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //RewardImpl
