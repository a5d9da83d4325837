/**
 */
package org.rapport.transfer.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One import of a CSV file of one kind, committed batch by batch: it records how far the import got, so a killed or failed import is resumed after its last committed line and never half-applied silently.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.transfer.model.TransferRun#getImportId <em>Import Id</em>}</li>
 *   <li>{@link org.rapport.transfer.model.TransferRun#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.transfer.model.TransferRun#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.rapport.transfer.model.TransferRun#getFileSize <em>File Size</em>}</li>
 *   <li>{@link org.rapport.transfer.model.TransferRun#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.rapport.transfer.model.TransferRun#getStartedBy <em>Started By</em>}</li>
 *   <li>{@link org.rapport.transfer.model.TransferRun#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.rapport.transfer.model.TransferRun#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link org.rapport.transfer.model.TransferRun#getLastCommittedLine <em>Last Committed Line</em>}</li>
 *   <li>{@link org.rapport.transfer.model.TransferRun#getRowsImported <em>Rows Imported</em>}</li>
 *   <li>{@link org.rapport.transfer.model.TransferRun#getRowsRejected <em>Rows Rejected</em>}</li>
 *   <li>{@link org.rapport.transfer.model.TransferRun#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.transfer.model.TransferRun#getFileEncoding <em>File Encoding</em>}</li>
 *   <li>{@link org.rapport.transfer.model.TransferRun#getFieldSeparator <em>Field Separator</em>}</li>
 * </ul>
 *
 * @see org.rapport.transfer.model.TransferPackage#getTransferRun()
 * @model
 * @generated
 */
public interface TransferRun extends EObject {
	/**
	 * Returns the value of the '<em><b>Import Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The import id that rapport-ctl prints and --resume takes; unique.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Import Id</em>' attribute.
	 * @see #setImportId(String)
	 * @see org.rapport.transfer.model.TransferPackage#getTransferRun_ImportId()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence unique='true' length='64'"
	 * @generated
	 */
	String getImportId();

	/**
	 * Sets the value of the '{@link org.rapport.transfer.model.TransferRun#getImportId <em>Import Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Import Id</em>' attribute.
	 * @see #getImportId()
	 * @generated
	 */
	void setImportId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The import kind: the id of the row mapper that read the file (customers, purchases, ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.rapport.transfer.model.TransferPackage#getTransferRun_Kind()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.rapport.transfer.model.TransferRun#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The absolute path of the imported file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see org.rapport.transfer.model.TransferPackage#getTransferRun_FileName()
	 * @model annotation="http://rapport.org/persistence length='1024'"
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link org.rapport.transfer.model.TransferRun#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>File Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Size</em>' attribute.
	 * @see #setFileSize(long)
	 * @see org.rapport.transfer.model.TransferPackage#getTransferRun_FileSize()
	 * @model
	 * @generated
	 */
	long getFileSize();

	/**
	 * Sets the value of the '{@link org.rapport.transfer.model.TransferRun#getFileSize <em>File Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Size</em>' attribute.
	 * @see #getFileSize()
	 * @generated
	 */
	void setFileSize(long value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SHA-256 of the file, in lower-case hex: a resume refuses a file that changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.rapport.transfer.model.TransferPackage#getTransferRun_Sha256()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.rapport.transfer.model.TransferRun#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Started By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started By</em>' attribute.
	 * @see #setStartedBy(String)
	 * @see org.rapport.transfer.model.TransferPackage#getTransferRun_StartedBy()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getStartedBy();

	/**
	 * Sets the value of the '{@link org.rapport.transfer.model.TransferRun#getStartedBy <em>Started By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started By</em>' attribute.
	 * @see #getStartedBy()
	 * @generated
	 */
	void setStartedBy(String value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Instant)
	 * @see org.rapport.transfer.model.TransferPackage#getTransferRun_StartedAt()
	 * @model dataType="org.rapport.transfer.model.Instant"
	 * @generated
	 */
	Instant getStartedAt();

	/**
	 * Sets the value of the '{@link org.rapport.transfer.model.TransferRun#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished At</em>' attribute.
	 * @see #setFinishedAt(Instant)
	 * @see org.rapport.transfer.model.TransferPackage#getTransferRun_FinishedAt()
	 * @model dataType="org.rapport.transfer.model.Instant"
	 * @generated
	 */
	Instant getFinishedAt();

	/**
	 * Sets the value of the '{@link org.rapport.transfer.model.TransferRun#getFinishedAt <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished At</em>' attribute.
	 * @see #getFinishedAt()
	 * @generated
	 */
	void setFinishedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Last Committed Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last line of the file whose row is committed (imported or rejected); 1, the header, before the first batch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Committed Line</em>' attribute.
	 * @see #setLastCommittedLine(long)
	 * @see org.rapport.transfer.model.TransferPackage#getTransferRun_LastCommittedLine()
	 * @model
	 * @generated
	 */
	long getLastCommittedLine();

	/**
	 * Sets the value of the '{@link org.rapport.transfer.model.TransferRun#getLastCommittedLine <em>Last Committed Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Committed Line</em>' attribute.
	 * @see #getLastCommittedLine()
	 * @generated
	 */
	void setLastCommittedLine(long value);

	/**
	 * Returns the value of the '<em><b>Rows Imported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rows Imported</em>' attribute.
	 * @see #setRowsImported(long)
	 * @see org.rapport.transfer.model.TransferPackage#getTransferRun_RowsImported()
	 * @model
	 * @generated
	 */
	long getRowsImported();

	/**
	 * Sets the value of the '{@link org.rapport.transfer.model.TransferRun#getRowsImported <em>Rows Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rows Imported</em>' attribute.
	 * @see #getRowsImported()
	 * @generated
	 */
	void setRowsImported(long value);

	/**
	 * Returns the value of the '<em><b>Rows Rejected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rows Rejected</em>' attribute.
	 * @see #setRowsRejected(long)
	 * @see org.rapport.transfer.model.TransferPackage#getTransferRun_RowsRejected()
	 * @model
	 * @generated
	 */
	long getRowsRejected();

	/**
	 * Sets the value of the '{@link org.rapport.transfer.model.TransferRun#getRowsRejected <em>Rows Rejected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rows Rejected</em>' attribute.
	 * @see #getRowsRejected()
	 * @generated
	 */
	void setRowsRejected(long value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.transfer.model.TransferStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rapport.transfer.model.TransferStatus
	 * @see #setStatus(TransferStatus)
	 * @see org.rapport.transfer.model.TransferPackage#getTransferRun_Status()
	 * @model required="true"
	 * @generated
	 */
	TransferStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rapport.transfer.model.TransferRun#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rapport.transfer.model.TransferStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(TransferStatus value);

	/**
	 * Returns the value of the '<em><b>File Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The encoding the run read the file in (a Java charset name such as GB18030), so a resume decodes the rest alike; null for runs recorded before it was stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Encoding</em>' attribute.
	 * @see #setFileEncoding(String)
	 * @see org.rapport.transfer.model.TransferPackage#getTransferRun_FileEncoding()
	 * @model
	 * @generated
	 */
	String getFileEncoding();

	/**
	 * Sets the value of the '{@link org.rapport.transfer.model.TransferRun#getFileEncoding <em>File Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Encoding</em>' attribute.
	 * @see #getFileEncoding()
	 * @generated
	 */
	void setFileEncoding(String value);

	/**
	 * Returns the value of the '<em><b>Field Separator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The separator between the file's fields as --delimiter names it (, ; or tab), so a resume splits the rest alike; null for runs recorded before it was stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Field Separator</em>' attribute.
	 * @see #setFieldSeparator(String)
	 * @see org.rapport.transfer.model.TransferPackage#getTransferRun_FieldSeparator()
	 * @model
	 * @generated
	 */
	String getFieldSeparator();

	/**
	 * Sets the value of the '{@link org.rapport.transfer.model.TransferRun#getFieldSeparator <em>Field Separator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Separator</em>' attribute.
	 * @see #getFieldSeparator()
	 * @generated
	 */
	void setFieldSeparator(String value);

} // TransferRun
