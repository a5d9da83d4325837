/**
 */
package org.rapport.security.model.impl;

import java.time.Instant;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EClass;

import org.rapport.persistence.api.PersistentObject;

import org.rapport.security.model.Role;
import org.rapport.security.model.SecurityPackage;
import org.rapport.security.model.User;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>User</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.security.model.impl.UserImpl#getLogin <em>Login</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.UserImpl#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.UserImpl#getPasswordHash <em>Password Hash</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.UserImpl#getFailedAttempts <em>Failed Attempts</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.UserImpl#getLockedUntil <em>Locked Until</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.UserImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.UserImpl#getRoles <em>Roles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UserImpl extends PersistentObject implements User {
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
	 * The default value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPLAY_NAME_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getPasswordHash() <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordHash()
	 * @generated
	 * @ordered
	 */
	protected static final String PASSWORD_HASH_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getFailedAttempts() <em>Failed Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailedAttempts()
	 * @generated
	 * @ordered
	 */
	protected static final int FAILED_ATTEMPTS_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getLockedUntil() <em>Locked Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockedUntil()
	 * @generated
	 * @ordered
	 */
	protected static final Instant LOCKED_UNTIL_EDEFAULT = null;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UserImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SecurityPackage.Literals.USER;
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
	public String getLogin() {
		return (String)eDynamicGet(SecurityPackage.USER__LOGIN, SecurityPackage.Literals.USER__LOGIN, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogin(String newLogin) {
		eDynamicSet(SecurityPackage.USER__LOGIN, SecurityPackage.Literals.USER__LOGIN, newLogin);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisplayName() {
		return (String)eDynamicGet(SecurityPackage.USER__DISPLAY_NAME, SecurityPackage.Literals.USER__DISPLAY_NAME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayName(String newDisplayName) {
		eDynamicSet(SecurityPackage.USER__DISPLAY_NAME, SecurityPackage.Literals.USER__DISPLAY_NAME, newDisplayName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPasswordHash() {
		return (String)eDynamicGet(SecurityPackage.USER__PASSWORD_HASH, SecurityPackage.Literals.USER__PASSWORD_HASH, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasswordHash(String newPasswordHash) {
		eDynamicSet(SecurityPackage.USER__PASSWORD_HASH, SecurityPackage.Literals.USER__PASSWORD_HASH, newPasswordHash);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFailedAttempts() {
		return (Integer)eDynamicGet(SecurityPackage.USER__FAILED_ATTEMPTS, SecurityPackage.Literals.USER__FAILED_ATTEMPTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailedAttempts(int newFailedAttempts) {
		eDynamicSet(SecurityPackage.USER__FAILED_ATTEMPTS, SecurityPackage.Literals.USER__FAILED_ATTEMPTS, newFailedAttempts);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getLockedUntil() {
		return (Instant)eDynamicGet(SecurityPackage.USER__LOCKED_UNTIL, SecurityPackage.Literals.USER__LOCKED_UNTIL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLockedUntil(Instant newLockedUntil) {
		eDynamicSet(SecurityPackage.USER__LOCKED_UNTIL, SecurityPackage.Literals.USER__LOCKED_UNTIL, newLockedUntil);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return (Boolean)eDynamicGet(SecurityPackage.USER__ENABLED, SecurityPackage.Literals.USER__ENABLED, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		eDynamicSet(SecurityPackage.USER__ENABLED, SecurityPackage.Literals.USER__ENABLED, newEnabled);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<Role> getRoles() {
		return (List<Role>)eDynamicGet(SecurityPackage.USER__ROLES, SecurityPackage.Literals.USER__ROLES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SecurityPackage.USER__LOGIN:
				return getLogin();
			case SecurityPackage.USER__DISPLAY_NAME:
				return getDisplayName();
			case SecurityPackage.USER__PASSWORD_HASH:
				return getPasswordHash();
			case SecurityPackage.USER__FAILED_ATTEMPTS:
				return getFailedAttempts();
			case SecurityPackage.USER__LOCKED_UNTIL:
				return getLockedUntil();
			case SecurityPackage.USER__ENABLED:
				return isEnabled();
			case SecurityPackage.USER__ROLES:
				return getRoles();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SecurityPackage.USER__LOGIN:
				setLogin((String)newValue);
				return;
			case SecurityPackage.USER__DISPLAY_NAME:
				setDisplayName((String)newValue);
				return;
			case SecurityPackage.USER__PASSWORD_HASH:
				setPasswordHash((String)newValue);
				return;
			case SecurityPackage.USER__FAILED_ATTEMPTS:
				setFailedAttempts((Integer)newValue);
				return;
			case SecurityPackage.USER__LOCKED_UNTIL:
				setLockedUntil((Instant)newValue);
				return;
			case SecurityPackage.USER__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case SecurityPackage.USER__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
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
			case SecurityPackage.USER__LOGIN:
				setLogin(LOGIN_EDEFAULT);
				return;
			case SecurityPackage.USER__DISPLAY_NAME:
				setDisplayName(DISPLAY_NAME_EDEFAULT);
				return;
			case SecurityPackage.USER__PASSWORD_HASH:
				setPasswordHash(PASSWORD_HASH_EDEFAULT);
				return;
			case SecurityPackage.USER__FAILED_ATTEMPTS:
				setFailedAttempts(FAILED_ATTEMPTS_EDEFAULT);
				return;
			case SecurityPackage.USER__LOCKED_UNTIL:
				setLockedUntil(LOCKED_UNTIL_EDEFAULT);
				return;
			case SecurityPackage.USER__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case SecurityPackage.USER__ROLES:
				getRoles().clear();
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
			case SecurityPackage.USER__LOGIN:
				return LOGIN_EDEFAULT == null ? getLogin() != null : !LOGIN_EDEFAULT.equals(getLogin());
			case SecurityPackage.USER__DISPLAY_NAME:
				return DISPLAY_NAME_EDEFAULT == null ? getDisplayName() != null : !DISPLAY_NAME_EDEFAULT.equals(getDisplayName());
			case SecurityPackage.USER__PASSWORD_HASH:
				return PASSWORD_HASH_EDEFAULT == null ? getPasswordHash() != null : !PASSWORD_HASH_EDEFAULT.equals(getPasswordHash());
			case SecurityPackage.USER__FAILED_ATTEMPTS:
				return getFailedAttempts() != FAILED_ATTEMPTS_EDEFAULT;
			case SecurityPackage.USER__LOCKED_UNTIL:
				return LOCKED_UNTIL_EDEFAULT == null ? getLockedUntil() != null : !LOCKED_UNTIL_EDEFAULT.equals(getLockedUntil());
			case SecurityPackage.USER__ENABLED:
				return isEnabled() != ENABLED_EDEFAULT;
			case SecurityPackage.USER__ROLES:
				return !getRoles().isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //UserImpl
