/**
 */
package org.rapport.customers.model;

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
 * Customer profiles: basic data, contact points, important dates, purchases and interactions (docs/extension-guide.md, Customer model).
 * <!-- end-model-doc -->
 * @see org.rapport.customers.model.CustomersFactory
 * @model kind="package"
 * @generated
 */
public interface CustomersPackage extends EPackage {
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
	String eNS_URI = "http://rapport.org/customers/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cust";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CustomersPackage eINSTANCE = org.rapport.customers.model.impl.CustomersPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.impl.CustomerImpl <em>Customer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.impl.CustomerImpl
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getCustomer()
	 * @generated
	 */
	int CUSTOMER = 0;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__REFERENCE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Gender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__GENDER = 2;

	/**
	 * The feature id for the '<em><b>Birthday</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__BIRTHDAY = 3;

	/**
	 * The feature id for the '<em><b>Important Dates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__IMPORTANT_DATES = 4;

	/**
	 * The feature id for the '<em><b>Occupation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__OCCUPATION = 5;

	/**
	 * The feature id for the '<em><b>Company</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__COMPANY = 6;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__REGION = 7;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ADDRESS = 8;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CHANNEL = 9;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__TAGS = 10;

	/**
	 * The feature id for the '<em><b>Marketing Consent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__MARKETING_CONSENT = 11;

	/**
	 * The feature id for the '<em><b>Account Manager</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ACCOUNT_MANAGER = 12;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__STATUS = 13;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CREATED_AT = 14;

	/**
	 * The feature id for the '<em><b>Last Confirmed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__LAST_CONFIRMED_AT = 15;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NOTES = 16;

	/**
	 * The feature id for the '<em><b>Income</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__INCOME = 17;

	/**
	 * The feature id for the '<em><b>Name Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NAME_KEY = 18;

	/**
	 * The feature id for the '<em><b>Pinyin Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__PINYIN_KEY = 19;

	/**
	 * The feature id for the '<em><b>Pinyin Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__PINYIN_INITIALS = 20;

	/**
	 * The feature id for the '<em><b>Sort Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__SORT_KEY = 21;

	/**
	 * The feature id for the '<em><b>Phones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__PHONES = 22;

	/**
	 * The feature id for the '<em><b>Emails</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__EMAILS = 23;

	/**
	 * The feature id for the '<em><b>Purchases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__PURCHASES = 24;

	/**
	 * The feature id for the '<em><b>Interactions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__INTERACTIONS = 25;

	/**
	 * The number of structural features of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_FEATURE_COUNT = 26;

	/**
	 * The number of operations of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.impl.ImportantDateImpl <em>Important Date</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.impl.ImportantDateImpl
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getImportantDate()
	 * @generated
	 */
	int IMPORTANT_DATE = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORTANT_DATE__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORTANT_DATE__DATE = 1;

	/**
	 * The number of structural features of the '<em>Important Date</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORTANT_DATE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Important Date</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORTANT_DATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.impl.AddressImpl <em>Address</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.impl.AddressImpl
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getAddress()
	 * @generated
	 */
	int ADDRESS = 2;

	/**
	 * The feature id for the '<em><b>Street</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__STREET = 0;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__CITY = 1;

	/**
	 * The feature id for the '<em><b>Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__POSTAL_CODE = 2;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__COUNTRY = 3;

	/**
	 * The number of structural features of the '<em>Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.impl.PhoneImpl <em>Phone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.impl.PhoneImpl
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getPhone()
	 * @generated
	 */
	int PHONE = 3;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Valid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__VALID = 2;

	/**
	 * The number of structural features of the '<em>Phone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Phone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.impl.EmailAddressImpl <em>Email Address</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.impl.EmailAddressImpl
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getEmailAddress()
	 * @generated
	 */
	int EMAIL_ADDRESS = 4;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_ADDRESS__ADDRESS = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_ADDRESS__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Valid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_ADDRESS__VALID = 2;

