/**
 */
package org.rapport.persistence.testmodel;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getBirthday <em>Birthday</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getIncome <em>Income</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#isVip <em>Vip</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getVisits <em>Visits</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getLoyaltyPoints <em>Loyalty Points</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getRating <em>Rating</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getLastContact <em>Last Contact</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getTags <em>Tags</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getOrders <em>Orders</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getAccountManager <em>Account Manager</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getFavourites <em>Favourites</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getCompany <em>Company</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getInteractions <em>Interactions</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Customer#getFormerAddresses <em>Former Addresses</em>}</li>
 * </ul>
 *
 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer()
 * @model annotation="http://rapport.org/security owner='accountManager.login' subject='reference'"
 * @generated
 */
public interface Customer extends Party {
	/**
	 * Returns the value of the '<em><b>Birthday</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birthday</em>' attribute.
	 * @see #setBirthday(LocalDate)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_Birthday()
	 * @model dataType="org.rapport.persistence.testmodel.LocalDate"
	 *        annotation="http://rapport.org/security personal='true' defaultAccess='service-agent=READ_ONLY'"
	 * @generated
	 */
	LocalDate getBirthday();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Customer#getBirthday <em>Birthday</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birthday</em>' attribute.
	 * @see #getBirthday()
	 * @generated
	 */
	void setBirthday(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Income</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Income</em>' attribute.
	 * @see #setIncome(BigDecimal)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_Income()
	 * @model annotation="http://rapport.org/security personal='true' defaultAccess='service-agent=HIDDEN sales=READ_ONLY'"
	 * @generated
	 */
	BigDecimal getIncome();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Customer#getIncome <em>Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Income</em>' attribute.
	 * @see #getIncome()
	 * @generated
	 */
	void setIncome(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Vip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vip</em>' attribute.
	 * @see #setVip(boolean)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_Vip()
	 * @model
	 * @generated
	 */
	boolean isVip();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Customer#isVip <em>Vip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vip</em>' attribute.
	 * @see #isVip()
	 * @generated
	 */
	void setVip(boolean value);

	/**
	 * Returns the value of the '<em><b>Visits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visits</em>' attribute.
	 * @see #setVisits(int)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_Visits()
	 * @model
	 * @generated
	 */
	int getVisits();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Customer#getVisits <em>Visits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visits</em>' attribute.
	 * @see #getVisits()
	 * @generated
	 */
	void setVisits(int value);

	/**
	 * Returns the value of the '<em><b>Loyalty Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loyalty Points</em>' attribute.
	 * @see #setLoyaltyPoints(long)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_LoyaltyPoints()
	 * @model
	 * @generated
	 */
	long getLoyaltyPoints();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Customer#getLoyaltyPoints <em>Loyalty Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loyalty Points</em>' attribute.
	 * @see #getLoyaltyPoints()
	 * @generated
	 */
	void setLoyaltyPoints(long value);

	/**
	 * Returns the value of the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rating</em>' attribute.
	 * @see #setRating(double)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_Rating()
	 * @model
	 * @generated
	 */
	double getRating();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Customer#getRating <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating</em>' attribute.
	 * @see #getRating()
	 * @generated
	 */
	void setRating(double value);

	/**
	 * Returns the value of the '<em><b>Last Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Contact</em>' attribute.
	 * @see #setLastContact(Instant)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_LastContact()
	 * @model dataType="org.rapport.persistence.testmodel.Instant"
	 * @generated
	 */
	Instant getLastContact();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Customer#getLastContact <em>Last Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Contact</em>' attribute.
	 * @see #getLastContact()
	 * @generated
	 */
	void setLastContact(Instant value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.persistence.testmodel.CustomerStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rapport.persistence.testmodel.CustomerStatus
	 * @see #setStatus(CustomerStatus)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_Status()
	 * @model
	 * @generated
	 */
	CustomerStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Customer#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rapport.persistence.testmodel.CustomerStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CustomerStatus value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_Tags()
	 * @model unique="false"
	 * @generated
	 */
	List<String> getTags();

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.persistence.testmodel.Address}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addresses</em>' containment reference list.
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_Addresses()
	 * @model containment="true"
	 * @generated
	 */
	List<Address> getAddresses();

	/**
	 * Returns the value of the '<em><b>Orders</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.persistence.testmodel.Order}.
	 * It is bidirectional and its opposite is '{@link org.rapport.persistence.testmodel.Order#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Orders</em>' containment reference list.
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_Orders()
	 * @see org.rapport.persistence.testmodel.Order#getCustomer
	 * @model opposite="customer" containment="true"
	 * @generated
	 */
	List<Order> getOrders();

	/**
	 * Returns the value of the '<em><b>Account Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Account Manager</em>' reference.
	 * @see #setAccountManager(Staff)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_AccountManager()
	 * @model
	 * @generated
	 */
	Staff getAccountManager();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Customer#getAccountManager <em>Account Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account Manager</em>' reference.
	 * @see #getAccountManager()
	 * @generated
	 */
	void setAccountManager(Staff value);

	/**
	 * Returns the value of the '<em><b>Favourites</b></em>' reference list.
	 * The list contents are of type {@link org.rapport.persistence.testmodel.Product}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Favourites</em>' reference list.
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_Favourites()
	 * @model
	 * @generated
	 */
	List<Product> getFavourites();

	/**
	 * Returns the value of the '<em><b>Company</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.rapport.persistence.testmodel.Company#getEmployees <em>Employees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Company</em>' reference.
	 * @see #setCompany(Company)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_Company()
	 * @see org.rapport.persistence.testmodel.Company#getEmployees
	 * @model opposite="employees"
	 * @generated
	 */
	Company getCompany();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Customer#getCompany <em>Company</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Company</em>' reference.
	 * @see #getCompany()
	 * @generated
	 */
	void setCompany(Company value);

	/**
	 * Returns the value of the '<em><b>Interactions</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.persistence.testmodel.Interaction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interactions</em>' containment reference list.
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_Interactions()
	 * @model containment="true"
	 * @generated
	 */
	List<Interaction> getInteractions();

	/**
	 * Returns the value of the '<em><b>Former Addresses</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.persistence.testmodel.Address}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Addresses the customer no longer uses: a second containment list of the same class, so an object can move between two features.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Former Addresses</em>' containment reference list.
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCustomer_FormerAddresses()
	 * @model containment="true"
	 * @generated
	 */
	List<Address> getFormerAddresses();

} // Customer
