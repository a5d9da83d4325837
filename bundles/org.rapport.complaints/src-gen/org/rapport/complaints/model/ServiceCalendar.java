/**
 */
package org.rapport.complaints.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Calendar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A business calendar: working hours per weekday in a time zone, with dates that differ (DOMAIN.md section 4). Service-level clocks consume its working time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.ServiceCalendar#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ServiceCalendar#getZone <em>Zone</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ServiceCalendar#getHours <em>Hours</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ServiceCalendar#getDates <em>Dates</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getServiceCalendar()
 * @model annotation="http://rapport.org/security area='servicelevels'"
 * @generated
 */
public interface ServiceCalendar extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The calendar's name, unique; policies name it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getServiceCalendar_Name()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence unique='true' length='64'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ServiceCalendar#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The IANA time zone of the hours (Asia/Shanghai).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zone</em>' attribute.
	 * @see #setZone(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getServiceCalendar_Zone()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getZone();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ServiceCalendar#getZone <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zone</em>' attribute.
	 * @see #getZone()
	 * @generated
	 */
	void setZone(String value);

	/**
	 * Returns the value of the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working hours per weekday in the written form, e.g. mon-fri 09:00-12:00,13:00-18:00; sat 10:00-14:00, or 24x7.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hours</em>' attribute.
	 * @see #setHours(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getServiceCalendar_Hours()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='500'"
	 * @generated
	 */
	String getHours();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ServiceCalendar#getHours <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours</em>' attribute.
	 * @see #getHours()
	 * @generated
	 */
	void setHours(String value);

	/**
	 * Returns the value of the '<em><b>Dates</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.complaints.model.CalendarDate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Holidays, make-up working days and dates with their own hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dates</em>' containment reference list.
	 * @see org.rapport.complaints.model.ComplaintsPackage#getServiceCalendar_Dates()
	 * @model containment="true"
	 * @generated
	 */
	List<CalendarDate> getDates();

} // ServiceCalendar