	/**
	 * The number of structural features of the '<em>Email Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_ADDRESS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Email Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_ADDRESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.impl.PurchaseImpl <em>Purchase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.impl.PurchaseImpl
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getPurchase()
	 * @generated
	 */
	int PURCHASE = 5;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE__AT = 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE__AMOUNT = 1;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE__QUANTITY = 2;

	/**
	 * The feature id for the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE__PRODUCT = 3;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE__CHANNEL = 4;

	/**
	 * The feature id for the '<em><b>Store</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE__STORE = 5;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE__KIND = 6;

	/**
	 * The feature id for the '<em><b>Order Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE__ORDER_REF = 7;

	/**
	 * The feature id for the '<em><b>Order Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE__ORDER_LINE = 8;

	/**
	 * The feature id for the '<em><b>Import Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE__IMPORT_ID = 9;

	/**
	 * The number of structural features of the '<em>Purchase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Purchase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.impl.InteractionImpl <em>Interaction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.impl.InteractionImpl
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getInteraction()
	 * @generated
	 */
	int INTERACTION = 6;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__AT = 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__CHANNEL = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__DIRECTION = 3;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__SUMMARY = 4;

	/**
	 * The feature id for the '<em><b>Staff Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__STAFF_LOGIN = 5;

	/**
	 * The number of structural features of the '<em>Interaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Interaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.impl.ImportRunImpl <em>Import Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.impl.ImportRunImpl
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getImportRun()
	 * @generated
	 */
	int IMPORT_RUN = 7;

	/**
	 * The feature id for the '<em><b>Import Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RUN__IMPORT_ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RUN__KIND = 1;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RUN__FILE_NAME = 2;

	/**
	 * The feature id for the '<em><b>File Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RUN__FILE_SIZE = 3;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RUN__SHA256 = 4;

	/**
	 * The feature id for the '<em><b>Started By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RUN__STARTED_BY = 5;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RUN__STARTED_AT = 6;

	/**
	 * The feature id for the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RUN__FINISHED_AT = 7;

	/**
	 * The feature id for the '<em><b>Last Committed Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RUN__LAST_COMMITTED_LINE = 8;

	/**
	 * The feature id for the '<em><b>Rows Imported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RUN__ROWS_IMPORTED = 9;

	/**
	 * The feature id for the '<em><b>Rows Rejected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RUN__ROWS_REJECTED = 10;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RUN__STATUS = 11;

	/**
	 * The number of structural features of the '<em>Import Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RUN_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Import Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.Gender <em>Gender</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.Gender
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getGender()
	 * @generated
	 */
	int GENDER = 9;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.PurchaseKind <em>Purchase Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.PurchaseKind
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getPurchaseKind()
	 * @generated
	 */
	int PURCHASE_KIND = 10;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.impl.ChannelImpl <em>Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.impl.ChannelImpl
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 8;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__CODE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__ALIASES = 2;

	/**
	 * The number of structural features of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.CustomerStatus <em>Customer Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.CustomerStatus
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getCustomerStatus()
	 * @generated
	 */
	int CUSTOMER_STATUS = 11;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.InteractionType <em>Interaction Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.InteractionType
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getInteractionType()
	 * @generated
	 */
	int INTERACTION_TYPE = 12;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.Direction
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 13;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.ImportKind <em>Import Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.ImportKind
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getImportKind()
	 * @generated
	 */
	int IMPORT_KIND = 14;

	/**
	 * The meta object id for the '{@link org.rapport.customers.model.ImportStatus <em>Import Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.customers.model.ImportStatus
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getImportStatus()
	 * @generated
	 */
	int IMPORT_STATUS = 15;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 16;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 17;


