/**
 */
package org.rapport.loyalty.model.impl;

import java.math.BigDecimal;

import java.util.Collection;
import java.util.List;
import org.eclipse.emf.ecore.EClass;

import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.loyalty.model.TierDefinition;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tier Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.impl.TierDefinitionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.TierDefinitionImpl#getRank <em>Rank</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.TierDefinitionImpl#getMinSpend <em>Min Spend</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.TierDefinitionImpl#getMinPoints <em>Min Points</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.TierDefinitionImpl#getDiscountPercent <em>Discount Percent</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.TierDefinitionImpl#isPriorityService <em>Priority Service</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.TierDefinitionImpl#isDedicatedAdvisor <em>Dedicated Advisor</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.TierDefinitionImpl#getBirthdayGift <em>Birthday Gift</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.TierDefinitionImpl#getBenefits <em>Benefits</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TierDefinitionImpl extends PersistentObject implements TierDefinition {
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
	 * The default value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected static final int RANK_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getMinSpend() <em>Min Spend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinSpend()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MIN_SPEND_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getMinPoints() <em>Min Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinPoints()
	 * @generated
	 * @ordered
	 */
	protected static final Long MIN_POINTS_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getDiscountPercent() <em>Discount Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountPercent()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal DISCOUNT_PERCENT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #isPriorityService() <em>Priority Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPriorityService()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRIORITY_SERVICE_EDEFAULT = false;

	/**
	 * The default value of the '{@link #isDedicatedAdvisor() <em>Dedicated Advisor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDedicatedAdvisor()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEDICATED_ADVISOR_EDEFAULT = false;

	/**
	 * The default value of the '{@link #getBirthdayGift() <em>Birthday Gift</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthdayGift()
	 * @generated
	 * @ordered
	 */
	protected static final String BIRTHDAY_GIFT_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TierDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LoyaltyPackage.Literals.TIER_DEFINITION;
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
	public String getName() {
		return (String)eDynamicGet(LoyaltyPackage.TIER_DEFINITION__NAME, LoyaltyPackage.Literals.TIER_DEFINITION__NAME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eDynamicSet(LoyaltyPackage.TIER_DEFINITION__NAME, LoyaltyPackage.Literals.TIER_DEFINITION__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRank() {
		return (Integer)eDynamicGet(LoyaltyPackage.TIER_DEFINITION__RANK, LoyaltyPackage.Literals.TIER_DEFINITION__RANK, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRank(int newRank) {
		eDynamicSet(LoyaltyPackage.TIER_DEFINITION__RANK, LoyaltyPackage.Literals.TIER_DEFINITION__RANK, newRank);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMinSpend() {
		return (BigDecimal)eDynamicGet(LoyaltyPackage.TIER_DEFINITION__MIN_SPEND, LoyaltyPackage.Literals.TIER_DEFINITION__MIN_SPEND, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinSpend(BigDecimal newMinSpend) {
		eDynamicSet(LoyaltyPackage.TIER_DEFINITION__MIN_SPEND, LoyaltyPackage.Literals.TIER_DEFINITION__MIN_SPEND, newMinSpend);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getMinPoints() {
		return (Long)eDynamicGet(LoyaltyPackage.TIER_DEFINITION__MIN_POINTS, LoyaltyPackage.Literals.TIER_DEFINITION__MIN_POINTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinPoints(Long newMinPoints) {
		eDynamicSet(LoyaltyPackage.TIER_DEFINITION__MIN_POINTS, LoyaltyPackage.Literals.TIER_DEFINITION__MIN_POINTS, newMinPoints);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getDiscountPercent() {
		return (BigDecimal)eDynamicGet(LoyaltyPackage.TIER_DEFINITION__DISCOUNT_PERCENT, LoyaltyPackage.Literals.TIER_DEFINITION__DISCOUNT_PERCENT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscountPercent(BigDecimal newDiscountPercent) {
		eDynamicSet(LoyaltyPackage.TIER_DEFINITION__DISCOUNT_PERCENT, LoyaltyPackage.Literals.TIER_DEFINITION__DISCOUNT_PERCENT, newDiscountPercent);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPriorityService() {
		return (Boolean)eDynamicGet(LoyaltyPackage.TIER_DEFINITION__PRIORITY_SERVICE, LoyaltyPackage.Literals.TIER_DEFINITION__PRIORITY_SERVICE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriorityService(boolean newPriorityService) {
		eDynamicSet(LoyaltyPackage.TIER_DEFINITION__PRIORITY_SERVICE, LoyaltyPackage.Literals.TIER_DEFINITION__PRIORITY_SERVICE, newPriorityService);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDedicatedAdvisor() {
		return (Boolean)eDynamicGet(LoyaltyPackage.TIER_DEFINITION__DEDICATED_ADVISOR, LoyaltyPackage.Literals.TIER_DEFINITION__DEDICATED_ADVISOR, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDedicatedAdvisor(boolean newDedicatedAdvisor) {
		eDynamicSet(LoyaltyPackage.TIER_DEFINITION__DEDICATED_ADVISOR, LoyaltyPackage.Literals.TIER_DEFINITION__DEDICATED_ADVISOR, newDedicatedAdvisor);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBirthdayGift() {
		return (String)eDynamicGet(LoyaltyPackage.TIER_DEFINITION__BIRTHDAY_GIFT, LoyaltyPackage.Literals.TIER_DEFINITION__BIRTHDAY_GIFT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthdayGift(String newBirthdayGift) {
		eDynamicSet(LoyaltyPackage.TIER_DEFINITION__BIRTHDAY_GIFT, LoyaltyPackage.Literals.TIER_DEFINITION__BIRTHDAY_GIFT, newBirthdayGift);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<String> getBenefits() {
		return (List<String>)eDynamicGet(LoyaltyPackage.TIER_DEFINITION__BENEFITS, LoyaltyPackage.Literals.TIER_DEFINITION__BENEFITS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LoyaltyPackage.TIER_DEFINITION__NAME:
				return getName();
			case LoyaltyPackage.TIER_DEFINITION__RANK:
				return getRank();
			case LoyaltyPackage.TIER_DEFINITION__MIN_SPEND:
				return getMinSpend();
			case LoyaltyPackage.TIER_DEFINITION__MIN_POINTS:
				return getMinPoints();
			case LoyaltyPackage.TIER_DEFINITION__DISCOUNT_PERCENT:
				return getDiscountPercent();
			case LoyaltyPackage.TIER_DEFINITION__PRIORITY_SERVICE:
				return isPriorityService();
			case LoyaltyPackage.TIER_DEFINITION__DEDICATED_ADVISOR:
				return isDedicatedAdvisor();
			case LoyaltyPackage.TIER_DEFINITION__BIRTHDAY_GIFT:
				return getBirthdayGift();
			case LoyaltyPackage.TIER_DEFINITION__BENEFITS:
				return getBenefits();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LoyaltyPackage.TIER_DEFINITION__NAME:
				setName((String)newValue);
				return;
			case LoyaltyPackage.TIER_DEFINITION__RANK:
				setRank((Integer)newValue);
				return;
			case LoyaltyPackage.TIER_DEFINITION__MIN_SPEND:
				setMinSpend((BigDecimal)newValue);
				return;
			case LoyaltyPackage.TIER_DEFINITION__MIN_POINTS:
				setMinPoints((Long)newValue);
				return;
			case LoyaltyPackage.TIER_DEFINITION__DISCOUNT_PERCENT:
				setDiscountPercent((BigDecimal)newValue);
				return;
			case LoyaltyPackage.TIER_DEFINITION__PRIORITY_SERVICE:
				setPriorityService((Boolean)newValue);
				return;
			case LoyaltyPackage.TIER_DEFINITION__DEDICATED_ADVISOR:
				setDedicatedAdvisor((Boolean)newValue);
				return;
			case LoyaltyPackage.TIER_DEFINITION__BIRTHDAY_GIFT:
				setBirthdayGift((String)newValue);
				return;
			case LoyaltyPackage.TIER_DEFINITION__BENEFITS:
				getBenefits().clear();
				getBenefits().addAll((Collection<? extends String>)newValue);
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
			case LoyaltyPackage.TIER_DEFINITION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LoyaltyPackage.TIER_DEFINITION__RANK:
				setRank(RANK_EDEFAULT);
				return;
			case LoyaltyPackage.TIER_DEFINITION__MIN_SPEND:
				setMinSpend(MIN_SPEND_EDEFAULT);
				return;
			case LoyaltyPackage.TIER_DEFINITION__MIN_POINTS:
				setMinPoints(MIN_POINTS_EDEFAULT);
				return;
			case LoyaltyPackage.TIER_DEFINITION__DISCOUNT_PERCENT:
				setDiscountPercent(DISCOUNT_PERCENT_EDEFAULT);
				return;
			case LoyaltyPackage.TIER_DEFINITION__PRIORITY_SERVICE:
				setPriorityService(PRIORITY_SERVICE_EDEFAULT);
				return;
			case LoyaltyPackage.TIER_DEFINITION__DEDICATED_ADVISOR:
				setDedicatedAdvisor(DEDICATED_ADVISOR_EDEFAULT);
				return;
			case LoyaltyPackage.TIER_DEFINITION__BIRTHDAY_GIFT:
				setBirthdayGift(BIRTHDAY_GIFT_EDEFAULT);
				return;
			case LoyaltyPackage.TIER_DEFINITION__BENEFITS:
				getBenefits().clear();
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
			case LoyaltyPackage.TIER_DEFINITION__NAME:
				return NAME_EDEFAULT == null ? getName() != null : !NAME_EDEFAULT.equals(getName());
			case LoyaltyPackage.TIER_DEFINITION__RANK:
				return getRank() != RANK_EDEFAULT;
			case LoyaltyPackage.TIER_DEFINITION__MIN_SPEND:
				return MIN_SPEND_EDEFAULT == null ? getMinSpend() != null : !MIN_SPEND_EDEFAULT.equals(getMinSpend());
			case LoyaltyPackage.TIER_DEFINITION__MIN_POINTS:
				return MIN_POINTS_EDEFAULT == null ? getMinPoints() != null : !MIN_POINTS_EDEFAULT.equals(getMinPoints());
			case LoyaltyPackage.TIER_DEFINITION__DISCOUNT_PERCENT:
				return DISCOUNT_PERCENT_EDEFAULT == null ? getDiscountPercent() != null : !DISCOUNT_PERCENT_EDEFAULT.equals(getDiscountPercent());
			case LoyaltyPackage.TIER_DEFINITION__PRIORITY_SERVICE:
				return isPriorityService() != PRIORITY_SERVICE_EDEFAULT;
			case LoyaltyPackage.TIER_DEFINITION__DEDICATED_ADVISOR:
				return isDedicatedAdvisor() != DEDICATED_ADVISOR_EDEFAULT;
			case LoyaltyPackage.TIER_DEFINITION__BIRTHDAY_GIFT:
				return BIRTHDAY_GIFT_EDEFAULT == null ? getBirthdayGift() != null : !BIRTHDAY_GIFT_EDEFAULT.equals(getBirthdayGift());
			case LoyaltyPackage.TIER_DEFINITION__BENEFITS:
				return !getBenefits().isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //TierDefinitionImpl
