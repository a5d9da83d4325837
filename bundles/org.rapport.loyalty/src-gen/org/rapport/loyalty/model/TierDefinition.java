/**
 */
package org.rapport.loyalty.model;

import java.math.BigDecimal;

import java.util.List;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tier Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A member tier (Silver, Gold, Black) with its threshold and benefits; a higher rank is a better tier.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.TierDefinition#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.TierDefinition#getRank <em>Rank</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.TierDefinition#getMinSpend <em>Min Spend</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.TierDefinition#getMinPoints <em>Min Points</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.TierDefinition#getDiscountPercent <em>Discount Percent</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.TierDefinition#isPriorityService <em>Priority Service</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.TierDefinition#isDedicatedAdvisor <em>Dedicated Advisor</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.TierDefinition#getBirthdayGift <em>Birthday Gift</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.TierDefinition#getBenefits <em>Benefits</em>}</li>
 * </ul>
 *
 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierDefinition()
 * @model annotation="http://rapport.org/security area='loyalty'"
 * @generated
 */
public interface TierDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tier name, unique; memberships and their history name tiers by it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierDefinition_Name()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence unique='true' length='32'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.TierDefinition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Order of the tiers, 0 the lowest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see #setRank(int)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierDefinition_Rank()
	 * @model required="true"
	 * @generated
	 */
	int getRank();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.TierDefinition#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see #getRank()
	 * @generated
	 */
	void setRank(int value);

	/**
	 * Returns the value of the '<em><b>Min Spend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Net spend in 12 months from which the tier applies (tier basis SPEND).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Spend</em>' attribute.
	 * @see #setMinSpend(BigDecimal)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierDefinition_MinSpend()
	 * @model annotation="http://rapport.org/persistence precision='14' scale='2'"
	 * @generated
	 */
	BigDecimal getMinSpend();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.TierDefinition#getMinSpend <em>Min Spend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Spend</em>' attribute.
	 * @see #getMinSpend()
	 * @generated
	 */
	void setMinSpend(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Min Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points earned in 12 months from which the tier applies (tier basis POINTS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Points</em>' attribute.
	 * @see #setMinPoints(Long)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierDefinition_MinPoints()
	 * @model
	 * @generated
	 */
	Long getMinPoints();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.TierDefinition#getMinPoints <em>Min Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Points</em>' attribute.
	 * @see #getMinPoints()
	 * @generated
	 */
	void setMinPoints(Long value);

	/**
	 * Returns the value of the '<em><b>Discount Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Discount in percent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discount Percent</em>' attribute.
	 * @see #setDiscountPercent(BigDecimal)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierDefinition_DiscountPercent()
	 * @model annotation="http://rapport.org/persistence precision='5' scale='2'"
	 * @generated
	 */
	BigDecimal getDiscountPercent();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.TierDefinition#getDiscountPercent <em>Discount Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discount Percent</em>' attribute.
	 * @see #getDiscountPercent()
	 * @generated
	 */
	void setDiscountPercent(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Priority Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether members get priority service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority Service</em>' attribute.
	 * @see #setPriorityService(boolean)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierDefinition_PriorityService()
	 * @model
	 * @generated
	 */
	boolean isPriorityService();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.TierDefinition#isPriorityService <em>Priority Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority Service</em>' attribute.
	 * @see #isPriorityService()
	 * @generated
	 */
	void setPriorityService(boolean value);

	/**
	 * Returns the value of the '<em><b>Dedicated Advisor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether members get a dedicated advisor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dedicated Advisor</em>' attribute.
	 * @see #setDedicatedAdvisor(boolean)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierDefinition_DedicatedAdvisor()
	 * @model
	 * @generated
	 */
	boolean isDedicatedAdvisor();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.TierDefinition#isDedicatedAdvisor <em>Dedicated Advisor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dedicated Advisor</em>' attribute.
	 * @see #isDedicatedAdvisor()
	 * @generated
	 */
	void setDedicatedAdvisor(boolean value);

	/**
	 * Returns the value of the '<em><b>Birthday Gift</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The birthday gift, as text; empty for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Birthday Gift</em>' attribute.
	 * @see #setBirthdayGift(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierDefinition_BirthdayGift()
	 * @model annotation="http://rapport.org/persistence length='255'"
	 * @generated
	 */
	String getBirthdayGift();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.TierDefinition#getBirthdayGift <em>Birthday Gift</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birthday Gift</em>' attribute.
	 * @see #getBirthdayGift()
	 * @generated
	 */
	void setBirthdayGift(String value);

	/**
	 * Returns the value of the '<em><b>Benefits</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further benefits of the tier as the administrators word them (free delivery, lounge access), in the order they are shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Benefits</em>' attribute list.
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierDefinition_Benefits()
	 * @model unique="false"
	 *        annotation="http://rapport.org/persistence length='200'"
	 * @generated
	 */
	List<String> getBenefits();

} // TierDefinition