	/**
	 * Returns the meta object for class '{@link org.rapport.customers.model.Customer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer</em>'.
	 * @see org.rapport.customers.model.Customer
	 * @generated
	 */
	EClass getCustomer();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.rapport.customers.model.Customer#getReference()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rapport.customers.model.Customer#getName()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getGender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gender</em>'.
	 * @see org.rapport.customers.model.Customer#getGender()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Gender();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getBirthday <em>Birthday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birthday</em>'.
	 * @see org.rapport.customers.model.Customer#getBirthday()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Birthday();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.customers.model.Customer#getImportantDates <em>Important Dates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Important Dates</em>'.
	 * @see org.rapport.customers.model.Customer#getImportantDates()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_ImportantDates();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getOccupation <em>Occupation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occupation</em>'.
	 * @see org.rapport.customers.model.Customer#getOccupation()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Occupation();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getCompany <em>Company</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Company</em>'.
	 * @see org.rapport.customers.model.Customer#getCompany()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Company();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.rapport.customers.model.Customer#getRegion()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Region();

	/**
	 * Returns the meta object for the containment reference '{@link org.rapport.customers.model.Customer#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address</em>'.
	 * @see org.rapport.customers.model.Customer#getAddress()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.rapport.customers.model.Customer#getChannel()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Channel();

	/**
	 * Returns the meta object for the attribute list '{@link org.rapport.customers.model.Customer#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.rapport.customers.model.Customer#getTags()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Tags();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#isMarketingConsent <em>Marketing Consent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Marketing Consent</em>'.
	 * @see org.rapport.customers.model.Customer#isMarketingConsent()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_MarketingConsent();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getAccountManager <em>Account Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account Manager</em>'.
	 * @see org.rapport.customers.model.Customer#getAccountManager()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_AccountManager();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rapport.customers.model.Customer#getStatus()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.rapport.customers.model.Customer#getCreatedAt()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getLastConfirmedAt <em>Last Confirmed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Confirmed At</em>'.
	 * @see org.rapport.customers.model.Customer#getLastConfirmedAt()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_LastConfirmedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.rapport.customers.model.Customer#getNotes()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getIncome <em>Income</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Income</em>'.
	 * @see org.rapport.customers.model.Customer#getIncome()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Income();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getNameKey <em>Name Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Key</em>'.
	 * @see org.rapport.customers.model.Customer#getNameKey()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_NameKey();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getPinyinKey <em>Pinyin Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinyin Key</em>'.
	 * @see org.rapport.customers.model.Customer#getPinyinKey()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_PinyinKey();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getPinyinInitials <em>Pinyin Initials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinyin Initials</em>'.
	 * @see org.rapport.customers.model.Customer#getPinyinInitials()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_PinyinInitials();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Customer#getSortKey <em>Sort Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sort Key</em>'.
	 * @see org.rapport.customers.model.Customer#getSortKey()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_SortKey();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.customers.model.Customer#getPhones <em>Phones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phones</em>'.
	 * @see org.rapport.customers.model.Customer#getPhones()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Phones();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.customers.model.Customer#getEmails <em>Emails</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Emails</em>'.
	 * @see org.rapport.customers.model.Customer#getEmails()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Emails();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.customers.model.Customer#getPurchases <em>Purchases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Purchases</em>'.
	 * @see org.rapport.customers.model.Customer#getPurchases()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Purchases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.customers.model.Customer#getInteractions <em>Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interactions</em>'.
	 * @see org.rapport.customers.model.Customer#getInteractions()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Interactions();

	/**
	 * Returns the meta object for class '{@link org.rapport.customers.model.ImportantDate <em>Important Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Important Date</em>'.
	 * @see org.rapport.customers.model.ImportantDate
	 * @generated
	 */
	EClass getImportantDate();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.ImportantDate#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.rapport.customers.model.ImportantDate#getLabel()
	 * @see #getImportantDate()
	 * @generated
	 */
	EAttribute getImportantDate_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.ImportantDate#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.rapport.customers.model.ImportantDate#getDate()
	 * @see #getImportantDate()
	 * @generated
	 */
	EAttribute getImportantDate_Date();

	/**
	 * Returns the meta object for class '{@link org.rapport.customers.model.Address <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Address</em>'.
	 * @see org.rapport.customers.model.Address
	 * @generated
	 */
	EClass getAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Address#getStreet <em>Street</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Street</em>'.
	 * @see org.rapport.customers.model.Address#getStreet()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Street();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Address#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see org.rapport.customers.model.Address#getCity()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_City();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Address#getPostalCode <em>Postal Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Postal Code</em>'.
	 * @see org.rapport.customers.model.Address#getPostalCode()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_PostalCode();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Address#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.rapport.customers.model.Address#getCountry()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Country();

