/**
 */
package org.rapport.transfer.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

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
 * Data transfer: the runs of the resumable CSV import, for every import kind an area registers (docs/extension-guide.md, Data transfer).
 * <!-- end-model-doc -->
 * @see org.rapport.transfer.model.TransferFactory
 * @model kind="package"
 * @generated
 */
public interface TransferPackage extends EPackage {
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
	String eNS_URI = "http://rapport.org/transfer/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "xfer";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TransferPackage eINSTANCE = org.rapport.transfer.model.impl.TransferPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.rapport.transfer.model.impl.TransferRunImpl <em>Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.transfer.model.impl.TransferRunImpl
	 * @see org.rapport.transfer.model.impl.TransferPackageImpl#getTransferRun()
	 * @generated
	 */
	int TRANSFER_RUN = 0;

	/**
	 * The feature id for the '<em><b>Import Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN__IMPORT_ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN__KIND = 1;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN__FILE_NAME = 2;

	/**
	 * The feature id for the '<em><b>File Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN__FILE_SIZE = 3;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN__SHA256 = 4;

	/**
	 * The feature id for the '<em><b>Started By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN__STARTED_BY = 5;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN__STARTED_AT = 6;

	/**
	 * The feature id for the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN__FINISHED_AT = 7;

	/**
	 * The feature id for the '<em><b>Last Committed Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN__LAST_COMMITTED_LINE = 8;

	/**
	 * The feature id for the '<em><b>Rows Imported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN__ROWS_IMPORTED = 9;

	/**
	 * The feature id for the '<em><b>Rows Rejected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN__ROWS_REJECTED = 10;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN__STATUS = 11;

	/**
	 * The feature id for the '<em><b>File Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN__FILE_ENCODING = 12;

	/**
	 * The feature id for the '<em><b>Field Separator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN__FIELD_SEPARATOR = 13;

	/**
	 * The number of structural features of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.transfer.model.TransferStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.transfer.model.TransferStatus
	 * @see org.rapport.transfer.model.impl.TransferPackageImpl#getTransferStatus()
	 * @generated
	 */
	int TRANSFER_STATUS = 1;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.rapport.transfer.model.impl.TransferPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 2;


	/**
	 * Returns the meta object for class '{@link org.rapport.transfer.model.TransferRun <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run</em>'.
	 * @see org.rapport.transfer.model.TransferRun
	 * @generated
	 */
	EClass getTransferRun();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.transfer.model.TransferRun#getImportId <em>Import Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Import Id</em>'.
	 * @see org.rapport.transfer.model.TransferRun#getImportId()
	 * @see #getTransferRun()
	 * @generated
	 */
	EAttribute getTransferRun_ImportId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.transfer.model.TransferRun#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rapport.transfer.model.TransferRun#getKind()
	 * @see #getTransferRun()
	 * @generated
	 */
	EAttribute getTransferRun_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.transfer.model.TransferRun#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see org.rapport.transfer.model.TransferRun#getFileName()
	 * @see #getTransferRun()
	 * @generated
	 */
	EAttribute getTransferRun_FileName();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.transfer.model.TransferRun#getFileSize <em>File Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Size</em>'.
	 * @see org.rapport.transfer.model.TransferRun#getFileSize()
	 * @see #getTransferRun()
	 * @generated
	 */
	EAttribute getTransferRun_FileSize();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.transfer.model.TransferRun#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.rapport.transfer.model.TransferRun#getSha256()
	 * @see #getTransferRun()
	 * @generated
	 */
	EAttribute getTransferRun_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.transfer.model.TransferRun#getStartedBy <em>Started By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started By</em>'.
	 * @see org.rapport.transfer.model.TransferRun#getStartedBy()
	 * @see #getTransferRun()
	 * @generated
	 */
	EAttribute getTransferRun_StartedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.transfer.model.TransferRun#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.rapport.transfer.model.TransferRun#getStartedAt()
	 * @see #getTransferRun()
	 * @generated
	 */
	EAttribute getTransferRun_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.transfer.model.TransferRun#getFinishedAt <em>Finished At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished At</em>'.
	 * @see org.rapport.transfer.model.TransferRun#getFinishedAt()
	 * @see #getTransferRun()
	 * @generated
	 */
	EAttribute getTransferRun_FinishedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.transfer.model.TransferRun#getLastCommittedLine <em>Last Committed Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Committed Line</em>'.
	 * @see org.rapport.transfer.model.TransferRun#getLastCommittedLine()
	 * @see #getTransferRun()
	 * @generated
	 */
	EAttribute getTransferRun_LastCommittedLine();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.transfer.model.TransferRun#getRowsImported <em>Rows Imported</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rows Imported</em>'.
	 * @see org.rapport.transfer.model.TransferRun#getRowsImported()
	 * @see #getTransferRun()
	 * @generated
	 */
	EAttribute getTransferRun_RowsImported();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.transfer.model.TransferRun#getRowsRejected <em>Rows Rejected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rows Rejected</em>'.
	 * @see org.rapport.transfer.model.TransferRun#getRowsRejected()
	 * @see #getTransferRun()
	 * @generated
	 */
	EAttribute getTransferRun_RowsRejected();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.transfer.model.TransferRun#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rapport.transfer.model.TransferRun#getStatus()
	 * @see #getTransferRun()
	 * @generated
	 */
	EAttribute getTransferRun_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.transfer.model.TransferRun#getFileEncoding <em>File Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Encoding</em>'.
	 * @see org.rapport.transfer.model.TransferRun#getFileEncoding()
	 * @see #getTransferRun()
	 * @generated
	 */
	EAttribute getTransferRun_FileEncoding();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.transfer.model.TransferRun#getFieldSeparator <em>Field Separator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Separator</em>'.
	 * @see org.rapport.transfer.model.TransferRun#getFieldSeparator()
	 * @see #getTransferRun()
	 * @generated
	 */
	EAttribute getTransferRun_FieldSeparator();

