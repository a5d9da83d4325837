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
 *   <li>{@link org.rapport.customers.model.Purchase#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.customers.model.Purchase#getOrderRef <em>Order Ref</em>}</li>
 *   <li>{@link org.rapport.customers.model.Purchase#getOrderLine <em>Order Line</em>}</li>
 *   <li>{@link org.rapport.customers.model.Purchase#getImportId <em>Import Id</em>}</li>
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
	 *        annotation="http://rapport.org/persistence index='true'"
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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code of a channel, as Customer.channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see #setChannel(String)
	 * @see org.rapport.customers.model.CustomersPackage#getPurchase_Channel()
	 * @model
	 * @generated
	 */
	String getChannel();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Purchase#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(String value);

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

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.customers.model.PurchaseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sale, or a return (refund) that reverses one: a return's amount is negative, so spend and revenue are the sum of the amounts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.customers.model.PurchaseKind
	 * @see #setKind(PurchaseKind)
	 * @see org.rapport.customers.model.CustomersPackage#getPurchase_Kind()
	 * @model
	 * @generated
	 */
	PurchaseKind getKind();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Purchase#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.customers.model.PurchaseKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PurchaseKind value);

	/**
	 * Returns the value of the '<em><b>Order Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The order (receipt, invoice) the record belongs to, as the selling system names it; a return names the order of the purchase it reverses. An import skips a record whose order is already stored for the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Order Ref</em>' attribute.
	 * @see #setOrderRef(String)
	 * @see org.rapport.customers.model.CustomersPackage#getPurchase_OrderRef()
	 * @model annotation="http://rapport.org/persistence index='true' length='64'"
	 * @generated
	 */
	String getOrderRef();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Purchase#getOrderRef <em>Order Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order Ref</em>' attribute.
	 * @see #getOrderRef()
	 * @generated
	 */
	void setOrderRef(String value);

	/**
	 * Returns the value of the '<em><b>Order Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line of the order, when the selling system numbers them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Order Line</em>' attribute.
	 * @see #setOrderLine(String)
	 * @see org.rapport.customers.model.CustomersPackage#getPurchase_OrderLine()
	 * @model annotation="http://rapport.org/persistence length='32'"
	 * @generated
	 */
	String getOrderLine();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Purchase#getOrderLine <em>Order Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order Line</em>' attribute.
	 * @see #getOrderLine()
	 * @generated
	 */
	void setOrderLine(String value);

	/**
	 * Returns the value of the '<em><b>Import Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The import run that stored the record (ImportRun.importId); empty for records entered by hand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Import Id</em>' attribute.
	 * @see #setImportId(String)
	 * @see org.rapport.customers.model.CustomersPackage#getPurchase_ImportId()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getImportId();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Purchase#getImportId <em>Import Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Import Id</em>' attribute.
	 * @see #getImportId()
	 * @generated
	 */
	void setImportId(String value);

} // Purchase
