/**
 */
package org.rapport.security.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.security.model.Role#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.security.model.Role#isPreset <em>Preset</em>}</li>
 *   <li>{@link org.rapport.security.model.Role#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rapport.security.model.Role#getPermissions <em>Permissions</em>}</li>
 *   <li>{@link org.rapport.security.model.Role#getFieldRules <em>Field Rules</em>}</li>
 * </ul>
 *
 * @see org.rapport.security.model.SecurityPackage#getRole()
 * @model annotation="http://rapport.org/security area='security'"
 * @generated
 */
public interface Role extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rapport.security.model.SecurityPackage#getRole_Name()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence unique='true' length='64'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.Role#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Preset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preset</em>' attribute.
	 * @see #setPreset(boolean)
	 * @see org.rapport.security.model.SecurityPackage#getRole_Preset()
	 * @model
	 * @generated
	 */
	boolean isPreset();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.Role#isPreset <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preset</em>' attribute.
	 * @see #isPreset()
	 * @generated
	 */
	void setPreset(boolean value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.rapport.security.model.SecurityPackage#getRole_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.Role#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Permissions</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.security.model.Permission}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Permissions</em>' containment reference list.
	 * @see org.rapport.security.model.SecurityPackage#getRole_Permissions()
	 * @model containment="true"
	 * @generated
	 */
	List<Permission> getPermissions();

	/**
	 * Returns the value of the '<em><b>Field Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.security.model.FieldRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Rules</em>' containment reference list.
	 * @see org.rapport.security.model.SecurityPackage#getRole_FieldRules()
	 * @model containment="true"
	 * @generated
	 */
	List<FieldRule> getFieldRules();

} // Role
