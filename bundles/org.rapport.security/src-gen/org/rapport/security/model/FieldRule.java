/**
 */
package org.rapport.security.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Field Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.security.model.FieldRule#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.rapport.security.model.FieldRule#getAccess <em>Access</em>}</li>
 * </ul>
 *
 * @see org.rapport.security.model.SecurityPackage#getFieldRule()
 * @model annotation="http://rapport.org/security area='security'"
 * @generated
 */
public interface FieldRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The feature the rule restricts, as nsURI#EClass.feature.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature</em>' attribute.
	 * @see #setFeature(String)
	 * @see org.rapport.security.model.SecurityPackage#getFieldRule_Feature()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='400'"
	 * @generated
	 */
	String getFeature();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.FieldRule#getFeature <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature</em>' attribute.
	 * @see #getFeature()
	 * @generated
	 */
	void setFeature(String value);

	/**
	 * Returns the value of the '<em><b>Access</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.security.model.FieldAccess}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Access</em>' attribute.
	 * @see org.rapport.security.model.FieldAccess
	 * @see #setAccess(FieldAccess)
	 * @see org.rapport.security.model.SecurityPackage#getFieldRule_Access()
	 * @model required="true"
	 * @generated
	 */
	FieldAccess getAccess();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.FieldRule#getAccess <em>Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access</em>' attribute.
	 * @see org.rapport.security.model.FieldAccess
	 * @see #getAccess()
	 * @generated
	 */
	void setAccess(FieldAccess value);

} // FieldRule
