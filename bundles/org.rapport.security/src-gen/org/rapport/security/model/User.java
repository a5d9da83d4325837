/**
 */
package org.rapport.security.model;

import java.time.Instant;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.security.model.User#getLogin <em>Login</em>}</li>
 *   <li>{@link org.rapport.security.model.User#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.rapport.security.model.User#getPasswordHash <em>Password Hash</em>}</li>
 *   <li>{@link org.rapport.security.model.User#getFailedAttempts <em>Failed Attempts</em>}</li>
 *   <li>{@link org.rapport.security.model.User#getLockedUntil <em>Locked Until</em>}</li>
 *   <li>{@link org.rapport.security.model.User#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.rapport.security.model.User#getRoles <em>Roles</em>}</li>
 * </ul>
 *
 * @see org.rapport.security.model.SecurityPackage#getUser()
 * @model annotation="http://rapport.org/security area='security'"
 * @generated
 */
public interface User extends EObject {
	/**
	 * Returns the value of the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Login</em>' attribute.
	 * @see #setLogin(String)
	 * @see org.rapport.security.model.SecurityPackage#getUser_Login()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence unique='true' length='64'"
	 * @generated
	 */
	String getLogin();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.User#getLogin <em>Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Login</em>' attribute.
	 * @see #getLogin()
	 * @generated
	 */
	void setLogin(String value);

	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see org.rapport.security.model.SecurityPackage#getUser_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.User#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Password Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pbkdf2-sha256$ITERATIONS$SALT$HASH (salt and hash in Base64), so the iterations can be raised for new passwords while old ones still verify.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password Hash</em>' attribute.
	 * @see #setPasswordHash(String)
	 * @see org.rapport.security.model.SecurityPackage#getUser_PasswordHash()
	 * @model required="true"
	 *        annotation="http://rapport.org/audit values='masked'"
	 * @generated
	 */
	String getPasswordHash();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.User#getPasswordHash <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Hash</em>' attribute.
	 * @see #getPasswordHash()
	 * @generated
	 */
	void setPasswordHash(String value);

	/**
	 * Returns the value of the '<em><b>Failed Attempts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failed Attempts</em>' attribute.
	 * @see #setFailedAttempts(int)
	 * @see org.rapport.security.model.SecurityPackage#getUser_FailedAttempts()
	 * @model
	 * @generated
	 */
	int getFailedAttempts();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.User#getFailedAttempts <em>Failed Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failed Attempts</em>' attribute.
	 * @see #getFailedAttempts()
	 * @generated
	 */
	void setFailedAttempts(int value);

	/**
	 * Returns the value of the '<em><b>Locked Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locked Until</em>' attribute.
	 * @see #setLockedUntil(Instant)
	 * @see org.rapport.security.model.SecurityPackage#getUser_LockedUntil()
	 * @model dataType="org.rapport.security.model.Instant"
	 * @generated
	 */
	Instant getLockedUntil();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.User#getLockedUntil <em>Locked Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locked Until</em>' attribute.
	 * @see #getLockedUntil()
	 * @generated
	 */
	void setLockedUntil(Instant value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.rapport.security.model.SecurityPackage#getUser_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.User#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' reference list.
	 * The list contents are of type {@link org.rapport.security.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' reference list.
	 * @see org.rapport.security.model.SecurityPackage#getUser_Roles()
	 * @model
	 * @generated
	 */
	List<Role> getRoles();

} // User
