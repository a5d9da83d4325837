/**
 */
package org.rapport.complaints.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;

import org.rapport.complaints.model.CalendarDate;
import org.rapport.complaints.model.CalendarDateKind;
import org.rapport.complaints.model.ComplaintsPackage;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Calendar Date</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.CalendarDateImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CalendarDateImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CalendarDateImpl#getHours <em>Hours</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CalendarDateImpl#getName <em>Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CalendarDateImpl extends PersistentObject implements CalendarDate {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CalendarDateKind KIND_EDEFAULT = CalendarDateKind.HOLIDAY;

	/**
	 * The default value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected static final String HOURS_EDEFAULT = null;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CalendarDateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.CALENDAR_DATE;
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
	public LocalDate getDate() {
		return (LocalDate)eDynamicGet(ComplaintsPackage.CALENDAR_DATE__DATE, ComplaintsPackage.Literals.CALENDAR_DATE__DATE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		eDynamicSet(ComplaintsPackage.CALENDAR_DATE__DATE, ComplaintsPackage.Literals.CALENDAR_DATE__DATE, newDate);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CalendarDateKind getKind() {
		return (CalendarDateKind)eDynamicGet(ComplaintsPackage.CALENDAR_DATE__KIND, ComplaintsPackage.Literals.CALENDAR_DATE__KIND, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CalendarDateKind newKind) {
		eDynamicSet(ComplaintsPackage.CALENDAR_DATE__KIND, ComplaintsPackage.Literals.CALENDAR_DATE__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHours() {
		return (String)eDynamicGet(ComplaintsPackage.CALENDAR_DATE__HOURS, ComplaintsPackage.Literals.CALENDAR_DATE__HOURS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHours(String newHours) {
		eDynamicSet(ComplaintsPackage.CALENDAR_DATE__HOURS, ComplaintsPackage.Literals.CALENDAR_DATE__HOURS, newHours);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return (String)eDynamicGet(ComplaintsPackage.CALENDAR_DATE__NAME, ComplaintsPackage.Literals.CALENDAR_DATE__NAME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eDynamicSet(ComplaintsPackage.CALENDAR_DATE__NAME, ComplaintsPackage.Literals.CALENDAR_DATE__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ComplaintsPackage.CALENDAR_DATE__DATE:
				return getDate();
			case ComplaintsPackage.CALENDAR_DATE__KIND:
				return getKind();
			case ComplaintsPackage.CALENDAR_DATE__HOURS:
				return getHours();
			case ComplaintsPackage.CALENDAR_DATE__NAME:
				return getName();
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
			case ComplaintsPackage.CALENDAR_DATE__DATE:
				setDate((LocalDate)newValue);
				return;
			case ComplaintsPackage.CALENDAR_DATE__KIND:
				setKind((CalendarDateKind)newValue);
				return;
			case ComplaintsPackage.CALENDAR_DATE__HOURS:
				setHours((String)newValue);
				return;
			case ComplaintsPackage.CALENDAR_DATE__NAME:
				setName((String)newValue);
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
			case ComplaintsPackage.CALENDAR_DATE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case ComplaintsPackage.CALENDAR_DATE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ComplaintsPackage.CALENDAR_DATE__HOURS:
				setHours(HOURS_EDEFAULT);
				return;
			case ComplaintsPackage.CALENDAR_DATE__NAME:
				setName(NAME_EDEFAULT);
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
			case ComplaintsPackage.CALENDAR_DATE__DATE:
				return DATE_EDEFAULT == null ? getDate() != null : !DATE_EDEFAULT.equals(getDate());
			case ComplaintsPackage.CALENDAR_DATE__KIND:
				return getKind() != KIND_EDEFAULT;
			case ComplaintsPackage.CALENDAR_DATE__HOURS:
				return HOURS_EDEFAULT == null ? getHours() != null : !HOURS_EDEFAULT.equals(getHours());
			case ComplaintsPackage.CALENDAR_DATE__NAME:
				return NAME_EDEFAULT == null ? getName() != null : !NAME_EDEFAULT.equals(getName());
		}
		return super.eIsSet(featureID);
	}

} //CalendarDateImpl
