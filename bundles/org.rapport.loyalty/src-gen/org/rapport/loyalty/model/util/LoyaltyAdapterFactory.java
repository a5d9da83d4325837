/**
 */
package org.rapport.loyalty.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.rapport.loyalty.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.rapport.loyalty.model.LoyaltyPackage
 * @generated
 */
public class LoyaltyAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static LoyaltyPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LoyaltyAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = LoyaltyPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LoyaltySwitch<Adapter> modelSwitch =
		new LoyaltySwitch<Adapter>() {
			@Override
			public Adapter caseProgramme(Programme object) {
				return createProgrammeAdapter();
			}
			@Override
			public Adapter caseTierDefinition(TierDefinition object) {
				return createTierDefinitionAdapter();
			}
			@Override
			public Adapter caseMembership(Membership object) {
				return createMembershipAdapter();
			}
			@Override
			public Adapter caseTierChange(TierChange object) {
				return createTierChangeAdapter();
			}
			@Override
			public Adapter caseLedgerEntry(LedgerEntry object) {
				return createLedgerEntryAdapter();
			}
			@Override
			public Adapter caseConsumption(Consumption object) {
				return createConsumptionAdapter();
			}
			@Override
			public Adapter caseDebt(Debt object) {
				return createDebtAdapter();
			}
			@Override
			public Adapter caseReward(Reward object) {
				return createRewardAdapter();
			}
			@Override
			public Adapter caseRedemption(Redemption object) {
				return createRedemptionAdapter();
			}
			@Override
			public Adapter caseReferral(Referral object) {
				return createReferralAdapter();
			}
			@Override
			public Adapter casePromotion(Promotion object) {
				return createPromotionAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.loyalty.model.Programme <em>Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.loyalty.model.Programme
	 * @generated
	 */
	public Adapter createProgrammeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.loyalty.model.TierDefinition <em>Tier Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.loyalty.model.TierDefinition
	 * @generated
	 */
	public Adapter createTierDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.loyalty.model.Membership <em>Membership</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.loyalty.model.Membership
	 * @generated
	 */
	public Adapter createMembershipAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.loyalty.model.TierChange <em>Tier Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.loyalty.model.TierChange
	 * @generated
	 */
	public Adapter createTierChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.loyalty.model.LedgerEntry <em>Ledger Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.loyalty.model.LedgerEntry
	 * @generated
	 */
	public Adapter createLedgerEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.loyalty.model.Consumption <em>Consumption</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.loyalty.model.Consumption
	 * @generated
	 */
	public Adapter createConsumptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.loyalty.model.Debt <em>Debt</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.loyalty.model.Debt
	 * @generated
	 */
	public Adapter createDebtAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.loyalty.model.Reward <em>Reward</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.loyalty.model.Reward
	 * @generated
	 */
	public Adapter createRewardAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.loyalty.model.Redemption <em>Redemption</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.loyalty.model.Redemption
	 * @generated
	 */
	public Adapter createRedemptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.loyalty.model.Referral <em>Referral</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.loyalty.model.Referral
	 * @generated
	 */
	public Adapter createReferralAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.loyalty.model.Promotion <em>Promotion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.loyalty.model.Promotion
	 * @generated
	 */
	public Adapter createPromotionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //LoyaltyAdapterFactory
