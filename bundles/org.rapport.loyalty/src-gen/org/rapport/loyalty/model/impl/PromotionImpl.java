/**
 */
package org.rapport.loyalty.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;

import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.loyalty.model.Promotion;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Promotion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.impl.PromotionImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.PromotionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.PromotionImpl#getFirstDay <em>First Day</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.PromotionImpl#getLastDay <em>Last Day</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.PromotionImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.PromotionImpl#getMultiplier <em>Multiplier</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.PromotionImpl#getBonus <em>Bonus</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.PromotionImpl#getRecordedBy <em>Recorded By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PromotionImpl extends PersistentObject implements Promotion {
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
	 * The default value of the '{@link #getFirstDay() <em>First Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstDay()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FIRST_DAY_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getLastDay() <em>Last Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastDay()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LAST_DAY_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANNEL_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getMultiplier() <em>Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultiplier()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MULTIPLIER_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getBonus() <em>Bonus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBonus()
	 * @generated
	 * @ordered
	 */
	protected static final Long BONUS_EDEFAULT = null;

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
	protected PromotionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LoyaltyPackage.Literals.PROMOTION;
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
		return (String)eDynamicGet(LoyaltyPackage.PROMOTION__REFERENCE, LoyaltyPackage.Literals.PROMOTION__REFERENCE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		eDynamicSet(LoyaltyPackage.PROMOTION__REFERENCE, LoyaltyPackage.Literals.PROMOTION__REFERENCE, newReference);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return (String)eDynamicGet(LoyaltyPackage.PROMOTION__NAME, LoyaltyPackage.Literals.PROMOTION__NAME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eDynamicSet(LoyaltyPackage.PROMOTION__NAME, LoyaltyPackage.Literals.PROMOTION__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFirstDay() {
		return (LocalDate)eDynamicGet(LoyaltyPackage.PROMOTION__FIRST_DAY, LoyaltyPackage.Literals.PROMOTION__FIRST_DAY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstDay(LocalDate newFirstDay) {
		eDynamicSet(LoyaltyPackage.PROMOTION__FIRST_DAY, LoyaltyPackage.Literals.PROMOTION__FIRST_DAY, newFirstDay);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLastDay() {
		return (LocalDate)eDynamicGet(LoyaltyPackage.PROMOTION__LAST_DAY, LoyaltyPackage.Literals.PROMOTION__LAST_DAY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastDay(LocalDate newLastDay) {
		eDynamicSet(LoyaltyPackage.PROMOTION__LAST_DAY, LoyaltyPackage.Literals.PROMOTION__LAST_DAY, newLastDay);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChannel() {
		return (String)eDynamicGet(LoyaltyPackage.PROMOTION__CHANNEL, LoyaltyPackage.Literals.PROMOTION__CHANNEL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(String newChannel) {
		eDynamicSet(LoyaltyPackage.PROMOTION__CHANNEL, LoyaltyPackage.Literals.PROMOTION__CHANNEL, newChannel);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMultiplier() {
		return (BigDecimal)eDynamicGet(LoyaltyPackage.PROMOTION__MULTIPLIER, LoyaltyPackage.Literals.PROMOTION__MULTIPLIER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultiplier(BigDecimal newMultiplier) {
		eDynamicSet(LoyaltyPackage.PROMOTION__MULTIPLIER, LoyaltyPackage.Literals.PROMOTION__MULTIPLIER, newMultiplier);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getBonus() {
		return (Long)eDynamicGet(LoyaltyPackage.PROMOTION__BONUS, LoyaltyPackage.Literals.PROMOTION__BONUS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBonus(Long newBonus) {
		eDynamicSet(LoyaltyPackage.PROMOTION__BONUS, LoyaltyPackage.Literals.PROMOTION__BONUS, newBonus);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordedBy() {
		return (String)eDynamicGet(LoyaltyPackage.PROMOTION__RECORDED_BY, LoyaltyPackage.Literals.PROMOTION__RECORDED_BY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedBy(String newRecordedBy) {
		eDynamicSet(LoyaltyPackage.PROMOTION__RECORDED_BY, LoyaltyPackage.Literals.PROMOTION__RECORDED_BY, newRecordedBy);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LoyaltyPackage.PROMOTION__REFERENCE:
				return getReference();
			case LoyaltyPackage.PROMOTION__NAME:
				return getName();
			case LoyaltyPackage.PROMOTION__FIRST_DAY:
				return getFirstDay();
			case LoyaltyPackage.PROMOTION__LAST_DAY:
				return getLastDay();
			case LoyaltyPackage.PROMOTION__CHANNEL:
				return getChannel();
			case LoyaltyPackage.PROMOTION__MULTIPLIER:
				return getMultiplier();
			case LoyaltyPackage.PROMOTION__BONUS:
				return getBonus();
			case LoyaltyPackage.PROMOTION__RECORDED_BY:
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
			case LoyaltyPackage.PROMOTION__REFERENCE:
				setReference((String)newValue);
				return;
			case LoyaltyPackage.PROMOTION__NAME:
				setName((String)newValue);
				return;
			case LoyaltyPackage.PROMOTION__FIRST_DAY:
				setFirstDay((LocalDate)newValue);
				return;
			case LoyaltyPackage.PROMOTION__LAST_DAY:
				setLastDay((LocalDate)newValue);
				return;
			case LoyaltyPackage.PROMOTION__CHANNEL:
				setChannel((String)newValue);
				return;
			case LoyaltyPackage.PROMOTION__MULTIPLIER:
				setMultiplier((BigDecimal)newValue);
				return;
			case LoyaltyPackage.PROMOTION__BONUS:
				setBonus((Long)newValue);
				return;
			case LoyaltyPackage.PROMOTION__RECORDED_BY:
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
			case LoyaltyPackage.PROMOTION__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case LoyaltyPackage.PROMOTION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LoyaltyPackage.PROMOTION__FIRST_DAY:
				setFirstDay(FIRST_DAY_EDEFAULT);
				return;
			case LoyaltyPackage.PROMOTION__LAST_DAY:
				setLastDay(LAST_DAY_EDEFAULT);
				return;
			case LoyaltyPackage.PROMOTION__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case LoyaltyPackage.PROMOTION__MULTIPLIER:
				setMultiplier(MULTIPLIER_EDEFAULT);
				return;
			case LoyaltyPackage.PROMOTION__BONUS:
				setBonus(BONUS_EDEFAULT);
				return;
			case LoyaltyPackage.PROMOTION__RECORDED_BY:
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
			case LoyaltyPackage.PROMOTION__REFERENCE:
				return REFERENCE_EDEFAULT == null ? getReference() != null : !REFERENCE_EDEFAULT.equals(getReference());
			case LoyaltyPackage.PROMOTION__NAME:
				return NAME_EDEFAULT == null ? getName() != null : !NAME_EDEFAULT.equals(getName());
			case LoyaltyPackage.PROMOTION__FIRST_DAY:
				return FIRST_DAY_EDEFAULT == null ? getFirstDay() != null : !FIRST_DAY_EDEFAULT.equals(getFirstDay());
			case LoyaltyPackage.PROMOTION__LAST_DAY:
				return LAST_DAY_EDEFAULT == null ? getLastDay() != null : !LAST_DAY_EDEFAULT.equals(getLastDay());
			case LoyaltyPackage.PROMOTION__CHANNEL:
				return CHANNEL_EDEFAULT == null ? getChannel() != null : !CHANNEL_EDEFAULT.equals(getChannel());
			case LoyaltyPackage.PROMOTION__MULTIPLIER:
				return MULTIPLIER_EDEFAULT == null ? getMultiplier() != null : !MULTIPLIER_EDEFAULT.equals(getMultiplier());
			case LoyaltyPackage.PROMOTION__BONUS:
				return BONUS_EDEFAULT == null ? getBonus() != null : !BONUS_EDEFAULT.equals(getBonus());
			case LoyaltyPackage.PROMOTION__RECORDED_BY:
				return RECORDED_BY_EDEFAULT == null ? getRecordedBy() != null : !RECORDED_BY_EDEFAULT.equals(getRecordedBy());
		}
		return super.eIsSet(featureID);
	}

} //PromotionImpl
