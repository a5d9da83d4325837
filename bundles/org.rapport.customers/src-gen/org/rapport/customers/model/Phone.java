/**
 */
package org.rapport.customers.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Phone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A phone number of the customer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.Phone#getNumber <em>Number</em>}</li>
 *   <li>{@link org.rapport.customers.model.Phone#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rapport.customers.model.Phone#isValid <em>Valid</em>}</li>
 * </ul>
 *
 * @see org.rapport.customers.model.CustomersPackage#getPhone()
 * @model annotation="http://rapport.org/security area='customers'"
 * @generated
 */
public interface Phone extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Normalised as Contacts.normalisePhone does it (+ and digits, E.164-like), so duplicates are found by equality.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.rapport.customers.model.CustomersPackage#getPhone_Number()
	 * @model annotation="http://rapport.org/persistence index='true' length='32'"
	 *        annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Phone#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mobile, home, work...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.rapport.customers.model.CustomersPackage#getPhone_Label()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Phone#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Valid</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False once the number was found not to work.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid</em>' attribute.
	 * @see #setValid(boolean)
	 * @see org.rapport.customers.model.CustomersPackage#getPhone_Valid()
	 * @model default="true"
	 * @generated
	 */
	boolean isValid();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Phone#isValid <em>Valid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid</em>' attribute.
	 * @see #isValid()
	 * @generated
	 */
	void setValid(boolean value);

} // Phone
