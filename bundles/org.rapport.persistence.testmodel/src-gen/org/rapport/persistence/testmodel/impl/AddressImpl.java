/**
 */
package org.rapport.persistence.testmodel.impl;

import org.eclipse.emf.ecore.EClass;

import org.rapport.persistence.api.PersistentObject;

import org.rapport.persistence.testmodel.Address;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Address</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.persistence.testmodel.impl.AddressImpl#getStreet <em>Street</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.AddressImpl#getCity <em>City</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.AddressImpl#getPostcode <em>Postcode</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.AddressImpl#isPrimary <em>Primary</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AddressImpl extends PersistentObject implements Address {
	/**
	 * The default value of the '{@link #getStreet() <em>Street</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStreet()
	 * @generated
	 * @ordered
	 */
	protected static final String STREET_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected static final String CITY_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getPostcode() <em>Postcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostcode()
	 * @generated
	 * @ordered
	 */
	protected static final String POSTCODE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRIMARY_EDEFAULT = false;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AddressImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TestmodelPackage.Literals.ADDRESS;
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
	public String getStreet() {
		return (String)eDynamicGet(TestmodelPackage.ADDRESS__STREET, TestmodelPackage.Literals.ADDRESS__STREET, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStreet(String newStreet) {
		eDynamicSet(TestmodelPackage.ADDRESS__STREET, TestmodelPackage.Literals.ADDRESS__STREET, newStreet);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCity() {
		return (String)eDynamicGet(TestmodelPackage.ADDRESS__CITY, TestmodelPackage.Literals.ADDRESS__CITY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCity(String newCity) {
		eDynamicSet(TestmodelPackage.ADDRESS__CITY, TestmodelPackage.Literals.ADDRESS__CITY, newCity);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPostcode() {
		return (String)eDynamicGet(TestmodelPackage.ADDRESS__POSTCODE, TestmodelPackage.Literals.ADDRESS__POSTCODE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostcode(String newPostcode) {
		eDynamicSet(TestmodelPackage.ADDRESS__POSTCODE, TestmodelPackage.Literals.ADDRESS__POSTCODE, newPostcode);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPrimary() {
		return (Boolean)eDynamicGet(TestmodelPackage.ADDRESS__PRIMARY, TestmodelPackage.Literals.ADDRESS__PRIMARY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimary(boolean newPrimary) {
		eDynamicSet(TestmodelPackage.ADDRESS__PRIMARY, TestmodelPackage.Literals.ADDRESS__PRIMARY, newPrimary);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TestmodelPackage.ADDRESS__STREET:
				return getStreet();
			case TestmodelPackage.ADDRESS__CITY:
				return getCity();
			case TestmodelPackage.ADDRESS__POSTCODE:
				return getPostcode();
			case TestmodelPackage.ADDRESS__PRIMARY:
				return isPrimary();
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
			case TestmodelPackage.ADDRESS__STREET:
				setStreet((String)newValue);
				return;
			case TestmodelPackage.ADDRESS__CITY:
				setCity((String)newValue);
				return;
			case TestmodelPackage.ADDRESS__POSTCODE:
				setPostcode((String)newValue);
				return;
			case TestmodelPackage.ADDRESS__PRIMARY:
				setPrimary((Boolean)newValue);
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
			case TestmodelPackage.ADDRESS__STREET:
				setStreet(STREET_EDEFAULT);
				return;
			case TestmodelPackage.ADDRESS__CITY:
				setCity(CITY_EDEFAULT);
				return;
			case TestmodelPackage.ADDRESS__POSTCODE:
				setPostcode(POSTCODE_EDEFAULT);
				return;
			case TestmodelPackage.ADDRESS__PRIMARY:
				setPrimary(PRIMARY_EDEFAULT);
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
			case TestmodelPackage.ADDRESS__STREET:
				return STREET_EDEFAULT == null ? getStreet() != null : !STREET_EDEFAULT.equals(getStreet());
			case TestmodelPackage.ADDRESS__CITY:
				return CITY_EDEFAULT == null ? getCity() != null : !CITY_EDEFAULT.equals(getCity());
			case TestmodelPackage.ADDRESS__POSTCODE:
				return POSTCODE_EDEFAULT == null ? getPostcode() != null : !POSTCODE_EDEFAULT.equals(getPostcode());
			case TestmodelPackage.ADDRESS__PRIMARY:
				return isPrimary() != PRIMARY_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //AddressImpl
