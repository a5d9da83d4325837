/**
 */
package org.rapport.loyalty.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.rapport.loyalty.model.LoyaltyPackage
 * @generated
 */
public interface LoyaltyFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LoyaltyFactory eINSTANCE = org.rapport.loyalty.model.impl.LoyaltyFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Programme</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Programme</em>'.
	 * @generated
	 */
	Programme createProgramme();

	/**
	 * Returns a new object of class '<em>Tier Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tier Definition</em>'.
	 * @generated
	 */
	TierDefinition createTierDefinition();

	/**
	 * Returns a new object of class '<em>Membership</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Membership</em>'.
	 * @generated
	 */
	Membership createMembership();

	/**
	 * Returns a new object of class '<em>Tier Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tier Change</em>'.
	 * @generated
	 */
	TierChange createTierChange();

	/**
	 * Returns a new object of class '<em>Ledger Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ledger Entry</em>'.
	 * @generated
	 */
	LedgerEntry createLedgerEntry();

	/**
	 * Returns a new object of class '<em>Consumption</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Consumption</em>'.
	 * @generated
	 */
	Consumption createConsumption();

	/**
	 * Returns a new object of class '<em>Debt</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Debt</em>'.
	 * @generated
	 */
	Debt createDebt();

	/**
	 * Returns a new object of class '<em>Reward</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reward</em>'.
	 * @generated
	 */
	Reward createReward();

	/**
	 * Returns a new object of class '<em>Redemption</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Redemption</em>'.
	 * @generated
	 */
	Redemption createRedemption();

	/**
	 * Returns a new object of class '<em>Referral</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Referral</em>'.
	 * @generated
	 */
	Referral createReferral();

	/**
	 * Returns a new object of class '<em>Promotion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Promotion</em>'.
	 * @generated
	 */
	Promotion createPromotion();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	LoyaltyPackage getLoyaltyPackage();

} //LoyaltyFactory
