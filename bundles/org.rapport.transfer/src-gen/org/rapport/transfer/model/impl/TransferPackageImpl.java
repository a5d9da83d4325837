/**
 */
package org.rapport.transfer.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.rapport.transfer.model.TransferFactory;
import org.rapport.transfer.model.TransferPackage;
import org.rapport.transfer.model.TransferRun;
import org.rapport.transfer.model.TransferStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TransferPackageImpl extends EPackageImpl implements TransferPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass transferRunEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum transferStatusEEnum = null;

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
	 * @see org.rapport.transfer.model.TransferPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TransferPackageImpl() {
		super(eNS_URI, TransferFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link TransferPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TransferPackage init() {
		if (isInited) return (TransferPackage)EPackage.Registry.INSTANCE.getEPackage(TransferPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTransferPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TransferPackageImpl theTransferPackage = registeredTransferPackage instanceof TransferPackageImpl ? (TransferPackageImpl)registeredTransferPackage : new TransferPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theTransferPackage.createPackageContents();

		// Initialize created meta-data
		theTransferPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTransferPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TransferPackage.eNS_URI, theTransferPackage);
		return theTransferPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTransferRun() {
		return transferRunEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferRun_ImportId() {
		return (EAttribute)transferRunEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferRun_Kind() {
		return (EAttribute)transferRunEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferRun_FileName() {
		return (EAttribute)transferRunEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferRun_FileSize() {
		return (EAttribute)transferRunEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferRun_Sha256() {
		return (EAttribute)transferRunEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferRun_StartedBy() {
		return (EAttribute)transferRunEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferRun_StartedAt() {
		return (EAttribute)transferRunEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferRun_FinishedAt() {
		return (EAttribute)transferRunEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferRun_LastCommittedLine() {
		return (EAttribute)transferRunEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferRun_RowsImported() {
		return (EAttribute)transferRunEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferRun_RowsRejected() {
		return (EAttribute)transferRunEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferRun_Status() {
		return (EAttribute)transferRunEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferRun_FileEncoding() {
		return (EAttribute)transferRunEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferRun_FieldSeparator() {
		return (EAttribute)transferRunEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTransferStatus() {
		return transferStatusEEnum;
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
	public TransferFactory getTransferFactory() {
		return (TransferFactory)getEFactoryInstance();
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
		transferRunEClass = createEClass(TRANSFER_RUN);
		createEAttribute(transferRunEClass, TRANSFER_RUN__IMPORT_ID);
		createEAttribute(transferRunEClass, TRANSFER_RUN__KIND);
		createEAttribute(transferRunEClass, TRANSFER_RUN__FILE_NAME);
		createEAttribute(transferRunEClass, TRANSFER_RUN__FILE_SIZE);
		createEAttribute(transferRunEClass, TRANSFER_RUN__SHA256);
		createEAttribute(transferRunEClass, TRANSFER_RUN__STARTED_BY);
		createEAttribute(transferRunEClass, TRANSFER_RUN__STARTED_AT);
		createEAttribute(transferRunEClass, TRANSFER_RUN__FINISHED_AT);
		createEAttribute(transferRunEClass, TRANSFER_RUN__LAST_COMMITTED_LINE);
		createEAttribute(transferRunEClass, TRANSFER_RUN__ROWS_IMPORTED);
		createEAttribute(transferRunEClass, TRANSFER_RUN__ROWS_REJECTED);
		createEAttribute(transferRunEClass, TRANSFER_RUN__STATUS);
		createEAttribute(transferRunEClass, TRANSFER_RUN__FILE_ENCODING);
		createEAttribute(transferRunEClass, TRANSFER_RUN__FIELD_SEPARATOR);

		// Create enums
		transferStatusEEnum = createEEnum(TRANSFER_STATUS);

		// Create data types
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
		initEClass(transferRunEClass, TransferRun.class, "TransferRun", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTransferRun_ImportId(), ecorePackage.getEString(), "importId", null, 1, 1, TransferRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferRun_Kind(), ecorePackage.getEString(), "kind", null, 1, 1, TransferRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferRun_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, TransferRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferRun_FileSize(), ecorePackage.getELong(), "fileSize", null, 0, 1, TransferRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferRun_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, TransferRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferRun_StartedBy(), ecorePackage.getEString(), "startedBy", null, 0, 1, TransferRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferRun_StartedAt(), this.getInstant(), "startedAt", null, 0, 1, TransferRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferRun_FinishedAt(), this.getInstant(), "finishedAt", null, 0, 1, TransferRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferRun_LastCommittedLine(), ecorePackage.getELong(), "lastCommittedLine", null, 0, 1, TransferRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferRun_RowsImported(), ecorePackage.getELong(), "rowsImported", null, 0, 1, TransferRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferRun_RowsRejected(), ecorePackage.getELong(), "rowsRejected", null, 0, 1, TransferRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferRun_Status(), this.getTransferStatus(), "status", null, 1, 1, TransferRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferRun_FileEncoding(), ecorePackage.getEString(), "fileEncoding", null, 0, 1, TransferRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferRun_FieldSeparator(), ecorePackage.getEString(), "fieldSeparator", null, 0, 1, TransferRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(transferStatusEEnum, TransferStatus.class, "TransferStatus");
		addEEnumLiteral(transferStatusEEnum, TransferStatus.RUNNING);
		addEEnumLiteral(transferStatusEEnum, TransferStatus.DONE);
		addEEnumLiteral(transferStatusEEnum, TransferStatus.FAILED);

		// Initialize data types
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://rapport.org/persistence
		createPersistenceAnnotations();
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
		  (getTransferRun_ImportId(),
		   source,
		   new String[] {
			   "unique", "true",
			   "length", "64"
		   });
		addAnnotation
		  (getTransferRun_Kind(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getTransferRun_FileName(),
		   source,
		   new String[] {
			   "length", "1024"
		   });
		addAnnotation
		  (getTransferRun_Sha256(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getTransferRun_StartedBy(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getTransferRun_FileEncoding(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getTransferRun_FieldSeparator(),
		   source,
		   new String[] {
			   "length", "8"
		   });
	}

} //TransferPackageImpl
