/**
 */
package org.rapport.complaints.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Calendar Date</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One date of a calendar that differs from its weekday.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.CalendarDate#getDate <em>Date</em>}</li>
 *   <li>{@link org.rapport.complaints.model.CalendarDate#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.complaints.model.CalendarDate#getHours <em>Hours</em>}</li>
 *   <li>{@link org.rapport.complaints.model.CalendarDate#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getCalendarDate()
 * @model annotation="http://rapport.org/security area='servicelevels'"
 * @generated
 */
public interface CalendarDate extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The local date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCalendarDate_Date()
	 * @model dataType="org.rapport.complaints.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.CalendarDate#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.complaints.model.CalendarDateKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Holiday (closed), make-up working day (the normal day's hours) or its own hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.complaints.model.CalendarDateKind
	 * @see #setKind(CalendarDateKind)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCalendarDate_Kind()
	 * @model required="true"
	 * @generated
	 */
	CalendarDateKind getKind();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.CalendarDate#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.complaints.model.CalendarDateKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CalendarDateKind value);

	/**
	 * Returns the value of the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date's own hours (kind HOURS), e.g. 09:00-12:00 or closed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hours</em>' attribute.
	 * @see #setHours(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCalendarDate_Hours()
	 * @model annotation="http://rapport.org/persistence length='200'"
	 * @generated
	 */
	String getHours();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.CalendarDate#getHours <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours</em>' attribute.
	 * @see #getHours()
	 * @generated
	 */
	void setHours(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the date is (Labour Day), shown in explanations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getCalendarDate_Name()
	 * @model annotation="http://rapport.org/persistence length='200'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.CalendarDate#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // CalendarDate