	/**
	 * Returns the meta object for enum '{@link org.rapport.transfer.model.TransferStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.rapport.transfer.model.TransferStatus
	 * @generated
	 */
	EEnum getTransferStatus();

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
	TransferFactory getTransferFactory();

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
		 * The meta object literal for the '{@link org.rapport.transfer.model.impl.TransferRunImpl <em>Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.transfer.model.impl.TransferRunImpl
		 * @see org.rapport.transfer.model.impl.TransferPackageImpl#getTransferRun()
		 * @generated
		 */
		EClass TRANSFER_RUN = eINSTANCE.getTransferRun();

		/**
		 * The meta object literal for the '<em><b>Import Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_RUN__IMPORT_ID = eINSTANCE.getTransferRun_ImportId();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_RUN__KIND = eINSTANCE.getTransferRun_Kind();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_RUN__FILE_NAME = eINSTANCE.getTransferRun_FileName();

		/**
		 * The meta object literal for the '<em><b>File Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_RUN__FILE_SIZE = eINSTANCE.getTransferRun_FileSize();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_RUN__SHA256 = eINSTANCE.getTransferRun_Sha256();

		/**
		 * The meta object literal for the '<em><b>Started By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_RUN__STARTED_BY = eINSTANCE.getTransferRun_StartedBy();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_RUN__STARTED_AT = eINSTANCE.getTransferRun_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Finished At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_RUN__FINISHED_AT = eINSTANCE.getTransferRun_FinishedAt();

		/**
		 * The meta object literal for the '<em><b>Last Committed Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_RUN__LAST_COMMITTED_LINE = eINSTANCE.getTransferRun_LastCommittedLine();

		/**
		 * The meta object literal for the '<em><b>Rows Imported</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_RUN__ROWS_IMPORTED = eINSTANCE.getTransferRun_RowsImported();

		/**
		 * The meta object literal for the '<em><b>Rows Rejected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_RUN__ROWS_REJECTED = eINSTANCE.getTransferRun_RowsRejected();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_RUN__STATUS = eINSTANCE.getTransferRun_Status();

		/**
		 * The meta object literal for the '<em><b>File Encoding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_RUN__FILE_ENCODING = eINSTANCE.getTransferRun_FileEncoding();

		/**
		 * The meta object literal for the '<em><b>Field Separator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_RUN__FIELD_SEPARATOR = eINSTANCE.getTransferRun_FieldSeparator();

		/**
		 * The meta object literal for the '{@link org.rapport.transfer.model.TransferStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.transfer.model.TransferStatus
		 * @see org.rapport.transfer.model.impl.TransferPackageImpl#getTransferStatus()
		 * @generated
		 */
		EEnum TRANSFER_STATUS = eINSTANCE.getTransferStatus();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.rapport.transfer.model.impl.TransferPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //TransferPackage
