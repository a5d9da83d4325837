/**
 */
package org.rapport.persistence.testmodel.impl;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EClass;

import org.rapport.persistence.api.PersistentObject;

import org.rapport.persistence.testmodel.OrderLine;
import org.rapport.persistence.testmodel.Product;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Order Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.persistence.testmodel.impl.OrderLineImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.OrderLineImpl#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.OrderLineImpl#getPrice <em>Price</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrderLineImpl extends PersistentObject implements OrderLine {
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
	 * The default value of the '{@link #getPrice() <em>Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrice()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PRICE_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrderLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TestmodelPackage.Literals.ORDER_LINE;
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
	public Product getProduct() {
		return (Product)eDynamicGet(TestmodelPackage.ORDER_LINE__PRODUCT, TestmodelPackage.Literals.ORDER_LINE__PRODUCT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Product basicGetProduct() {
		return (Product)eDynamicGet(TestmodelPackage.ORDER_LINE__PRODUCT, TestmodelPackage.Literals.ORDER_LINE__PRODUCT, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(Product newProduct) {
		eDynamicSet(TestmodelPackage.ORDER_LINE__PRODUCT, TestmodelPackage.Literals.ORDER_LINE__PRODUCT, newProduct);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuantity() {
		return (Integer)eDynamicGet(TestmodelPackage.ORDER_LINE__QUANTITY, TestmodelPackage.Literals.ORDER_LINE__QUANTITY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantity(int newQuantity) {
		eDynamicSet(TestmodelPackage.ORDER_LINE__QUANTITY, TestmodelPackage.Literals.ORDER_LINE__QUANTITY, newQuantity);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPrice() {
		return (BigDecimal)eDynamicGet(TestmodelPackage.ORDER_LINE__PRICE, TestmodelPackage.Literals.ORDER_LINE__PRICE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrice(BigDecimal newPrice) {
		eDynamicSet(TestmodelPackage.ORDER_LINE__PRICE, TestmodelPackage.Literals.ORDER_LINE__PRICE, newPrice);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TestmodelPackage.ORDER_LINE__PRODUCT:
				if (resolve) return getProduct();
				return basicGetProduct();
			case TestmodelPackage.ORDER_LINE__QUANTITY:
				return getQuantity();
			case TestmodelPackage.ORDER_LINE__PRICE:
				return getPrice();
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
			case TestmodelPackage.ORDER_LINE__PRODUCT:
				setProduct((Product)newValue);
				return;
			case TestmodelPackage.ORDER_LINE__QUANTITY:
				setQuantity((Integer)newValue);
				return;
			case TestmodelPackage.ORDER_LINE__PRICE:
				setPrice((BigDecimal)newValue);
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
			case TestmodelPackage.ORDER_LINE__PRODUCT:
				setProduct((Product)null);
				return;
			case TestmodelPackage.ORDER_LINE__QUANTITY:
				setQuantity(QUANTITY_EDEFAULT);
				return;
			case TestmodelPackage.ORDER_LINE__PRICE:
				setPrice(PRICE_EDEFAULT);
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
			case TestmodelPackage.ORDER_LINE__PRODUCT:
				return basicGetProduct() != null;
			case TestmodelPackage.ORDER_LINE__QUANTITY:
				return getQuantity() != QUANTITY_EDEFAULT;
			case TestmodelPackage.ORDER_LINE__PRICE:
				return PRICE_EDEFAULT == null ? getPrice() != null : !PRICE_EDEFAULT.equals(getPrice());
		}
		return super.eIsSet(featureID);
	}

} //OrderLineImpl
