/**
 */
package org.rapport.persistence.testmodel.impl;

import java.math.BigDecimal;

import java.time.Instant;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

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
	 * The cached value of the '{@link #getPlaced() <em>Placed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaced()
	 * @generated
	 * @ordered
	 */
	protected Instant placed = PLACED_EDEFAULT;

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
	 * The cached value of the '{@link #getTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal total = TOTAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLines() <em>Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected EList<OrderLine> lines;

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
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TestmodelPackage.ORDER__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getPlaced() {
		return placed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlaced(Instant newPlaced) {
		Instant oldPlaced = placed;
		placed = newPlaced;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TestmodelPackage.ORDER__PLACED, oldPlaced, placed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTotal() {
		return total;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotal(BigDecimal newTotal) {
		BigDecimal oldTotal = total;
		total = newTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TestmodelPackage.ORDER__TOTAL, oldTotal, total));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<OrderLine> getLines() {
		if (lines == null) {
			lines = new EObjectContainmentEList<OrderLine>(OrderLine.class, this, TestmodelPackage.ORDER__LINES);
		}
		return lines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer getCustomer() {
		if (eContainerFeatureID() != TestmodelPackage.ORDER__CUSTOMER) return null;
		return (Customer)eInternalContainer();
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
		if (newCustomer != eInternalContainer() || (eContainerFeatureID() != TestmodelPackage.ORDER__CUSTOMER && newCustomer != null)) {
			if (EcoreUtil.isAncestor(this, newCustomer))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newCustomer != null)
				msgs = ((InternalEObject)newCustomer).eInverseAdd(this, TestmodelPackage.CUSTOMER__ORDERS, Customer.class, msgs);
			msgs = basicSetCustomer(newCustomer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TestmodelPackage.ORDER__CUSTOMER, newCustomer, newCustomer));
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
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case TestmodelPackage.ORDER__PLACED:
				return PLACED_EDEFAULT == null ? placed != null : !PLACED_EDEFAULT.equals(placed);
			case TestmodelPackage.ORDER__TOTAL:
				return TOTAL_EDEFAULT == null ? total != null : !TOTAL_EDEFAULT.equals(total);
			case TestmodelPackage.ORDER__LINES:
				return lines != null && !lines.isEmpty();
			case TestmodelPackage.ORDER__CUSTOMER:
				return getCustomer() != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (number: ");
		result.append(number);
		result.append(", placed: ");
		result.append(placed);
		result.append(", total: ");
		result.append(total);
		result.append(')');
		return result.toString();
	}

} //OrderImpl
