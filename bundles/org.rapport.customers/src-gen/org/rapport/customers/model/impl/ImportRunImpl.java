/**
 */
package org.rapport.customers.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;

import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.ImportKind;
import org.rapport.customers.model.ImportRun;
import org.rapport.customers.model.ImportStatus;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Import Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.impl.ImportRunImpl#getImportId <em>Import Id</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.ImportRunImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.ImportRunImpl#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.ImportRunImpl#getFileSize <em>File Size</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.ImportRunImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.ImportRunImpl#getStartedBy <em>Started By</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.ImportRunImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.ImportRunImpl#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.ImportRunImpl#getLastCommittedLine <em>Last Committed Line</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.ImportRunImpl#getRowsImported <em>Rows Imported</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.ImportRunImpl#getRowsRejected <em>Rows Rejected</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.ImportRunImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImportRunImpl extends PersistentObject implements ImportRun {
	/**
	 * The default value of the '{@link #getImportId() <em>Import Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportId()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPORT_ID_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ImportKind KIND_EDEFAULT = ImportKind.CUSTOMERS;

	/**
	 * The default value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_NAME_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getFileSize() <em>File Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileSize()
	 * @generated
	 * @ordered
	 */
	protected static final long FILE_SIZE_EDEFAULT = 0L;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getStartedBy() <em>Started By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String STARTED_BY_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant STARTED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant FINISHED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getLastCommittedLine() <em>Last Committed Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastCommittedLine()
	 * @generated
	 * @ordered
	 */
	protected static final long LAST_COMMITTED_LINE_EDEFAULT = 0L;

	/**
	 * The default value of the '{@link #getRowsImported() <em>Rows Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowsImported()
	 * @generated
	 * @ordered
	 */
	protected static final long ROWS_IMPORTED_EDEFAULT = 0L;

	/**
	 * The default value of the '{@link #getRowsRejected() <em>Rows Rejected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowsRejected()
	 * @generated
	 * @ordered
	 */
	protected static final long ROWS_REJECTED_EDEFAULT = 0L;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ImportStatus STATUS_EDEFAULT = ImportStatus.RUNNING;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImportRunImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CustomersPackage.Literals.IMPORT_RUN;
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
	public String getImportId() {
		return (String)eDynamicGet(CustomersPackage.IMPORT_RUN__IMPORT_ID, CustomersPackage.Literals.IMPORT_RUN__IMPORT_ID, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportId(String newImportId) {
		eDynamicSet(CustomersPackage.IMPORT_RUN__IMPORT_ID, CustomersPackage.Literals.IMPORT_RUN__IMPORT_ID, newImportId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImportKind getKind() {
		return (ImportKind)eDynamicGet(CustomersPackage.IMPORT_RUN__KIND, CustomersPackage.Literals.IMPORT_RUN__KIND, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ImportKind newKind) {
		eDynamicSet(CustomersPackage.IMPORT_RUN__KIND, CustomersPackage.Literals.IMPORT_RUN__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileName() {
		return (String)eDynamicGet(CustomersPackage.IMPORT_RUN__FILE_NAME, CustomersPackage.Literals.IMPORT_RUN__FILE_NAME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileName(String newFileName) {
		eDynamicSet(CustomersPackage.IMPORT_RUN__FILE_NAME, CustomersPackage.Literals.IMPORT_RUN__FILE_NAME, newFileName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFileSize() {
		return (Long)eDynamicGet(CustomersPackage.IMPORT_RUN__FILE_SIZE, CustomersPackage.Literals.IMPORT_RUN__FILE_SIZE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileSize(long newFileSize) {
		eDynamicSet(CustomersPackage.IMPORT_RUN__FILE_SIZE, CustomersPackage.Literals.IMPORT_RUN__FILE_SIZE, newFileSize);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return (String)eDynamicGet(CustomersPackage.IMPORT_RUN__SHA256, CustomersPackage.Literals.IMPORT_RUN__SHA256, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		eDynamicSet(CustomersPackage.IMPORT_RUN__SHA256, CustomersPackage.Literals.IMPORT_RUN__SHA256, newSha256);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStartedBy() {
		return (String)eDynamicGet(CustomersPackage.IMPORT_RUN__STARTED_BY, CustomersPackage.Literals.IMPORT_RUN__STARTED_BY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedBy(String newStartedBy) {
		eDynamicSet(CustomersPackage.IMPORT_RUN__STARTED_BY, CustomersPackage.Literals.IMPORT_RUN__STARTED_BY, newStartedBy);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStartedAt() {
		return (Instant)eDynamicGet(CustomersPackage.IMPORT_RUN__STARTED_AT, CustomersPackage.Literals.IMPORT_RUN__STARTED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Instant newStartedAt) {
		eDynamicSet(CustomersPackage.IMPORT_RUN__STARTED_AT, CustomersPackage.Literals.IMPORT_RUN__STARTED_AT, newStartedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getFinishedAt() {
		return (Instant)eDynamicGet(CustomersPackage.IMPORT_RUN__FINISHED_AT, CustomersPackage.Literals.IMPORT_RUN__FINISHED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinishedAt(Instant newFinishedAt) {
		eDynamicSet(CustomersPackage.IMPORT_RUN__FINISHED_AT, CustomersPackage.Literals.IMPORT_RUN__FINISHED_AT, newFinishedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLastCommittedLine() {
		return (Long)eDynamicGet(CustomersPackage.IMPORT_RUN__LAST_COMMITTED_LINE, CustomersPackage.Literals.IMPORT_RUN__LAST_COMMITTED_LINE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastCommittedLine(long newLastCommittedLine) {
		eDynamicSet(CustomersPackage.IMPORT_RUN__LAST_COMMITTED_LINE, CustomersPackage.Literals.IMPORT_RUN__LAST_COMMITTED_LINE, newLastCommittedLine);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRowsImported() {
		return (Long)eDynamicGet(CustomersPackage.IMPORT_RUN__ROWS_IMPORTED, CustomersPackage.Literals.IMPORT_RUN__ROWS_IMPORTED, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowsImported(long newRowsImported) {
		eDynamicSet(CustomersPackage.IMPORT_RUN__ROWS_IMPORTED, CustomersPackage.Literals.IMPORT_RUN__ROWS_IMPORTED, newRowsImported);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRowsRejected() {
		return (Long)eDynamicGet(CustomersPackage.IMPORT_RUN__ROWS_REJECTED, CustomersPackage.Literals.IMPORT_RUN__ROWS_REJECTED, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowsRejected(long newRowsRejected) {
		eDynamicSet(CustomersPackage.IMPORT_RUN__ROWS_REJECTED, CustomersPackage.Literals.IMPORT_RUN__ROWS_REJECTED, newRowsRejected);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImportStatus getStatus() {
		return (ImportStatus)eDynamicGet(CustomersPackage.IMPORT_RUN__STATUS, CustomersPackage.Literals.IMPORT_RUN__STATUS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ImportStatus newStatus) {
		eDynamicSet(CustomersPackage.IMPORT_RUN__STATUS, CustomersPackage.Literals.IMPORT_RUN__STATUS, newStatus);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CustomersPackage.IMPORT_RUN__IMPORT_ID:
				return getImportId();
			case CustomersPackage.IMPORT_RUN__KIND:
				return getKind();
			case CustomersPackage.IMPORT_RUN__FILE_NAME:
				return getFileName();
			case CustomersPackage.IMPORT_RUN__FILE_SIZE:
				return getFileSize();
			case CustomersPackage.IMPORT_RUN__SHA256:
				return getSha256();
			case CustomersPackage.IMPORT_RUN__STARTED_BY:
				return getStartedBy();
			case CustomersPackage.IMPORT_RUN__STARTED_AT:
				return getStartedAt();
			case CustomersPackage.IMPORT_RUN__FINISHED_AT:
				return getFinishedAt();
			case CustomersPackage.IMPORT_RUN__LAST_COMMITTED_LINE:
				return getLastCommittedLine();
			case CustomersPackage.IMPORT_RUN__ROWS_IMPORTED:
				return getRowsImported();
			case CustomersPackage.IMPORT_RUN__ROWS_REJECTED:
				return getRowsRejected();
			case CustomersPackage.IMPORT_RUN__STATUS:
				return getStatus();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CustomersPackage.IMPORT_RUN__IMPORT_ID:
				setImportId((String)newValue);
				return;
			case CustomersPackage.IMPORT_RUN__KIND:
				setKind((ImportKind)newValue);
				return;
			case CustomersPackage.IMPORT_RUN__FILE_NAME:
				setFileName((String)newValue);
				return;
			case CustomersPackage.IMPORT_RUN__FILE_SIZE:
				setFileSize((Long)newValue);
				return;
			case CustomersPackage.IMPORT_RUN__SHA256:
				setSha256((String)newValue);
				return;
			case CustomersPackage.IMPORT_RUN__STARTED_BY:
				setStartedBy((String)newValue);
				return;
			case CustomersPackage.IMPORT_RUN__STARTED_AT:
				setStartedAt((Instant)newValue);
				return;
			case CustomersPackage.IMPORT_RUN__FINISHED_AT:
				setFinishedAt((Instant)newValue);
				return;
			case CustomersPackage.IMPORT_RUN__LAST_COMMITTED_LINE:
				setLastCommittedLine((Long)newValue);
				return;
			case CustomersPackage.IMPORT_RUN__ROWS_IMPORTED:
				setRowsImported((Long)newValue);
				return;
			case CustomersPackage.IMPORT_RUN__ROWS_REJECTED:
				setRowsRejected((Long)newValue);
				return;
			case CustomersPackage.IMPORT_RUN__STATUS:
				setStatus((ImportStatus)newValue);
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
			case CustomersPackage.IMPORT_RUN__IMPORT_ID:
				setImportId(IMPORT_ID_EDEFAULT);
				return;
			case CustomersPackage.IMPORT_RUN__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CustomersPackage.IMPORT_RUN__FILE_NAME:
				setFileName(FILE_NAME_EDEFAULT);
				return;
			case CustomersPackage.IMPORT_RUN__FILE_SIZE:
				setFileSize(FILE_SIZE_EDEFAULT);
				return;
			case CustomersPackage.IMPORT_RUN__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case CustomersPackage.IMPORT_RUN__STARTED_BY:
				setStartedBy(STARTED_BY_EDEFAULT);
				return;
			case CustomersPackage.IMPORT_RUN__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case CustomersPackage.IMPORT_RUN__FINISHED_AT:
				setFinishedAt(FINISHED_AT_EDEFAULT);
				return;
			case CustomersPackage.IMPORT_RUN__LAST_COMMITTED_LINE:
				setLastCommittedLine(LAST_COMMITTED_LINE_EDEFAULT);
				return;
			case CustomersPackage.IMPORT_RUN__ROWS_IMPORTED:
				setRowsImported(ROWS_IMPORTED_EDEFAULT);
				return;
			case CustomersPackage.IMPORT_RUN__ROWS_REJECTED:
				setRowsRejected(ROWS_REJECTED_EDEFAULT);
				return;
			case CustomersPackage.IMPORT_RUN__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case CustomersPackage.IMPORT_RUN__IMPORT_ID:
				return IMPORT_ID_EDEFAULT == null ? getImportId() != null : !IMPORT_ID_EDEFAULT.equals(getImportId());
			case CustomersPackage.IMPORT_RUN__KIND:
				return getKind() != KIND_EDEFAULT;
			case CustomersPackage.IMPORT_RUN__FILE_NAME:
				return FILE_NAME_EDEFAULT == null ? getFileName() != null : !FILE_NAME_EDEFAULT.equals(getFileName());
			case CustomersPackage.IMPORT_RUN__FILE_SIZE:
				return getFileSize() != FILE_SIZE_EDEFAULT;
			case CustomersPackage.IMPORT_RUN__SHA256:
				return SHA256_EDEFAULT == null ? getSha256() != null : !SHA256_EDEFAULT.equals(getSha256());
			case CustomersPackage.IMPORT_RUN__STARTED_BY:
				return STARTED_BY_EDEFAULT == null ? getStartedBy() != null : !STARTED_BY_EDEFAULT.equals(getStartedBy());
			case CustomersPackage.IMPORT_RUN__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? getStartedAt() != null : !STARTED_AT_EDEFAULT.equals(getStartedAt());
			case CustomersPackage.IMPORT_RUN__FINISHED_AT:
				return FINISHED_AT_EDEFAULT == null ? getFinishedAt() != null : !FINISHED_AT_EDEFAULT.equals(getFinishedAt());
			case CustomersPackage.IMPORT_RUN__LAST_COMMITTED_LINE:
				return getLastCommittedLine() != LAST_COMMITTED_LINE_EDEFAULT;
			case CustomersPackage.IMPORT_RUN__ROWS_IMPORTED:
				return getRowsImported() != ROWS_IMPORTED_EDEFAULT;
			case CustomersPackage.IMPORT_RUN__ROWS_REJECTED:
				return getRowsRejected() != ROWS_REJECTED_EDEFAULT;
			case CustomersPackage.IMPORT_RUN__STATUS:
				return getStatus() != STATUS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //ImportRunImpl
