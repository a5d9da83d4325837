/**
 */
package org.rapport.transfer.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;

import org.rapport.persistence.api.PersistentObject;

import org.rapport.transfer.model.TransferPackage;
import org.rapport.transfer.model.TransferRun;
import org.rapport.transfer.model.TransferStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.transfer.model.impl.TransferRunImpl#getImportId <em>Import Id</em>}</li>
 *   <li>{@link org.rapport.transfer.model.impl.TransferRunImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.transfer.model.impl.TransferRunImpl#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.rapport.transfer.model.impl.TransferRunImpl#getFileSize <em>File Size</em>}</li>
 *   <li>{@link org.rapport.transfer.model.impl.TransferRunImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.rapport.transfer.model.impl.TransferRunImpl#getStartedBy <em>Started By</em>}</li>
 *   <li>{@link org.rapport.transfer.model.impl.TransferRunImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.rapport.transfer.model.impl.TransferRunImpl#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link org.rapport.transfer.model.impl.TransferRunImpl#getLastCommittedLine <em>Last Committed Line</em>}</li>
 *   <li>{@link org.rapport.transfer.model.impl.TransferRunImpl#getRowsImported <em>Rows Imported</em>}</li>
 *   <li>{@link org.rapport.transfer.model.impl.TransferRunImpl#getRowsRejected <em>Rows Rejected</em>}</li>
 *   <li>{@link org.rapport.transfer.model.impl.TransferRunImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.transfer.model.impl.TransferRunImpl#getFileEncoding <em>File Encoding</em>}</li>
 *   <li>{@link org.rapport.transfer.model.impl.TransferRunImpl#getFieldSeparator <em>Field Separator</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TransferRunImpl extends PersistentObject implements TransferRun {
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
	protected static final String KIND_EDEFAULT = null;

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
	protected static final TransferStatus STATUS_EDEFAULT = TransferStatus.RUNNING;

	/**
	 * The default value of the '{@link #getFileEncoding() <em>File Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileEncoding()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_ENCODING_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getFieldSeparator() <em>Field Separator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldSeparator()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELD_SEPARATOR_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TransferRunImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TransferPackage.Literals.TRANSFER_RUN;
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
		return (String)eDynamicGet(TransferPackage.TRANSFER_RUN__IMPORT_ID, TransferPackage.Literals.TRANSFER_RUN__IMPORT_ID, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportId(String newImportId) {
		eDynamicSet(TransferPackage.TRANSFER_RUN__IMPORT_ID, TransferPackage.Literals.TRANSFER_RUN__IMPORT_ID, newImportId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return (String)eDynamicGet(TransferPackage.TRANSFER_RUN__KIND, TransferPackage.Literals.TRANSFER_RUN__KIND, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		eDynamicSet(TransferPackage.TRANSFER_RUN__KIND, TransferPackage.Literals.TRANSFER_RUN__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileName() {
		return (String)eDynamicGet(TransferPackage.TRANSFER_RUN__FILE_NAME, TransferPackage.Literals.TRANSFER_RUN__FILE_NAME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileName(String newFileName) {
		eDynamicSet(TransferPackage.TRANSFER_RUN__FILE_NAME, TransferPackage.Literals.TRANSFER_RUN__FILE_NAME, newFileName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFileSize() {
		return (Long)eDynamicGet(TransferPackage.TRANSFER_RUN__FILE_SIZE, TransferPackage.Literals.TRANSFER_RUN__FILE_SIZE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileSize(long newFileSize) {
		eDynamicSet(TransferPackage.TRANSFER_RUN__FILE_SIZE, TransferPackage.Literals.TRANSFER_RUN__FILE_SIZE, newFileSize);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return (String)eDynamicGet(TransferPackage.TRANSFER_RUN__SHA256, TransferPackage.Literals.TRANSFER_RUN__SHA256, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		eDynamicSet(TransferPackage.TRANSFER_RUN__SHA256, TransferPackage.Literals.TRANSFER_RUN__SHA256, newSha256);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStartedBy() {
		return (String)eDynamicGet(TransferPackage.TRANSFER_RUN__STARTED_BY, TransferPackage.Literals.TRANSFER_RUN__STARTED_BY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedBy(String newStartedBy) {
		eDynamicSet(TransferPackage.TRANSFER_RUN__STARTED_BY, TransferPackage.Literals.TRANSFER_RUN__STARTED_BY, newStartedBy);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStartedAt() {
		return (Instant)eDynamicGet(TransferPackage.TRANSFER_RUN__STARTED_AT, TransferPackage.Literals.TRANSFER_RUN__STARTED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Instant newStartedAt) {
		eDynamicSet(TransferPackage.TRANSFER_RUN__STARTED_AT, TransferPackage.Literals.TRANSFER_RUN__STARTED_AT, newStartedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getFinishedAt() {
		return (Instant)eDynamicGet(TransferPackage.TRANSFER_RUN__FINISHED_AT, TransferPackage.Literals.TRANSFER_RUN__FINISHED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinishedAt(Instant newFinishedAt) {
		eDynamicSet(TransferPackage.TRANSFER_RUN__FINISHED_AT, TransferPackage.Literals.TRANSFER_RUN__FINISHED_AT, newFinishedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLastCommittedLine() {
		return (Long)eDynamicGet(TransferPackage.TRANSFER_RUN__LAST_COMMITTED_LINE, TransferPackage.Literals.TRANSFER_RUN__LAST_COMMITTED_LINE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastCommittedLine(long newLastCommittedLine) {
		eDynamicSet(TransferPackage.TRANSFER_RUN__LAST_COMMITTED_LINE, TransferPackage.Literals.TRANSFER_RUN__LAST_COMMITTED_LINE, newLastCommittedLine);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRowsImported() {
		return (Long)eDynamicGet(TransferPackage.TRANSFER_RUN__ROWS_IMPORTED, TransferPackage.Literals.TRANSFER_RUN__ROWS_IMPORTED, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowsImported(long newRowsImported) {
		eDynamicSet(TransferPackage.TRANSFER_RUN__ROWS_IMPORTED, TransferPackage.Literals.TRANSFER_RUN__ROWS_IMPORTED, newRowsImported);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRowsRejected() {
		return (Long)eDynamicGet(TransferPackage.TRANSFER_RUN__ROWS_REJECTED, TransferPackage.Literals.TRANSFER_RUN__ROWS_REJECTED, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowsRejected(long newRowsRejected) {
		eDynamicSet(TransferPackage.TRANSFER_RUN__ROWS_REJECTED, TransferPackage.Literals.TRANSFER_RUN__ROWS_REJECTED, newRowsRejected);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransferStatus getStatus() {
		return (TransferStatus)eDynamicGet(TransferPackage.TRANSFER_RUN__STATUS, TransferPackage.Literals.TRANSFER_RUN__STATUS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(TransferStatus newStatus) {
		eDynamicSet(TransferPackage.TRANSFER_RUN__STATUS, TransferPackage.Literals.TRANSFER_RUN__STATUS, newStatus);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileEncoding() {
		return (String)eDynamicGet(TransferPackage.TRANSFER_RUN__FILE_ENCODING, TransferPackage.Literals.TRANSFER_RUN__FILE_ENCODING, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileEncoding(String newFileEncoding) {
		eDynamicSet(TransferPackage.TRANSFER_RUN__FILE_ENCODING, TransferPackage.Literals.TRANSFER_RUN__FILE_ENCODING, newFileEncoding);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFieldSeparator() {
		return (String)eDynamicGet(TransferPackage.TRANSFER_RUN__FIELD_SEPARATOR, TransferPackage.Literals.TRANSFER_RUN__FIELD_SEPARATOR, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldSeparator(String newFieldSeparator) {
		eDynamicSet(TransferPackage.TRANSFER_RUN__FIELD_SEPARATOR, TransferPackage.Literals.TRANSFER_RUN__FIELD_SEPARATOR, newFieldSeparator);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TransferPackage.TRANSFER_RUN__IMPORT_ID:
				return getImportId();
			case TransferPackage.TRANSFER_RUN__KIND:
				return getKind();
			case TransferPackage.TRANSFER_RUN__FILE_NAME:
				return getFileName();
			case TransferPackage.TRANSFER_RUN__FILE_SIZE:
				return getFileSize();
			case TransferPackage.TRANSFER_RUN__SHA256:
				return getSha256();
			case TransferPackage.TRANSFER_RUN__STARTED_BY:
				return getStartedBy();
			case TransferPackage.TRANSFER_RUN__STARTED_AT:
				return getStartedAt();
			case TransferPackage.TRANSFER_RUN__FINISHED_AT:
				return getFinishedAt();
			case TransferPackage.TRANSFER_RUN__LAST_COMMITTED_LINE:
				return getLastCommittedLine();
			case TransferPackage.TRANSFER_RUN__ROWS_IMPORTED:
				return getRowsImported();
			case TransferPackage.TRANSFER_RUN__ROWS_REJECTED:
				return getRowsRejected();
			case TransferPackage.TRANSFER_RUN__STATUS:
				return getStatus();
			case TransferPackage.TRANSFER_RUN__FILE_ENCODING:
				return getFileEncoding();
			case TransferPackage.TRANSFER_RUN__FIELD_SEPARATOR:
				return getFieldSeparator();
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
			case TransferPackage.TRANSFER_RUN__IMPORT_ID:
				setImportId((String)newValue);
				return;
			case TransferPackage.TRANSFER_RUN__KIND:
				setKind((String)newValue);
				return;
			case TransferPackage.TRANSFER_RUN__FILE_NAME:
				setFileName((String)newValue);
				return;
			case TransferPackage.TRANSFER_RUN__FILE_SIZE:
				setFileSize((Long)newValue);
				return;
			case TransferPackage.TRANSFER_RUN__SHA256:
				setSha256((String)newValue);
				return;
			case TransferPackage.TRANSFER_RUN__STARTED_BY:
				setStartedBy((String)newValue);
				return;
			case TransferPackage.TRANSFER_RUN__STARTED_AT:
				setStartedAt((Instant)newValue);
				return;
			case TransferPackage.TRANSFER_RUN__FINISHED_AT:
				setFinishedAt((Instant)newValue);
				return;
			case TransferPackage.TRANSFER_RUN__LAST_COMMITTED_LINE:
				setLastCommittedLine((Long)newValue);
				return;
			case TransferPackage.TRANSFER_RUN__ROWS_IMPORTED:
				setRowsImported((Long)newValue);
				return;
			case TransferPackage.TRANSFER_RUN__ROWS_REJECTED:
				setRowsRejected((Long)newValue);
				return;
			case TransferPackage.TRANSFER_RUN__STATUS:
				setStatus((TransferStatus)newValue);
				return;
			case TransferPackage.TRANSFER_RUN__FILE_ENCODING:
				setFileEncoding((String)newValue);
				return;
			case TransferPackage.TRANSFER_RUN__FIELD_SEPARATOR:
				setFieldSeparator((String)newValue);
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
			case TransferPackage.TRANSFER_RUN__IMPORT_ID:
				setImportId(IMPORT_ID_EDEFAULT);
				return;
			case TransferPackage.TRANSFER_RUN__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TransferPackage.TRANSFER_RUN__FILE_NAME:
				setFileName(FILE_NAME_EDEFAULT);
				return;
			case TransferPackage.TRANSFER_RUN__FILE_SIZE:
				setFileSize(FILE_SIZE_EDEFAULT);
				return;
			case TransferPackage.TRANSFER_RUN__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case TransferPackage.TRANSFER_RUN__STARTED_BY:
				setStartedBy(STARTED_BY_EDEFAULT);
				return;
			case TransferPackage.TRANSFER_RUN__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case TransferPackage.TRANSFER_RUN__FINISHED_AT:
				setFinishedAt(FINISHED_AT_EDEFAULT);
				return;
			case TransferPackage.TRANSFER_RUN__LAST_COMMITTED_LINE:
				setLastCommittedLine(LAST_COMMITTED_LINE_EDEFAULT);
				return;
			case TransferPackage.TRANSFER_RUN__ROWS_IMPORTED:
				setRowsImported(ROWS_IMPORTED_EDEFAULT);
				return;
			case TransferPackage.TRANSFER_RUN__ROWS_REJECTED:
				setRowsRejected(ROWS_REJECTED_EDEFAULT);
				return;
			case TransferPackage.TRANSFER_RUN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case TransferPackage.TRANSFER_RUN__FILE_ENCODING:
				setFileEncoding(FILE_ENCODING_EDEFAULT);
				return;
			case TransferPackage.TRANSFER_RUN__FIELD_SEPARATOR:
				setFieldSeparator(FIELD_SEPARATOR_EDEFAULT);
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
			case TransferPackage.TRANSFER_RUN__IMPORT_ID:
				return IMPORT_ID_EDEFAULT == null ? getImportId() != null : !IMPORT_ID_EDEFAULT.equals(getImportId());
			case TransferPackage.TRANSFER_RUN__KIND:
				return KIND_EDEFAULT == null ? getKind() != null : !KIND_EDEFAULT.equals(getKind());
			case TransferPackage.TRANSFER_RUN__FILE_NAME:
				return FILE_NAME_EDEFAULT == null ? getFileName() != null : !FILE_NAME_EDEFAULT.equals(getFileName());
			case TransferPackage.TRANSFER_RUN__FILE_SIZE:
				return getFileSize() != FILE_SIZE_EDEFAULT;
			case TransferPackage.TRANSFER_RUN__SHA256:
				return SHA256_EDEFAULT == null ? getSha256() != null : !SHA256_EDEFAULT.equals(getSha256());
			case TransferPackage.TRANSFER_RUN__STARTED_BY:
				return STARTED_BY_EDEFAULT == null ? getStartedBy() != null : !STARTED_BY_EDEFAULT.equals(getStartedBy());
			case TransferPackage.TRANSFER_RUN__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? getStartedAt() != null : !STARTED_AT_EDEFAULT.equals(getStartedAt());
			case TransferPackage.TRANSFER_RUN__FINISHED_AT:
				return FINISHED_AT_EDEFAULT == null ? getFinishedAt() != null : !FINISHED_AT_EDEFAULT.equals(getFinishedAt());
			case TransferPackage.TRANSFER_RUN__LAST_COMMITTED_LINE:
				return getLastCommittedLine() != LAST_COMMITTED_LINE_EDEFAULT;
			case TransferPackage.TRANSFER_RUN__ROWS_IMPORTED:
				return getRowsImported() != ROWS_IMPORTED_EDEFAULT;
			case TransferPackage.TRANSFER_RUN__ROWS_REJECTED:
				return getRowsRejected() != ROWS_REJECTED_EDEFAULT;
			case TransferPackage.TRANSFER_RUN__STATUS:
				return getStatus() != STATUS_EDEFAULT;
			case TransferPackage.TRANSFER_RUN__FILE_ENCODING:
				return FILE_ENCODING_EDEFAULT == null ? getFileEncoding() != null : !FILE_ENCODING_EDEFAULT.equals(getFileEncoding());
			case TransferPackage.TRANSFER_RUN__FIELD_SEPARATOR:
				return FIELD_SEPARATOR_EDEFAULT == null ? getFieldSeparator() != null : !FIELD_SEPARATOR_EDEFAULT.equals(getFieldSeparator());
		}
		return super.eIsSet(featureID);
	}

} //TransferRunImpl
