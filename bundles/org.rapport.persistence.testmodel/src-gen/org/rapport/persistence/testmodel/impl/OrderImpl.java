/**
 */
package org.rapport.persistence.testmodel.impl;

import java.math.BigDecimal;

import java.time.Instant;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.persistence.api.PersistentObject;

import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.Order;
import org.rapport.persistence.testmodel.OrderLine;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Order</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.persistence.testmodel.impl.OrderImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.OrderImpl#getPlaced <em>Placed</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.OrderImpl#getTotal <em>Total</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.OrderImpl#getLines <em>Lines</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.OrderImpl#getCustomer <em>Customer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrderImpl extends PersistentObject implements Order {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getPlaced() <em>Placed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaced()
	 * @generated
	 * @ordered
	 */
	protected static final Instant PLACED_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TOTAL_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TestmodelPackage.Literals.ORDER;
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
	public String getNumber() {
		return (String)eDynamicGet(TestmodelPackage.ORDER__NUMBER, TestmodelPackage.Literals.ORDER__NUMBER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		eDynamicSet(TestmodelPackage.ORDER__NUMBER, TestmodelPackage.Literals.ORDER__NUMBER, newNumber);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getPlaced() {
		return (Instant)eDynamicGet(TestmodelPackage.ORDER__PLACED, TestmodelPackage.Literals.ORDER__PLACED, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlaced(Instant newPlaced) {
		eDynamicSet(TestmodelPackage.ORDER__PLACED, TestmodelPackage.Literals.ORDER__PLACED, newPlaced);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTotal() {
		return (BigDecimal)eDynamicGet(TestmodelPackage.ORDER__TOTAL, TestmodelPackage.Literals.ORDER__TOTAL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotal(BigDecimal newTotal) {
		eDynamicSet(TestmodelPackage.ORDER__TOTAL, TestmodelPackage.Literals.ORDER__TOTAL, newTotal);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<OrderLine> getLines() {
		return (List<OrderLine>)eDynamicGet(TestmodelPackage.ORDER__LINES, TestmodelPackage.Literals.ORDER__LINES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer getCustomer() {
		return (Customer)eDynamicGet(TestmodelPackage.ORDER__CUSTOMER, TestmodelPackage.Literals.ORDER__CUSTOMER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCustomer(Customer newCustomer, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newCustomer, TestmodelPackage.ORDER__CUSTOMER, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(Customer newCustomer) {
		eDynamicSet(TestmodelPackage.ORDER__CUSTOMER, TestmodelPackage.Literals.ORDER__CUSTOMER, newCustomer);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TestmodelPackage.ORDER__CUSTOMER:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetCustomer((Customer)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TestmodelPackage.ORDER__LINES:
				return ((InternalEList<?>)getLines()).basicRemove(otherEnd, msgs);
			case TestmodelPackage.ORDER__CUSTOMER:
				return basicSetCustomer(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case TestmodelPackage.ORDER__CUSTOMER:
				return eInternalContainer().eInverseRemove(this, TestmodelPackage.CUSTOMER__ORDERS, Customer.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TestmodelPackage.ORDER__NUMBER:
				return getNumber();
			case TestmodelPackage.ORDER__PLACED:
				return getPlaced();
			case TestmodelPackage.ORDER__TOTAL:
				return getTotal();
			case TestmodelPackage.ORDER__LINES:
				return getLines();
			case TestmodelPackage.ORDER__CUSTOMER:
				return getCustomer();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TestmodelPackage.ORDER__NUMBER:
				setNumber((String)newValue);
				return;
			case TestmodelPackage.ORDER__PLACED:
				setPlaced((Instant)newValue);
				return;
			case TestmodelPackage.ORDER__TOTAL:
				setTotal((BigDecimal)newValue);
				return;
			case TestmodelPackage.ORDER__LINES:
				getLines().clear();
				getLines().addAll((Collection<? extends OrderLine>)newValue);
				return;
			case TestmodelPackage.ORDER__CUSTOMER:
				setCustomer((Customer)newValue);
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
			case TestmodelPackage.ORDER__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case TestmodelPackage.ORDER__PLACED:
				setPlaced(PLACED_EDEFAULT);
				return;
			case TestmodelPackage.ORDER__TOTAL:
				setTotal(TOTAL_EDEFAULT);
				return;
			case TestmodelPackage.ORDER__LINES:
				getLines().clear();
				return;
			case TestmodelPackage.ORDER__CUSTOMER:
				setCustomer((Customer)null);
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
			case TestmodelPackage.ORDER__NUMBER:
				return NUMBER_EDEFAULT == null ? getNumber() != null : !NUMBER_EDEFAULT.equals(getNumber());
			case TestmodelPackage.ORDER__PLACED:
				return PLACED_EDEFAULT == null ? getPlaced() != null : !PLACED_EDEFAULT.equals(getPlaced());
			case TestmodelPackage.ORDER__TOTAL:
				return TOTAL_EDEFAULT == null ? getTotal() != null : !TOTAL_EDEFAULT.equals(getTotal());
			case TestmodelPackage.ORDER__LINES:
				return !getLines().isEmpty();
			case TestmodelPackage.ORDER__CUSTOMER:
				return getCustomer() != null;
		}
		return super.eIsSet(featureID);
	}

} //OrderImpl
