/**
 */
package org.rapport.customers.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Email Address</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An e-mail address of the customer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.EmailAddress#getAddress <em>Address</em>}</li>
 *   <li>{@link org.rapport.customers.model.EmailAddress#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rapport.customers.model.EmailAddress#isValid <em>Valid</em>}</li>
 * </ul>
 *
 * @see org.rapport.customers.model.CustomersPackage#getEmailAddress()
 * @model annotation="http://rapport.org/security area='customers'"
 * @generated
 */
public interface EmailAddress extends EObject {
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Normalised as Contacts.normaliseEmail does it (trimmed, lower case), so duplicates are found by equality.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.rapport.customers.model.CustomersPackage#getEmailAddress_Address()
	 * @model annotation="http://rapport.org/persistence index='true' length='254'"
	 *        annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.EmailAddress#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.rapport.customers.model.CustomersPackage#getEmailAddress_Label()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.EmailAddress#getLabel <em>Label</em>}' attribute.
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
	 * False once mail to the address bounced or it was found wrong.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid</em>' attribute.
	 * @see #setValid(boolean)
	 * @see org.rapport.customers.model.CustomersPackage#getEmailAddress_Valid()
	 * @model default="true"
	 * @generated
	 */
	boolean isValid();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.EmailAddress#isValid <em>Valid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid</em>' attribute.
	 * @see #isValid()
	 * @generated
	 */
	void setValid(boolean value);

} // EmailAddress
