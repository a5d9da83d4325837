/**
 */
package org.rapport.loyalty.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.rapport.customers.model.CustomersPackage;

import org.rapport.loyalty.model.Consumption;
import org.rapport.loyalty.model.Debt;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.loyalty.model.LedgerEntry;
import org.rapport.loyalty.model.LoyaltyFactory;
import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.loyalty.model.Membership;
import org.rapport.loyalty.model.Programme;
import org.rapport.loyalty.model.Promotion;
import org.rapport.loyalty.model.Redemption;
import org.rapport.loyalty.model.Referral;
import org.rapport.loyalty.model.Reward;
import org.rapport.loyalty.model.TierBasis;
import org.rapport.loyalty.model.TierChange;
import org.rapport.loyalty.model.TierDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LoyaltyPackageImpl extends EPackageImpl implements LoyaltyPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass programmeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tierDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass membershipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tierChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ledgerEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consumptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass debtEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rewardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass redemptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referralEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass promotionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tierBasisEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum entryKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.rapport.loyalty.model.LoyaltyPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private LoyaltyPackageImpl() {
		super(eNS_URI, LoyaltyFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link LoyaltyPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static LoyaltyPackage init() {
		if (isInited) return (LoyaltyPackage)EPackage.Registry.INSTANCE.getEPackage(LoyaltyPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredLoyaltyPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		LoyaltyPackageImpl theLoyaltyPackage = registeredLoyaltyPackage instanceof LoyaltyPackageImpl ? (LoyaltyPackageImpl)registeredLoyaltyPackage : new LoyaltyPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();
		CustomersPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theLoyaltyPackage.createPackageContents();

		// Initialize created meta-data
		theLoyaltyPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theLoyaltyPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(LoyaltyPackage.eNS_URI, theLoyaltyPackage);
		return theLoyaltyPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProgramme() {
		return programmeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_PointsPerUnit() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_ExpiryMonths() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_ReminderDays() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_TierBasis() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_ReferrerPoints() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_ReferredPoints() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_ReviewPoints() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTierDefinition() {
		return tierDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTierDefinition_Name() {
		return (EAttribute)tierDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTierDefinition_Rank() {
		return (EAttribute)tierDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTierDefinition_MinSpend() {
		return (EAttribute)tierDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTierDefinition_MinPoints() {
		return (EAttribute)tierDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTierDefinition_DiscountPercent() {
		return (EAttribute)tierDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTierDefinition_PriorityService() {
		return (EAttribute)tierDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTierDefinition_DedicatedAdvisor() {
		return (EAttribute)tierDefinitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTierDefinition_BirthdayGift() {
		return (EAttribute)tierDefinitionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTierDefinition_Benefits() {
		return (EAttribute)tierDefinitionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMembership() {
		return membershipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMembership_Customer() {
		return (EReference)membershipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembership_Tier() {
		return (EAttribute)membershipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembership_Since() {
		return (EAttribute)membershipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMembership_History() {
		return (EReference)membershipEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTierChange() {
		return tierChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTierChange_FromTier() {
		return (EAttribute)tierChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTierChange_ToTier() {
		return (EAttribute)tierChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTierChange_Reason() {
		return (EAttribute)tierChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTierChange_At() {
		return (EAttribute)tierChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTierChange_ChangedBy() {
		return (EAttribute)tierChangeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLedgerEntry() {
		return ledgerEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedgerEntry_Customer() {
		return (EReference)ledgerEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerEntry_Kind() {
		return (EAttribute)ledgerEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerEntry_Points() {
		return (EAttribute)ledgerEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerEntry_At() {
		return (EAttribute)ledgerEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerEntry_RecordedAt() {
		return (EAttribute)ledgerEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerEntry_ExpiresOn() {
		return (EAttribute)ledgerEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerEntry_RuleId() {
		return (EAttribute)ledgerEntryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerEntry_SourceRef() {
		return (EAttribute)ledgerEntryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerEntry_RelatedRef() {
		return (EAttribute)ledgerEntryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerEntry_Amount() {
		return (EAttribute)ledgerEntryEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerEntry_RecordedBy() {
		return (EAttribute)ledgerEntryEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerEntry_Reason() {
		return (EAttribute)ledgerEntryEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerEntry_SpendSequence() {
		return (EAttribute)ledgerEntryEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedgerEntry_Debt() {
		return (EReference)ledgerEntryEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedgerEntry_Consumed() {
		return (EReference)ledgerEntryEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsumption() {
		return consumptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsumption_Earning() {
		return (EReference)consumptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsumption_Points() {
		return (EAttribute)consumptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDebt() {
		return debtEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDebt_Customer() {
		return (EReference)debtEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDebt_Points() {
		return (EAttribute)debtEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDebt_At() {
		return (EAttribute)debtEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDebt_RecordedAt() {
		return (EAttribute)debtEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDebt_SourceRef() {
		return (EAttribute)debtEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDebt_RelatedRef() {
		return (EAttribute)debtEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDebt_Amount() {
		return (EAttribute)debtEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDebt_RecordedBy() {
		return (EAttribute)debtEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDebt_Reason() {
		return (EAttribute)debtEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReward() {
		return rewardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReward_Reference() {
		return (EAttribute)rewardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReward_Name() {
		return (EAttribute)rewardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReward_Points() {
		return (EAttribute)rewardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReward_Stock() {
		return (EAttribute)rewardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReward_Active() {
		return (EAttribute)rewardEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRedemption() {
		return redemptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRedemption_Customer() {
		return (EReference)redemptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRedemption_Reward() {
		return (EReference)redemptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRedemption_Entry() {
		return (EReference)redemptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedemption_Unit() {
		return (EAttribute)redemptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedemption_Points() {
		return (EAttribute)redemptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedemption_At() {
		return (EAttribute)redemptionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedemption_RecordedBy() {
		return (EAttribute)redemptionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferral() {
		return referralEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferral_Referrer() {
		return (EReference)referralEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferral_Referred() {
		return (EReference)referralEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_At() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_RecordedBy() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPromotion() {
		return promotionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPromotion_Reference() {
		return (EAttribute)promotionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPromotion_Name() {
		return (EAttribute)promotionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPromotion_FirstDay() {
		return (EAttribute)promotionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPromotion_LastDay() {
		return (EAttribute)promotionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPromotion_Channel() {
		return (EAttribute)promotionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPromotion_Multiplier() {
		return (EAttribute)promotionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPromotion_Bonus() {
		return (EAttribute)promotionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPromotion_RecordedBy() {
		return (EAttribute)promotionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTierBasis() {
		return tierBasisEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEntryKind() {
		return entryKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoyaltyFactory getLoyaltyFactory() {
		return (LoyaltyFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		programmeEClass = createEClass(PROGRAMME);
		createEAttribute(programmeEClass, PROGRAMME__POINTS_PER_UNIT);
		createEAttribute(programmeEClass, PROGRAMME__EXPIRY_MONTHS);
		createEAttribute(programmeEClass, PROGRAMME__REMINDER_DAYS);
		createEAttribute(programmeEClass, PROGRAMME__TIER_BASIS);
		createEAttribute(programmeEClass, PROGRAMME__REFERRER_POINTS);
		createEAttribute(programmeEClass, PROGRAMME__REFERRED_POINTS);
		createEAttribute(programmeEClass, PROGRAMME__REVIEW_POINTS);

		tierDefinitionEClass = createEClass(TIER_DEFINITION);
		createEAttribute(tierDefinitionEClass, TIER_DEFINITION__NAME);
		createEAttribute(tierDefinitionEClass, TIER_DEFINITION__RANK);
		createEAttribute(tierDefinitionEClass, TIER_DEFINITION__MIN_SPEND);
		createEAttribute(tierDefinitionEClass, TIER_DEFINITION__MIN_POINTS);
		createEAttribute(tierDefinitionEClass, TIER_DEFINITION__DISCOUNT_PERCENT);
		createEAttribute(tierDefinitionEClass, TIER_DEFINITION__PRIORITY_SERVICE);
		createEAttribute(tierDefinitionEClass, TIER_DEFINITION__DEDICATED_ADVISOR);
		createEAttribute(tierDefinitionEClass, TIER_DEFINITION__BIRTHDAY_GIFT);
		createEAttribute(tierDefinitionEClass, TIER_DEFINITION__BENEFITS);

		membershipEClass = createEClass(MEMBERSHIP);
		createEReference(membershipEClass, MEMBERSHIP__CUSTOMER);
		createEAttribute(membershipEClass, MEMBERSHIP__TIER);
		createEAttribute(membershipEClass, MEMBERSHIP__SINCE);
		createEReference(membershipEClass, MEMBERSHIP__HISTORY);

		tierChangeEClass = createEClass(TIER_CHANGE);
		createEAttribute(tierChangeEClass, TIER_CHANGE__FROM_TIER);
		createEAttribute(tierChangeEClass, TIER_CHANGE__TO_TIER);
		createEAttribute(tierChangeEClass, TIER_CHANGE__REASON);
		createEAttribute(tierChangeEClass, TIER_CHANGE__AT);
		createEAttribute(tierChangeEClass, TIER_CHANGE__CHANGED_BY);

		ledgerEntryEClass = createEClass(LEDGER_ENTRY);
		createEReference(ledgerEntryEClass, LEDGER_ENTRY__CUSTOMER);
		createEAttribute(ledgerEntryEClass, LEDGER_ENTRY__KIND);
		createEAttribute(ledgerEntryEClass, LEDGER_ENTRY__POINTS);
		createEAttribute(ledgerEntryEClass, LEDGER_ENTRY__AT);
		createEAttribute(ledgerEntryEClass, LEDGER_ENTRY__RECORDED_AT);
		createEAttribute(ledgerEntryEClass, LEDGER_ENTRY__EXPIRES_ON);
		createEAttribute(ledgerEntryEClass, LEDGER_ENTRY__RULE_ID);
		createEAttribute(ledgerEntryEClass, LEDGER_ENTRY__SOURCE_REF);
		createEAttribute(ledgerEntryEClass, LEDGER_ENTRY__RELATED_REF);
		createEAttribute(ledgerEntryEClass, LEDGER_ENTRY__AMOUNT);
		createEAttribute(ledgerEntryEClass, LEDGER_ENTRY__RECORDED_BY);
		createEAttribute(ledgerEntryEClass, LEDGER_ENTRY__REASON);
		createEAttribute(ledgerEntryEClass, LEDGER_ENTRY__SPEND_SEQUENCE);
		createEReference(ledgerEntryEClass, LEDGER_ENTRY__DEBT);
		createEReference(ledgerEntryEClass, LEDGER_ENTRY__CONSUMED);

		consumptionEClass = createEClass(CONSUMPTION);
		createEReference(consumptionEClass, CONSUMPTION__EARNING);
		createEAttribute(consumptionEClass, CONSUMPTION__POINTS);

		debtEClass = createEClass(DEBT);
		createEReference(debtEClass, DEBT__CUSTOMER);
		createEAttribute(debtEClass, DEBT__POINTS);
		createEAttribute(debtEClass, DEBT__AT);
		createEAttribute(debtEClass, DEBT__RECORDED_AT);
		createEAttribute(debtEClass, DEBT__SOURCE_REF);
		createEAttribute(debtEClass, DEBT__RELATED_REF);
		createEAttribute(debtEClass, DEBT__AMOUNT);
		createEAttribute(debtEClass, DEBT__RECORDED_BY);
		createEAttribute(debtEClass, DEBT__REASON);

		rewardEClass = createEClass(REWARD);
		createEAttribute(rewardEClass, REWARD__REFERENCE);
		createEAttribute(rewardEClass, REWARD__NAME);
		createEAttribute(rewardEClass, REWARD__POINTS);
		createEAttribute(rewardEClass, REWARD__STOCK);
		createEAttribute(rewardEClass, REWARD__ACTIVE);

		redemptionEClass = createEClass(REDEMPTION);
		createEReference(redemptionEClass, REDEMPTION__CUSTOMER);
		createEReference(redemptionEClass, REDEMPTION__REWARD);
		createEReference(redemptionEClass, REDEMPTION__ENTRY);
		createEAttribute(redemptionEClass, REDEMPTION__UNIT);
		createEAttribute(redemptionEClass, REDEMPTION__POINTS);
		createEAttribute(redemptionEClass, REDEMPTION__AT);
		createEAttribute(redemptionEClass, REDEMPTION__RECORDED_BY);

		referralEClass = createEClass(REFERRAL);
		createEReference(referralEClass, REFERRAL__REFERRER);
		createEReference(referralEClass, REFERRAL__REFERRED);
		createEAttribute(referralEClass, REFERRAL__AT);
		createEAttribute(referralEClass, REFERRAL__RECORDED_BY);

		promotionEClass = createEClass(PROMOTION);
		createEAttribute(promotionEClass, PROMOTION__REFERENCE);
		createEAttribute(promotionEClass, PROMOTION__NAME);
		createEAttribute(promotionEClass, PROMOTION__FIRST_DAY);
		createEAttribute(promotionEClass, PROMOTION__LAST_DAY);
		createEAttribute(promotionEClass, PROMOTION__CHANNEL);
		createEAttribute(promotionEClass, PROMOTION__MULTIPLIER);
		createEAttribute(promotionEClass, PROMOTION__BONUS);
		createEAttribute(promotionEClass, PROMOTION__RECORDED_BY);

		// Create enums
		tierBasisEEnum = createEEnum(TIER_BASIS);
		entryKindEEnum = createEEnum(ENTRY_KIND);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CustomersPackage theCustomersPackage = (CustomersPackage)EPackage.Registry.INSTANCE.getEPackage(CustomersPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(programmeEClass, Programme.class, "Programme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProgramme_PointsPerUnit(), ecorePackage.getEInt(), "pointsPerUnit", "1", 1, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_ExpiryMonths(), ecorePackage.getEInt(), "expiryMonths", "24", 1, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_ReminderDays(), ecorePackage.getEInt(), "reminderDays", "30", 1, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_TierBasis(), this.getTierBasis(), "tierBasis", null, 1, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_ReferrerPoints(), ecorePackage.getEInt(), "referrerPoints", "200", 1, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_ReferredPoints(), ecorePackage.getEInt(), "referredPoints", "100", 1, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_ReviewPoints(), ecorePackage.getEInt(), "reviewPoints", "20", 1, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tierDefinitionEClass, TierDefinition.class, "TierDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTierDefinition_Name(), ecorePackage.getEString(), "name", null, 1, 1, TierDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTierDefinition_Rank(), ecorePackage.getEInt(), "rank", null, 1, 1, TierDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTierDefinition_MinSpend(), ecorePackage.getEBigDecimal(), "minSpend", null, 0, 1, TierDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTierDefinition_MinPoints(), ecorePackage.getELongObject(), "minPoints", null, 0, 1, TierDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTierDefinition_DiscountPercent(), ecorePackage.getEBigDecimal(), "discountPercent", null, 0, 1, TierDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTierDefinition_PriorityService(), ecorePackage.getEBoolean(), "priorityService", null, 0, 1, TierDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTierDefinition_DedicatedAdvisor(), ecorePackage.getEBoolean(), "dedicatedAdvisor", null, 0, 1, TierDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTierDefinition_BirthdayGift(), ecorePackage.getEString(), "birthdayGift", null, 0, 1, TierDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTierDefinition_Benefits(), ecorePackage.getEString(), "benefits", null, 0, -1, TierDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(membershipEClass, Membership.class, "Membership", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMembership_Customer(), theCustomersPackage.getCustomer(), null, "customer", null, 1, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembership_Tier(), ecorePackage.getEString(), "tier", null, 1, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembership_Since(), this.getInstant(), "since", null, 1, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMembership_History(), this.getTierChange(), null, "history", null, 0, -1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tierChangeEClass, TierChange.class, "TierChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTierChange_FromTier(), ecorePackage.getEString(), "fromTier", null, 0, 1, TierChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTierChange_ToTier(), ecorePackage.getEString(), "toTier", null, 1, 1, TierChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTierChange_Reason(), ecorePackage.getEString(), "reason", null, 1, 1, TierChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTierChange_At(), this.getInstant(), "at", null, 1, 1, TierChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTierChange_ChangedBy(), ecorePackage.getEString(), "changedBy", null, 0, 1, TierChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ledgerEntryEClass, LedgerEntry.class, "LedgerEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLedgerEntry_Customer(), theCustomersPackage.getCustomer(), null, "customer", null, 1, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerEntry_Kind(), this.getEntryKind(), "kind", null, 1, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerEntry_Points(), ecorePackage.getELong(), "points", null, 1, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerEntry_At(), this.getInstant(), "at", null, 1, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerEntry_RecordedAt(), this.getInstant(), "recordedAt", null, 1, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerEntry_ExpiresOn(), this.getLocalDate(), "expiresOn", null, 0, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerEntry_RuleId(), ecorePackage.getEString(), "ruleId", null, 1, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerEntry_SourceRef(), ecorePackage.getEString(), "sourceRef", null, 0, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerEntry_RelatedRef(), ecorePackage.getEString(), "relatedRef", null, 0, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerEntry_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerEntry_RecordedBy(), ecorePackage.getEString(), "recordedBy", null, 1, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerEntry_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerEntry_SpendSequence(), ecorePackage.getELongObject(), "spendSequence", null, 0, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedgerEntry_Debt(), this.getDebt(), null, "debt", null, 0, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedgerEntry_Consumed(), this.getConsumption(), null, "consumed", null, 0, -1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consumptionEClass, Consumption.class, "Consumption", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConsumption_Earning(), this.getLedgerEntry(), null, "earning", null, 1, 1, Consumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsumption_Points(), ecorePackage.getELong(), "points", null, 1, 1, Consumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(debtEClass, Debt.class, "Debt", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDebt_Customer(), theCustomersPackage.getCustomer(), null, "customer", null, 1, 1, Debt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDebt_Points(), ecorePackage.getELong(), "points", null, 1, 1, Debt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDebt_At(), this.getInstant(), "at", null, 1, 1, Debt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDebt_RecordedAt(), this.getInstant(), "recordedAt", null, 1, 1, Debt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDebt_SourceRef(), ecorePackage.getEString(), "sourceRef", null, 0, 1, Debt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDebt_RelatedRef(), ecorePackage.getEString(), "relatedRef", null, 0, 1, Debt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDebt_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, Debt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDebt_RecordedBy(), ecorePackage.getEString(), "recordedBy", null, 1, 1, Debt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDebt_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Debt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rewardEClass, Reward.class, "Reward", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReward_Reference(), ecorePackage.getEString(), "reference", null, 1, 1, Reward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReward_Name(), ecorePackage.getEString(), "name", null, 1, 1, Reward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReward_Points(), ecorePackage.getELong(), "points", null, 1, 1, Reward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReward_Stock(), ecorePackage.getEIntegerObject(), "stock", null, 0, 1, Reward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReward_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, Reward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(redemptionEClass, Redemption.class, "Redemption", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRedemption_Customer(), theCustomersPackage.getCustomer(), null, "customer", null, 1, 1, Redemption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRedemption_Reward(), this.getReward(), null, "reward", null, 1, 1, Redemption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRedemption_Entry(), this.getLedgerEntry(), null, "entry", null, 1, 1, Redemption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRedemption_Unit(), ecorePackage.getEIntegerObject(), "unit", null, 0, 1, Redemption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRedemption_Points(), ecorePackage.getELong(), "points", null, 1, 1, Redemption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRedemption_At(), this.getInstant(), "at", null, 1, 1, Redemption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRedemption_RecordedBy(), ecorePackage.getEString(), "recordedBy", null, 1, 1, Redemption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(referralEClass, Referral.class, "Referral", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReferral_Referrer(), theCustomersPackage.getCustomer(), null, "referrer", null, 1, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReferral_Referred(), theCustomersPackage.getCustomer(), null, "referred", null, 1, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferral_At(), this.getInstant(), "at", null, 1, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferral_RecordedBy(), ecorePackage.getEString(), "recordedBy", null, 1, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(promotionEClass, Promotion.class, "Promotion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPromotion_Reference(), ecorePackage.getEString(), "reference", null, 1, 1, Promotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPromotion_Name(), ecorePackage.getEString(), "name", null, 1, 1, Promotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPromotion_FirstDay(), this.getLocalDate(), "firstDay", null, 1, 1, Promotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPromotion_LastDay(), this.getLocalDate(), "lastDay", null, 1, 1, Promotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPromotion_Channel(), ecorePackage.getEString(), "channel", null, 0, 1, Promotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPromotion_Multiplier(), ecorePackage.getEBigDecimal(), "multiplier", null, 0, 1, Promotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPromotion_Bonus(), ecorePackage.getELongObject(), "bonus", null, 0, 1, Promotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPromotion_RecordedBy(), ecorePackage.getEString(), "recordedBy", null, 0, 1, Promotion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(tierBasisEEnum, TierBasis.class, "TierBasis");
		addEEnumLiteral(tierBasisEEnum, TierBasis.SPEND);
		addEEnumLiteral(tierBasisEEnum, TierBasis.POINTS);

		initEEnum(entryKindEEnum, EntryKind.class, "EntryKind");
		addEEnumLiteral(entryKindEEnum, EntryKind.ACCRUAL);
		addEEnumLiteral(entryKindEEnum, EntryKind.BIRTHDAY_BONUS);
		addEEnumLiteral(entryKindEEnum, EntryKind.REFERRAL);
		addEEnumLiteral(entryKindEEnum, EntryKind.REVIEW_REWARD);
		addEEnumLiteral(entryKindEEnum, EntryKind.PROMOTION);
		addEEnumLiteral(entryKindEEnum, EntryKind.COMPENSATION);
		addEEnumLiteral(entryKindEEnum, EntryKind.ADJUSTMENT);
		addEEnumLiteral(entryKindEEnum, EntryKind.REDEMPTION);
		addEEnumLiteral(entryKindEEnum, EntryKind.EXPIRY);
		addEEnumLiteral(entryKindEEnum, EntryKind.REVERSAL);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://rapport.org/security
		createSecurityAnnotations();
		// http://rapport.org/persistence
		createPersistenceAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://rapport.org/security</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createSecurityAnnotations() {
		String source = "http://rapport.org/security";
		addAnnotation
		  (programmeEClass,
		   source,
		   new String[] {
			   "area", "loyalty"
		   });
		addAnnotation
		  (tierDefinitionEClass,
		   source,
		   new String[] {
			   "area", "loyalty"
		   });
		addAnnotation
		  (membershipEClass,
		   source,
		   new String[] {
			   "area", "loyalty",
			   "owner", "customer.accountManager"
		   });
		addAnnotation
		  (tierChangeEClass,
		   source,
		   new String[] {
			   "area", "loyalty"
		   });
		addAnnotation
		  (ledgerEntryEClass,
		   source,
		   new String[] {
			   "area", "loyalty",
			   "owner", "customer.accountManager"
		   });
		addAnnotation
		  (consumptionEClass,
		   source,
		   new String[] {
			   "area", "loyalty"
		   });
		addAnnotation
		  (debtEClass,
		   source,
		   new String[] {
			   "area", "loyalty",
			   "owner", "customer.accountManager"
		   });
		addAnnotation
		  (rewardEClass,
		   source,
		   new String[] {
			   "area", "loyalty"
		   });
		addAnnotation
		  (redemptionEClass,
		   source,
		   new String[] {
			   "area", "loyalty",
			   "owner", "customer.accountManager"
		   });
		addAnnotation
		  (referralEClass,
		   source,
		   new String[] {
			   "area", "loyalty",
			   "owner", "referred.accountManager"
		   });
		addAnnotation
		  (promotionEClass,
		   source,
		   new String[] {
			   "area", "loyalty"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://rapport.org/persistence</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createPersistenceAnnotations() {
		String source = "http://rapport.org/persistence";
		addAnnotation
		  (getTierDefinition_Name(),
		   source,
		   new String[] {
			   "unique", "true",
			   "length", "32"
		   });
		addAnnotation
		  (getTierDefinition_MinSpend(),
		   source,
		   new String[] {
			   "precision", "14",
			   "scale", "2"
		   });
		addAnnotation
		  (getTierDefinition_DiscountPercent(),
		   source,
		   new String[] {
			   "precision", "5",
			   "scale", "2"
		   });
		addAnnotation
		  (getTierDefinition_BirthdayGift(),
		   source,
		   new String[] {
			   "length", "255"
		   });
		addAnnotation
		  (getTierDefinition_Benefits(),
		   source,
		   new String[] {
			   "length", "200"
		   });
		addAnnotation
		  (getMembership_Tier(),
		   source,
		   new String[] {
			   "length", "32"
		   });
		addAnnotation
		  (getTierChange_FromTier(),
		   source,
		   new String[] {
			   "length", "32"
		   });
		addAnnotation
		  (getTierChange_ToTier(),
		   source,
		   new String[] {
			   "length", "32"
		   });
		addAnnotation
		  (getTierChange_Reason(),
		   source,
		   new String[] {
			   "length", "1000"
		   });
		addAnnotation
		  (getTierChange_ChangedBy(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getLedgerEntry_At(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getLedgerEntry_ExpiresOn(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getLedgerEntry_RuleId(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getLedgerEntry_SourceRef(),
		   source,
		   new String[] {
			   "length", "64",
			   "index", "true"
		   });
		addAnnotation
		  (getLedgerEntry_RelatedRef(),
		   source,
		   new String[] {
			   "length", "64",
			   "index", "true"
		   });
		addAnnotation
		  (getLedgerEntry_Amount(),
		   source,
		   new String[] {
			   "precision", "14",
			   "scale", "2"
		   });
		addAnnotation
		  (getLedgerEntry_RecordedBy(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getLedgerEntry_Reason(),
		   source,
		   new String[] {
			   "length", "1000"
		   });
		addAnnotation
		  (getDebt_SourceRef(),
		   source,
		   new String[] {
			   "length", "64",
			   "index", "true"
		   });
		addAnnotation
		  (getDebt_RelatedRef(),
		   source,
		   new String[] {
			   "length", "64",
			   "index", "true"
		   });
		addAnnotation
		  (getDebt_Amount(),
		   source,
		   new String[] {
			   "precision", "14",
			   "scale", "2"
		   });
		addAnnotation
		  (getDebt_RecordedBy(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getDebt_Reason(),
		   source,
		   new String[] {
			   "length", "1000"
		   });
		addAnnotation
		  (getReward_Reference(),
		   source,
		   new String[] {
			   "length", "32",
			   "unique", "true"
		   });
		addAnnotation
		  (getReward_Name(),
		   source,
		   new String[] {
			   "length", "255"
		   });
		addAnnotation
		  (getRedemption_RecordedBy(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getReferral_RecordedBy(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getPromotion_Reference(),
		   source,
		   new String[] {
			   "length", "32",
			   "unique", "true"
		   });
		addAnnotation
		  (getPromotion_Name(),
		   source,
		   new String[] {
			   "length", "255"
		   });
		addAnnotation
		  (getPromotion_Channel(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getPromotion_Multiplier(),
		   source,
		   new String[] {
			   "precision", "5",
			   "scale", "2"
		   });
		addAnnotation
		  (getPromotion_RecordedBy(),
		   source,
		   new String[] {
			   "length", "64"
		   });
	}

} //LoyaltyPackageImpl
