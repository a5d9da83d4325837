/**
 */
package org.rapport.customers.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.EmailAddress;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Email Address</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.impl.EmailAddressImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.EmailAddressImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.EmailAddressImpl#isValid <em>Valid</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EmailAddressImpl extends PersistentObject implements EmailAddress {
	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

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
	protected EmailAddressImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CustomersPackage.Literals.EMAIL_ADDRESS;
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
	public String getAddress() {
		return (String)eDynamicGet(CustomersPackage.EMAIL_ADDRESS__ADDRESS, CustomersPackage.Literals.EMAIL_ADDRESS__ADDRESS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * Stores the value as {@link org.rapport.customers.api.Contacts#normaliseEmail(String)} spells it.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public void setAddress(String newAddress) {
		eDynamicSet(CustomersPackage.EMAIL_ADDRESS__ADDRESS, CustomersPackage.Literals.EMAIL_ADDRESS__ADDRESS, org.rapport.customers.api.Contacts.normaliseEmail(newAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return (String)eDynamicGet(CustomersPackage.EMAIL_ADDRESS__LABEL, CustomersPackage.Literals.EMAIL_ADDRESS__LABEL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		eDynamicSet(CustomersPackage.EMAIL_ADDRESS__LABEL, CustomersPackage.Literals.EMAIL_ADDRESS__LABEL, newLabel);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isValid() {
		return (Boolean)eDynamicGet(CustomersPackage.EMAIL_ADDRESS__VALID, CustomersPackage.Literals.EMAIL_ADDRESS__VALID, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValid(boolean newValid) {
		eDynamicSet(CustomersPackage.EMAIL_ADDRESS__VALID, CustomersPackage.Literals.EMAIL_ADDRESS__VALID, newValid);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CustomersPackage.EMAIL_ADDRESS__ADDRESS:
				return getAddress();
			case CustomersPackage.EMAIL_ADDRESS__LABEL:
				return getLabel();
			case CustomersPackage.EMAIL_ADDRESS__VALID:
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
			case CustomersPackage.EMAIL_ADDRESS__ADDRESS:
				setAddress((String)newValue);
				return;
			case CustomersPackage.EMAIL_ADDRESS__LABEL:
				setLabel((String)newValue);
				return;
			case CustomersPackage.EMAIL_ADDRESS__VALID:
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
			case CustomersPackage.EMAIL_ADDRESS__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case CustomersPackage.EMAIL_ADDRESS__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case CustomersPackage.EMAIL_ADDRESS__VALID:
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
			case CustomersPackage.EMAIL_ADDRESS__ADDRESS:
				return ADDRESS_EDEFAULT == null ? getAddress() != null : !ADDRESS_EDEFAULT.equals(getAddress());
			case CustomersPackage.EMAIL_ADDRESS__LABEL:
				return LABEL_EDEFAULT == null ? getLabel() != null : !LABEL_EDEFAULT.equals(getLabel());
			case CustomersPackage.EMAIL_ADDRESS__VALID:
				return isValid() != VALID_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //EmailAddressImpl
