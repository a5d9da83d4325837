/**
 */
package org.rapport.customers.model;

import java.math.BigDecimal;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Purchase</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One purchase: a product bought in some quantity for an amount, through a channel.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.Purchase#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.customers.model.Purchase#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.rapport.customers.model.Purchase#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.rapport.customers.model.Purchase#getProduct <em>Product</em>}</li>
 *   <li>{@link org.rapport.customers.model.Purchase#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rapport.customers.model.Purchase#getStore <em>Store</em>}</li>
 * </ul>
 *
 * @see org.rapport.customers.model.CustomersPackage#getPurchase()
 * @model annotation="http://rapport.org/security area='customers'"
 * @generated
 */
public interface Purchase extends EObject {
	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the purchase was made, as a point in time; shown and grouped by day in the clock service's zone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.rapport.customers.model.CustomersPackage#getPurchase_At()
	 * @model dataType="org.rapport.customers.model.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Purchase#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The amount paid for the whole line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.rapport.customers.model.CustomersPackage#getPurchase_Amount()
	 * @model annotation="http://rapport.org/persistence precision='14' scale='2'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Purchase#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see #setQuantity(int)
	 * @see org.rapport.customers.model.CustomersPackage#getPurchase_Quantity()
	 * @model
	 * @generated
	 */
	int getQuantity();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Purchase#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(int value);

	/**
	 * Returns the value of the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Product</em>' attribute.
	 * @see #setProduct(String)
	 * @see org.rapport.customers.model.CustomersPackage#getPurchase_Product()
	 * @model
	 * @generated
	 */
	String getProduct();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Purchase#getProduct <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' attribute.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.customers.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.rapport.customers.model.Channel
	 * @see #setChannel(Channel)
	 * @see org.rapport.customers.model.CustomersPackage#getPurchase_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Purchase#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.rapport.customers.model.Channel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Store</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The store or outlet, for purchases in a store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Store</em>' attribute.
	 * @see #setStore(String)
	 * @see org.rapport.customers.model.CustomersPackage#getPurchase_Store()
	 * @model
	 * @generated
	 */
	String getStore();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Purchase#getStore <em>Store</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Store</em>' attribute.
	 * @see #getStore()
	 * @generated
	 */
	void setStore(String value);

} // Purchase
