/**
 */
package org.rapport.customers.model.impl;

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

import org.rapport.customers.model.Address;
import org.rapport.customers.model.Channel;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.Direction;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Gender;
import org.rapport.customers.model.ImportKind;
import org.rapport.customers.model.ImportRun;
import org.rapport.customers.model.ImportStatus;
import org.rapport.customers.model.ImportantDate;
import org.rapport.customers.model.Interaction;
import org.rapport.customers.model.InteractionType;
import org.rapport.customers.model.Phone;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CustomersPackageImpl extends EPackageImpl implements CustomersPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass importantDateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass addressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass phoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass emailAddressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass purchaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interactionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass importRunEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum genderEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum purchaseKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum customerStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interactionTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum importKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum importStatusEEnum = null;

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
	 * @see org.rapport.customers.model.CustomersPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CustomersPackageImpl() {
		super(eNS_URI, CustomersFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link CustomersPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CustomersPackage init() {
		if (isInited) return (CustomersPackage)EPackage.Registry.INSTANCE.getEPackage(CustomersPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCustomersPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CustomersPackageImpl theCustomersPackage = registeredCustomersPackage instanceof CustomersPackageImpl ? (CustomersPackageImpl)registeredCustomersPackage : new CustomersPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theCustomersPackage.createPackageContents();

		// Initialize created meta-data
		theCustomersPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCustomersPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CustomersPackage.eNS_URI, theCustomersPackage);
		return theCustomersPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomer() {
		return customerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Reference() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Name() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Gender() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Birthday() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_ImportantDates() {
		return (EReference)customerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Occupation() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Company() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Region() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Address() {
		return (EReference)customerEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Channel() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Tags() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_MarketingConsent() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_AccountManager() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Status() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_CreatedAt() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_LastConfirmedAt() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Notes() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Income() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_NameKey() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_PinyinKey() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_PinyinInitials() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_SortKey() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Phones() {
		return (EReference)customerEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Emails() {
		return (EReference)customerEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Purchases() {
		return (EReference)customerEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Interactions() {
		return (EReference)customerEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImportantDate() {
		return importantDateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportantDate_Label() {
		return (EAttribute)importantDateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportantDate_Date() {
		return (EAttribute)importantDateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAddress() {
		return addressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Street() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_City() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_PostalCode() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Country() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhone() {
		return phoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhone_Number() {
		return (EAttribute)phoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhone_Label() {
		return (EAttribute)phoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhone_Valid() {
		return (EAttribute)phoneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmailAddress() {
		return emailAddressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmailAddress_Address() {
		return (EAttribute)emailAddressEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmailAddress_Label() {
		return (EAttribute)emailAddressEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmailAddress_Valid() {
		return (EAttribute)emailAddressEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPurchase() {
		return purchaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPurchase_At() {
		return (EAttribute)purchaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPurchase_Amount() {
		return (EAttribute)purchaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPurchase_Quantity() {
		return (EAttribute)purchaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPurchase_Product() {
		return (EAttribute)purchaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPurchase_Channel() {
		return (EAttribute)purchaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPurchase_Store() {
		return (EAttribute)purchaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPurchase_Kind() {
		return (EAttribute)purchaseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPurchase_OrderRef() {
		return (EAttribute)purchaseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPurchase_OrderLine() {
		return (EAttribute)purchaseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPurchase_ImportId() {
		return (EAttribute)purchaseEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInteraction() {
		return interactionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_At() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_Channel() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_Type() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_Direction() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_Summary() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_StaffLogin() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImportRun() {
		return importRunEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRun_ImportId() {
		return (EAttribute)importRunEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRun_Kind() {
		return (EAttribute)importRunEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRun_FileName() {
		return (EAttribute)importRunEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRun_FileSize() {
		return (EAttribute)importRunEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRun_Sha256() {
		return (EAttribute)importRunEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRun_StartedBy() {
		return (EAttribute)importRunEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRun_StartedAt() {
		return (EAttribute)importRunEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRun_FinishedAt() {
		return (EAttribute)importRunEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRun_LastCommittedLine() {
		return (EAttribute)importRunEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRun_RowsImported() {
		return (EAttribute)importRunEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRun_RowsRejected() {
		return (EAttribute)importRunEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRun_Status() {
		return (EAttribute)importRunEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGender() {
		return genderEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPurchaseKind() {
		return purchaseKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannel() {
		return channelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Code() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Label() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Aliases() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCustomerStatus() {
		return customerStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInteractionType() {
		return interactionTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection() {
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getImportKind() {
		return importKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getImportStatus() {
		return importStatusEEnum;
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
	public CustomersFactory getCustomersFactory() {
		return (CustomersFactory)getEFactoryInstance();
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
		customerEClass = createEClass(CUSTOMER);
		createEAttribute(customerEClass, CUSTOMER__REFERENCE);
		createEAttribute(customerEClass, CUSTOMER__NAME);
		createEAttribute(customerEClass, CUSTOMER__GENDER);
		createEAttribute(customerEClass, CUSTOMER__BIRTHDAY);
		createEReference(customerEClass, CUSTOMER__IMPORTANT_DATES);
		createEAttribute(customerEClass, CUSTOMER__OCCUPATION);
		createEAttribute(customerEClass, CUSTOMER__COMPANY);
		createEAttribute(customerEClass, CUSTOMER__REGION);
		createEReference(customerEClass, CUSTOMER__ADDRESS);
		createEAttribute(customerEClass, CUSTOMER__CHANNEL);
		createEAttribute(customerEClass, CUSTOMER__TAGS);
		createEAttribute(customerEClass, CUSTOMER__MARKETING_CONSENT);
		createEAttribute(customerEClass, CUSTOMER__ACCOUNT_MANAGER);
		createEAttribute(customerEClass, CUSTOMER__STATUS);
		createEAttribute(customerEClass, CUSTOMER__CREATED_AT);
		createEAttribute(customerEClass, CUSTOMER__LAST_CONFIRMED_AT);
		createEAttribute(customerEClass, CUSTOMER__NOTES);
		createEAttribute(customerEClass, CUSTOMER__INCOME);
		createEAttribute(customerEClass, CUSTOMER__NAME_KEY);
		createEAttribute(customerEClass, CUSTOMER__PINYIN_KEY);
		createEAttribute(customerEClass, CUSTOMER__PINYIN_INITIALS);
		createEAttribute(customerEClass, CUSTOMER__SORT_KEY);
		createEReference(customerEClass, CUSTOMER__PHONES);
		createEReference(customerEClass, CUSTOMER__EMAILS);
		createEReference(customerEClass, CUSTOMER__PURCHASES);
		createEReference(customerEClass, CUSTOMER__INTERACTIONS);

		importantDateEClass = createEClass(IMPORTANT_DATE);
		createEAttribute(importantDateEClass, IMPORTANT_DATE__LABEL);
		createEAttribute(importantDateEClass, IMPORTANT_DATE__DATE);

		addressEClass = createEClass(ADDRESS);
		createEAttribute(addressEClass, ADDRESS__STREET);
		createEAttribute(addressEClass, ADDRESS__CITY);
		createEAttribute(addressEClass, ADDRESS__POSTAL_CODE);
		createEAttribute(addressEClass, ADDRESS__COUNTRY);

		phoneEClass = createEClass(PHONE);
		createEAttribute(phoneEClass, PHONE__NUMBER);
		createEAttribute(phoneEClass, PHONE__LABEL);
		createEAttribute(phoneEClass, PHONE__VALID);

		emailAddressEClass = createEClass(EMAIL_ADDRESS);
		createEAttribute(emailAddressEClass, EMAIL_ADDRESS__ADDRESS);
		createEAttribute(emailAddressEClass, EMAIL_ADDRESS__LABEL);
		createEAttribute(emailAddressEClass, EMAIL_ADDRESS__VALID);

		purchaseEClass = createEClass(PURCHASE);
		createEAttribute(purchaseEClass, PURCHASE__AT);
		createEAttribute(purchaseEClass, PURCHASE__AMOUNT);
		createEAttribute(purchaseEClass, PURCHASE__QUANTITY);
		createEAttribute(purchaseEClass, PURCHASE__PRODUCT);
		createEAttribute(purchaseEClass, PURCHASE__CHANNEL);
		createEAttribute(purchaseEClass, PURCHASE__STORE);
		createEAttribute(purchaseEClass, PURCHASE__KIND);
		createEAttribute(purchaseEClass, PURCHASE__ORDER_REF);
		createEAttribute(purchaseEClass, PURCHASE__ORDER_LINE);
		createEAttribute(purchaseEClass, PURCHASE__IMPORT_ID);

		interactionEClass = createEClass(INTERACTION);
		createEAttribute(interactionEClass, INTERACTION__AT);
		createEAttribute(interactionEClass, INTERACTION__CHANNEL);
		createEAttribute(interactionEClass, INTERACTION__TYPE);
		createEAttribute(interactionEClass, INTERACTION__DIRECTION);
		createEAttribute(interactionEClass, INTERACTION__SUMMARY);
		createEAttribute(interactionEClass, INTERACTION__STAFF_LOGIN);

		importRunEClass = createEClass(IMPORT_RUN);
		createEAttribute(importRunEClass, IMPORT_RUN__IMPORT_ID);
		createEAttribute(importRunEClass, IMPORT_RUN__KIND);
		createEAttribute(importRunEClass, IMPORT_RUN__FILE_NAME);
		createEAttribute(importRunEClass, IMPORT_RUN__FILE_SIZE);
		createEAttribute(importRunEClass, IMPORT_RUN__SHA256);
		createEAttribute(importRunEClass, IMPORT_RUN__STARTED_BY);
		createEAttribute(importRunEClass, IMPORT_RUN__STARTED_AT);
		createEAttribute(importRunEClass, IMPORT_RUN__FINISHED_AT);
		createEAttribute(importRunEClass, IMPORT_RUN__LAST_COMMITTED_LINE);
		createEAttribute(importRunEClass, IMPORT_RUN__ROWS_IMPORTED);
		createEAttribute(importRunEClass, IMPORT_RUN__ROWS_REJECTED);
		createEAttribute(importRunEClass, IMPORT_RUN__STATUS);

		channelEClass = createEClass(CHANNEL);
		createEAttribute(channelEClass, CHANNEL__CODE);
		createEAttribute(channelEClass, CHANNEL__LABEL);
		createEAttribute(channelEClass, CHANNEL__ALIASES);

		// Create enums
		genderEEnum = createEEnum(GENDER);
		purchaseKindEEnum = createEEnum(PURCHASE_KIND);
		customerStatusEEnum = createEEnum(CUSTOMER_STATUS);
		interactionTypeEEnum = createEEnum(INTERACTION_TYPE);
		directionEEnum = createEEnum(DIRECTION);
		importKindEEnum = createEEnum(IMPORT_KIND);
		importStatusEEnum = createEEnum(IMPORT_STATUS);

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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(customerEClass, Customer.class, "Customer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomer_Reference(), ecorePackage.getEString(), "reference", null, 1, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Name(), ecorePackage.getEString(), "name", null, 1, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Gender(), this.getGender(), "gender", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Birthday(), this.getLocalDate(), "birthday", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_ImportantDates(), this.getImportantDate(), null, "importantDates", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Occupation(), ecorePackage.getEString(), "occupation", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Company(), ecorePackage.getEString(), "company", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Region(), ecorePackage.getEString(), "region", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Address(), this.getAddress(), null, "address", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Channel(), ecorePackage.getEString(), "channel", "other", 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_MarketingConsent(), ecorePackage.getEBoolean(), "marketingConsent", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_AccountManager(), ecorePackage.getEString(), "accountManager", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Status(), this.getCustomerStatus(), "status", null, 1, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_CreatedAt(), this.getInstant(), "createdAt", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_LastConfirmedAt(), this.getInstant(), "lastConfirmedAt", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Income(), ecorePackage.getEBigDecimal(), "income", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_NameKey(), ecorePackage.getEString(), "nameKey", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_PinyinKey(), ecorePackage.getEString(), "pinyinKey", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_PinyinInitials(), ecorePackage.getEString(), "pinyinInitials", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_SortKey(), ecorePackage.getEString(), "sortKey", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Phones(), this.getPhone(), null, "phones", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Emails(), this.getEmailAddress(), null, "emails", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Purchases(), this.getPurchase(), null, "purchases", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Interactions(), this.getInteraction(), null, "interactions", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(importantDateEClass, ImportantDate.class, "ImportantDate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImportantDate_Label(), ecorePackage.getEString(), "label", null, 0, 1, ImportantDate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportantDate_Date(), this.getLocalDate(), "date", null, 0, 1, ImportantDate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(addressEClass, Address.class, "Address", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAddress_Street(), ecorePackage.getEString(), "street", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_City(), ecorePackage.getEString(), "city", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_PostalCode(), ecorePackage.getEString(), "postalCode", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Country(), ecorePackage.getEString(), "country", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(phoneEClass, Phone.class, "Phone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPhone_Number(), ecorePackage.getEString(), "number", null, 0, 1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhone_Label(), ecorePackage.getEString(), "label", null, 0, 1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhone_Valid(), ecorePackage.getEBoolean(), "valid", "true", 0, 1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(emailAddressEClass, EmailAddress.class, "EmailAddress", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEmailAddress_Address(), ecorePackage.getEString(), "address", null, 0, 1, EmailAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmailAddress_Label(), ecorePackage.getEString(), "label", null, 0, 1, EmailAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmailAddress_Valid(), ecorePackage.getEBoolean(), "valid", "true", 0, 1, EmailAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(purchaseEClass, Purchase.class, "Purchase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPurchase_At(), this.getInstant(), "at", null, 0, 1, Purchase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPurchase_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, Purchase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPurchase_Quantity(), ecorePackage.getEInt(), "quantity", null, 0, 1, Purchase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPurchase_Product(), ecorePackage.getEString(), "product", null, 0, 1, Purchase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPurchase_Channel(), ecorePackage.getEString(), "channel", null, 0, 1, Purchase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPurchase_Store(), ecorePackage.getEString(), "store", null, 0, 1, Purchase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPurchase_Kind(), this.getPurchaseKind(), "kind", null, 0, 1, Purchase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPurchase_OrderRef(), ecorePackage.getEString(), "orderRef", null, 0, 1, Purchase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPurchase_OrderLine(), ecorePackage.getEString(), "orderLine", null, 0, 1, Purchase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPurchase_ImportId(), ecorePackage.getEString(), "importId", null, 0, 1, Purchase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interactionEClass, Interaction.class, "Interaction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInteraction_At(), this.getInstant(), "at", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_Channel(), ecorePackage.getEString(), "channel", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_Type(), this.getInteractionType(), "type", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_Direction(), this.getDirection(), "direction", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteraction_StaffLogin(), ecorePackage.getEString(), "staffLogin", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(importRunEClass, ImportRun.class, "ImportRun", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImportRun_ImportId(), ecorePackage.getEString(), "importId", null, 1, 1, ImportRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRun_Kind(), this.getImportKind(), "kind", null, 1, 1, ImportRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRun_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, ImportRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRun_FileSize(), ecorePackage.getELong(), "fileSize", null, 0, 1, ImportRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRun_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, ImportRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRun_StartedBy(), ecorePackage.getEString(), "startedBy", null, 0, 1, ImportRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRun_StartedAt(), this.getInstant(), "startedAt", null, 0, 1, ImportRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRun_FinishedAt(), this.getInstant(), "finishedAt", null, 0, 1, ImportRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRun_LastCommittedLine(), ecorePackage.getELong(), "lastCommittedLine", null, 0, 1, ImportRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRun_RowsImported(), ecorePackage.getELong(), "rowsImported", null, 0, 1, ImportRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRun_RowsRejected(), ecorePackage.getELong(), "rowsRejected", null, 0, 1, ImportRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRun_Status(), this.getImportStatus(), "status", null, 1, 1, ImportRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(channelEClass, Channel.class, "Channel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChannel_Code(), ecorePackage.getEString(), "code", null, 1, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Label(), ecorePackage.getEString(), "label", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Aliases(), ecorePackage.getEString(), "aliases", null, 0, -1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(genderEEnum, Gender.class, "Gender");
		addEEnumLiteral(genderEEnum, Gender.UNKNOWN);
		addEEnumLiteral(genderEEnum, Gender.FEMALE);
		addEEnumLiteral(genderEEnum, Gender.MALE);
		addEEnumLiteral(genderEEnum, Gender.OTHER);

		initEEnum(purchaseKindEEnum, PurchaseKind.class, "PurchaseKind");
		addEEnumLiteral(purchaseKindEEnum, PurchaseKind.SALE);
		addEEnumLiteral(purchaseKindEEnum, PurchaseKind.RETURN);

		initEEnum(customerStatusEEnum, CustomerStatus.class, "CustomerStatus");
		addEEnumLiteral(customerStatusEEnum, CustomerStatus.PROSPECT);
		addEEnumLiteral(customerStatusEEnum, CustomerStatus.ACTIVE);
		addEEnumLiteral(customerStatusEEnum, CustomerStatus.INACTIVE);
		addEEnumLiteral(customerStatusEEnum, CustomerStatus.ERASED);

		initEEnum(interactionTypeEEnum, InteractionType.class, "InteractionType");
		addEEnumLiteral(interactionTypeEEnum, InteractionType.CALL);
		addEEnumLiteral(interactionTypeEEnum, InteractionType.VISIT);
		addEEnumLiteral(interactionTypeEEnum, InteractionType.EMAIL);
		addEEnumLiteral(interactionTypeEEnum, InteractionType.CHAT);
		addEEnumLiteral(interactionTypeEEnum, InteractionType.MEETING);
		addEEnumLiteral(interactionTypeEEnum, InteractionType.OTHER);

		initEEnum(directionEEnum, Direction.class, "Direction");
		addEEnumLiteral(directionEEnum, Direction.INBOUND);
		addEEnumLiteral(directionEEnum, Direction.OUTBOUND);

		initEEnum(importKindEEnum, ImportKind.class, "ImportKind");
		addEEnumLiteral(importKindEEnum, ImportKind.CUSTOMERS);
		addEEnumLiteral(importKindEEnum, ImportKind.PURCHASES);

		initEEnum(importStatusEEnum, ImportStatus.class, "ImportStatus");
		addEEnumLiteral(importStatusEEnum, ImportStatus.RUNNING);
		addEEnumLiteral(importStatusEEnum, ImportStatus.DONE);
		addEEnumLiteral(importStatusEEnum, ImportStatus.FAILED);

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
		  (customerEClass,
		   source,
		   new String[] {
			   "area", "customers",
			   "owner", "accountManager",
			   "subject", "reference"
		   });
		addAnnotation
		  (getCustomer_Name(),
		   source,
		   new String[] {
			   "personal", "true",
			   "erased", "Erased customer"
		   });
		addAnnotation
		  (getCustomer_Gender(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (getCustomer_Birthday(),
		   source,
		   new String[] {
			   "personal", "true",
			   "defaultAccess", "service-agent=READ_ONLY"
		   });
		addAnnotation
		  (getCustomer_Occupation(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (getCustomer_Company(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (getCustomer_Tags(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (getCustomer_Notes(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (getCustomer_Income(),
		   source,
		   new String[] {
			   "personal", "true",
			   "defaultAccess", "service-agent=HIDDEN sales=READ_ONLY"
		   });
		addAnnotation
		  (getCustomer_NameKey(),
		   source,
		   new String[] {
			   "personal", "true",
			   "derivedFrom", "name"
		   });
		addAnnotation
		  (getCustomer_PinyinKey(),
		   source,
		   new String[] {
			   "personal", "true",
			   "derivedFrom", "name"
		   });
		addAnnotation
		  (getCustomer_PinyinInitials(),
		   source,
		   new String[] {
			   "personal", "true",
			   "derivedFrom", "name"
		   });
		addAnnotation
		  (getCustomer_SortKey(),
		   source,
		   new String[] {
			   "personal", "true",
			   "derivedFrom", "name"
		   });
		addAnnotation
		  (importantDateEClass,
		   source,
		   new String[] {
			   "area", "customers"
		   });
		addAnnotation
		  (getImportantDate_Label(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (getImportantDate_Date(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (addressEClass,
		   source,
		   new String[] {
			   "area", "customers"
		   });
		addAnnotation
		  (getAddress_Street(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (getAddress_City(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (getAddress_PostalCode(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (getAddress_Country(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (phoneEClass,
		   source,
		   new String[] {
			   "area", "customers"
		   });
		addAnnotation
		  (getPhone_Number(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (emailAddressEClass,
		   source,
		   new String[] {
			   "area", "customers"
		   });
		addAnnotation
		  (getEmailAddress_Address(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (purchaseEClass,
		   source,
		   new String[] {
			   "area", "customers"
		   });
		addAnnotation
		  (interactionEClass,
		   source,
		   new String[] {
			   "area", "customers"
		   });
		addAnnotation
		  (getInteraction_Summary(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (importRunEClass,
		   source,
		   new String[] {
			   "area", "customers",
			   "owner", "startedBy"
		   });
		addAnnotation
		  (channelEClass,
		   source,
		   new String[] {
			   "area", "customers"
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
		  (getCustomer_Reference(),
		   source,
		   new String[] {
			   "unique", "true",
			   "length", "32"
		   });
		addAnnotation
		  (getCustomer_Birthday(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getCustomer_Region(),
		   source,
		   new String[] {
			   "index", "true",
			   "length", "64"
		   });
		addAnnotation
		  (getCustomer_Tags(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getCustomer_AccountManager(),
		   source,
		   new String[] {
			   "index", "true",
			   "length", "64"
		   });
		addAnnotation
		  (getCustomer_Notes(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getCustomer_Income(),
		   source,
		   new String[] {
			   "precision", "14",
			   "scale", "2"
		   });
		addAnnotation
		  (getCustomer_NameKey(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getCustomer_PinyinKey(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getCustomer_PinyinInitials(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getCustomer_SortKey(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getImportantDate_Label(),
		   source,
		   new String[] {
			   "length", "128"
		   });
		addAnnotation
		  (getAddress_City(),
		   source,
		   new String[] {
			   "length", "128"
		   });
		addAnnotation
		  (getAddress_PostalCode(),
		   source,
		   new String[] {
			   "length", "32"
		   });
		addAnnotation
		  (getAddress_Country(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getPhone_Number(),
		   source,
		   new String[] {
			   "index", "true",
			   "length", "32"
		   });
		addAnnotation
		  (getPhone_Label(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getEmailAddress_Address(),
		   source,
		   new String[] {
			   "index", "true",
			   "length", "254"
		   });
		addAnnotation
		  (getEmailAddress_Label(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getPurchase_At(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getPurchase_Amount(),
		   source,
		   new String[] {
			   "precision", "14",
			   "scale", "2"
		   });
		addAnnotation
		  (getPurchase_OrderRef(),
		   source,
		   new String[] {
			   "index", "true",
			   "length", "64"
		   });
		addAnnotation
		  (getPurchase_OrderLine(),
		   source,
		   new String[] {
			   "length", "32"
		   });
		addAnnotation
		  (getPurchase_ImportId(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getInteraction_Summary(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getInteraction_StaffLogin(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getImportRun_ImportId(),
		   source,
		   new String[] {
			   "unique", "true",
			   "length", "64"
		   });
		addAnnotation
		  (getImportRun_FileName(),
		   source,
		   new String[] {
			   "length", "1024"
		   });
		addAnnotation
		  (getImportRun_Sha256(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getImportRun_StartedBy(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getChannel_Code(),
		   source,
		   new String[] {
			   "unique", "true",
			   "length", "32"
		   });
		addAnnotation
		  (getChannel_Label(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getChannel_Aliases(),
		   source,
		   new String[] {
			   "length", "64"
		   });
	}

} //CustomersPackageImpl
