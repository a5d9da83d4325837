/**
 */
package org.rapport.persistence.testmodel;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Address</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.persistence.testmodel.Address#getStreet <em>Street</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Address#getCity <em>City</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Address#getPostcode <em>Postcode</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Address#isPrimary <em>Primary</em>}</li>
 * </ul>
 *
 * @see org.rapport.persistence.testmodel.TestmodelPackage#getAddress()
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
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getAddress_Street()
	 * @model annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getStreet();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Address#getStreet <em>Street</em>}' attribute.
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
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getAddress_City()
	 * @model annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getCity();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Address#getCity <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>City</em>' attribute.
	 * @see #getCity()
	 * @generated
	 */
	void setCity(String value);

	/**
	 * Returns the value of the '<em><b>Postcode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Postcode</em>' attribute.
	 * @see #setPostcode(String)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getAddress_Postcode()
	 * @model
	 * @generated
	 */
	String getPostcode();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Address#getPostcode <em>Postcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Postcode</em>' attribute.
	 * @see #getPostcode()
	 * @generated
	 */
	void setPostcode(String value);

	/**
	 * Returns the value of the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary</em>' attribute.
	 * @see #setPrimary(boolean)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getAddress_Primary()
	 * @model
	 * @generated
	 */
	boolean isPrimary();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Address#isPrimary <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary</em>' attribute.
	 * @see #isPrimary()
	 * @generated
	 */
	void setPrimary(boolean value);

} // Address
