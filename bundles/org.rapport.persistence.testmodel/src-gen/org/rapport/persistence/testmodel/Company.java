/**
 */
package org.rapport.persistence.testmodel;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Company</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.persistence.testmodel.Company#getEmployees <em>Employees</em>}</li>
 * </ul>
 *
 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCompany()
 * @model
 * @generated
 */
public interface Company extends Party {
	/**
	 * Returns the value of the '<em><b>Employees</b></em>' reference list.
	 * The list contents are of type {@link org.rapport.persistence.testmodel.Customer}.
	 * It is bidirectional and its opposite is '{@link org.rapport.persistence.testmodel.Customer#getCompany <em>Company</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employees</em>' reference list.
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCompany_Employees()
	 * @see org.rapport.persistence.testmodel.Customer#getCompany
	 * @model opposite="company"
	 * @generated
	 */
	List<Customer> getEmployees();

} // Company
