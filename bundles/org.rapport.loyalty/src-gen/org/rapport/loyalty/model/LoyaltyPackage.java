/**
 */
package org.rapport.loyalty.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Loyalty: the programme's settings, an append-only points ledger in which every spending entry names the earning entries it consumed, debts left by returns, member tiers and memberships with their history (DOMAIN.md section 3; docs/extension-guide.md, The loyalty model).
 * <!-- end-model-doc -->
 * @see org.rapport.loyalty.model.LoyaltyFactory
 * @model kind="package"
 * @generated
 */
public interface LoyaltyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://rapport.org/loyalty/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "loy";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LoyaltyPackage eINSTANCE = org.rapport.loyalty.model.impl.LoyaltyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.rapport.loyalty.model.impl.ProgrammeImpl <em>Programme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.loyalty.model.impl.ProgrammeImpl
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getProgramme()
	 * @generated
	 */
	int PROGRAMME = 0;

	/**
	 * The feature id for the '<em><b>Points Per Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__POINTS_PER_UNIT = 0;

	/**
	 * The feature id for the '<em><b>Expiry Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__EXPIRY_MONTHS = 1;

	/**
	 * The feature id for the '<em><b>Reminder Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__REMINDER_DAYS = 2;

	/**
	 * The feature id for the '<em><b>Tier Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__TIER_BASIS = 3;

	/**
	 * The feature id for the '<em><b>Referrer Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__REFERRER_POINTS = 4;

	/**
	 * The feature id for the '<em><b>Referred Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__REFERRED_POINTS = 5;

	/**
	 * The feature id for the '<em><b>Review Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__REVIEW_POINTS = 6;

	/**
	 * The number of structural features of the '<em>Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.loyalty.model.impl.TierDefinitionImpl <em>Tier Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.loyalty.model.impl.TierDefinitionImpl
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getTierDefinition()
	 * @generated
	 */
	int TIER_DEFINITION = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_DEFINITION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_DEFINITION__RANK = 1;

	/**
	 * The feature id for the '<em><b>Min Spend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_DEFINITION__MIN_SPEND = 2;

	/**
	 * The feature id for the '<em><b>Min Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_DEFINITION__MIN_POINTS = 3;

	/**
	 * The feature id for the '<em><b>Discount Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_DEFINITION__DISCOUNT_PERCENT = 4;

	/**
	 * The feature id for the '<em><b>Priority Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_DEFINITION__PRIORITY_SERVICE = 5;

	/**
	 * The feature id for the '<em><b>Dedicated Advisor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_DEFINITION__DEDICATED_ADVISOR = 6;

	/**
	 * The feature id for the '<em><b>Birthday Gift</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_DEFINITION__BIRTHDAY_GIFT = 7;

	/**
	 * The feature id for the '<em><b>Benefits</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_DEFINITION__BENEFITS = 8;

	/**
	 * The number of structural features of the '<em>Tier Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_DEFINITION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Tier Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.loyalty.model.impl.MembershipImpl <em>Membership</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.loyalty.model.impl.MembershipImpl
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getMembership()
	 * @generated
	 */
	int MEMBERSHIP = 2;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__CUSTOMER = 0;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__TIER = 1;

	/**
	 * The feature id for the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__SINCE = 2;

	/**
	 * The feature id for the '<em><b>History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__HISTORY = 3;

	/**
	 * The number of structural features of the '<em>Membership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Membership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.loyalty.model.impl.TierChangeImpl <em>Tier Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.loyalty.model.impl.TierChangeImpl
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getTierChange()
	 * @generated
	 */
	int TIER_CHANGE = 3;

	/**
	 * The feature id for the '<em><b>From Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_CHANGE__FROM_TIER = 0;

	/**
	 * The feature id for the '<em><b>To Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_CHANGE__TO_TIER = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_CHANGE__REASON = 2;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_CHANGE__AT = 3;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_CHANGE__CHANGED_BY = 4;

	/**
	 * The number of structural features of the '<em>Tier Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_CHANGE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Tier Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIER_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.loyalty.model.impl.LedgerEntryImpl <em>Ledger Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.loyalty.model.impl.LedgerEntryImpl
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getLedgerEntry()
	 * @generated
	 */
	int LEDGER_ENTRY = 4;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__CUSTOMER = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__KIND = 1;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__POINTS = 2;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__AT = 3;

	/**
	 * The feature id for the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__RECORDED_AT = 4;

	/**
	 * The feature id for the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__EXPIRES_ON = 5;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__RULE_ID = 6;

	/**
	 * The feature id for the '<em><b>Source Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__SOURCE_REF = 7;

	/**
	 * The feature id for the '<em><b>Related Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__RELATED_REF = 8;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__AMOUNT = 9;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__RECORDED_BY = 10;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__REASON = 11;

	/**
	 * The feature id for the '<em><b>Spend Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__SPEND_SEQUENCE = 12;

	/**
	 * The feature id for the '<em><b>Debt</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__DEBT = 13;

	/**
	 * The feature id for the '<em><b>Consumed</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__CONSUMED = 14;

	/**
	 * The number of structural features of the '<em>Ledger Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Ledger Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.loyalty.model.impl.ConsumptionImpl <em>Consumption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.loyalty.model.impl.ConsumptionImpl
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getConsumption()
	 * @generated
	 */
	int CONSUMPTION = 5;

	/**
	 * The feature id for the '<em><b>Earning</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION__EARNING = 0;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION__POINTS = 1;

	/**
	 * The number of structural features of the '<em>Consumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Consumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.loyalty.model.impl.DebtImpl <em>Debt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.loyalty.model.impl.DebtImpl
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getDebt()
	 * @generated
	 */
	int DEBT = 6;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBT__CUSTOMER = 0;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBT__POINTS = 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBT__AT = 2;

	/**
	 * The feature id for the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBT__RECORDED_AT = 3;

	/**
	 * The feature id for the '<em><b>Source Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBT__SOURCE_REF = 4;

	/**
	 * The feature id for the '<em><b>Related Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBT__RELATED_REF = 5;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBT__AMOUNT = 6;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBT__RECORDED_BY = 7;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBT__REASON = 8;

	/**
	 * The number of structural features of the '<em>Debt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBT_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Debt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.loyalty.model.impl.RewardImpl <em>Reward</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.loyalty.model.impl.RewardImpl
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getReward()
	 * @generated
	 */
	int REWARD = 7;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REWARD__REFERENCE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REWARD__NAME = 1;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REWARD__POINTS = 2;

	/**
	 * The feature id for the '<em><b>Stock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REWARD__STOCK = 3;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REWARD__ACTIVE = 4;

	/**
	 * The number of structural features of the '<em>Reward</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REWARD_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Reward</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REWARD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.loyalty.model.impl.RedemptionImpl <em>Redemption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.loyalty.model.impl.RedemptionImpl
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getRedemption()
	 * @generated
	 */
	int REDEMPTION = 8;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDEMPTION__CUSTOMER = 0;

	/**
	 * The feature id for the '<em><b>Reward</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDEMPTION__REWARD = 1;

	/**
	 * The feature id for the '<em><b>Entry</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDEMPTION__ENTRY = 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDEMPTION__UNIT = 3;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDEMPTION__POINTS = 4;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDEMPTION__AT = 5;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDEMPTION__RECORDED_BY = 6;

	/**
	 * The number of structural features of the '<em>Redemption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDEMPTION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Redemption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDEMPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.loyalty.model.impl.ReferralImpl <em>Referral</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.loyalty.model.impl.ReferralImpl
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getReferral()
	 * @generated
	 */
	int REFERRAL = 9;

	/**
	 * The feature id for the '<em><b>Referrer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__REFERRER = 0;

	/**
	 * The feature id for the '<em><b>Referred</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__REFERRED = 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__AT = 2;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__RECORDED_BY = 3;

	/**
	 * The number of structural features of the '<em>Referral</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Referral</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.loyalty.model.impl.PromotionImpl <em>Promotion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.loyalty.model.impl.PromotionImpl
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getPromotion()
	 * @generated
	 */
	int PROMOTION = 10;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION__REFERENCE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION__NAME = 1;

	/**
	 * The feature id for the '<em><b>First Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION__FIRST_DAY = 2;

	/**
	 * The feature id for the '<em><b>Last Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION__LAST_DAY = 3;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION__CHANNEL = 4;

	/**
	 * The feature id for the '<em><b>Multiplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION__MULTIPLIER = 5;

	/**
	 * The feature id for the '<em><b>Bonus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION__BONUS = 6;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION__RECORDED_BY = 7;

	/**
	 * The number of structural features of the '<em>Promotion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Promotion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMOTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.loyalty.model.TierBasis <em>Tier Basis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.loyalty.model.TierBasis
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getTierBasis()
	 * @generated
	 */
	int TIER_BASIS = 11;

	/**
	 * The meta object id for the '{@link org.rapport.loyalty.model.EntryKind <em>Entry Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.loyalty.model.EntryKind
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getEntryKind()
	 * @generated
	 */
	int ENTRY_KIND = 12;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 13;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 14;


	/**
	 * Returns the meta object for class '{@link org.rapport.loyalty.model.Programme <em>Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Programme</em>'.
	 * @see org.rapport.loyalty.model.Programme
	 * @generated
	 */
	EClass getProgramme();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Programme#getPointsPerUnit <em>Points Per Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points Per Unit</em>'.
	 * @see org.rapport.loyalty.model.Programme#getPointsPerUnit()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_PointsPerUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Programme#getExpiryMonths <em>Expiry Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expiry Months</em>'.
	 * @see org.rapport.loyalty.model.Programme#getExpiryMonths()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_ExpiryMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Programme#getReminderDays <em>Reminder Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reminder Days</em>'.
	 * @see org.rapport.loyalty.model.Programme#getReminderDays()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_ReminderDays();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Programme#getTierBasis <em>Tier Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tier Basis</em>'.
	 * @see org.rapport.loyalty.model.Programme#getTierBasis()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_TierBasis();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Programme#getReferrerPoints <em>Referrer Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Referrer Points</em>'.
	 * @see org.rapport.loyalty.model.Programme#getReferrerPoints()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_ReferrerPoints();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Programme#getReferredPoints <em>Referred Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Referred Points</em>'.
	 * @see org.rapport.loyalty.model.Programme#getReferredPoints()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_ReferredPoints();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Programme#getReviewPoints <em>Review Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Points</em>'.
	 * @see org.rapport.loyalty.model.Programme#getReviewPoints()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_ReviewPoints();

	/**
	 * Returns the meta object for class '{@link org.rapport.loyalty.model.TierDefinition <em>Tier Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tier Definition</em>'.
	 * @see org.rapport.loyalty.model.TierDefinition
	 * @generated
	 */
	EClass getTierDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.TierDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rapport.loyalty.model.TierDefinition#getName()
	 * @see #getTierDefinition()
	 * @generated
	 */
	EAttribute getTierDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.TierDefinition#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.rapport.loyalty.model.TierDefinition#getRank()
	 * @see #getTierDefinition()
	 * @generated
	 */
	EAttribute getTierDefinition_Rank();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.TierDefinition#getMinSpend <em>Min Spend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Spend</em>'.
	 * @see org.rapport.loyalty.model.TierDefinition#getMinSpend()
	 * @see #getTierDefinition()
	 * @generated
	 */
	EAttribute getTierDefinition_MinSpend();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.TierDefinition#getMinPoints <em>Min Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Points</em>'.
	 * @see org.rapport.loyalty.model.TierDefinition#getMinPoints()
	 * @see #getTierDefinition()
	 * @generated
	 */
	EAttribute getTierDefinition_MinPoints();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.TierDefinition#getDiscountPercent <em>Discount Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discount Percent</em>'.
	 * @see org.rapport.loyalty.model.TierDefinition#getDiscountPercent()
	 * @see #getTierDefinition()
	 * @generated
	 */
	EAttribute getTierDefinition_DiscountPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.TierDefinition#isPriorityService <em>Priority Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority Service</em>'.
	 * @see org.rapport.loyalty.model.TierDefinition#isPriorityService()
	 * @see #getTierDefinition()
	 * @generated
	 */
	EAttribute getTierDefinition_PriorityService();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.TierDefinition#isDedicatedAdvisor <em>Dedicated Advisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dedicated Advisor</em>'.
	 * @see org.rapport.loyalty.model.TierDefinition#isDedicatedAdvisor()
	 * @see #getTierDefinition()
	 * @generated
	 */
	EAttribute getTierDefinition_DedicatedAdvisor();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.TierDefinition#getBirthdayGift <em>Birthday Gift</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birthday Gift</em>'.
	 * @see org.rapport.loyalty.model.TierDefinition#getBirthdayGift()
	 * @see #getTierDefinition()
	 * @generated
	 */
	EAttribute getTierDefinition_BirthdayGift();

	/**
	 * Returns the meta object for the attribute list '{@link org.rapport.loyalty.model.TierDefinition#getBenefits <em>Benefits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Benefits</em>'.
	 * @see org.rapport.loyalty.model.TierDefinition#getBenefits()
	 * @see #getTierDefinition()
	 * @generated
	 */
	EAttribute getTierDefinition_Benefits();

	/**
	 * Returns the meta object for class '{@link org.rapport.loyalty.model.Membership <em>Membership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Membership</em>'.
	 * @see org.rapport.loyalty.model.Membership
	 * @generated
	 */
	EClass getMembership();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.loyalty.model.Membership#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.rapport.loyalty.model.Membership#getCustomer()
	 * @see #getMembership()
	 * @generated
	 */
	EReference getMembership_Customer();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Membership#getTier <em>Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tier</em>'.
	 * @see org.rapport.loyalty.model.Membership#getTier()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_Tier();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Membership#getSince <em>Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Since</em>'.
	 * @see org.rapport.loyalty.model.Membership#getSince()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_Since();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.loyalty.model.Membership#getHistory <em>History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>History</em>'.
	 * @see org.rapport.loyalty.model.Membership#getHistory()
	 * @see #getMembership()
	 * @generated
	 */
	EReference getMembership_History();

	/**
	 * Returns the meta object for class '{@link org.rapport.loyalty.model.TierChange <em>Tier Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tier Change</em>'.
	 * @see org.rapport.loyalty.model.TierChange
	 * @generated
	 */
	EClass getTierChange();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.TierChange#getFromTier <em>From Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Tier</em>'.
	 * @see org.rapport.loyalty.model.TierChange#getFromTier()
	 * @see #getTierChange()
	 * @generated
	 */
	EAttribute getTierChange_FromTier();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.TierChange#getToTier <em>To Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Tier</em>'.
	 * @see org.rapport.loyalty.model.TierChange#getToTier()
	 * @see #getTierChange()
	 * @generated
	 */
	EAttribute getTierChange_ToTier();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.TierChange#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.rapport.loyalty.model.TierChange#getReason()
	 * @see #getTierChange()
	 * @generated
	 */
	EAttribute getTierChange_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.TierChange#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.rapport.loyalty.model.TierChange#getAt()
	 * @see #getTierChange()
	 * @generated
	 */
	EAttribute getTierChange_At();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.TierChange#getChangedBy <em>Changed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Changed By</em>'.
	 * @see org.rapport.loyalty.model.TierChange#getChangedBy()
	 * @see #getTierChange()
	 * @generated
	 */
	EAttribute getTierChange_ChangedBy();

	/**
	 * Returns the meta object for class '{@link org.rapport.loyalty.model.LedgerEntry <em>Ledger Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ledger Entry</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry
	 * @generated
	 */
	EClass getLedgerEntry();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.loyalty.model.LedgerEntry#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getCustomer()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EReference getLedgerEntry_Customer();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.LedgerEntry#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getKind()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EAttribute getLedgerEntry_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.LedgerEntry#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getPoints()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EAttribute getLedgerEntry_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.LedgerEntry#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getAt()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EAttribute getLedgerEntry_At();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.LedgerEntry#getRecordedAt <em>Recorded At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded At</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getRecordedAt()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EAttribute getLedgerEntry_RecordedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.LedgerEntry#getExpiresOn <em>Expires On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires On</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getExpiresOn()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EAttribute getLedgerEntry_ExpiresOn();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.LedgerEntry#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getRuleId()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EAttribute getLedgerEntry_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.LedgerEntry#getSourceRef <em>Source Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Ref</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getSourceRef()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EAttribute getLedgerEntry_SourceRef();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.LedgerEntry#getRelatedRef <em>Related Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Related Ref</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getRelatedRef()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EAttribute getLedgerEntry_RelatedRef();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.LedgerEntry#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getAmount()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EAttribute getLedgerEntry_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.LedgerEntry#getRecordedBy <em>Recorded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded By</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getRecordedBy()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EAttribute getLedgerEntry_RecordedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.LedgerEntry#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getReason()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EAttribute getLedgerEntry_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.LedgerEntry#getSpendSequence <em>Spend Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spend Sequence</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getSpendSequence()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EAttribute getLedgerEntry_SpendSequence();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.loyalty.model.LedgerEntry#getDebt <em>Debt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Debt</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getDebt()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EReference getLedgerEntry_Debt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.loyalty.model.LedgerEntry#getConsumed <em>Consumed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Consumed</em>'.
	 * @see org.rapport.loyalty.model.LedgerEntry#getConsumed()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EReference getLedgerEntry_Consumed();

	/**
	 * Returns the meta object for class '{@link org.rapport.loyalty.model.Consumption <em>Consumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consumption</em>'.
	 * @see org.rapport.loyalty.model.Consumption
	 * @generated
	 */
	EClass getConsumption();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.loyalty.model.Consumption#getEarning <em>Earning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Earning</em>'.
	 * @see org.rapport.loyalty.model.Consumption#getEarning()
	 * @see #getConsumption()
	 * @generated
	 */
	EReference getConsumption_Earning();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Consumption#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.rapport.loyalty.model.Consumption#getPoints()
	 * @see #getConsumption()
	 * @generated
	 */
	EAttribute getConsumption_Points();

	/**
	 * Returns the meta object for class '{@link org.rapport.loyalty.model.Debt <em>Debt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Debt</em>'.
	 * @see org.rapport.loyalty.model.Debt
	 * @generated
	 */
	EClass getDebt();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.loyalty.model.Debt#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.rapport.loyalty.model.Debt#getCustomer()
	 * @see #getDebt()
	 * @generated
	 */
	EReference getDebt_Customer();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Debt#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.rapport.loyalty.model.Debt#getPoints()
	 * @see #getDebt()
	 * @generated
	 */
	EAttribute getDebt_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Debt#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.rapport.loyalty.model.Debt#getAt()
	 * @see #getDebt()
	 * @generated
	 */
	EAttribute getDebt_At();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Debt#getRecordedAt <em>Recorded At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded At</em>'.
	 * @see org.rapport.loyalty.model.Debt#getRecordedAt()
	 * @see #getDebt()
	 * @generated
	 */
	EAttribute getDebt_RecordedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Debt#getSourceRef <em>Source Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Ref</em>'.
	 * @see org.rapport.loyalty.model.Debt#getSourceRef()
	 * @see #getDebt()
	 * @generated
	 */
	EAttribute getDebt_SourceRef();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Debt#getRelatedRef <em>Related Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Related Ref</em>'.
	 * @see org.rapport.loyalty.model.Debt#getRelatedRef()
	 * @see #getDebt()
	 * @generated
	 */
	EAttribute getDebt_RelatedRef();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Debt#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.rapport.loyalty.model.Debt#getAmount()
	 * @see #getDebt()
	 * @generated
	 */
	EAttribute getDebt_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Debt#getRecordedBy <em>Recorded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded By</em>'.
	 * @see org.rapport.loyalty.model.Debt#getRecordedBy()
	 * @see #getDebt()
	 * @generated
	 */
	EAttribute getDebt_RecordedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Debt#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.rapport.loyalty.model.Debt#getReason()
	 * @see #getDebt()
	 * @generated
	 */
	EAttribute getDebt_Reason();

	/**
	 * Returns the meta object for class '{@link org.rapport.loyalty.model.Reward <em>Reward</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reward</em>'.
	 * @see org.rapport.loyalty.model.Reward
	 * @generated
	 */
	EClass getReward();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Reward#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.rapport.loyalty.model.Reward#getReference()
	 * @see #getReward()
	 * @generated
	 */
	EAttribute getReward_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Reward#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rapport.loyalty.model.Reward#getName()
	 * @see #getReward()
	 * @generated
	 */
	EAttribute getReward_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Reward#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.rapport.loyalty.model.Reward#getPoints()
	 * @see #getReward()
	 * @generated
	 */
	EAttribute getReward_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Reward#getStock <em>Stock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stock</em>'.
	 * @see org.rapport.loyalty.model.Reward#getStock()
	 * @see #getReward()
	 * @generated
	 */
	EAttribute getReward_Stock();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Reward#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.rapport.loyalty.model.Reward#isActive()
	 * @see #getReward()
	 * @generated
	 */
	EAttribute getReward_Active();

	/**
	 * Returns the meta object for class '{@link org.rapport.loyalty.model.Redemption <em>Redemption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Redemption</em>'.
	 * @see org.rapport.loyalty.model.Redemption
	 * @generated
	 */
	EClass getRedemption();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.loyalty.model.Redemption#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.rapport.loyalty.model.Redemption#getCustomer()
	 * @see #getRedemption()
	 * @generated
	 */
	EReference getRedemption_Customer();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.loyalty.model.Redemption#getReward <em>Reward</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reward</em>'.
	 * @see org.rapport.loyalty.model.Redemption#getReward()
	 * @see #getRedemption()
	 * @generated
	 */
	EReference getRedemption_Reward();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.loyalty.model.Redemption#getEntry <em>Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Entry</em>'.
	 * @see org.rapport.loyalty.model.Redemption#getEntry()
	 * @see #getRedemption()
	 * @generated
	 */
	EReference getRedemption_Entry();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Redemption#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.rapport.loyalty.model.Redemption#getUnit()
	 * @see #getRedemption()
	 * @generated
	 */
	EAttribute getRedemption_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Redemption#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.rapport.loyalty.model.Redemption#getPoints()
	 * @see #getRedemption()
	 * @generated
	 */
	EAttribute getRedemption_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Redemption#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.rapport.loyalty.model.Redemption#getAt()
	 * @see #getRedemption()
	 * @generated
	 */
	EAttribute getRedemption_At();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Redemption#getRecordedBy <em>Recorded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded By</em>'.
	 * @see org.rapport.loyalty.model.Redemption#getRecordedBy()
	 * @see #getRedemption()
	 * @generated
	 */
	EAttribute getRedemption_RecordedBy();

	/**
	 * Returns the meta object for class '{@link org.rapport.loyalty.model.Referral <em>Referral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Referral</em>'.
	 * @see org.rapport.loyalty.model.Referral
	 * @generated
	 */
	EClass getReferral();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.loyalty.model.Referral#getReferrer <em>Referrer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Referrer</em>'.
	 * @see org.rapport.loyalty.model.Referral#getReferrer()
	 * @see #getReferral()
	 * @generated
	 */
	EReference getReferral_Referrer();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.loyalty.model.Referral#getReferred <em>Referred</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Referred</em>'.
	 * @see org.rapport.loyalty.model.Referral#getReferred()
	 * @see #getReferral()
	 * @generated
	 */
	EReference getReferral_Referred();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Referral#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.rapport.loyalty.model.Referral#getAt()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_At();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Referral#getRecordedBy <em>Recorded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded By</em>'.
	 * @see org.rapport.loyalty.model.Referral#getRecordedBy()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_RecordedBy();

	/**
	 * Returns the meta object for class '{@link org.rapport.loyalty.model.Promotion <em>Promotion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Promotion</em>'.
	 * @see org.rapport.loyalty.model.Promotion
	 * @generated
	 */
	EClass getPromotion();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Promotion#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.rapport.loyalty.model.Promotion#getReference()
	 * @see #getPromotion()
	 * @generated
	 */
	EAttribute getPromotion_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Promotion#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rapport.loyalty.model.Promotion#getName()
	 * @see #getPromotion()
	 * @generated
	 */
	EAttribute getPromotion_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Promotion#getFirstDay <em>First Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Day</em>'.
	 * @see org.rapport.loyalty.model.Promotion#getFirstDay()
	 * @see #getPromotion()
	 * @generated
	 */
	EAttribute getPromotion_FirstDay();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Promotion#getLastDay <em>Last Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Day</em>'.
	 * @see org.rapport.loyalty.model.Promotion#getLastDay()
	 * @see #getPromotion()
	 * @generated
	 */
	EAttribute getPromotion_LastDay();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Promotion#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.rapport.loyalty.model.Promotion#getChannel()
	 * @see #getPromotion()
	 * @generated
	 */
	EAttribute getPromotion_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Promotion#getMultiplier <em>Multiplier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multiplier</em>'.
	 * @see org.rapport.loyalty.model.Promotion#getMultiplier()
	 * @see #getPromotion()
	 * @generated
	 */
	EAttribute getPromotion_Multiplier();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Promotion#getBonus <em>Bonus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bonus</em>'.
	 * @see org.rapport.loyalty.model.Promotion#getBonus()
	 * @see #getPromotion()
	 * @generated
	 */
	EAttribute getPromotion_Bonus();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.loyalty.model.Promotion#getRecordedBy <em>Recorded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded By</em>'.
	 * @see org.rapport.loyalty.model.Promotion#getRecordedBy()
	 * @see #getPromotion()
	 * @generated
	 */
	EAttribute getPromotion_RecordedBy();

	/**
	 * Returns the meta object for enum '{@link org.rapport.loyalty.model.TierBasis <em>Tier Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tier Basis</em>'.
	 * @see org.rapport.loyalty.model.TierBasis
	 * @generated
	 */
	EEnum getTierBasis();

	/**
	 * Returns the meta object for enum '{@link org.rapport.loyalty.model.EntryKind <em>Entry Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Entry Kind</em>'.
	 * @see org.rapport.loyalty.model.EntryKind
	 * @generated
	 */
	EEnum getEntryKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, without time or zone; its literal form is ISO-8601 (2024-02-29).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point on the UTC time line; its literal form is ISO-8601 (2024-02-29T10:15:30Z).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LoyaltyFactory getLoyaltyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.rapport.loyalty.model.impl.ProgrammeImpl <em>Programme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.loyalty.model.impl.ProgrammeImpl
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getProgramme()
		 * @generated
		 */
		EClass PROGRAMME = eINSTANCE.getProgramme();

		/**
		 * The meta object literal for the '<em><b>Points Per Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__POINTS_PER_UNIT = eINSTANCE.getProgramme_PointsPerUnit();

		/**
		 * The meta object literal for the '<em><b>Expiry Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__EXPIRY_MONTHS = eINSTANCE.getProgramme_ExpiryMonths();

		/**
		 * The meta object literal for the '<em><b>Reminder Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__REMINDER_DAYS = eINSTANCE.getProgramme_ReminderDays();

		/**
		 * The meta object literal for the '<em><b>Tier Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__TIER_BASIS = eINSTANCE.getProgramme_TierBasis();

		/**
		 * The meta object literal for the '<em><b>Referrer Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__REFERRER_POINTS = eINSTANCE.getProgramme_ReferrerPoints();

		/**
		 * The meta object literal for the '<em><b>Referred Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__REFERRED_POINTS = eINSTANCE.getProgramme_ReferredPoints();

		/**
		 * The meta object literal for the '<em><b>Review Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__REVIEW_POINTS = eINSTANCE.getProgramme_ReviewPoints();

		/**
		 * The meta object literal for the '{@link org.rapport.loyalty.model.impl.TierDefinitionImpl <em>Tier Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.loyalty.model.impl.TierDefinitionImpl
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getTierDefinition()
		 * @generated
		 */
		EClass TIER_DEFINITION = eINSTANCE.getTierDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER_DEFINITION__NAME = eINSTANCE.getTierDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER_DEFINITION__RANK = eINSTANCE.getTierDefinition_Rank();

		/**
		 * The meta object literal for the '<em><b>Min Spend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER_DEFINITION__MIN_SPEND = eINSTANCE.getTierDefinition_MinSpend();

		/**
		 * The meta object literal for the '<em><b>Min Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER_DEFINITION__MIN_POINTS = eINSTANCE.getTierDefinition_MinPoints();

		/**
		 * The meta object literal for the '<em><b>Discount Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER_DEFINITION__DISCOUNT_PERCENT = eINSTANCE.getTierDefinition_DiscountPercent();

		/**
		 * The meta object literal for the '<em><b>Priority Service</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER_DEFINITION__PRIORITY_SERVICE = eINSTANCE.getTierDefinition_PriorityService();

		/**
		 * The meta object literal for the '<em><b>Dedicated Advisor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER_DEFINITION__DEDICATED_ADVISOR = eINSTANCE.getTierDefinition_DedicatedAdvisor();

		/**
		 * The meta object literal for the '<em><b>Birthday Gift</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER_DEFINITION__BIRTHDAY_GIFT = eINSTANCE.getTierDefinition_BirthdayGift();

		/**
		 * The meta object literal for the '<em><b>Benefits</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER_DEFINITION__BENEFITS = eINSTANCE.getTierDefinition_Benefits();

		/**
		 * The meta object literal for the '{@link org.rapport.loyalty.model.impl.MembershipImpl <em>Membership</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.loyalty.model.impl.MembershipImpl
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getMembership()
		 * @generated
		 */
		EClass MEMBERSHIP = eINSTANCE.getMembership();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP__CUSTOMER = eINSTANCE.getMembership_Customer();

		/**
		 * The meta object literal for the '<em><b>Tier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__TIER = eINSTANCE.getMembership_Tier();

		/**
		 * The meta object literal for the '<em><b>Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__SINCE = eINSTANCE.getMembership_Since();

		/**
		 * The meta object literal for the '<em><b>History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP__HISTORY = eINSTANCE.getMembership_History();

		/**
		 * The meta object literal for the '{@link org.rapport.loyalty.model.impl.TierChangeImpl <em>Tier Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.loyalty.model.impl.TierChangeImpl
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getTierChange()
		 * @generated
		 */
		EClass TIER_CHANGE = eINSTANCE.getTierChange();

		/**
		 * The meta object literal for the '<em><b>From Tier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER_CHANGE__FROM_TIER = eINSTANCE.getTierChange_FromTier();

		/**
		 * The meta object literal for the '<em><b>To Tier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER_CHANGE__TO_TIER = eINSTANCE.getTierChange_ToTier();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER_CHANGE__REASON = eINSTANCE.getTierChange_Reason();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER_CHANGE__AT = eINSTANCE.getTierChange_At();

		/**
		 * The meta object literal for the '<em><b>Changed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIER_CHANGE__CHANGED_BY = eINSTANCE.getTierChange_ChangedBy();

		/**
		 * The meta object literal for the '{@link org.rapport.loyalty.model.impl.LedgerEntryImpl <em>Ledger Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.loyalty.model.impl.LedgerEntryImpl
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getLedgerEntry()
		 * @generated
		 */
		EClass LEDGER_ENTRY = eINSTANCE.getLedgerEntry();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER_ENTRY__CUSTOMER = eINSTANCE.getLedgerEntry_Customer();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_ENTRY__KIND = eINSTANCE.getLedgerEntry_Kind();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_ENTRY__POINTS = eINSTANCE.getLedgerEntry_Points();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_ENTRY__AT = eINSTANCE.getLedgerEntry_At();

		/**
		 * The meta object literal for the '<em><b>Recorded At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_ENTRY__RECORDED_AT = eINSTANCE.getLedgerEntry_RecordedAt();

		/**
		 * The meta object literal for the '<em><b>Expires On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_ENTRY__EXPIRES_ON = eINSTANCE.getLedgerEntry_ExpiresOn();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_ENTRY__RULE_ID = eINSTANCE.getLedgerEntry_RuleId();

		/**
		 * The meta object literal for the '<em><b>Source Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_ENTRY__SOURCE_REF = eINSTANCE.getLedgerEntry_SourceRef();

		/**
		 * The meta object literal for the '<em><b>Related Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_ENTRY__RELATED_REF = eINSTANCE.getLedgerEntry_RelatedRef();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_ENTRY__AMOUNT = eINSTANCE.getLedgerEntry_Amount();

		/**
		 * The meta object literal for the '<em><b>Recorded By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_ENTRY__RECORDED_BY = eINSTANCE.getLedgerEntry_RecordedBy();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_ENTRY__REASON = eINSTANCE.getLedgerEntry_Reason();

		/**
		 * The meta object literal for the '<em><b>Spend Sequence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_ENTRY__SPEND_SEQUENCE = eINSTANCE.getLedgerEntry_SpendSequence();

		/**
		 * The meta object literal for the '<em><b>Debt</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER_ENTRY__DEBT = eINSTANCE.getLedgerEntry_Debt();

		/**
		 * The meta object literal for the '<em><b>Consumed</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER_ENTRY__CONSUMED = eINSTANCE.getLedgerEntry_Consumed();

		/**
		 * The meta object literal for the '{@link org.rapport.loyalty.model.impl.ConsumptionImpl <em>Consumption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.loyalty.model.impl.ConsumptionImpl
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getConsumption()
		 * @generated
		 */
		EClass CONSUMPTION = eINSTANCE.getConsumption();

		/**
		 * The meta object literal for the '<em><b>Earning</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSUMPTION__EARNING = eINSTANCE.getConsumption_Earning();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSUMPTION__POINTS = eINSTANCE.getConsumption_Points();

		/**
		 * The meta object literal for the '{@link org.rapport.loyalty.model.impl.DebtImpl <em>Debt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.loyalty.model.impl.DebtImpl
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getDebt()
		 * @generated
		 */
		EClass DEBT = eINSTANCE.getDebt();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEBT__CUSTOMER = eINSTANCE.getDebt_Customer();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEBT__POINTS = eINSTANCE.getDebt_Points();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEBT__AT = eINSTANCE.getDebt_At();

		/**
		 * The meta object literal for the '<em><b>Recorded At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEBT__RECORDED_AT = eINSTANCE.getDebt_RecordedAt();

		/**
		 * The meta object literal for the '<em><b>Source Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEBT__SOURCE_REF = eINSTANCE.getDebt_SourceRef();

		/**
		 * The meta object literal for the '<em><b>Related Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEBT__RELATED_REF = eINSTANCE.getDebt_RelatedRef();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEBT__AMOUNT = eINSTANCE.getDebt_Amount();

		/**
		 * The meta object literal for the '<em><b>Recorded By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEBT__RECORDED_BY = eINSTANCE.getDebt_RecordedBy();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEBT__REASON = eINSTANCE.getDebt_Reason();

		/**
		 * The meta object literal for the '{@link org.rapport.loyalty.model.impl.RewardImpl <em>Reward</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.loyalty.model.impl.RewardImpl
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getReward()
		 * @generated
		 */
		EClass REWARD = eINSTANCE.getReward();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REWARD__REFERENCE = eINSTANCE.getReward_Reference();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REWARD__NAME = eINSTANCE.getReward_Name();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REWARD__POINTS = eINSTANCE.getReward_Points();

		/**
		 * The meta object literal for the '<em><b>Stock</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REWARD__STOCK = eINSTANCE.getReward_Stock();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REWARD__ACTIVE = eINSTANCE.getReward_Active();

		/**
		 * The meta object literal for the '{@link org.rapport.loyalty.model.impl.RedemptionImpl <em>Redemption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.loyalty.model.impl.RedemptionImpl
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getRedemption()
		 * @generated
		 */
		EClass REDEMPTION = eINSTANCE.getRedemption();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REDEMPTION__CUSTOMER = eINSTANCE.getRedemption_Customer();

		/**
		 * The meta object literal for the '<em><b>Reward</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REDEMPTION__REWARD = eINSTANCE.getRedemption_Reward();

		/**
		 * The meta object literal for the '<em><b>Entry</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REDEMPTION__ENTRY = eINSTANCE.getRedemption_Entry();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDEMPTION__UNIT = eINSTANCE.getRedemption_Unit();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDEMPTION__POINTS = eINSTANCE.getRedemption_Points();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDEMPTION__AT = eINSTANCE.getRedemption_At();

		/**
		 * The meta object literal for the '<em><b>Recorded By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDEMPTION__RECORDED_BY = eINSTANCE.getRedemption_RecordedBy();

		/**
		 * The meta object literal for the '{@link org.rapport.loyalty.model.impl.ReferralImpl <em>Referral</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.loyalty.model.impl.ReferralImpl
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getReferral()
		 * @generated
		 */
		EClass REFERRAL = eINSTANCE.getReferral();

		/**
		 * The meta object literal for the '<em><b>Referrer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERRAL__REFERRER = eINSTANCE.getReferral_Referrer();

		/**
		 * The meta object literal for the '<em><b>Referred</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERRAL__REFERRED = eINSTANCE.getReferral_Referred();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__AT = eINSTANCE.getReferral_At();

		/**
		 * The meta object literal for the '<em><b>Recorded By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__RECORDED_BY = eINSTANCE.getReferral_RecordedBy();

		/**
		 * The meta object literal for the '{@link org.rapport.loyalty.model.impl.PromotionImpl <em>Promotion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.loyalty.model.impl.PromotionImpl
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getPromotion()
		 * @generated
		 */
		EClass PROMOTION = eINSTANCE.getPromotion();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMOTION__REFERENCE = eINSTANCE.getPromotion_Reference();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMOTION__NAME = eINSTANCE.getPromotion_Name();

		/**
		 * The meta object literal for the '<em><b>First Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMOTION__FIRST_DAY = eINSTANCE.getPromotion_FirstDay();

		/**
		 * The meta object literal for the '<em><b>Last Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMOTION__LAST_DAY = eINSTANCE.getPromotion_LastDay();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMOTION__CHANNEL = eINSTANCE.getPromotion_Channel();

		/**
		 * The meta object literal for the '<em><b>Multiplier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMOTION__MULTIPLIER = eINSTANCE.getPromotion_Multiplier();

		/**
		 * The meta object literal for the '<em><b>Bonus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMOTION__BONUS = eINSTANCE.getPromotion_Bonus();

		/**
		 * The meta object literal for the '<em><b>Recorded By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMOTION__RECORDED_BY = eINSTANCE.getPromotion_RecordedBy();

		/**
		 * The meta object literal for the '{@link org.rapport.loyalty.model.TierBasis <em>Tier Basis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.loyalty.model.TierBasis
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getTierBasis()
		 * @generated
		 */
		EEnum TIER_BASIS = eINSTANCE.getTierBasis();

		/**
		 * The meta object literal for the '{@link org.rapport.loyalty.model.EntryKind <em>Entry Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.loyalty.model.EntryKind
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getEntryKind()
		 * @generated
		 */
		EEnum ENTRY_KIND = eINSTANCE.getEntryKind();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.rapport.loyalty.model.impl.LoyaltyPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //LoyaltyPackage
