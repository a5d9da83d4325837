/**
 */
package org.rapport.security.model;

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
 * Who may use Rapport and what each may do: users, their roles, the roles' permissions and field rules.
 * <!-- end-model-doc -->
 * @see org.rapport.security.model.SecurityFactory
 * @model kind="package"
 * @generated
 */
public interface SecurityPackage extends EPackage {
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
	String eNS_URI = "http://rapport.org/security/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "sec";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SecurityPackage eINSTANCE = org.rapport.security.model.impl.SecurityPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.rapport.security.model.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.security.model.impl.UserImpl
	 * @see org.rapport.security.model.impl.SecurityPackageImpl#getUser()
	 * @generated
	 */
	int USER = 0;

	/**
	 * The feature id for the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__LOGIN = 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__DISPLAY_NAME = 1;

	/**
	 * The feature id for the '<em><b>Password Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__PASSWORD_HASH = 2;

	/**
	 * The feature id for the '<em><b>Failed Attempts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__FAILED_ATTEMPTS = 3;

	/**
	 * The feature id for the '<em><b>Locked Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__LOCKED_UNTIL = 4;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ENABLED = 5;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ROLES = 6;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.security.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.security.model.impl.RoleImpl
	 * @see org.rapport.security.model.impl.SecurityPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Preset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__PRESET = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Permissions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__PERMISSIONS = 3;

	/**
	 * The feature id for the '<em><b>Field Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__FIELD_RULES = 4;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.security.model.impl.PermissionImpl <em>Permission</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.security.model.impl.PermissionImpl
	 * @see org.rapport.security.model.impl.SecurityPackageImpl#getPermission()
	 * @generated
	 */
	int PERMISSION = 2;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__AREA = 0;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__ACTION = 1;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__SCOPE = 2;

	/**
	 * The number of structural features of the '<em>Permission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Permission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.security.model.impl.FieldRuleImpl <em>Field Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.security.model.impl.FieldRuleImpl
	 * @see org.rapport.security.model.impl.SecurityPackageImpl#getFieldRule()
	 * @generated
	 */
	int FIELD_RULE = 3;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_RULE__FEATURE = 0;

	/**
	 * The feature id for the '<em><b>Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_RULE__ACCESS = 1;

	/**
	 * The number of structural features of the '<em>Field Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_RULE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Field Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.security.model.impl.AuditEntryImpl <em>Audit Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.security.model.impl.AuditEntryImpl
	 * @see org.rapport.security.model.impl.SecurityPackageImpl#getAuditEntry()
	 * @generated
	 */
	int AUDIT_ENTRY = 4;

	/**
	 * The feature id for the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__RECORDED_AT = 0;

	/**
	 * The feature id for the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__LOGIN = 1;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__ACTION = 2;

	/**
	 * The feature id for the '<em><b>Object Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__OBJECT_CLASS = 3;

	/**
	 * The feature id for the '<em><b>Object Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__OBJECT_ID = 4;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__FEATURE = 5;

	/**
	 * The feature id for the '<em><b>Old Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__OLD_VALUE = 6;

	/**
	 * The feature id for the '<em><b>New Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__NEW_VALUE = 7;

	/**
	 * The feature id for the '<em><b>Commit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__COMMIT_ID = 8;

	/**
	 * The number of structural features of the '<em>Audit Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Audit Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.security.model.impl.SubjectKeyImpl <em>Subject Key</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.security.model.impl.SubjectKeyImpl
	 * @see org.rapport.security.model.impl.SecurityPackageImpl#getSubjectKey()
	 * @generated
	 */
	int SUBJECT_KEY = 5;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_KEY__SUBJECT = 0;

	/**
	 * The feature id for the '<em><b>Material</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_KEY__MATERIAL = 1;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_KEY__CREATED_AT = 2;

	/**
	 * The number of structural features of the '<em>Subject Key</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_KEY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Subject Key</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_KEY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.security.model.Action <em>Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.security.model.Action
	 * @see org.rapport.security.model.impl.SecurityPackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 6;

	/**
	 * The meta object id for the '{@link org.rapport.security.model.AuditAction <em>Audit Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.security.model.AuditAction
	 * @see org.rapport.security.model.impl.SecurityPackageImpl#getAuditAction()
	 * @generated
	 */
	int AUDIT_ACTION = 7;

	/**
	 * The meta object id for the '{@link org.rapport.security.model.Scope <em>Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.security.model.Scope
	 * @see org.rapport.security.model.impl.SecurityPackageImpl#getScope()
	 * @generated
	 */
	int SCOPE = 8;

	/**
	 * The meta object id for the '{@link org.rapport.security.model.FieldAccess <em>Field Access</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.security.model.FieldAccess
	 * @see org.rapport.security.model.impl.SecurityPackageImpl#getFieldAccess()
	 * @generated
	 */
	int FIELD_ACCESS = 9;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.rapport.security.model.impl.SecurityPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 10;


	/**
	 * Returns the meta object for class '{@link org.rapport.security.model.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see org.rapport.security.model.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.User#getLogin <em>Login</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Login</em>'.
	 * @see org.rapport.security.model.User#getLogin()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Login();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.User#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.rapport.security.model.User#getDisplayName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.User#getPasswordHash <em>Password Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Hash</em>'.
	 * @see org.rapport.security.model.User#getPasswordHash()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_PasswordHash();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.User#getFailedAttempts <em>Failed Attempts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failed Attempts</em>'.
	 * @see org.rapport.security.model.User#getFailedAttempts()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_FailedAttempts();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.User#getLockedUntil <em>Locked Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locked Until</em>'.
	 * @see org.rapport.security.model.User#getLockedUntil()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_LockedUntil();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.User#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.rapport.security.model.User#isEnabled()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Enabled();

	/**
	 * Returns the meta object for the reference list '{@link org.rapport.security.model.User#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Roles</em>'.
	 * @see org.rapport.security.model.User#getRoles()
	 * @see #getUser()
	 * @generated
	 */
	EReference getUser_Roles();

	/**
	 * Returns the meta object for class '{@link org.rapport.security.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see org.rapport.security.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.Role#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rapport.security.model.Role#getName()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.Role#isPreset <em>Preset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preset</em>'.
	 * @see org.rapport.security.model.Role#isPreset()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Preset();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.Role#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rapport.security.model.Role#getDescription()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.security.model.Role#getPermissions <em>Permissions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Permissions</em>'.
	 * @see org.rapport.security.model.Role#getPermissions()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Permissions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.security.model.Role#getFieldRules <em>Field Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Field Rules</em>'.
	 * @see org.rapport.security.model.Role#getFieldRules()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_FieldRules();

	/**
	 * Returns the meta object for class '{@link org.rapport.security.model.Permission <em>Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Permission</em>'.
	 * @see org.rapport.security.model.Permission
	 * @generated
	 */
	EClass getPermission();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.Permission#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see org.rapport.security.model.Permission#getArea()
	 * @see #getPermission()
	 * @generated
	 */
	EAttribute getPermission_Area();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.Permission#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.rapport.security.model.Permission#getAction()
	 * @see #getPermission()
	 * @generated
	 */
	EAttribute getPermission_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.Permission#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.rapport.security.model.Permission#getScope()
	 * @see #getPermission()
	 * @generated
	 */
	EAttribute getPermission_Scope();

	/**
	 * Returns the meta object for class '{@link org.rapport.security.model.FieldRule <em>Field Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field Rule</em>'.
	 * @see org.rapport.security.model.FieldRule
	 * @generated
	 */
	EClass getFieldRule();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.FieldRule#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see org.rapport.security.model.FieldRule#getFeature()
	 * @see #getFieldRule()
	 * @generated
	 */
	EAttribute getFieldRule_Feature();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.FieldRule#getAccess <em>Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Access</em>'.
	 * @see org.rapport.security.model.FieldRule#getAccess()
	 * @see #getFieldRule()
	 * @generated
	 */
	EAttribute getFieldRule_Access();

	/**
	 * Returns the meta object for class '{@link org.rapport.security.model.AuditEntry <em>Audit Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Entry</em>'.
	 * @see org.rapport.security.model.AuditEntry
	 * @generated
	 */
	EClass getAuditEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.AuditEntry#getRecordedAt <em>Recorded At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded At</em>'.
	 * @see org.rapport.security.model.AuditEntry#getRecordedAt()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_RecordedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.AuditEntry#getLogin <em>Login</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Login</em>'.
	 * @see org.rapport.security.model.AuditEntry#getLogin()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Login();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.AuditEntry#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.rapport.security.model.AuditEntry#getAction()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.AuditEntry#getObjectClass <em>Object Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Object Class</em>'.
	 * @see org.rapport.security.model.AuditEntry#getObjectClass()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_ObjectClass();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.AuditEntry#getObjectId <em>Object Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Object Id</em>'.
	 * @see org.rapport.security.model.AuditEntry#getObjectId()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_ObjectId();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.AuditEntry#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see org.rapport.security.model.AuditEntry#getFeature()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Feature();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.AuditEntry#getOldValue <em>Old Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Value</em>'.
	 * @see org.rapport.security.model.AuditEntry#getOldValue()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_OldValue();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.AuditEntry#getNewValue <em>New Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Value</em>'.
	 * @see org.rapport.security.model.AuditEntry#getNewValue()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_NewValue();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.AuditEntry#getCommitId <em>Commit Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commit Id</em>'.
	 * @see org.rapport.security.model.AuditEntry#getCommitId()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_CommitId();

	/**
	 * Returns the meta object for class '{@link org.rapport.security.model.SubjectKey <em>Subject Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subject Key</em>'.
	 * @see org.rapport.security.model.SubjectKey
	 * @generated
	 */
	EClass getSubjectKey();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.SubjectKey#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.rapport.security.model.SubjectKey#getSubject()
	 * @see #getSubjectKey()
	 * @generated
	 */
	EAttribute getSubjectKey_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.SubjectKey#getMaterial <em>Material</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Material</em>'.
	 * @see org.rapport.security.model.SubjectKey#getMaterial()
	 * @see #getSubjectKey()
	 * @generated
	 */
	EAttribute getSubjectKey_Material();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.security.model.SubjectKey#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.rapport.security.model.SubjectKey#getCreatedAt()
	 * @see #getSubjectKey()
	 * @generated
	 */
	EAttribute getSubjectKey_CreatedAt();

	/**
	 * Returns the meta object for enum '{@link org.rapport.security.model.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action</em>'.
	 * @see org.rapport.security.model.Action
	 * @generated
	 */
	EEnum getAction();

	/**
	 * Returns the meta object for enum '{@link org.rapport.security.model.AuditAction <em>Audit Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Audit Action</em>'.
	 * @see org.rapport.security.model.AuditAction
	 * @generated
	 */
	EEnum getAuditAction();

	/**
	 * Returns the meta object for enum '{@link org.rapport.security.model.Scope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scope</em>'.
	 * @see org.rapport.security.model.Scope
	 * @generated
	 */
	EEnum getScope();

	/**
	 * Returns the meta object for enum '{@link org.rapport.security.model.FieldAccess <em>Field Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Field Access</em>'.
	 * @see org.rapport.security.model.FieldAccess
	 * @generated
	 */
	EEnum getFieldAccess();

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
	SecurityFactory getSecurityFactory();

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
		 * The meta object literal for the '{@link org.rapport.security.model.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.security.model.impl.UserImpl
		 * @see org.rapport.security.model.impl.SecurityPackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>Login</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__LOGIN = eINSTANCE.getUser_Login();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__DISPLAY_NAME = eINSTANCE.getUser_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Password Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__PASSWORD_HASH = eINSTANCE.getUser_PasswordHash();

		/**
		 * The meta object literal for the '<em><b>Failed Attempts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__FAILED_ATTEMPTS = eINSTANCE.getUser_FailedAttempts();

		/**
		 * The meta object literal for the '<em><b>Locked Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__LOCKED_UNTIL = eINSTANCE.getUser_LockedUntil();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__ENABLED = eINSTANCE.getUser_Enabled();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER__ROLES = eINSTANCE.getUser_Roles();

		/**
		 * The meta object literal for the '{@link org.rapport.security.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.security.model.impl.RoleImpl
		 * @see org.rapport.security.model.impl.SecurityPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__NAME = eINSTANCE.getRole_Name();

		/**
		 * The meta object literal for the '<em><b>Preset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__PRESET = eINSTANCE.getRole_Preset();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__DESCRIPTION = eINSTANCE.getRole_Description();

		/**
		 * The meta object literal for the '<em><b>Permissions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__PERMISSIONS = eINSTANCE.getRole_Permissions();

		/**
		 * The meta object literal for the '<em><b>Field Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__FIELD_RULES = eINSTANCE.getRole_FieldRules();

		/**
		 * The meta object literal for the '{@link org.rapport.security.model.impl.PermissionImpl <em>Permission</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.security.model.impl.PermissionImpl
		 * @see org.rapport.security.model.impl.SecurityPackageImpl#getPermission()
		 * @generated
		 */
		EClass PERMISSION = eINSTANCE.getPermission();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMISSION__AREA = eINSTANCE.getPermission_Area();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMISSION__ACTION = eINSTANCE.getPermission_Action();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMISSION__SCOPE = eINSTANCE.getPermission_Scope();

		/**
		 * The meta object literal for the '{@link org.rapport.security.model.impl.FieldRuleImpl <em>Field Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.security.model.impl.FieldRuleImpl
		 * @see org.rapport.security.model.impl.SecurityPackageImpl#getFieldRule()
		 * @generated
		 */
		EClass FIELD_RULE = eINSTANCE.getFieldRule();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_RULE__FEATURE = eINSTANCE.getFieldRule_Feature();

		/**
		 * The meta object literal for the '<em><b>Access</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_RULE__ACCESS = eINSTANCE.getFieldRule_Access();

		/**
		 * The meta object literal for the '{@link org.rapport.security.model.impl.AuditEntryImpl <em>Audit Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.security.model.impl.AuditEntryImpl
		 * @see org.rapport.security.model.impl.SecurityPackageImpl#getAuditEntry()
		 * @generated
		 */
		EClass AUDIT_ENTRY = eINSTANCE.getAuditEntry();

		/**
		 * The meta object literal for the '<em><b>Recorded At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__RECORDED_AT = eINSTANCE.getAuditEntry_RecordedAt();

		/**
		 * The meta object literal for the '<em><b>Login</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__LOGIN = eINSTANCE.getAuditEntry_Login();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__ACTION = eINSTANCE.getAuditEntry_Action();

		/**
		 * The meta object literal for the '<em><b>Object Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__OBJECT_CLASS = eINSTANCE.getAuditEntry_ObjectClass();

		/**
		 * The meta object literal for the '<em><b>Object Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__OBJECT_ID = eINSTANCE.getAuditEntry_ObjectId();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__FEATURE = eINSTANCE.getAuditEntry_Feature();

		/**
		 * The meta object literal for the '<em><b>Old Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__OLD_VALUE = eINSTANCE.getAuditEntry_OldValue();

		/**
		 * The meta object literal for the '<em><b>New Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__NEW_VALUE = eINSTANCE.getAuditEntry_NewValue();

		/**
		 * The meta object literal for the '<em><b>Commit Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__COMMIT_ID = eINSTANCE.getAuditEntry_CommitId();

		/**
		 * The meta object literal for the '{@link org.rapport.security.model.impl.SubjectKeyImpl <em>Subject Key</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.security.model.impl.SubjectKeyImpl
		 * @see org.rapport.security.model.impl.SecurityPackageImpl#getSubjectKey()
		 * @generated
		 */
		EClass SUBJECT_KEY = eINSTANCE.getSubjectKey();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_KEY__SUBJECT = eINSTANCE.getSubjectKey_Subject();

		/**
		 * The meta object literal for the '<em><b>Material</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_KEY__MATERIAL = eINSTANCE.getSubjectKey_Material();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_KEY__CREATED_AT = eINSTANCE.getSubjectKey_CreatedAt();

		/**
		 * The meta object literal for the '{@link org.rapport.security.model.Action <em>Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.security.model.Action
		 * @see org.rapport.security.model.impl.SecurityPackageImpl#getAction()
		 * @generated
		 */
		EEnum ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '{@link org.rapport.security.model.AuditAction <em>Audit Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.security.model.AuditAction
		 * @see org.rapport.security.model.impl.SecurityPackageImpl#getAuditAction()
		 * @generated
		 */
		EEnum AUDIT_ACTION = eINSTANCE.getAuditAction();

		/**
		 * The meta object literal for the '{@link org.rapport.security.model.Scope <em>Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.security.model.Scope
		 * @see org.rapport.security.model.impl.SecurityPackageImpl#getScope()
		 * @generated
		 */
		EEnum SCOPE = eINSTANCE.getScope();

		/**
		 * The meta object literal for the '{@link org.rapport.security.model.FieldAccess <em>Field Access</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.security.model.FieldAccess
		 * @see org.rapport.security.model.impl.SecurityPackageImpl#getFieldAccess()
		 * @generated
		 */
		EEnum FIELD_ACCESS = eINSTANCE.getFieldAccess();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.rapport.security.model.impl.SecurityPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //SecurityPackage