	/**
	 * Returns the meta object for class '{@link org.rapport.customers.model.Phone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phone</em>'.
	 * @see org.rapport.customers.model.Phone
	 * @generated
	 */
	EClass getPhone();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Phone#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.rapport.customers.model.Phone#getNumber()
	 * @see #getPhone()
	 * @generated
	 */
	EAttribute getPhone_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Phone#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.rapport.customers.model.Phone#getLabel()
	 * @see #getPhone()
	 * @generated
	 */
	EAttribute getPhone_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Phone#isValid <em>Valid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid</em>'.
	 * @see org.rapport.customers.model.Phone#isValid()
	 * @see #getPhone()
	 * @generated
	 */
	EAttribute getPhone_Valid();

	/**
	 * Returns the meta object for class '{@link org.rapport.customers.model.EmailAddress <em>Email Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Email Address</em>'.
	 * @see org.rapport.customers.model.EmailAddress
	 * @generated
	 */
	EClass getEmailAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.EmailAddress#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.rapport.customers.model.EmailAddress#getAddress()
	 * @see #getEmailAddress()
	 * @generated
	 */
	EAttribute getEmailAddress_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.EmailAddress#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.rapport.customers.model.EmailAddress#getLabel()
	 * @see #getEmailAddress()
	 * @generated
	 */
	EAttribute getEmailAddress_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.EmailAddress#isValid <em>Valid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid</em>'.
	 * @see org.rapport.customers.model.EmailAddress#isValid()
	 * @see #getEmailAddress()
	 * @generated
	 */
	EAttribute getEmailAddress_Valid();

	/**
	 * Returns the meta object for class '{@link org.rapport.customers.model.Purchase <em>Purchase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Purchase</em>'.
	 * @see org.rapport.customers.model.Purchase
	 * @generated
	 */
	EClass getPurchase();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Purchase#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.rapport.customers.model.Purchase#getAt()
	 * @see #getPurchase()
	 * @generated
	 */
	EAttribute getPurchase_At();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Purchase#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.rapport.customers.model.Purchase#getAmount()
	 * @see #getPurchase()
	 * @generated
	 */
	EAttribute getPurchase_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Purchase#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.rapport.customers.model.Purchase#getQuantity()
	 * @see #getPurchase()
	 * @generated
	 */
	EAttribute getPurchase_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Purchase#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product</em>'.
	 * @see org.rapport.customers.model.Purchase#getProduct()
	 * @see #getPurchase()
	 * @generated
	 */
	EAttribute getPurchase_Product();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Purchase#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.rapport.customers.model.Purchase#getChannel()
	 * @see #getPurchase()
	 * @generated
	 */
	EAttribute getPurchase_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Purchase#getStore <em>Store</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Store</em>'.
	 * @see org.rapport.customers.model.Purchase#getStore()
	 * @see #getPurchase()
	 * @generated
	 */
	EAttribute getPurchase_Store();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Purchase#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rapport.customers.model.Purchase#getKind()
	 * @see #getPurchase()
	 * @generated
	 */
	EAttribute getPurchase_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Purchase#getOrderRef <em>Order Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order Ref</em>'.
	 * @see org.rapport.customers.model.Purchase#getOrderRef()
	 * @see #getPurchase()
	 * @generated
	 */
	EAttribute getPurchase_OrderRef();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Purchase#getOrderLine <em>Order Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order Line</em>'.
	 * @see org.rapport.customers.model.Purchase#getOrderLine()
	 * @see #getPurchase()
	 * @generated
	 */
	EAttribute getPurchase_OrderLine();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Purchase#getImportId <em>Import Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Import Id</em>'.
	 * @see org.rapport.customers.model.Purchase#getImportId()
	 * @see #getPurchase()
	 * @generated
	 */
	EAttribute getPurchase_ImportId();

