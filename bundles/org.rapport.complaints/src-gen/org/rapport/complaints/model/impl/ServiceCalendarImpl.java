/**
 */
package org.rapport.complaints.model.impl;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.complaints.model.CalendarDate;
import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.complaints.model.ServiceCalendar;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Calendar</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.ServiceCalendarImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ServiceCalendarImpl#getZone <em>Zone</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ServiceCalendarImpl#getHours <em>Hours</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ServiceCalendarImpl#getDates <em>Dates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceCalendarImpl extends PersistentObject implements ServiceCalendar {
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
	 * The default value of the '{@link #getZone() <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected static final String ZONE_EDEFAULT = null;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceCalendarImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.SERVICE_CALENDAR;
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
	public String getName() {
		return (String)eDynamicGet(ComplaintsPackage.SERVICE_CALENDAR__NAME, ComplaintsPackage.Literals.SERVICE_CALENDAR__NAME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eDynamicSet(ComplaintsPackage.SERVICE_CALENDAR__NAME, ComplaintsPackage.Literals.SERVICE_CALENDAR__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZone() {
		return (String)eDynamicGet(ComplaintsPackage.SERVICE_CALENDAR__ZONE, ComplaintsPackage.Literals.SERVICE_CALENDAR__ZONE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZone(String newZone) {
		eDynamicSet(ComplaintsPackage.SERVICE_CALENDAR__ZONE, ComplaintsPackage.Literals.SERVICE_CALENDAR__ZONE, newZone);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHours() {
		return (String)eDynamicGet(ComplaintsPackage.SERVICE_CALENDAR__HOURS, ComplaintsPackage.Literals.SERVICE_CALENDAR__HOURS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHours(String newHours) {
		eDynamicSet(ComplaintsPackage.SERVICE_CALENDAR__HOURS, ComplaintsPackage.Literals.SERVICE_CALENDAR__HOURS, newHours);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<CalendarDate> getDates() {
		return (List<CalendarDate>)eDynamicGet(ComplaintsPackage.SERVICE_CALENDAR__DATES, ComplaintsPackage.Literals.SERVICE_CALENDAR__DATES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ComplaintsPackage.SERVICE_CALENDAR__DATES:
				return ((InternalEList<?>)getDates()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ComplaintsPackage.SERVICE_CALENDAR__NAME:
				return getName();
			case ComplaintsPackage.SERVICE_CALENDAR__ZONE:
				return getZone();
			case ComplaintsPackage.SERVICE_CALENDAR__HOURS:
				return getHours();
			case ComplaintsPackage.SERVICE_CALENDAR__DATES:
				return getDates();
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
			case ComplaintsPackage.SERVICE_CALENDAR__NAME:
				setName((String)newValue);
				return;
			case ComplaintsPackage.SERVICE_CALENDAR__ZONE:
				setZone((String)newValue);
				return;
			case ComplaintsPackage.SERVICE_CALENDAR__HOURS:
				setHours((String)newValue);
				return;
			case ComplaintsPackage.SERVICE_CALENDAR__DATES:
				getDates().clear();
				getDates().addAll((Collection<? extends CalendarDate>)newValue);
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
			case ComplaintsPackage.SERVICE_CALENDAR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ComplaintsPackage.SERVICE_CALENDAR__ZONE:
				setZone(ZONE_EDEFAULT);
				return;
			case ComplaintsPackage.SERVICE_CALENDAR__HOURS:
				setHours(HOURS_EDEFAULT);
				return;
			case ComplaintsPackage.SERVICE_CALENDAR__DATES:
				getDates().clear();
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
			case ComplaintsPackage.SERVICE_CALENDAR__NAME:
				return NAME_EDEFAULT == null ? getName() != null : !NAME_EDEFAULT.equals(getName());
			case ComplaintsPackage.SERVICE_CALENDAR__ZONE:
				return ZONE_EDEFAULT == null ? getZone() != null : !ZONE_EDEFAULT.equals(getZone());
			case ComplaintsPackage.SERVICE_CALENDAR__HOURS:
				return HOURS_EDEFAULT == null ? getHours() != null : !HOURS_EDEFAULT.equals(getHours());
			case ComplaintsPackage.SERVICE_CALENDAR__DATES:
				return !getDates().isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ServiceCalendarImpl
