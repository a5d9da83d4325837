/**
 */
package org.rapport.persistence.testmodel;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Party</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.persistence.testmodel.Party#getReference <em>Reference</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Party#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see org.rapport.persistence.testmodel.TestmodelPackage#getParty()
 * @model abstract="true"
 *        annotation="http://rapport.org/security area='customers'"
 * @generated
 */
public interface Party extends EObject {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getParty_Reference()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence unique='true' length='40'"
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Party#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getParty_Name()
	 * @model annotation="http://rapport.org/security personal='true' erased='Erased'"
	 *        annotation="http://rapport.org/persistence index='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Party#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // Party