	/**
	 * Returns the meta object for class '{@link org.rapport.customers.model.Interaction <em>Interaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interaction</em>'.
	 * @see org.rapport.customers.model.Interaction
	 * @generated
	 */
	EClass getInteraction();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Interaction#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.rapport.customers.model.Interaction#getAt()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_At();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Interaction#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.rapport.customers.model.Interaction#getChannel()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Interaction#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.rapport.customers.model.Interaction#getType()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Interaction#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.rapport.customers.model.Interaction#getDirection()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Interaction#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.rapport.customers.model.Interaction#getSummary()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Interaction#getStaffLogin <em>Staff Login</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staff Login</em>'.
	 * @see org.rapport.customers.model.Interaction#getStaffLogin()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_StaffLogin();

	/**
	 * Returns the meta object for class '{@link org.rapport.customers.model.ImportRun <em>Import Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Import Run</em>'.
	 * @see org.rapport.customers.model.ImportRun
	 * @generated
	 */
	EClass getImportRun();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.ImportRun#getImportId <em>Import Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Import Id</em>'.
	 * @see org.rapport.customers.model.ImportRun#getImportId()
	 * @see #getImportRun()
	 * @generated
	 */
	EAttribute getImportRun_ImportId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.ImportRun#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rapport.customers.model.ImportRun#getKind()
	 * @see #getImportRun()
	 * @generated
	 */
	EAttribute getImportRun_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.ImportRun#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see org.rapport.customers.model.ImportRun#getFileName()
	 * @see #getImportRun()
	 * @generated
	 */
	EAttribute getImportRun_FileName();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.ImportRun#getFileSize <em>File Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Size</em>'.
	 * @see org.rapport.customers.model.ImportRun#getFileSize()
	 * @see #getImportRun()
	 * @generated
	 */
	EAttribute getImportRun_FileSize();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.ImportRun#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.rapport.customers.model.ImportRun#getSha256()
	 * @see #getImportRun()
	 * @generated
	 */
	EAttribute getImportRun_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.ImportRun#getStartedBy <em>Started By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started By</em>'.
	 * @see org.rapport.customers.model.ImportRun#getStartedBy()
	 * @see #getImportRun()
	 * @generated
	 */
	EAttribute getImportRun_StartedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.ImportRun#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.rapport.customers.model.ImportRun#getStartedAt()
	 * @see #getImportRun()
	 * @generated
	 */
	EAttribute getImportRun_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.ImportRun#getFinishedAt <em>Finished At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished At</em>'.
	 * @see org.rapport.customers.model.ImportRun#getFinishedAt()
	 * @see #getImportRun()
	 * @generated
	 */
	EAttribute getImportRun_FinishedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.ImportRun#getLastCommittedLine <em>Last Committed Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Committed Line</em>'.
	 * @see org.rapport.customers.model.ImportRun#getLastCommittedLine()
	 * @see #getImportRun()
	 * @generated
	 */
	EAttribute getImportRun_LastCommittedLine();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.ImportRun#getRowsImported <em>Rows Imported</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rows Imported</em>'.
	 * @see org.rapport.customers.model.ImportRun#getRowsImported()
	 * @see #getImportRun()
	 * @generated
	 */
	EAttribute getImportRun_RowsImported();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.ImportRun#getRowsRejected <em>Rows Rejected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rows Rejected</em>'.
	 * @see org.rapport.customers.model.ImportRun#getRowsRejected()
	 * @see #getImportRun()
	 * @generated
	 */
	EAttribute getImportRun_RowsRejected();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.ImportRun#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rapport.customers.model.ImportRun#getStatus()
	 * @see #getImportRun()
	 * @generated
	 */
	EAttribute getImportRun_Status();

	/**
	 * Returns the meta object for enum '{@link org.rapport.customers.model.Gender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gender</em>'.
	 * @see org.rapport.customers.model.Gender
	 * @generated
	 */
	EEnum getGender();

