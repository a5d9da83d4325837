/**
 */
package org.rapport.persistence.testmodel.impl;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EClass;

import org.rapport.persistence.api.PersistentObject;

import org.rapport.persistence.testmodel.Product;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Product</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.persistence.testmodel.impl.ProductImpl#getSku <em>Sku</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.ProductImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.ProductImpl#getPrice <em>Price</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProductImpl extends PersistentObject implements Product {
	/**
	 * The default value of the '{@link #getSku() <em>Sku</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSku()
	 * @generated
	 * @ordered
	 */
	protected static final String SKU_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

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
	protected ProductImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TestmodelPackage.Literals.PRODUCT;
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
	public String getSku() {
		return (String)eDynamicGet(TestmodelPackage.PRODUCT__SKU, TestmodelPackage.Literals.PRODUCT__SKU, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSku(String newSku) {
		eDynamicSet(TestmodelPackage.PRODUCT__SKU, TestmodelPackage.Literals.PRODUCT__SKU, newSku);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return (String)eDynamicGet(TestmodelPackage.PRODUCT__NAME, TestmodelPackage.Literals.PRODUCT__NAME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eDynamicSet(TestmodelPackage.PRODUCT__NAME, TestmodelPackage.Literals.PRODUCT__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPrice() {
		return (BigDecimal)eDynamicGet(TestmodelPackage.PRODUCT__PRICE, TestmodelPackage.Literals.PRODUCT__PRICE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrice(BigDecimal newPrice) {
		eDynamicSet(TestmodelPackage.PRODUCT__PRICE, TestmodelPackage.Literals.PRODUCT__PRICE, newPrice);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TestmodelPackage.PRODUCT__SKU:
				return getSku();
			case TestmodelPackage.PRODUCT__NAME:
				return getName();
			case TestmodelPackage.PRODUCT__PRICE:
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
			case TestmodelPackage.PRODUCT__SKU:
				setSku((String)newValue);
				return;
			case TestmodelPackage.PRODUCT__NAME:
				setName((String)newValue);
				return;
			case TestmodelPackage.PRODUCT__PRICE:
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
			case TestmodelPackage.PRODUCT__SKU:
				setSku(SKU_EDEFAULT);
				return;
			case TestmodelPackage.PRODUCT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TestmodelPackage.PRODUCT__PRICE:
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
			case TestmodelPackage.PRODUCT__SKU:
				return SKU_EDEFAULT == null ? getSku() != null : !SKU_EDEFAULT.equals(getSku());
			case TestmodelPackage.PRODUCT__NAME:
				return NAME_EDEFAULT == null ? getName() != null : !NAME_EDEFAULT.equals(getName());
			case TestmodelPackage.PRODUCT__PRICE:
				return PRICE_EDEFAULT == null ? getPrice() != null : !PRICE_EDEFAULT.equals(getPrice());
		}
		return super.eIsSet(featureID);
	}

} //ProductImpl
