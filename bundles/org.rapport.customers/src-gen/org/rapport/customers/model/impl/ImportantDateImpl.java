/**
 */
package org.rapport.customers.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;

import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.ImportantDate;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Important Date</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.impl.ImportantDateImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.ImportantDateImpl#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImportantDateImpl extends PersistentObject implements ImportantDate {
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
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImportantDateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CustomersPackage.Literals.IMPORTANT_DATE;
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
	public String getLabel() {
		return (String)eDynamicGet(CustomersPackage.IMPORTANT_DATE__LABEL, CustomersPackage.Literals.IMPORTANT_DATE__LABEL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		eDynamicSet(CustomersPackage.IMPORTANT_DATE__LABEL, CustomersPackage.Literals.IMPORTANT_DATE__LABEL, newLabel);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return (LocalDate)eDynamicGet(CustomersPackage.IMPORTANT_DATE__DATE, CustomersPackage.Literals.IMPORTANT_DATE__DATE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		eDynamicSet(CustomersPackage.IMPORTANT_DATE__DATE, CustomersPackage.Literals.IMPORTANT_DATE__DATE, newDate);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CustomersPackage.IMPORTANT_DATE__LABEL:
				return getLabel();
			case CustomersPackage.IMPORTANT_DATE__DATE:
				return getDate();
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
			case CustomersPackage.IMPORTANT_DATE__LABEL:
				setLabel((String)newValue);
				return;
			case CustomersPackage.IMPORTANT_DATE__DATE:
				setDate((LocalDate)newValue);
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
			case CustomersPackage.IMPORTANT_DATE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case CustomersPackage.IMPORTANT_DATE__DATE:
				setDate(DATE_EDEFAULT);
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
			case CustomersPackage.IMPORTANT_DATE__LABEL:
				return LABEL_EDEFAULT == null ? getLabel() != null : !LABEL_EDEFAULT.equals(getLabel());
			case CustomersPackage.IMPORTANT_DATE__DATE:
				return DATE_EDEFAULT == null ? getDate() != null : !DATE_EDEFAULT.equals(getDate());
		}
		return super.eIsSet(featureID);
	}

} //ImportantDateImpl