	/**
	 * Returns the meta object for enum '{@link org.rapport.customers.model.PurchaseKind <em>Purchase Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Purchase Kind</em>'.
	 * @see org.rapport.customers.model.PurchaseKind
	 * @generated
	 */
	EEnum getPurchaseKind();

	/**
	 * Returns the meta object for class '{@link org.rapport.customers.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel</em>'.
	 * @see org.rapport.customers.model.Channel
	 * @generated
	 */
	EClass getChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Channel#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.rapport.customers.model.Channel#getCode()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.customers.model.Channel#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.rapport.customers.model.Channel#getLabel()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Label();

	/**
	 * Returns the meta object for the attribute list '{@link org.rapport.customers.model.Channel#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.rapport.customers.model.Channel#getAliases()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Aliases();

	/**
	 * Returns the meta object for enum '{@link org.rapport.customers.model.CustomerStatus <em>Customer Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Customer Status</em>'.
	 * @see org.rapport.customers.model.CustomerStatus
	 * @generated
	 */
	EEnum getCustomerStatus();

	/**
	 * Returns the meta object for enum '{@link org.rapport.customers.model.InteractionType <em>Interaction Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interaction Type</em>'.
	 * @see org.rapport.customers.model.InteractionType
	 * @generated
	 */
	EEnum getInteractionType();

	/**
	 * Returns the meta object for enum '{@link org.rapport.customers.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see org.rapport.customers.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link org.rapport.customers.model.ImportKind <em>Import Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Import Kind</em>'.
	 * @see org.rapport.customers.model.ImportKind
	 * @generated
	 */
	EEnum getImportKind();

	/**
	 * Returns the meta object for enum '{@link org.rapport.customers.model.ImportStatus <em>Import Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Import Status</em>'.
	 * @see org.rapport.customers.model.ImportStatus
	 * @generated
	 */
	EEnum getImportStatus();

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
	CustomersFactory getCustomersFactory();

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
		 * The meta object literal for the '{@link org.rapport.customers.model.impl.CustomerImpl <em>Customer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.impl.CustomerImpl
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getCustomer()
		 * @generated
		 */
		EClass CUSTOMER = eINSTANCE.getCustomer();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__REFERENCE = eINSTANCE.getCustomer_Reference();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__NAME = eINSTANCE.getCustomer_Name();

		/**
		 * The meta object literal for the '<em><b>Gender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__GENDER = eINSTANCE.getCustomer_Gender();

		/**
		 * The meta object literal for the '<em><b>Birthday</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__BIRTHDAY = eINSTANCE.getCustomer_Birthday();

		/**
		 * The meta object literal for the '<em><b>Important Dates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__IMPORTANT_DATES = eINSTANCE.getCustomer_ImportantDates();

		/**
		 * The meta object literal for the '<em><b>Occupation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__OCCUPATION = eINSTANCE.getCustomer_Occupation();

		/**
		 * The meta object literal for the '<em><b>Company</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__COMPANY = eINSTANCE.getCustomer_Company();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__REGION = eINSTANCE.getCustomer_Region();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__ADDRESS = eINSTANCE.getCustomer_Address();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CHANNEL = eINSTANCE.getCustomer_Channel();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__TAGS = eINSTANCE.getCustomer_Tags();

		/**
		 * The meta object literal for the '<em><b>Marketing Consent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__MARKETING_CONSENT = eINSTANCE.getCustomer_MarketingConsent();

		/**
		 * The meta object literal for the '<em><b>Account Manager</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__ACCOUNT_MANAGER = eINSTANCE.getCustomer_AccountManager();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__STATUS = eINSTANCE.getCustomer_Status();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CREATED_AT = eINSTANCE.getCustomer_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Last Confirmed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__LAST_CONFIRMED_AT = eINSTANCE.getCustomer_LastConfirmedAt();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__NOTES = eINSTANCE.getCustomer_Notes();

		/**
		 * The meta object literal for the '<em><b>Income</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__INCOME = eINSTANCE.getCustomer_Income();

		/**
		 * The meta object literal for the '<em><b>Name Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__NAME_KEY = eINSTANCE.getCustomer_NameKey();

		/**
		 * The meta object literal for the '<em><b>Pinyin Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__PINYIN_KEY = eINSTANCE.getCustomer_PinyinKey();

		/**
		 * The meta object literal for the '<em><b>Pinyin Initials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__PINYIN_INITIALS = eINSTANCE.getCustomer_PinyinInitials();

		/**
		 * The meta object literal for the '<em><b>Sort Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__SORT_KEY = eINSTANCE.getCustomer_SortKey();

		/**
		 * The meta object literal for the '<em><b>Phones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__PHONES = eINSTANCE.getCustomer_Phones();

		/**
		 * The meta object literal for the '<em><b>Emails</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__EMAILS = eINSTANCE.getCustomer_Emails();

		/**
		 * The meta object literal for the '<em><b>Purchases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__PURCHASES = eINSTANCE.getCustomer_Purchases();

		/**
		 * The meta object literal for the '<em><b>Interactions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__INTERACTIONS = eINSTANCE.getCustomer_Interactions();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.impl.ImportantDateImpl <em>Important Date</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.impl.ImportantDateImpl
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getImportantDate()
		 * @generated
		 */
		EClass IMPORTANT_DATE = eINSTANCE.getImportantDate();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORTANT_DATE__LABEL = eINSTANCE.getImportantDate_Label();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORTANT_DATE__DATE = eINSTANCE.getImportantDate_Date();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.impl.AddressImpl <em>Address</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.impl.AddressImpl
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getAddress()
		 * @generated
		 */
		EClass ADDRESS = eINSTANCE.getAddress();

