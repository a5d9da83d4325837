/**
 */
package org.rapport.persistence.testmodel;

import java.math.BigDecimal;

import java.time.Instant;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Order</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.persistence.testmodel.Order#getNumber <em>Number</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Order#getPlaced <em>Placed</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Order#getTotal <em>Total</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Order#getLines <em>Lines</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Order#getCustomer <em>Customer</em>}</li>
 * </ul>
 *
 * @see org.rapport.persistence.testmodel.TestmodelPackage#getOrder()
 * @model annotation="http://rapport.org/security area='customers' owner='customer.accountManager.login'"
 * @generated
 */
public interface Order extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getOrder_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Order#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Placed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Placed</em>' attribute.
	 * @see #setPlaced(Instant)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getOrder_Placed()
	 * @model dataType="org.rapport.persistence.testmodel.Instant"
	 * @generated
	 */
	Instant getPlaced();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Order#getPlaced <em>Placed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Placed</em>' attribute.
	 * @see #getPlaced()
	 * @generated
	 */
	void setPlaced(Instant value);

	/**
	 * Returns the value of the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total</em>' attribute.
	 * @see #setTotal(BigDecimal)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getOrder_Total()
	 * @model
	 * @generated
	 */
	BigDecimal getTotal();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Order#getTotal <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' attribute.
	 * @see #getTotal()
	 * @generated
	 */
	void setTotal(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.persistence.testmodel.OrderLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lines</em>' containment reference list.
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getOrder_Lines()
	 * @model containment="true"
	 * @generated
	 */
	List<OrderLine> getLines();

	/**
	 * Returns the value of the '<em><b>Customer</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.rapport.persistence.testmodel.Customer#getOrders <em>Orders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer</em>' container reference.
	 * @see #setCustomer(Customer)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getOrder_Customer()
	 * @see org.rapport.persistence.testmodel.Customer#getOrders
	 * @model opposite="orders" transient="false"
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Order#getCustomer <em>Customer</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' container reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

} // Order
