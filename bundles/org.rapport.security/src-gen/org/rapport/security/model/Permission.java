/**
 */
package org.rapport.security.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Permission</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.security.model.Permission#getArea <em>Area</em>}</li>
 *   <li>{@link org.rapport.security.model.Permission#getAction <em>Action</em>}</li>
 *   <li>{@link org.rapport.security.model.Permission#getScope <em>Scope</em>}</li>
 * </ul>
 *
 * @see org.rapport.security.model.SecurityPackage#getPermission()
 * @model annotation="http://rapport.org/security area='security'"
 * @generated
 */
public interface Permission extends EObject {
	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A data area such as customers, complaints or product-usage; * stands for every area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see #setArea(String)
	 * @see org.rapport.security.model.SecurityPackage#getPermission_Area()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getArea();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.Permission#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(String value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.security.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see org.rapport.security.model.Action
	 * @see #setAction(Action)
	 * @see org.rapport.security.model.SecurityPackage#getPermission_Action()
	 * @model required="true"
	 * @generated
	 */
	Action getAction();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.Permission#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see org.rapport.security.model.Action
	 * @see #getAction()
	 * @generated
	 */
	void setAction(Action value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.security.model.Scope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see org.rapport.security.model.Scope
	 * @see #setScope(Scope)
	 * @see org.rapport.security.model.SecurityPackage#getPermission_Scope()
	 * @model required="true"
	 * @generated
	 */
	Scope getScope();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.Permission#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see org.rapport.security.model.Scope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(Scope value);

} // Permission