		/**
		 * The meta object literal for the '<em><b>Street</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__STREET = eINSTANCE.getAddress_Street();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__CITY = eINSTANCE.getAddress_City();

		/**
		 * The meta object literal for the '<em><b>Postal Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__POSTAL_CODE = eINSTANCE.getAddress_PostalCode();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__COUNTRY = eINSTANCE.getAddress_Country();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.impl.PhoneImpl <em>Phone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.impl.PhoneImpl
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getPhone()
		 * @generated
		 */
		EClass PHONE = eINSTANCE.getPhone();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE__NUMBER = eINSTANCE.getPhone_Number();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE__LABEL = eINSTANCE.getPhone_Label();

		/**
		 * The meta object literal for the '<em><b>Valid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE__VALID = eINSTANCE.getPhone_Valid();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.impl.EmailAddressImpl <em>Email Address</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.impl.EmailAddressImpl
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getEmailAddress()
		 * @generated
		 */
		EClass EMAIL_ADDRESS = eINSTANCE.getEmailAddress();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMAIL_ADDRESS__ADDRESS = eINSTANCE.getEmailAddress_Address();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMAIL_ADDRESS__LABEL = eINSTANCE.getEmailAddress_Label();

		/**
		 * The meta object literal for the '<em><b>Valid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMAIL_ADDRESS__VALID = eINSTANCE.getEmailAddress_Valid();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.impl.PurchaseImpl <em>Purchase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.impl.PurchaseImpl
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getPurchase()
		 * @generated
		 */
		EClass PURCHASE = eINSTANCE.getPurchase();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURCHASE__AT = eINSTANCE.getPurchase_At();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURCHASE__AMOUNT = eINSTANCE.getPurchase_Amount();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURCHASE__QUANTITY = eINSTANCE.getPurchase_Quantity();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURCHASE__PRODUCT = eINSTANCE.getPurchase_Product();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURCHASE__CHANNEL = eINSTANCE.getPurchase_Channel();

