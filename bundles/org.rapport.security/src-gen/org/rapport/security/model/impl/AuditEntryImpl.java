/**
 */
package org.rapport.security.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;

import org.rapport.persistence.api.PersistentObject;

import org.rapport.security.model.AuditAction;
import org.rapport.security.model.AuditEntry;
import org.rapport.security.model.SecurityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Audit Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.security.model.impl.AuditEntryImpl#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.AuditEntryImpl#getLogin <em>Login</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.AuditEntryImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.AuditEntryImpl#getObjectClass <em>Object Class</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.AuditEntryImpl#getObjectId <em>Object Id</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.AuditEntryImpl#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.AuditEntryImpl#getOldValue <em>Old Value</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.AuditEntryImpl#getNewValue <em>New Value</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.AuditEntryImpl#getCommitId <em>Commit Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AuditEntryImpl extends PersistentObject implements AuditEntry {
	/**
	 * The default value of the '{@link #getRecordedAt() <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RECORDED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getLogin() <em>Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogin()
	 * @generated
	 * @ordered
	 */
	protected static final String LOGIN_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final AuditAction ACTION_EDEFAULT = AuditAction.CREATE;

	/**
	 * The default value of the '{@link #getObjectClass() <em>Object Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectClass()
	 * @generated
	 * @ordered
	 */
	protected static final String OBJECT_CLASS_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getObjectId() <em>Object Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectId()
	 * @generated
	 * @ordered
	 */
	protected static final long OBJECT_ID_EDEFAULT = 0L;

	/**
	 * The default value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getOldValue() <em>Old Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldValue()
	 * @generated
	 * @ordered
	 */
	protected static final String OLD_VALUE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getNewValue() <em>New Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewValue()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_VALUE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getCommitId() <em>Commit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitId()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMIT_ID_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AuditEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SecurityPackage.Literals.AUDIT_ENTRY;
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
	public Instant getRecordedAt() {
		return (Instant)eDynamicGet(SecurityPackage.AUDIT_ENTRY__RECORDED_AT, SecurityPackage.Literals.AUDIT_ENTRY__RECORDED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedAt(Instant newRecordedAt) {
		eDynamicSet(SecurityPackage.AUDIT_ENTRY__RECORDED_AT, SecurityPackage.Literals.AUDIT_ENTRY__RECORDED_AT, newRecordedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLogin() {
		return (String)eDynamicGet(SecurityPackage.AUDIT_ENTRY__LOGIN, SecurityPackage.Literals.AUDIT_ENTRY__LOGIN, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogin(String newLogin) {
		eDynamicSet(SecurityPackage.AUDIT_ENTRY__LOGIN, SecurityPackage.Literals.AUDIT_ENTRY__LOGIN, newLogin);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuditAction getAction() {
		return (AuditAction)eDynamicGet(SecurityPackage.AUDIT_ENTRY__ACTION, SecurityPackage.Literals.AUDIT_ENTRY__ACTION, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(AuditAction newAction) {
		eDynamicSet(SecurityPackage.AUDIT_ENTRY__ACTION, SecurityPackage.Literals.AUDIT_ENTRY__ACTION, newAction);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObjectClass() {
		return (String)eDynamicGet(SecurityPackage.AUDIT_ENTRY__OBJECT_CLASS, SecurityPackage.Literals.AUDIT_ENTRY__OBJECT_CLASS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectClass(String newObjectClass) {
		eDynamicSet(SecurityPackage.AUDIT_ENTRY__OBJECT_CLASS, SecurityPackage.Literals.AUDIT_ENTRY__OBJECT_CLASS, newObjectClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getObjectId() {
		return (Long)eDynamicGet(SecurityPackage.AUDIT_ENTRY__OBJECT_ID, SecurityPackage.Literals.AUDIT_ENTRY__OBJECT_ID, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectId(long newObjectId) {
		eDynamicSet(SecurityPackage.AUDIT_ENTRY__OBJECT_ID, SecurityPackage.Literals.AUDIT_ENTRY__OBJECT_ID, newObjectId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeature() {
		return (String)eDynamicGet(SecurityPackage.AUDIT_ENTRY__FEATURE, SecurityPackage.Literals.AUDIT_ENTRY__FEATURE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeature(String newFeature) {
		eDynamicSet(SecurityPackage.AUDIT_ENTRY__FEATURE, SecurityPackage.Literals.AUDIT_ENTRY__FEATURE, newFeature);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOldValue() {
		return (String)eDynamicGet(SecurityPackage.AUDIT_ENTRY__OLD_VALUE, SecurityPackage.Literals.AUDIT_ENTRY__OLD_VALUE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldValue(String newOldValue) {
		eDynamicSet(SecurityPackage.AUDIT_ENTRY__OLD_VALUE, SecurityPackage.Literals.AUDIT_ENTRY__OLD_VALUE, newOldValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewValue() {
		return (String)eDynamicGet(SecurityPackage.AUDIT_ENTRY__NEW_VALUE, SecurityPackage.Literals.AUDIT_ENTRY__NEW_VALUE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewValue(String newNewValue) {
		eDynamicSet(SecurityPackage.AUDIT_ENTRY__NEW_VALUE, SecurityPackage.Literals.AUDIT_ENTRY__NEW_VALUE, newNewValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommitId() {
		return (String)eDynamicGet(SecurityPackage.AUDIT_ENTRY__COMMIT_ID, SecurityPackage.Literals.AUDIT_ENTRY__COMMIT_ID, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommitId(String newCommitId) {
		eDynamicSet(SecurityPackage.AUDIT_ENTRY__COMMIT_ID, SecurityPackage.Literals.AUDIT_ENTRY__COMMIT_ID, newCommitId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SecurityPackage.AUDIT_ENTRY__RECORDED_AT:
				return getRecordedAt();
			case SecurityPackage.AUDIT_ENTRY__LOGIN:
				return getLogin();
			case SecurityPackage.AUDIT_ENTRY__ACTION:
				return getAction();
			case SecurityPackage.AUDIT_ENTRY__OBJECT_CLASS:
				return getObjectClass();
			case SecurityPackage.AUDIT_ENTRY__OBJECT_ID:
				return getObjectId();
			case SecurityPackage.AUDIT_ENTRY__FEATURE:
				return getFeature();
			case SecurityPackage.AUDIT_ENTRY__OLD_VALUE:
				return getOldValue();
			case SecurityPackage.AUDIT_ENTRY__NEW_VALUE:
				return getNewValue();
			case SecurityPackage.AUDIT_ENTRY__COMMIT_ID:
				return getCommitId();
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
			case SecurityPackage.AUDIT_ENTRY__RECORDED_AT:
				setRecordedAt((Instant)newValue);
				return;
			case SecurityPackage.AUDIT_ENTRY__LOGIN:
				setLogin((String)newValue);
				return;
			case SecurityPackage.AUDIT_ENTRY__ACTION:
				setAction((AuditAction)newValue);
				return;
			case SecurityPackage.AUDIT_ENTRY__OBJECT_CLASS:
				setObjectClass((String)newValue);
				return;
			case SecurityPackage.AUDIT_ENTRY__OBJECT_ID:
				setObjectId((Long)newValue);
				return;
			case SecurityPackage.AUDIT_ENTRY__FEATURE:
				setFeature((String)newValue);
				return;
			case SecurityPackage.AUDIT_ENTRY__OLD_VALUE:
				setOldValue((String)newValue);
				return;
			case SecurityPackage.AUDIT_ENTRY__NEW_VALUE:
				setNewValue((String)newValue);
				return;
			case SecurityPackage.AUDIT_ENTRY__COMMIT_ID:
				setCommitId((String)newValue);
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
			case SecurityPackage.AUDIT_ENTRY__RECORDED_AT:
				setRecordedAt(RECORDED_AT_EDEFAULT);
				return;
			case SecurityPackage.AUDIT_ENTRY__LOGIN:
				setLogin(LOGIN_EDEFAULT);
				return;
			case SecurityPackage.AUDIT_ENTRY__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case SecurityPackage.AUDIT_ENTRY__OBJECT_CLASS:
				setObjectClass(OBJECT_CLASS_EDEFAULT);
				return;
			case SecurityPackage.AUDIT_ENTRY__OBJECT_ID:
				setObjectId(OBJECT_ID_EDEFAULT);
				return;
			case SecurityPackage.AUDIT_ENTRY__FEATURE:
				setFeature(FEATURE_EDEFAULT);
				return;
			case SecurityPackage.AUDIT_ENTRY__OLD_VALUE:
				setOldValue(OLD_VALUE_EDEFAULT);
				return;
			case SecurityPackage.AUDIT_ENTRY__NEW_VALUE:
				setNewValue(NEW_VALUE_EDEFAULT);
				return;
			case SecurityPackage.AUDIT_ENTRY__COMMIT_ID:
				setCommitId(COMMIT_ID_EDEFAULT);
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
			case SecurityPackage.AUDIT_ENTRY__RECORDED_AT:
				return RECORDED_AT_EDEFAULT == null ? getRecordedAt() != null : !RECORDED_AT_EDEFAULT.equals(getRecordedAt());
			case SecurityPackage.AUDIT_ENTRY__LOGIN:
				return LOGIN_EDEFAULT == null ? getLogin() != null : !LOGIN_EDEFAULT.equals(getLogin());
			case SecurityPackage.AUDIT_ENTRY__ACTION:
				return getAction() != ACTION_EDEFAULT;
			case SecurityPackage.AUDIT_ENTRY__OBJECT_CLASS:
				return OBJECT_CLASS_EDEFAULT == null ? getObjectClass() != null : !OBJECT_CLASS_EDEFAULT.equals(getObjectClass());
			case SecurityPackage.AUDIT_ENTRY__OBJECT_ID:
				return getObjectId() != OBJECT_ID_EDEFAULT;
			case SecurityPackage.AUDIT_ENTRY__FEATURE:
				return FEATURE_EDEFAULT == null ? getFeature() != null : !FEATURE_EDEFAULT.equals(getFeature());
			case SecurityPackage.AUDIT_ENTRY__OLD_VALUE:
				return OLD_VALUE_EDEFAULT == null ? getOldValue() != null : !OLD_VALUE_EDEFAULT.equals(getOldValue());
			case SecurityPackage.AUDIT_ENTRY__NEW_VALUE:
				return NEW_VALUE_EDEFAULT == null ? getNewValue() != null : !NEW_VALUE_EDEFAULT.equals(getNewValue());
			case SecurityPackage.AUDIT_ENTRY__COMMIT_ID:
				return COMMIT_ID_EDEFAULT == null ? getCommitId() != null : !COMMIT_ID_EDEFAULT.equals(getCommitId());
		}
		return super.eIsSet(featureID);
	}

} //AuditEntryImpl
