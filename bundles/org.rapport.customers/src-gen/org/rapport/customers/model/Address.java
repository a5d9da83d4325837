/**
 */
package org.rapport.customers.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Address</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A postal address.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.Address#getStreet <em>Street</em>}</li>
 *   <li>{@link org.rapport.customers.model.Address#getCity <em>City</em>}</li>
 *   <li>{@link org.rapport.customers.model.Address#getPostalCode <em>Postal Code</em>}</li>
 *   <li>{@link org.rapport.customers.model.Address#getCountry <em>Country</em>}</li>
 * </ul>
 *
 * @see org.rapport.customers.model.CustomersPackage#getAddress()
 * @model annotation="http://rapport.org/security area='customers'"
 * @generated
 */
public interface Address extends EObject {
	/**
	 * Returns the value of the '<em><b>Street</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Street</em>' attribute.
	 * @see #setStreet(String)
	 * @see org.rapport.customers.model.CustomersPackage#getAddress_Street()
	 * @model annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getStreet();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Address#getStreet <em>Street</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Street</em>' attribute.
	 * @see #getStreet()
	 * @generated
	 */
	void setStreet(String value);

	/**
	 * Returns the value of the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>City</em>' attribute.
	 * @see #setCity(String)
	 * @see org.rapport.customers.model.CustomersPackage#getAddress_City()
	 * @model annotation="http://rapport.org/persistence length='128'"
	 *        annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getCity();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Address#getCity <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>City</em>' attribute.
	 * @see #getCity()
	 * @generated
	 */
	void setCity(String value);

	/**
	 * Returns the value of the '<em><b>Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Postal Code</em>' attribute.
	 * @see #setPostalCode(String)
	 * @see org.rapport.customers.model.CustomersPackage#getAddress_PostalCode()
	 * @model annotation="http://rapport.org/persistence length='32'"
	 *        annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getPostalCode();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Address#getPostalCode <em>Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Postal Code</em>' attribute.
	 * @see #getPostalCode()
	 * @generated
	 */
	void setPostalCode(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.rapport.customers.model.CustomersPackage#getAddress_Country()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 *        annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Address#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

} // Address
