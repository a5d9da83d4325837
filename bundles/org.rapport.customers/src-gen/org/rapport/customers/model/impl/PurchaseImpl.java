/**
 */
package org.rapport.customers.model.impl;

import java.math.BigDecimal;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;

import org.rapport.customers.model.Channel;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.Purchase;

import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Purchase</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.impl.PurchaseImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.PurchaseImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.PurchaseImpl#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.PurchaseImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.PurchaseImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.PurchaseImpl#getStore <em>Store</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.PurchaseImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.PurchaseImpl#getOrderRef <em>Order Ref</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.PurchaseImpl#getOrderLine <em>Order Line</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.PurchaseImpl#getImportId <em>Import Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PurchaseImpl extends PersistentObject implements Purchase {
	/**
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final int QUANTITY_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANNEL_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getStore() <em>Store</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStore()
	 * @generated
	 * @ordered
	 */
	protected static final String STORE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PurchaseKind KIND_EDEFAULT = PurchaseKind.SALE;

	/**
	 * The default value of the '{@link #getOrderRef() <em>Order Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderRef()
	 * @generated
	 * @ordered
	 */
	protected static final String ORDER_REF_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getOrderLine() <em>Order Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderLine()
	 * @generated
	 * @ordered
	 */
	protected static final String ORDER_LINE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getImportId() <em>Import Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportId()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPORT_ID_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PurchaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CustomersPackage.Literals.PURCHASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected int eStaticFeatureCount() {
		return 0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAt() {
		return (Instant)eDynamicGet(CustomersPackage.PURCHASE__AT, CustomersPackage.Literals.PURCHASE__AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		eDynamicSet(CustomersPackage.PURCHASE__AT, CustomersPackage.Literals.PURCHASE__AT, newAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount() {
		return (BigDecimal)eDynamicGet(CustomersPackage.PURCHASE__AMOUNT, CustomersPackage.Literals.PURCHASE__AMOUNT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount) {
		eDynamicSet(CustomersPackage.PURCHASE__AMOUNT, CustomersPackage.Literals.PURCHASE__AMOUNT, newAmount);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuantity() {
		return (Integer)eDynamicGet(CustomersPackage.PURCHASE__QUANTITY, CustomersPackage.Literals.PURCHASE__QUANTITY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantity(int newQuantity) {
		eDynamicSet(CustomersPackage.PURCHASE__QUANTITY, CustomersPackage.Literals.PURCHASE__QUANTITY, newQuantity);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProduct() {
		return (String)eDynamicGet(CustomersPackage.PURCHASE__PRODUCT, CustomersPackage.Literals.PURCHASE__PRODUCT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(String newProduct) {
		eDynamicSet(CustomersPackage.PURCHASE__PRODUCT, CustomersPackage.Literals.PURCHASE__PRODUCT, newProduct);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChannel() {
		return (String)eDynamicGet(CustomersPackage.PURCHASE__CHANNEL, CustomersPackage.Literals.PURCHASE__CHANNEL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(String newChannel) {
		eDynamicSet(CustomersPackage.PURCHASE__CHANNEL, CustomersPackage.Literals.PURCHASE__CHANNEL, newChannel);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStore() {
		return (String)eDynamicGet(CustomersPackage.PURCHASE__STORE, CustomersPackage.Literals.PURCHASE__STORE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStore(String newStore) {
		eDynamicSet(CustomersPackage.PURCHASE__STORE, CustomersPackage.Literals.PURCHASE__STORE, newStore);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PurchaseKind getKind() {
		return (PurchaseKind)eDynamicGet(CustomersPackage.PURCHASE__KIND, CustomersPackage.Literals.PURCHASE__KIND, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PurchaseKind newKind) {
		eDynamicSet(CustomersPackage.PURCHASE__KIND, CustomersPackage.Literals.PURCHASE__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrderRef() {
		return (String)eDynamicGet(CustomersPackage.PURCHASE__ORDER_REF, CustomersPackage.Literals.PURCHASE__ORDER_REF, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrderRef(String newOrderRef) {
		eDynamicSet(CustomersPackage.PURCHASE__ORDER_REF, CustomersPackage.Literals.PURCHASE__ORDER_REF, newOrderRef);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrderLine() {
		return (String)eDynamicGet(CustomersPackage.PURCHASE__ORDER_LINE, CustomersPackage.Literals.PURCHASE__ORDER_LINE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrderLine(String newOrderLine) {
		eDynamicSet(CustomersPackage.PURCHASE__ORDER_LINE, CustomersPackage.Literals.PURCHASE__ORDER_LINE, newOrderLine);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImportId() {
		return (String)eDynamicGet(CustomersPackage.PURCHASE__IMPORT_ID, CustomersPackage.Literals.PURCHASE__IMPORT_ID, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportId(String newImportId) {
		eDynamicSet(CustomersPackage.PURCHASE__IMPORT_ID, CustomersPackage.Literals.PURCHASE__IMPORT_ID, newImportId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CustomersPackage.PURCHASE__AT:
				return getAt();
			case CustomersPackage.PURCHASE__AMOUNT:
				return getAmount();
			case CustomersPackage.PURCHASE__QUANTITY:
				return getQuantity();
			case CustomersPackage.PURCHASE__PRODUCT:
				return getProduct();
			case CustomersPackage.PURCHASE__CHANNEL:
				return getChannel();
			case CustomersPackage.PURCHASE__STORE:
				return getStore();
			case CustomersPackage.PURCHASE__KIND:
				return getKind();
			case CustomersPackage.PURCHASE__ORDER_REF:
				return getOrderRef();
			case CustomersPackage.PURCHASE__ORDER_LINE:
				return getOrderLine();
			case CustomersPackage.PURCHASE__IMPORT_ID:
				return getImportId();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CustomersPackage.PURCHASE__AT:
				setAt((Instant)newValue);
				return;
			case CustomersPackage.PURCHASE__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case CustomersPackage.PURCHASE__QUANTITY:
				setQuantity((Integer)newValue);
				return;
			case CustomersPackage.PURCHASE__PRODUCT:
				setProduct((String)newValue);
				return;
			case CustomersPackage.PURCHASE__CHANNEL:
				setChannel((String)newValue);
				return;
			case CustomersPackage.PURCHASE__STORE:
				setStore((String)newValue);
				return;
			case CustomersPackage.PURCHASE__KIND:
				setKind((PurchaseKind)newValue);
				return;
			case CustomersPackage.PURCHASE__ORDER_REF:
				setOrderRef((String)newValue);
				return;
			case CustomersPackage.PURCHASE__ORDER_LINE:
				setOrderLine((String)newValue);
				return;
			case CustomersPackage.PURCHASE__IMPORT_ID:
				setImportId((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CustomersPackage.PURCHASE__AT:
				setAt(AT_EDEFAULT);
				return;
			case CustomersPackage.PURCHASE__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case CustomersPackage.PURCHASE__QUANTITY:
				setQuantity(QUANTITY_EDEFAULT);
				return;
			case CustomersPackage.PURCHASE__PRODUCT:
				setProduct(PRODUCT_EDEFAULT);
				return;
			case CustomersPackage.PURCHASE__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case CustomersPackage.PURCHASE__STORE:
				setStore(STORE_EDEFAULT);
				return;
			case CustomersPackage.PURCHASE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CustomersPackage.PURCHASE__ORDER_REF:
				setOrderRef(ORDER_REF_EDEFAULT);
				return;
			case CustomersPackage.PURCHASE__ORDER_LINE:
				setOrderLine(ORDER_LINE_EDEFAULT);
				return;
			case CustomersPackage.PURCHASE__IMPORT_ID:
				setImportId(IMPORT_ID_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CustomersPackage.PURCHASE__AT:
				return AT_EDEFAULT == null ? getAt() != null : !AT_EDEFAULT.equals(getAt());
			case CustomersPackage.PURCHASE__AMOUNT:
				return AMOUNT_EDEFAULT == null ? getAmount() != null : !AMOUNT_EDEFAULT.equals(getAmount());
			case CustomersPackage.PURCHASE__QUANTITY:
				return getQuantity() != QUANTITY_EDEFAULT;
			case CustomersPackage.PURCHASE__PRODUCT:
				return PRODUCT_EDEFAULT == null ? getProduct() != null : !PRODUCT_EDEFAULT.equals(getProduct());
			case CustomersPackage.PURCHASE__CHANNEL:
				return CHANNEL_EDEFAULT == null ? getChannel() != null : !CHANNEL_EDEFAULT.equals(getChannel());
			case CustomersPackage.PURCHASE__STORE:
				return STORE_EDEFAULT == null ? getStore() != null : !STORE_EDEFAULT.equals(getStore());
			case CustomersPackage.PURCHASE__KIND:
				return getKind() != KIND_EDEFAULT;
			case CustomersPackage.PURCHASE__ORDER_REF:
				return ORDER_REF_EDEFAULT == null ? getOrderRef() != null : !ORDER_REF_EDEFAULT.equals(getOrderRef());
			case CustomersPackage.PURCHASE__ORDER_LINE:
				return ORDER_LINE_EDEFAULT == null ? getOrderLine() != null : !ORDER_LINE_EDEFAULT.equals(getOrderLine());
			case CustomersPackage.PURCHASE__IMPORT_ID:
				return IMPORT_ID_EDEFAULT == null ? getImportId() != null : !IMPORT_ID_EDEFAULT.equals(getImportId());
		}
		return super.eIsSet(featureID);
	}

} //PurchaseImpl