		/**
		 * The meta object literal for the '<em><b>Store</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURCHASE__STORE = eINSTANCE.getPurchase_Store();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURCHASE__KIND = eINSTANCE.getPurchase_Kind();

		/**
		 * The meta object literal for the '<em><b>Order Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURCHASE__ORDER_REF = eINSTANCE.getPurchase_OrderRef();

		/**
		 * The meta object literal for the '<em><b>Order Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURCHASE__ORDER_LINE = eINSTANCE.getPurchase_OrderLine();

		/**
		 * The meta object literal for the '<em><b>Import Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURCHASE__IMPORT_ID = eINSTANCE.getPurchase_ImportId();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.impl.InteractionImpl <em>Interaction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.impl.InteractionImpl
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getInteraction()
		 * @generated
		 */
		EClass INTERACTION = eINSTANCE.getInteraction();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__AT = eINSTANCE.getInteraction_At();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__CHANNEL = eINSTANCE.getInteraction_Channel();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__TYPE = eINSTANCE.getInteraction_Type();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__DIRECTION = eINSTANCE.getInteraction_Direction();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__SUMMARY = eINSTANCE.getInteraction_Summary();

		/**
		 * The meta object literal for the '<em><b>Staff Login</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__STAFF_LOGIN = eINSTANCE.getInteraction_StaffLogin();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.impl.ImportRunImpl <em>Import Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.impl.ImportRunImpl
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getImportRun()
		 * @generated
		 */
		EClass IMPORT_RUN = eINSTANCE.getImportRun();

		/**
		 * The meta object literal for the '<em><b>Import Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RUN__IMPORT_ID = eINSTANCE.getImportRun_ImportId();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RUN__KIND = eINSTANCE.getImportRun_Kind();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RUN__FILE_NAME = eINSTANCE.getImportRun_FileName();

		/**
		 * The meta object literal for the '<em><b>File Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RUN__FILE_SIZE = eINSTANCE.getImportRun_FileSize();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RUN__SHA256 = eINSTANCE.getImportRun_Sha256();

		/**
		 * The meta object literal for the '<em><b>Started By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RUN__STARTED_BY = eINSTANCE.getImportRun_StartedBy();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RUN__STARTED_AT = eINSTANCE.getImportRun_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Finished At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RUN__FINISHED_AT = eINSTANCE.getImportRun_FinishedAt();

		/**
		 * The meta object literal for the '<em><b>Last Committed Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RUN__LAST_COMMITTED_LINE = eINSTANCE.getImportRun_LastCommittedLine();

		/**
		 * The meta object literal for the '<em><b>Rows Imported</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RUN__ROWS_IMPORTED = eINSTANCE.getImportRun_RowsImported();

		/**
		 * The meta object literal for the '<em><b>Rows Rejected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RUN__ROWS_REJECTED = eINSTANCE.getImportRun_RowsRejected();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RUN__STATUS = eINSTANCE.getImportRun_Status();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.Gender <em>Gender</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.Gender
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getGender()
		 * @generated
		 */
		EEnum GENDER = eINSTANCE.getGender();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.PurchaseKind <em>Purchase Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.PurchaseKind
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getPurchaseKind()
		 * @generated
		 */
		EEnum PURCHASE_KIND = eINSTANCE.getPurchaseKind();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.impl.ChannelImpl <em>Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.impl.ChannelImpl
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getChannel()
		 * @generated
		 */
		EClass CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__CODE = eINSTANCE.getChannel_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__LABEL = eINSTANCE.getChannel_Label();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__ALIASES = eINSTANCE.getChannel_Aliases();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.CustomerStatus <em>Customer Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.CustomerStatus
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getCustomerStatus()
		 * @generated
		 */
		EEnum CUSTOMER_STATUS = eINSTANCE.getCustomerStatus();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.InteractionType <em>Interaction Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.InteractionType
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getInteractionType()
		 * @generated
		 */
		EEnum INTERACTION_TYPE = eINSTANCE.getInteractionType();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.Direction
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.ImportKind <em>Import Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.ImportKind
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getImportKind()
		 * @generated
		 */
		EEnum IMPORT_KIND = eINSTANCE.getImportKind();

		/**
		 * The meta object literal for the '{@link org.rapport.customers.model.ImportStatus <em>Import Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.customers.model.ImportStatus
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getImportStatus()
		 * @generated
		 */
		EEnum IMPORT_STATUS = eINSTANCE.getImportStatus();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.rapport.customers.model.impl.CustomersPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //CustomersPackage
