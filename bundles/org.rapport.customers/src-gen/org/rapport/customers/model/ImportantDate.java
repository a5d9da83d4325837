/**
 */
package org.rapport.customers.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Important Date</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A date that matters to the customer other than the birthday, such as a wedding anniversary.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.ImportantDate#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rapport.customers.model.ImportantDate#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @see org.rapport.customers.model.CustomersPackage#getImportantDate()
 * @model annotation="http://rapport.org/security area='customers'"
 * @generated
 */
public interface ImportantDate extends EObject {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.rapport.customers.model.CustomersPackage#getImportantDate_Label()
	 * @model annotation="http://rapport.org/persistence length='128'"
	 *        annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.ImportantDate#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.rapport.customers.model.CustomersPackage#getImportantDate_Date()
	 * @model dataType="org.rapport.customers.model.LocalDate"
	 *        annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.ImportantDate#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

} // ImportantDate
