/**
 */
package org.rapport.complaints.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Complaints: complaints with their service-level clocks, pauses and history; business calendars, service policies and categories (DOMAIN.md section 4; docs/extension-guide.md, The complaints model).
 * <!-- end-model-doc -->
 * @see org.rapport.complaints.model.ComplaintsFactory
 * @model kind="package"
 * @generated
 */
public interface ComplaintsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://rapport.org/complaints/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cmp";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ComplaintsPackage eINSTANCE = org.rapport.complaints.model.impl.ComplaintsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.ServiceCalendarImpl <em>Service Calendar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.ServiceCalendarImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getServiceCalendar()
	 * @generated
	 */
	int SERVICE_CALENDAR = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CALENDAR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CALENDAR__ZONE = 1;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CALENDAR__HOURS = 2;

	/**
	 * The feature id for the '<em><b>Dates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CALENDAR__DATES = 3;

	/**
	 * The number of structural features of the '<em>Service Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CALENDAR_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Service Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CALENDAR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.CalendarDateImpl <em>Calendar Date</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.CalendarDateImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getCalendarDate()
	 * @generated
	 */
	int CALENDAR_DATE = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_DATE__DATE = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_DATE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_DATE__HOURS = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_DATE__NAME = 3;

	/**
	 * The number of structural features of the '<em>Calendar Date</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_DATE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Calendar Date</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_DATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.ServicePolicyImpl <em>Service Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.ServicePolicyImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getServicePolicy()
	 * @generated
	 */
	int SERVICE_POLICY = 2;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POLICY__SEVERITY = 0;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POLICY__TIER = 1;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POLICY__CALENDAR = 2;

	/**
	 * The feature id for the '<em><b>Acknowledge Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POLICY__ACKNOWLEDGE_MINUTES = 3;

	/**
	 * The feature id for the '<em><b>Solution Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POLICY__SOLUTION_MINUTES = 4;

	/**
	 * The feature id for the '<em><b>Resolve Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POLICY__RESOLVE_MINUTES = 5;

	/**
	 * The number of structural features of the '<em>Service Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POLICY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Service Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.CategoryImpl <em>Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.CategoryImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getCategory()
	 * @generated
	 */
	int CATEGORY = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__NAME = 1;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__PARENT = 2;

	/**
	 * The feature id for the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__NAME_ZH = 3;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__ACTIVE = 4;

	/**
	 * The number of structural features of the '<em>Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.ComplaintImpl <em>Complaint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.ComplaintImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getComplaint()
	 * @generated
	 */
	int COMPLAINT = 4;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__REFERENCE = 0;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__CUSTOMER = 1;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__CHANNEL = 2;

	/**
	 * The feature id for the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__CATEGORY = 3;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__SEVERITY = 4;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__SUBJECT = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__DESCRIPTION = 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__STATUS = 7;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__ASSIGNEE = 8;

	/**
	 * The feature id for the '<em><b>Escalation Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__ESCALATION_LEVEL = 9;

	/**
	 * The feature id for the '<em><b>Opened At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__OPENED_AT = 10;

	/**
	 * The feature id for the '<em><b>Calendar Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__CALENDAR_NAME = 11;

	/**
	 * The feature id for the '<em><b>Acknowledge Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__ACKNOWLEDGE_MINUTES = 12;

	/**
	 * The feature id for the '<em><b>Solution Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__SOLUTION_MINUTES = 13;

	/**
	 * The feature id for the '<em><b>Resolve Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__RESOLVE_MINUTES = 14;

	/**
	 * The feature id for the '<em><b>Acknowledge Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__ACKNOWLEDGE_DUE = 15;

	/**
	 * The feature id for the '<em><b>Solution Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__SOLUTION_DUE = 16;

	/**
	 * The feature id for the '<em><b>Resolve Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__RESOLVE_DUE = 17;

	/**
	 * The feature id for the '<em><b>Escalation Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__ESCALATION_DUE = 18;

	/**
	 * The feature id for the '<em><b>Acknowledged At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__ACKNOWLEDGED_AT = 19;

	/**
	 * The feature id for the '<em><b>Solved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__SOLVED_AT = 20;

	/**
	 * The feature id for the '<em><b>Resolved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__RESOLVED_AT = 21;

	/**
	 * The feature id for the '<em><b>Follow Up Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__FOLLOW_UP_DUE = 22;

	/**
	 * The feature id for the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__CLOSED_AT = 23;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__RESOLUTION = 24;

	/**
	 * The feature id for the '<em><b>Csat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__CSAT = 25;

	/**
	 * The feature id for the '<em><b>Repeat Contacts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__REPEAT_CONTACTS = 26;

	/**
	 * The feature id for the '<em><b>Pauses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__PAUSES = 27;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__EVENTS = 28;

	/**
	 * The feature id for the '<em><b>Compensations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__COMPENSATIONS = 29;

	/**
	 * The feature id for the '<em><b>Solutions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__SOLUTIONS = 30;

	/**
	 * The feature id for the '<em><b>Recommend Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__RECOMMEND_SCORE = 31;

	/**
	 * The number of structural features of the '<em>Complaint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_FEATURE_COUNT = 32;

	/**
	 * The number of operations of the '<em>Complaint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.ClockPauseImpl <em>Clock Pause</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.ClockPauseImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getClockPause()
	 * @generated
	 */
	int CLOCK_PAUSE = 5;

	/**
	 * The feature id for the '<em><b>Paused At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOCK_PAUSE__PAUSED_AT = 0;

	/**
	 * The feature id for the '<em><b>Resumed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOCK_PAUSE__RESUMED_AT = 1;

	/**
	 * The number of structural features of the '<em>Clock Pause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOCK_PAUSE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Clock Pause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOCK_PAUSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.ComplaintEventImpl <em>Complaint Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.ComplaintEventImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getComplaintEvent()
	 * @generated
	 */
	int COMPLAINT_EVENT = 6;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_EVENT__AT = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_EVENT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_EVENT__ACTOR = 2;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_EVENT__CHANNEL = 3;

	/**
	 * The feature id for the '<em><b>From Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_EVENT__FROM_STATUS = 4;

	/**
	 * The feature id for the '<em><b>To Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_EVENT__TO_STATUS = 5;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_EVENT__LEVEL = 6;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_EVENT__NOTE = 7;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_EVENT__REFERENCE = 8;

	/**
	 * The number of structural features of the '<em>Complaint Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_EVENT_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Complaint Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.CompensationImpl <em>Compensation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.CompensationImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getCompensation()
	 * @generated
	 */
	int COMPENSATION = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION__POINTS = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION__AMOUNT = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION__AT = 4;

	/**
	 * The feature id for the '<em><b>Granted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION__GRANTED_BY = 5;

	/**
	 * The feature id for the '<em><b>Offer Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION__OFFER_CODE = 6;

	/**
	 * The number of structural features of the '<em>Compensation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Compensation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.CompensationOfferImpl <em>Compensation Offer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.CompensationOfferImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getCompensationOffer()
	 * @generated
	 */
	int COMPENSATION_OFFER = 8;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION_OFFER__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION_OFFER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION_OFFER__KIND = 2;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION_OFFER__POINTS = 3;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION_OFFER__AMOUNT = 4;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION_OFFER__ACTIVE = 5;

	/**
	 * The number of structural features of the '<em>Compensation Offer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION_OFFER_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Compensation Offer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPENSATION_OFFER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.ArticleImpl <em>Article</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.ArticleImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getArticle()
	 * @generated
	 */
	int ARTICLE = 9;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__CODE = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__BODY = 2;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__LANGUAGE = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__KIND = 4;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__TAGS = 5;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__AUTHOR = 6;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__CREATED_AT = 7;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__UPDATED_AT = 8;

	/**
	 * The feature id for the '<em><b>Terms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__TERMS = 9;

	/**
	 * The number of structural features of the '<em>Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.ArticleTermImpl <em>Article Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.ArticleTermImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getArticleTerm()
	 * @generated
	 */
	int ARTICLE_TERM = 10;

	/**
	 * The feature id for the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_TERM__TERM = 0;

	/**
	 * The feature id for the '<em><b>In Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_TERM__IN_TITLE = 1;

	/**
	 * The number of structural features of the '<em>Article Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_TERM_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Article Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_TERM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.ArticleLinkImpl <em>Article Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.ArticleLinkImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getArticleLink()
	 * @generated
	 */
	int ARTICLE_LINK = 11;

	/**
	 * The feature id for the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_LINK__ARTICLE = 0;

	/**
	 * The feature id for the '<em><b>Linked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_LINK__LINKED_AT = 1;

	/**
	 * The feature id for the '<em><b>Linked By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_LINK__LINKED_BY = 2;

	/**
	 * The number of structural features of the '<em>Article Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_LINK_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Article Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.ChecklistItemImpl <em>Checklist Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.ChecklistItemImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getChecklistItem()
	 * @generated
	 */
	int CHECKLIST_ITEM = 12;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__CODE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Max Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__MAX_SCORE = 2;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__POSITION = 3;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__ACTIVE = 4;

	/**
	 * The number of structural features of the '<em>Checklist Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Checklist Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.QualityReviewImpl <em>Quality Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.QualityReviewImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getQualityReview()
	 * @generated
	 */
	int QUALITY_REVIEW = 13;

	/**
	 * The feature id for the '<em><b>Complaint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_REVIEW__COMPLAINT = 0;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_REVIEW__PERIOD = 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_REVIEW__SEED = 2;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_REVIEW__REVIEWER = 3;

	/**
	 * The feature id for the '<em><b>Sampled At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_REVIEW__SAMPLED_AT = 4;

	/**
	 * The feature id for the '<em><b>Scored At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_REVIEW__SCORED_AT = 5;

	/**
	 * The feature id for the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_REVIEW__TOTAL = 6;

	/**
	 * The feature id for the '<em><b>Max Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_REVIEW__MAX_TOTAL = 7;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_REVIEW__NOTE = 8;

	/**
	 * The feature id for the '<em><b>Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_REVIEW__SCORES = 9;

	/**
	 * The number of structural features of the '<em>Quality Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_REVIEW_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Quality Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_REVIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.impl.ReviewScoreImpl <em>Review Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.impl.ReviewScoreImpl
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getReviewScore()
	 * @generated
	 */
	int REVIEW_SCORE = 14;

	/**
	 * The feature id for the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SCORE__ITEM = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SCORE__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SCORE__SCORE = 2;

	/**
	 * The feature id for the '<em><b>Max Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SCORE__MAX_SCORE = 3;

	/**
	 * The number of structural features of the '<em>Review Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SCORE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Review Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SCORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.CalendarDateKind <em>Calendar Date Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.CalendarDateKind
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getCalendarDateKind()
	 * @generated
	 */
	int CALENDAR_DATE_KIND = 15;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.Severity
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 16;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.ComplaintStatus <em>Complaint Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.ComplaintStatus
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getComplaintStatus()
	 * @generated
	 */
	int COMPLAINT_STATUS = 17;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.EventKind <em>Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.EventKind
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getEventKind()
	 * @generated
	 */
	int EVENT_KIND = 18;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.CompensationKind <em>Compensation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.CompensationKind
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getCompensationKind()
	 * @generated
	 */
	int COMPENSATION_KIND = 19;

	/**
	 * The meta object id for the '{@link org.rapport.complaints.model.ArticleKind <em>Article Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rapport.complaints.model.ArticleKind
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getArticleKind()
	 * @generated
	 */
	int ARTICLE_KIND = 20;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 21;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 22;


	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.ServiceCalendar <em>Service Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Calendar</em>'.
	 * @see org.rapport.complaints.model.ServiceCalendar
	 * @generated
	 */
	EClass getServiceCalendar();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ServiceCalendar#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rapport.complaints.model.ServiceCalendar#getName()
	 * @see #getServiceCalendar()
	 * @generated
	 */
	EAttribute getServiceCalendar_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ServiceCalendar#getZone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zone</em>'.
	 * @see org.rapport.complaints.model.ServiceCalendar#getZone()
	 * @see #getServiceCalendar()
	 * @generated
	 */
	EAttribute getServiceCalendar_Zone();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ServiceCalendar#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.rapport.complaints.model.ServiceCalendar#getHours()
	 * @see #getServiceCalendar()
	 * @generated
	 */
	EAttribute getServiceCalendar_Hours();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.complaints.model.ServiceCalendar#getDates <em>Dates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dates</em>'.
	 * @see org.rapport.complaints.model.ServiceCalendar#getDates()
	 * @see #getServiceCalendar()
	 * @generated
	 */
	EReference getServiceCalendar_Dates();

	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.CalendarDate <em>Calendar Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Calendar Date</em>'.
	 * @see org.rapport.complaints.model.CalendarDate
	 * @generated
	 */
	EClass getCalendarDate();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.CalendarDate#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.rapport.complaints.model.CalendarDate#getDate()
	 * @see #getCalendarDate()
	 * @generated
	 */
	EAttribute getCalendarDate_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.CalendarDate#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rapport.complaints.model.CalendarDate#getKind()
	 * @see #getCalendarDate()
	 * @generated
	 */
	EAttribute getCalendarDate_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.CalendarDate#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.rapport.complaints.model.CalendarDate#getHours()
	 * @see #getCalendarDate()
	 * @generated
	 */
	EAttribute getCalendarDate_Hours();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.CalendarDate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rapport.complaints.model.CalendarDate#getName()
	 * @see #getCalendarDate()
	 * @generated
	 */
	EAttribute getCalendarDate_Name();

	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.ServicePolicy <em>Service Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Policy</em>'.
	 * @see org.rapport.complaints.model.ServicePolicy
	 * @generated
	 */
	EClass getServicePolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ServicePolicy#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.rapport.complaints.model.ServicePolicy#getSeverity()
	 * @see #getServicePolicy()
	 * @generated
	 */
	EAttribute getServicePolicy_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ServicePolicy#getTier <em>Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tier</em>'.
	 * @see org.rapport.complaints.model.ServicePolicy#getTier()
	 * @see #getServicePolicy()
	 * @generated
	 */
	EAttribute getServicePolicy_Tier();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.complaints.model.ServicePolicy#getCalendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Calendar</em>'.
	 * @see org.rapport.complaints.model.ServicePolicy#getCalendar()
	 * @see #getServicePolicy()
	 * @generated
	 */
	EReference getServicePolicy_Calendar();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ServicePolicy#getAcknowledgeMinutes <em>Acknowledge Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledge Minutes</em>'.
	 * @see org.rapport.complaints.model.ServicePolicy#getAcknowledgeMinutes()
	 * @see #getServicePolicy()
	 * @generated
	 */
	EAttribute getServicePolicy_AcknowledgeMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ServicePolicy#getSolutionMinutes <em>Solution Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solution Minutes</em>'.
	 * @see org.rapport.complaints.model.ServicePolicy#getSolutionMinutes()
	 * @see #getServicePolicy()
	 * @generated
	 */
	EAttribute getServicePolicy_SolutionMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ServicePolicy#getResolveMinutes <em>Resolve Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolve Minutes</em>'.
	 * @see org.rapport.complaints.model.ServicePolicy#getResolveMinutes()
	 * @see #getServicePolicy()
	 * @generated
	 */
	EAttribute getServicePolicy_ResolveMinutes();

	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.Category <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Category</em>'.
	 * @see org.rapport.complaints.model.Category
	 * @generated
	 */
	EClass getCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Category#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.rapport.complaints.model.Category#getCode()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Category#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rapport.complaints.model.Category#getName()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Name();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.complaints.model.Category#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.rapport.complaints.model.Category#getParent()
	 * @see #getCategory()
	 * @generated
	 */
	EReference getCategory_Parent();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Category#getNameZh <em>Name Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Zh</em>'.
	 * @see org.rapport.complaints.model.Category#getNameZh()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_NameZh();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Category#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.rapport.complaints.model.Category#isActive()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Active();

	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.Complaint <em>Complaint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Complaint</em>'.
	 * @see org.rapport.complaints.model.Complaint
	 * @generated
	 */
	EClass getComplaint();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.rapport.complaints.model.Complaint#getReference()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Reference();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.complaints.model.Complaint#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.rapport.complaints.model.Complaint#getCustomer()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_Customer();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.rapport.complaints.model.Complaint#getChannel()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Channel();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.complaints.model.Complaint#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Category</em>'.
	 * @see org.rapport.complaints.model.Complaint#getCategory()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.rapport.complaints.model.Complaint#getSeverity()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.rapport.complaints.model.Complaint#getSubject()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rapport.complaints.model.Complaint#getDescription()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rapport.complaints.model.Complaint#getStatus()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getAssignee <em>Assignee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assignee</em>'.
	 * @see org.rapport.complaints.model.Complaint#getAssignee()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Assignee();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getEscalationLevel <em>Escalation Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Escalation Level</em>'.
	 * @see org.rapport.complaints.model.Complaint#getEscalationLevel()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_EscalationLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getOpenedAt <em>Opened At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened At</em>'.
	 * @see org.rapport.complaints.model.Complaint#getOpenedAt()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_OpenedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getCalendarName <em>Calendar Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Calendar Name</em>'.
	 * @see org.rapport.complaints.model.Complaint#getCalendarName()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_CalendarName();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getAcknowledgeMinutes <em>Acknowledge Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledge Minutes</em>'.
	 * @see org.rapport.complaints.model.Complaint#getAcknowledgeMinutes()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_AcknowledgeMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getSolutionMinutes <em>Solution Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solution Minutes</em>'.
	 * @see org.rapport.complaints.model.Complaint#getSolutionMinutes()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_SolutionMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getResolveMinutes <em>Resolve Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolve Minutes</em>'.
	 * @see org.rapport.complaints.model.Complaint#getResolveMinutes()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_ResolveMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getAcknowledgeDue <em>Acknowledge Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledge Due</em>'.
	 * @see org.rapport.complaints.model.Complaint#getAcknowledgeDue()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_AcknowledgeDue();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getSolutionDue <em>Solution Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solution Due</em>'.
	 * @see org.rapport.complaints.model.Complaint#getSolutionDue()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_SolutionDue();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getResolveDue <em>Resolve Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolve Due</em>'.
	 * @see org.rapport.complaints.model.Complaint#getResolveDue()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_ResolveDue();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getEscalationDue <em>Escalation Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Escalation Due</em>'.
	 * @see org.rapport.complaints.model.Complaint#getEscalationDue()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_EscalationDue();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getAcknowledgedAt <em>Acknowledged At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledged At</em>'.
	 * @see org.rapport.complaints.model.Complaint#getAcknowledgedAt()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_AcknowledgedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getSolvedAt <em>Solved At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solved At</em>'.
	 * @see org.rapport.complaints.model.Complaint#getSolvedAt()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_SolvedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getResolvedAt <em>Resolved At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved At</em>'.
	 * @see org.rapport.complaints.model.Complaint#getResolvedAt()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_ResolvedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getFollowUpDue <em>Follow Up Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up Due</em>'.
	 * @see org.rapport.complaints.model.Complaint#getFollowUpDue()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_FollowUpDue();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getClosedAt <em>Closed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed At</em>'.
	 * @see org.rapport.complaints.model.Complaint#getClosedAt()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_ClosedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution</em>'.
	 * @see org.rapport.complaints.model.Complaint#getResolution()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Resolution();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getCsat <em>Csat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Csat</em>'.
	 * @see org.rapport.complaints.model.Complaint#getCsat()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Csat();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getRepeatContacts <em>Repeat Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repeat Contacts</em>'.
	 * @see org.rapport.complaints.model.Complaint#getRepeatContacts()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_RepeatContacts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.complaints.model.Complaint#getPauses <em>Pauses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pauses</em>'.
	 * @see org.rapport.complaints.model.Complaint#getPauses()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_Pauses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.complaints.model.Complaint#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see org.rapport.complaints.model.Complaint#getEvents()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_Events();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.complaints.model.Complaint#getCompensations <em>Compensations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Compensations</em>'.
	 * @see org.rapport.complaints.model.Complaint#getCompensations()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_Compensations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.complaints.model.Complaint#getSolutions <em>Solutions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Solutions</em>'.
	 * @see org.rapport.complaints.model.Complaint#getSolutions()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_Solutions();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Complaint#getRecommendScore <em>Recommend Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recommend Score</em>'.
	 * @see org.rapport.complaints.model.Complaint#getRecommendScore()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_RecommendScore();

	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.ClockPause <em>Clock Pause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Clock Pause</em>'.
	 * @see org.rapport.complaints.model.ClockPause
	 * @generated
	 */
	EClass getClockPause();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ClockPause#getPausedAt <em>Paused At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paused At</em>'.
	 * @see org.rapport.complaints.model.ClockPause#getPausedAt()
	 * @see #getClockPause()
	 * @generated
	 */
	EAttribute getClockPause_PausedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ClockPause#getResumedAt <em>Resumed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resumed At</em>'.
	 * @see org.rapport.complaints.model.ClockPause#getResumedAt()
	 * @see #getClockPause()
	 * @generated
	 */
	EAttribute getClockPause_ResumedAt();

	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.ComplaintEvent <em>Complaint Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Complaint Event</em>'.
	 * @see org.rapport.complaints.model.ComplaintEvent
	 * @generated
	 */
	EClass getComplaintEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ComplaintEvent#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.rapport.complaints.model.ComplaintEvent#getAt()
	 * @see #getComplaintEvent()
	 * @generated
	 */
	EAttribute getComplaintEvent_At();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ComplaintEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rapport.complaints.model.ComplaintEvent#getKind()
	 * @see #getComplaintEvent()
	 * @generated
	 */
	EAttribute getComplaintEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ComplaintEvent#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actor</em>'.
	 * @see org.rapport.complaints.model.ComplaintEvent#getActor()
	 * @see #getComplaintEvent()
	 * @generated
	 */
	EAttribute getComplaintEvent_Actor();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ComplaintEvent#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.rapport.complaints.model.ComplaintEvent#getChannel()
	 * @see #getComplaintEvent()
	 * @generated
	 */
	EAttribute getComplaintEvent_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ComplaintEvent#getFromStatus <em>From Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Status</em>'.
	 * @see org.rapport.complaints.model.ComplaintEvent#getFromStatus()
	 * @see #getComplaintEvent()
	 * @generated
	 */
	EAttribute getComplaintEvent_FromStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ComplaintEvent#getToStatus <em>To Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Status</em>'.
	 * @see org.rapport.complaints.model.ComplaintEvent#getToStatus()
	 * @see #getComplaintEvent()
	 * @generated
	 */
	EAttribute getComplaintEvent_ToStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ComplaintEvent#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.rapport.complaints.model.ComplaintEvent#getLevel()
	 * @see #getComplaintEvent()
	 * @generated
	 */
	EAttribute getComplaintEvent_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ComplaintEvent#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.rapport.complaints.model.ComplaintEvent#getNote()
	 * @see #getComplaintEvent()
	 * @generated
	 */
	EAttribute getComplaintEvent_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ComplaintEvent#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.rapport.complaints.model.ComplaintEvent#getReference()
	 * @see #getComplaintEvent()
	 * @generated
	 */
	EAttribute getComplaintEvent_Reference();

	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.Compensation <em>Compensation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Compensation</em>'.
	 * @see org.rapport.complaints.model.Compensation
	 * @generated
	 */
	EClass getCompensation();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Compensation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rapport.complaints.model.Compensation#getKind()
	 * @see #getCompensation()
	 * @generated
	 */
	EAttribute getCompensation_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Compensation#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.rapport.complaints.model.Compensation#getPoints()
	 * @see #getCompensation()
	 * @generated
	 */
	EAttribute getCompensation_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Compensation#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.rapport.complaints.model.Compensation#getAmount()
	 * @see #getCompensation()
	 * @generated
	 */
	EAttribute getCompensation_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Compensation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rapport.complaints.model.Compensation#getDescription()
	 * @see #getCompensation()
	 * @generated
	 */
	EAttribute getCompensation_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Compensation#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.rapport.complaints.model.Compensation#getAt()
	 * @see #getCompensation()
	 * @generated
	 */
	EAttribute getCompensation_At();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Compensation#getGrantedBy <em>Granted By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Granted By</em>'.
	 * @see org.rapport.complaints.model.Compensation#getGrantedBy()
	 * @see #getCompensation()
	 * @generated
	 */
	EAttribute getCompensation_GrantedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Compensation#getOfferCode <em>Offer Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offer Code</em>'.
	 * @see org.rapport.complaints.model.Compensation#getOfferCode()
	 * @see #getCompensation()
	 * @generated
	 */
	EAttribute getCompensation_OfferCode();

	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.CompensationOffer <em>Compensation Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Compensation Offer</em>'.
	 * @see org.rapport.complaints.model.CompensationOffer
	 * @generated
	 */
	EClass getCompensationOffer();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.CompensationOffer#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.rapport.complaints.model.CompensationOffer#getCode()
	 * @see #getCompensationOffer()
	 * @generated
	 */
	EAttribute getCompensationOffer_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.CompensationOffer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rapport.complaints.model.CompensationOffer#getName()
	 * @see #getCompensationOffer()
	 * @generated
	 */
	EAttribute getCompensationOffer_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.CompensationOffer#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rapport.complaints.model.CompensationOffer#getKind()
	 * @see #getCompensationOffer()
	 * @generated
	 */
	EAttribute getCompensationOffer_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.CompensationOffer#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.rapport.complaints.model.CompensationOffer#getPoints()
	 * @see #getCompensationOffer()
	 * @generated
	 */
	EAttribute getCompensationOffer_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.CompensationOffer#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.rapport.complaints.model.CompensationOffer#getAmount()
	 * @see #getCompensationOffer()
	 * @generated
	 */
	EAttribute getCompensationOffer_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.CompensationOffer#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.rapport.complaints.model.CompensationOffer#isActive()
	 * @see #getCompensationOffer()
	 * @generated
	 */
	EAttribute getCompensationOffer_Active();

	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.Article <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Article</em>'.
	 * @see org.rapport.complaints.model.Article
	 * @generated
	 */
	EClass getArticle();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Article#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.rapport.complaints.model.Article#getCode()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Article#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rapport.complaints.model.Article#getTitle()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Article#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.rapport.complaints.model.Article#getBody()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Article#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.rapport.complaints.model.Article#getLanguage()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Article#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rapport.complaints.model.Article#getKind()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.rapport.complaints.model.Article#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.rapport.complaints.model.Article#getTags()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Tags();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Article#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.rapport.complaints.model.Article#getAuthor()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Article#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.rapport.complaints.model.Article#getCreatedAt()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.Article#getUpdatedAt <em>Updated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated At</em>'.
	 * @see org.rapport.complaints.model.Article#getUpdatedAt()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_UpdatedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.complaints.model.Article#getTerms <em>Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Terms</em>'.
	 * @see org.rapport.complaints.model.Article#getTerms()
	 * @see #getArticle()
	 * @generated
	 */
	EReference getArticle_Terms();

	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.ArticleTerm <em>Article Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Article Term</em>'.
	 * @see org.rapport.complaints.model.ArticleTerm
	 * @generated
	 */
	EClass getArticleTerm();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ArticleTerm#getTerm <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Term</em>'.
	 * @see org.rapport.complaints.model.ArticleTerm#getTerm()
	 * @see #getArticleTerm()
	 * @generated
	 */
	EAttribute getArticleTerm_Term();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ArticleTerm#isInTitle <em>In Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Title</em>'.
	 * @see org.rapport.complaints.model.ArticleTerm#isInTitle()
	 * @see #getArticleTerm()
	 * @generated
	 */
	EAttribute getArticleTerm_InTitle();

	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.ArticleLink <em>Article Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Article Link</em>'.
	 * @see org.rapport.complaints.model.ArticleLink
	 * @generated
	 */
	EClass getArticleLink();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.complaints.model.ArticleLink#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Article</em>'.
	 * @see org.rapport.complaints.model.ArticleLink#getArticle()
	 * @see #getArticleLink()
	 * @generated
	 */
	EReference getArticleLink_Article();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ArticleLink#getLinkedAt <em>Linked At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Linked At</em>'.
	 * @see org.rapport.complaints.model.ArticleLink#getLinkedAt()
	 * @see #getArticleLink()
	 * @generated
	 */
	EAttribute getArticleLink_LinkedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ArticleLink#getLinkedBy <em>Linked By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Linked By</em>'.
	 * @see org.rapport.complaints.model.ArticleLink#getLinkedBy()
	 * @see #getArticleLink()
	 * @generated
	 */
	EAttribute getArticleLink_LinkedBy();

	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.ChecklistItem <em>Checklist Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist Item</em>'.
	 * @see org.rapport.complaints.model.ChecklistItem
	 * @generated
	 */
	EClass getChecklistItem();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ChecklistItem#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.rapport.complaints.model.ChecklistItem#getCode()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ChecklistItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.rapport.complaints.model.ChecklistItem#getText()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ChecklistItem#getMaxScore <em>Max Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Score</em>'.
	 * @see org.rapport.complaints.model.ChecklistItem#getMaxScore()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_MaxScore();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ChecklistItem#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.rapport.complaints.model.ChecklistItem#getPosition()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Position();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ChecklistItem#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.rapport.complaints.model.ChecklistItem#isActive()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Active();

	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.QualityReview <em>Quality Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quality Review</em>'.
	 * @see org.rapport.complaints.model.QualityReview
	 * @generated
	 */
	EClass getQualityReview();

	/**
	 * Returns the meta object for the reference '{@link org.rapport.complaints.model.QualityReview#getComplaint <em>Complaint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Complaint</em>'.
	 * @see org.rapport.complaints.model.QualityReview#getComplaint()
	 * @see #getQualityReview()
	 * @generated
	 */
	EReference getQualityReview_Complaint();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.QualityReview#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.rapport.complaints.model.QualityReview#getPeriod()
	 * @see #getQualityReview()
	 * @generated
	 */
	EAttribute getQualityReview_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.QualityReview#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.rapport.complaints.model.QualityReview#getSeed()
	 * @see #getQualityReview()
	 * @generated
	 */
	EAttribute getQualityReview_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.QualityReview#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see org.rapport.complaints.model.QualityReview#getReviewer()
	 * @see #getQualityReview()
	 * @generated
	 */
	EAttribute getQualityReview_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.QualityReview#getSampledAt <em>Sampled At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sampled At</em>'.
	 * @see org.rapport.complaints.model.QualityReview#getSampledAt()
	 * @see #getQualityReview()
	 * @generated
	 */
	EAttribute getQualityReview_SampledAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.QualityReview#getScoredAt <em>Scored At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scored At</em>'.
	 * @see org.rapport.complaints.model.QualityReview#getScoredAt()
	 * @see #getQualityReview()
	 * @generated
	 */
	EAttribute getQualityReview_ScoredAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.QualityReview#getTotal <em>Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total</em>'.
	 * @see org.rapport.complaints.model.QualityReview#getTotal()
	 * @see #getQualityReview()
	 * @generated
	 */
	EAttribute getQualityReview_Total();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.QualityReview#getMaxTotal <em>Max Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Total</em>'.
	 * @see org.rapport.complaints.model.QualityReview#getMaxTotal()
	 * @see #getQualityReview()
	 * @generated
	 */
	EAttribute getQualityReview_MaxTotal();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.QualityReview#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.rapport.complaints.model.QualityReview#getNote()
	 * @see #getQualityReview()
	 * @generated
	 */
	EAttribute getQualityReview_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rapport.complaints.model.QualityReview#getScores <em>Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scores</em>'.
	 * @see org.rapport.complaints.model.QualityReview#getScores()
	 * @see #getQualityReview()
	 * @generated
	 */
	EReference getQualityReview_Scores();

	/**
	 * Returns the meta object for class '{@link org.rapport.complaints.model.ReviewScore <em>Review Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Score</em>'.
	 * @see org.rapport.complaints.model.ReviewScore
	 * @generated
	 */
	EClass getReviewScore();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ReviewScore#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item</em>'.
	 * @see org.rapport.complaints.model.ReviewScore#getItem()
	 * @see #getReviewScore()
	 * @generated
	 */
	EAttribute getReviewScore_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ReviewScore#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.rapport.complaints.model.ReviewScore#getText()
	 * @see #getReviewScore()
	 * @generated
	 */
	EAttribute getReviewScore_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ReviewScore#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.rapport.complaints.model.ReviewScore#getScore()
	 * @see #getReviewScore()
	 * @generated
	 */
	EAttribute getReviewScore_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.rapport.complaints.model.ReviewScore#getMaxScore <em>Max Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Score</em>'.
	 * @see org.rapport.complaints.model.ReviewScore#getMaxScore()
	 * @see #getReviewScore()
	 * @generated
	 */
	EAttribute getReviewScore_MaxScore();

	/**
	 * Returns the meta object for enum '{@link org.rapport.complaints.model.CalendarDateKind <em>Calendar Date Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Calendar Date Kind</em>'.
	 * @see org.rapport.complaints.model.CalendarDateKind
	 * @generated
	 */
	EEnum getCalendarDateKind();

	/**
	 * Returns the meta object for enum '{@link org.rapport.complaints.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see org.rapport.complaints.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link org.rapport.complaints.model.ComplaintStatus <em>Complaint Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Complaint Status</em>'.
	 * @see org.rapport.complaints.model.ComplaintStatus
	 * @generated
	 */
	EEnum getComplaintStatus();

	/**
	 * Returns the meta object for enum '{@link org.rapport.complaints.model.EventKind <em>Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Event Kind</em>'.
	 * @see org.rapport.complaints.model.EventKind
	 * @generated
	 */
	EEnum getEventKind();

	/**
	 * Returns the meta object for enum '{@link org.rapport.complaints.model.CompensationKind <em>Compensation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Compensation Kind</em>'.
	 * @see org.rapport.complaints.model.CompensationKind
	 * @generated
	 */
	EEnum getCompensationKind();

	/**
	 * Returns the meta object for enum '{@link org.rapport.complaints.model.ArticleKind <em>Article Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Article Kind</em>'.
	 * @see org.rapport.complaints.model.ArticleKind
	 * @generated
	 */
	EEnum getArticleKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, without time or zone; its literal form is ISO-8601 (2024-02-29).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point on the UTC time line; its literal form is ISO-8601 (2024-02-29T10:15:30Z).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ComplaintsFactory getComplaintsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.ServiceCalendarImpl <em>Service Calendar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.ServiceCalendarImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getServiceCalendar()
		 * @generated
		 */
		EClass SERVICE_CALENDAR = eINSTANCE.getServiceCalendar();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CALENDAR__NAME = eINSTANCE.getServiceCalendar_Name();

		/**
		 * The meta object literal for the '<em><b>Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CALENDAR__ZONE = eINSTANCE.getServiceCalendar_Zone();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CALENDAR__HOURS = eINSTANCE.getServiceCalendar_Hours();

		/**
		 * The meta object literal for the '<em><b>Dates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CALENDAR__DATES = eINSTANCE.getServiceCalendar_Dates();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.CalendarDateImpl <em>Calendar Date</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.CalendarDateImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getCalendarDate()
		 * @generated
		 */
		EClass CALENDAR_DATE = eINSTANCE.getCalendarDate();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_DATE__DATE = eINSTANCE.getCalendarDate_Date();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_DATE__KIND = eINSTANCE.getCalendarDate_Kind();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_DATE__HOURS = eINSTANCE.getCalendarDate_Hours();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_DATE__NAME = eINSTANCE.getCalendarDate_Name();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.ServicePolicyImpl <em>Service Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.ServicePolicyImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getServicePolicy()
		 * @generated
		 */
		EClass SERVICE_POLICY = eINSTANCE.getServicePolicy();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_POLICY__SEVERITY = eINSTANCE.getServicePolicy_Severity();

		/**
		 * The meta object literal for the '<em><b>Tier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_POLICY__TIER = eINSTANCE.getServicePolicy_Tier();

		/**
		 * The meta object literal for the '<em><b>Calendar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_POLICY__CALENDAR = eINSTANCE.getServicePolicy_Calendar();

		/**
		 * The meta object literal for the '<em><b>Acknowledge Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_POLICY__ACKNOWLEDGE_MINUTES = eINSTANCE.getServicePolicy_AcknowledgeMinutes();

		/**
		 * The meta object literal for the '<em><b>Solution Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_POLICY__SOLUTION_MINUTES = eINSTANCE.getServicePolicy_SolutionMinutes();

		/**
		 * The meta object literal for the '<em><b>Resolve Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_POLICY__RESOLVE_MINUTES = eINSTANCE.getServicePolicy_ResolveMinutes();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.CategoryImpl <em>Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.CategoryImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getCategory()
		 * @generated
		 */
		EClass CATEGORY = eINSTANCE.getCategory();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__CODE = eINSTANCE.getCategory_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__NAME = eINSTANCE.getCategory_Name();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATEGORY__PARENT = eINSTANCE.getCategory_Parent();

		/**
		 * The meta object literal for the '<em><b>Name Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__NAME_ZH = eINSTANCE.getCategory_NameZh();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__ACTIVE = eINSTANCE.getCategory_Active();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.ComplaintImpl <em>Complaint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.ComplaintImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getComplaint()
		 * @generated
		 */
		EClass COMPLAINT = eINSTANCE.getComplaint();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__REFERENCE = eINSTANCE.getComplaint_Reference();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__CUSTOMER = eINSTANCE.getComplaint_Customer();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__CHANNEL = eINSTANCE.getComplaint_Channel();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__CATEGORY = eINSTANCE.getComplaint_Category();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__SEVERITY = eINSTANCE.getComplaint_Severity();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__SUBJECT = eINSTANCE.getComplaint_Subject();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__DESCRIPTION = eINSTANCE.getComplaint_Description();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__STATUS = eINSTANCE.getComplaint_Status();

		/**
		 * The meta object literal for the '<em><b>Assignee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__ASSIGNEE = eINSTANCE.getComplaint_Assignee();

		/**
		 * The meta object literal for the '<em><b>Escalation Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__ESCALATION_LEVEL = eINSTANCE.getComplaint_EscalationLevel();

		/**
		 * The meta object literal for the '<em><b>Opened At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__OPENED_AT = eINSTANCE.getComplaint_OpenedAt();

		/**
		 * The meta object literal for the '<em><b>Calendar Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__CALENDAR_NAME = eINSTANCE.getComplaint_CalendarName();

		/**
		 * The meta object literal for the '<em><b>Acknowledge Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__ACKNOWLEDGE_MINUTES = eINSTANCE.getComplaint_AcknowledgeMinutes();

		/**
		 * The meta object literal for the '<em><b>Solution Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__SOLUTION_MINUTES = eINSTANCE.getComplaint_SolutionMinutes();

		/**
		 * The meta object literal for the '<em><b>Resolve Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__RESOLVE_MINUTES = eINSTANCE.getComplaint_ResolveMinutes();

		/**
		 * The meta object literal for the '<em><b>Acknowledge Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__ACKNOWLEDGE_DUE = eINSTANCE.getComplaint_AcknowledgeDue();

		/**
		 * The meta object literal for the '<em><b>Solution Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__SOLUTION_DUE = eINSTANCE.getComplaint_SolutionDue();

		/**
		 * The meta object literal for the '<em><b>Resolve Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__RESOLVE_DUE = eINSTANCE.getComplaint_ResolveDue();

		/**
		 * The meta object literal for the '<em><b>Escalation Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__ESCALATION_DUE = eINSTANCE.getComplaint_EscalationDue();

		/**
		 * The meta object literal for the '<em><b>Acknowledged At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__ACKNOWLEDGED_AT = eINSTANCE.getComplaint_AcknowledgedAt();

		/**
		 * The meta object literal for the '<em><b>Solved At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__SOLVED_AT = eINSTANCE.getComplaint_SolvedAt();

		/**
		 * The meta object literal for the '<em><b>Resolved At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__RESOLVED_AT = eINSTANCE.getComplaint_ResolvedAt();

		/**
		 * The meta object literal for the '<em><b>Follow Up Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__FOLLOW_UP_DUE = eINSTANCE.getComplaint_FollowUpDue();

		/**
		 * The meta object literal for the '<em><b>Closed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__CLOSED_AT = eINSTANCE.getComplaint_ClosedAt();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__RESOLUTION = eINSTANCE.getComplaint_Resolution();

		/**
		 * The meta object literal for the '<em><b>Csat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__CSAT = eINSTANCE.getComplaint_Csat();

		/**
		 * The meta object literal for the '<em><b>Repeat Contacts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__REPEAT_CONTACTS = eINSTANCE.getComplaint_RepeatContacts();

		/**
		 * The meta object literal for the '<em><b>Pauses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__PAUSES = eINSTANCE.getComplaint_Pauses();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__EVENTS = eINSTANCE.getComplaint_Events();

		/**
		 * The meta object literal for the '<em><b>Compensations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__COMPENSATIONS = eINSTANCE.getComplaint_Compensations();

		/**
		 * The meta object literal for the '<em><b>Solutions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__SOLUTIONS = eINSTANCE.getComplaint_Solutions();

		/**
		 * The meta object literal for the '<em><b>Recommend Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__RECOMMEND_SCORE = eINSTANCE.getComplaint_RecommendScore();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.ClockPauseImpl <em>Clock Pause</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.ClockPauseImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getClockPause()
		 * @generated
		 */
		EClass CLOCK_PAUSE = eINSTANCE.getClockPause();

		/**
		 * The meta object literal for the '<em><b>Paused At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOCK_PAUSE__PAUSED_AT = eINSTANCE.getClockPause_PausedAt();

		/**
		 * The meta object literal for the '<em><b>Resumed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOCK_PAUSE__RESUMED_AT = eINSTANCE.getClockPause_ResumedAt();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.ComplaintEventImpl <em>Complaint Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.ComplaintEventImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getComplaintEvent()
		 * @generated
		 */
		EClass COMPLAINT_EVENT = eINSTANCE.getComplaintEvent();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT_EVENT__AT = eINSTANCE.getComplaintEvent_At();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT_EVENT__KIND = eINSTANCE.getComplaintEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT_EVENT__ACTOR = eINSTANCE.getComplaintEvent_Actor();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT_EVENT__CHANNEL = eINSTANCE.getComplaintEvent_Channel();

		/**
		 * The meta object literal for the '<em><b>From Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT_EVENT__FROM_STATUS = eINSTANCE.getComplaintEvent_FromStatus();

		/**
		 * The meta object literal for the '<em><b>To Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT_EVENT__TO_STATUS = eINSTANCE.getComplaintEvent_ToStatus();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT_EVENT__LEVEL = eINSTANCE.getComplaintEvent_Level();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT_EVENT__NOTE = eINSTANCE.getComplaintEvent_Note();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT_EVENT__REFERENCE = eINSTANCE.getComplaintEvent_Reference();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.CompensationImpl <em>Compensation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.CompensationImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getCompensation()
		 * @generated
		 */
		EClass COMPENSATION = eINSTANCE.getCompensation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPENSATION__KIND = eINSTANCE.getCompensation_Kind();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPENSATION__POINTS = eINSTANCE.getCompensation_Points();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPENSATION__AMOUNT = eINSTANCE.getCompensation_Amount();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPENSATION__DESCRIPTION = eINSTANCE.getCompensation_Description();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPENSATION__AT = eINSTANCE.getCompensation_At();

		/**
		 * The meta object literal for the '<em><b>Granted By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPENSATION__GRANTED_BY = eINSTANCE.getCompensation_GrantedBy();

		/**
		 * The meta object literal for the '<em><b>Offer Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPENSATION__OFFER_CODE = eINSTANCE.getCompensation_OfferCode();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.CompensationOfferImpl <em>Compensation Offer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.CompensationOfferImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getCompensationOffer()
		 * @generated
		 */
		EClass COMPENSATION_OFFER = eINSTANCE.getCompensationOffer();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPENSATION_OFFER__CODE = eINSTANCE.getCompensationOffer_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPENSATION_OFFER__NAME = eINSTANCE.getCompensationOffer_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPENSATION_OFFER__KIND = eINSTANCE.getCompensationOffer_Kind();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPENSATION_OFFER__POINTS = eINSTANCE.getCompensationOffer_Points();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPENSATION_OFFER__AMOUNT = eINSTANCE.getCompensationOffer_Amount();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPENSATION_OFFER__ACTIVE = eINSTANCE.getCompensationOffer_Active();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.ArticleImpl <em>Article</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.ArticleImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getArticle()
		 * @generated
		 */
		EClass ARTICLE = eINSTANCE.getArticle();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__CODE = eINSTANCE.getArticle_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__TITLE = eINSTANCE.getArticle_Title();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__BODY = eINSTANCE.getArticle_Body();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__LANGUAGE = eINSTANCE.getArticle_Language();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__KIND = eINSTANCE.getArticle_Kind();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__TAGS = eINSTANCE.getArticle_Tags();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__AUTHOR = eINSTANCE.getArticle_Author();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__CREATED_AT = eINSTANCE.getArticle_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Updated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__UPDATED_AT = eINSTANCE.getArticle_UpdatedAt();

		/**
		 * The meta object literal for the '<em><b>Terms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTICLE__TERMS = eINSTANCE.getArticle_Terms();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.ArticleTermImpl <em>Article Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.ArticleTermImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getArticleTerm()
		 * @generated
		 */
		EClass ARTICLE_TERM = eINSTANCE.getArticleTerm();

		/**
		 * The meta object literal for the '<em><b>Term</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_TERM__TERM = eINSTANCE.getArticleTerm_Term();

		/**
		 * The meta object literal for the '<em><b>In Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_TERM__IN_TITLE = eINSTANCE.getArticleTerm_InTitle();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.ArticleLinkImpl <em>Article Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.ArticleLinkImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getArticleLink()
		 * @generated
		 */
		EClass ARTICLE_LINK = eINSTANCE.getArticleLink();

		/**
		 * The meta object literal for the '<em><b>Article</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTICLE_LINK__ARTICLE = eINSTANCE.getArticleLink_Article();

		/**
		 * The meta object literal for the '<em><b>Linked At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_LINK__LINKED_AT = eINSTANCE.getArticleLink_LinkedAt();

		/**
		 * The meta object literal for the '<em><b>Linked By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_LINK__LINKED_BY = eINSTANCE.getArticleLink_LinkedBy();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.ChecklistItemImpl <em>Checklist Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.ChecklistItemImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getChecklistItem()
		 * @generated
		 */
		EClass CHECKLIST_ITEM = eINSTANCE.getChecklistItem();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__CODE = eINSTANCE.getChecklistItem_Code();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__TEXT = eINSTANCE.getChecklistItem_Text();

		/**
		 * The meta object literal for the '<em><b>Max Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__MAX_SCORE = eINSTANCE.getChecklistItem_MaxScore();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__POSITION = eINSTANCE.getChecklistItem_Position();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__ACTIVE = eINSTANCE.getChecklistItem_Active();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.QualityReviewImpl <em>Quality Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.QualityReviewImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getQualityReview()
		 * @generated
		 */
		EClass QUALITY_REVIEW = eINSTANCE.getQualityReview();

		/**
		 * The meta object literal for the '<em><b>Complaint</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUALITY_REVIEW__COMPLAINT = eINSTANCE.getQualityReview_Complaint();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_REVIEW__PERIOD = eINSTANCE.getQualityReview_Period();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_REVIEW__SEED = eINSTANCE.getQualityReview_Seed();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_REVIEW__REVIEWER = eINSTANCE.getQualityReview_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Sampled At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_REVIEW__SAMPLED_AT = eINSTANCE.getQualityReview_SampledAt();

		/**
		 * The meta object literal for the '<em><b>Scored At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_REVIEW__SCORED_AT = eINSTANCE.getQualityReview_ScoredAt();

		/**
		 * The meta object literal for the '<em><b>Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_REVIEW__TOTAL = eINSTANCE.getQualityReview_Total();

		/**
		 * The meta object literal for the '<em><b>Max Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_REVIEW__MAX_TOTAL = eINSTANCE.getQualityReview_MaxTotal();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_REVIEW__NOTE = eINSTANCE.getQualityReview_Note();

		/**
		 * The meta object literal for the '<em><b>Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUALITY_REVIEW__SCORES = eINSTANCE.getQualityReview_Scores();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.impl.ReviewScoreImpl <em>Review Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.impl.ReviewScoreImpl
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getReviewScore()
		 * @generated
		 */
		EClass REVIEW_SCORE = eINSTANCE.getReviewScore();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SCORE__ITEM = eINSTANCE.getReviewScore_Item();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SCORE__TEXT = eINSTANCE.getReviewScore_Text();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SCORE__SCORE = eINSTANCE.getReviewScore_Score();

		/**
		 * The meta object literal for the '<em><b>Max Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SCORE__MAX_SCORE = eINSTANCE.getReviewScore_MaxScore();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.CalendarDateKind <em>Calendar Date Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.CalendarDateKind
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getCalendarDateKind()
		 * @generated
		 */
		EEnum CALENDAR_DATE_KIND = eINSTANCE.getCalendarDateKind();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.Severity
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.ComplaintStatus <em>Complaint Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.ComplaintStatus
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getComplaintStatus()
		 * @generated
		 */
		EEnum COMPLAINT_STATUS = eINSTANCE.getComplaintStatus();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.EventKind <em>Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.EventKind
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getEventKind()
		 * @generated
		 */
		EEnum EVENT_KIND = eINSTANCE.getEventKind();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.CompensationKind <em>Compensation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.CompensationKind
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getCompensationKind()
		 * @generated
		 */
		EEnum COMPENSATION_KIND = eINSTANCE.getCompensationKind();

		/**
		 * The meta object literal for the '{@link org.rapport.complaints.model.ArticleKind <em>Article Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rapport.complaints.model.ArticleKind
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getArticleKind()
		 * @generated
		 */
		EEnum ARTICLE_KIND = eINSTANCE.getArticleKind();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.rapport.complaints.model.impl.ComplaintsPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //ComplaintsPackage
