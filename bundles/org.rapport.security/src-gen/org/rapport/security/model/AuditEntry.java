/**
 */
package org.rapport.security.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Audit Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One line of the audit log: a feature of an object created, updated or deleted (one entry per changed feature, one without a feature for an object that has none), or a restricted field viewed or data exported. Append-only: the audit trail refuses commits that change or delete entries, and the database's triggers refuse UPDATE and DELETE.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.security.model.AuditEntry#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link org.rapport.security.model.AuditEntry#getLogin <em>Login</em>}</li>
 *   <li>{@link org.rapport.security.model.AuditEntry#getAction <em>Action</em>}</li>
 *   <li>{@link org.rapport.security.model.AuditEntry#getObjectClass <em>Object Class</em>}</li>
 *   <li>{@link org.rapport.security.model.AuditEntry#getObjectId <em>Object Id</em>}</li>
 *   <li>{@link org.rapport.security.model.AuditEntry#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.rapport.security.model.AuditEntry#getOldValue <em>Old Value</em>}</li>
 *   <li>{@link org.rapport.security.model.AuditEntry#getNewValue <em>New Value</em>}</li>
 *   <li>{@link org.rapport.security.model.AuditEntry#getCommitId <em>Commit Id</em>}</li>
 * </ul>
 *
 * @see org.rapport.security.model.SecurityPackage#getAuditEntry()
 * @model
 * @generated
 */
public interface AuditEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recorded At</em>' attribute.
	 * @see #setRecordedAt(Instant)
	 * @see org.rapport.security.model.SecurityPackage#getAuditEntry_RecordedAt()
	 * @model dataType="org.rapport.security.model.Instant" required="true"
	 *        annotation="http://rapport.org/persistence index='true'"
	 * @generated
	 */
	Instant getRecordedAt();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.AuditEntry#getRecordedAt <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded At</em>' attribute.
	 * @see #getRecordedAt()
	 * @generated
	 */
	void setRecordedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The signed-in user's login; system:OSUSER when no one is signed in (rapport-ctl commands that need no sign-in, the first administrator).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Login</em>' attribute.
	 * @see #setLogin(String)
	 * @see org.rapport.security.model.SecurityPackage#getAuditEntry_Login()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getLogin();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.AuditEntry#getLogin <em>Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Login</em>' attribute.
	 * @see #getLogin()
	 * @generated
	 */
	void setLogin(String value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.security.model.AuditAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see org.rapport.security.model.AuditAction
	 * @see #setAction(AuditAction)
	 * @see org.rapport.security.model.SecurityPackage#getAuditEntry_Action()
	 * @model required="true"
	 * @generated
	 */
	AuditAction getAction();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.AuditEntry#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see org.rapport.security.model.AuditAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(AuditAction value);

	/**
	 * Returns the value of the '<em><b>Object Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The object's class as nsURI#EClass, unique across contributed models.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Object Class</em>' attribute.
	 * @see #setObjectClass(String)
	 * @see org.rapport.security.model.SecurityPackage#getAuditEntry_ObjectClass()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='400'"
	 * @generated
	 */
	String getObjectClass();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.AuditEntry#getObjectClass <em>Object Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Class</em>' attribute.
	 * @see #getObjectClass()
	 * @generated
	 */
	void setObjectClass(String value);

	/**
	 * Returns the value of the '<em><b>Object Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Object Id</em>' attribute.
	 * @see #setObjectId(long)
	 * @see org.rapport.security.model.SecurityPackage#getAuditEntry_ObjectId()
	 * @model annotation="http://rapport.org/persistence index='true'"
	 * @generated
	 */
	long getObjectId();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.AuditEntry#getObjectId <em>Object Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Id</em>' attribute.
	 * @see #getObjectId()
	 * @generated
	 */
	void setObjectId(long value);

	/**
	 * Returns the value of the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature</em>' attribute.
	 * @see #setFeature(String)
	 * @see org.rapport.security.model.SecurityPackage#getAuditEntry_Feature()
	 * @model
	 * @generated
	 */
	String getFeature();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.AuditEntry#getFeature <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature</em>' attribute.
	 * @see #getFeature()
	 * @generated
	 */
	void setFeature(String value);

	/**
	 * Returns the value of the '<em><b>Old Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value before, rendered readably: references as EClass#id, lists as [a, b], dates ISO-8601; cut at 4000 characters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Old Value</em>' attribute.
	 * @see #setOldValue(String)
	 * @see org.rapport.security.model.SecurityPackage#getAuditEntry_OldValue()
	 * @model annotation="http://rapport.org/persistence length='4000'"
	 * @generated
	 */
	String getOldValue();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.AuditEntry#getOldValue <em>Old Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Value</em>' attribute.
	 * @see #getOldValue()
	 * @generated
	 */
	void setOldValue(String value);

	/**
	 * Returns the value of the '<em><b>New Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Value</em>' attribute.
	 * @see #setNewValue(String)
	 * @see org.rapport.security.model.SecurityPackage#getAuditEntry_NewValue()
	 * @model annotation="http://rapport.org/persistence length='4000'"
	 * @generated
	 */
	String getNewValue();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.AuditEntry#getNewValue <em>New Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Value</em>' attribute.
	 * @see #getNewValue()
	 * @generated
	 */
	void setNewValue(String value);

	/**
	 * Returns the value of the '<em><b>Commit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The same random key (a UUID) on every entry of one commit, so a view can group them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Commit Id</em>' attribute.
	 * @see #setCommitId(String)
	 * @see org.rapport.security.model.SecurityPackage#getAuditEntry_CommitId()
	 * @model annotation="http://rapport.org/persistence length='36'"
	 * @generated
	 */
	String getCommitId();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.AuditEntry#getCommitId <em>Commit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commit Id</em>' attribute.
	 * @see #getCommitId()
	 * @generated
	 */
	void setCommitId(String value);

} // AuditEntry
