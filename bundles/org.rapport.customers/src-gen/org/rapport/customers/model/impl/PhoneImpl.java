/**
 */
package org.rapport.customers.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.Phone;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Phone</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.impl.PhoneImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.PhoneImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.PhoneImpl#isValid <em>Valid</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PhoneImpl extends PersistentObject implements Phone {
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
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The default value of the '{@link #isValid() <em>Valid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isValid()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VALID_EDEFAULT = true;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PhoneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CustomersPackage.Literals.PHONE;
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
		return (String)eDynamicGet(CustomersPackage.PHONE__NUMBER, CustomersPackage.Literals.PHONE__NUMBER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * Stores the value as {@link org.rapport.customers.api.Contacts#normalisePhone(String)} spells it.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public void setNumber(String newNumber) {
		eDynamicSet(CustomersPackage.PHONE__NUMBER, CustomersPackage.Literals.PHONE__NUMBER, org.rapport.customers.api.Contacts.normalisePhone(newNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return (String)eDynamicGet(CustomersPackage.PHONE__LABEL, CustomersPackage.Literals.PHONE__LABEL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		eDynamicSet(CustomersPackage.PHONE__LABEL, CustomersPackage.Literals.PHONE__LABEL, newLabel);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isValid() {
		return (Boolean)eDynamicGet(CustomersPackage.PHONE__VALID, CustomersPackage.Literals.PHONE__VALID, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValid(boolean newValid) {
		eDynamicSet(CustomersPackage.PHONE__VALID, CustomersPackage.Literals.PHONE__VALID, newValid);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CustomersPackage.PHONE__NUMBER:
				return getNumber();
			case CustomersPackage.PHONE__LABEL:
				return getLabel();
			case CustomersPackage.PHONE__VALID:
				return isValid();
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
			case CustomersPackage.PHONE__NUMBER:
				setNumber((String)newValue);
				return;
			case CustomersPackage.PHONE__LABEL:
				setLabel((String)newValue);
				return;
			case CustomersPackage.PHONE__VALID:
				setValid((Boolean)newValue);
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
			case CustomersPackage.PHONE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CustomersPackage.PHONE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case CustomersPackage.PHONE__VALID:
				setValid(VALID_EDEFAULT);
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
			case CustomersPackage.PHONE__NUMBER:
				return NUMBER_EDEFAULT == null ? getNumber() != null : !NUMBER_EDEFAULT.equals(getNumber());
			case CustomersPackage.PHONE__LABEL:
				return LABEL_EDEFAULT == null ? getLabel() != null : !LABEL_EDEFAULT.equals(getLabel());
			case CustomersPackage.PHONE__VALID:
				return isValid() != VALID_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //PhoneImpl
