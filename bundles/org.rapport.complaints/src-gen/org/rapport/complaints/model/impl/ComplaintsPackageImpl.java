/**
 */
package org.rapport.complaints.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.rapport.complaints.model.Article;
import org.rapport.complaints.model.ArticleKind;
import org.rapport.complaints.model.ArticleLink;
import org.rapport.complaints.model.ArticleTerm;
import org.rapport.complaints.model.CalendarDate;
import org.rapport.complaints.model.CalendarDateKind;
import org.rapport.complaints.model.Category;
import org.rapport.complaints.model.ChecklistItem;
import org.rapport.complaints.model.ClockPause;
import org.rapport.complaints.model.Compensation;
import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.model.CompensationOffer;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintEvent;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.complaints.model.EventKind;
import org.rapport.complaints.model.QualityReview;
import org.rapport.complaints.model.ReviewScore;
import org.rapport.complaints.model.ServiceCalendar;
import org.rapport.complaints.model.ServicePolicy;
import org.rapport.complaints.model.Severity;

import org.rapport.customers.model.CustomersPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ComplaintsPackageImpl extends EPackageImpl implements ComplaintsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceCalendarEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass calendarDateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass servicePolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass categoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass complaintEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clockPauseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass complaintEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass compensationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass compensationOfferEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass articleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass articleTermEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass articleLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass qualityReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewScoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum calendarDateKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum complaintStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum eventKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum compensationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum articleKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.rapport.complaints.model.ComplaintsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ComplaintsPackageImpl() {
		super(eNS_URI, ComplaintsFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ComplaintsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ComplaintsPackage init() {
		if (isInited) return (ComplaintsPackage)EPackage.Registry.INSTANCE.getEPackage(ComplaintsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredComplaintsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ComplaintsPackageImpl theComplaintsPackage = registeredComplaintsPackage instanceof ComplaintsPackageImpl ? (ComplaintsPackageImpl)registeredComplaintsPackage : new ComplaintsPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();
		CustomersPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theComplaintsPackage.createPackageContents();

		// Initialize created meta-data
		theComplaintsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theComplaintsPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ComplaintsPackage.eNS_URI, theComplaintsPackage);
		return theComplaintsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceCalendar() {
		return serviceCalendarEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCalendar_Name() {
		return (EAttribute)serviceCalendarEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCalendar_Zone() {
		return (EAttribute)serviceCalendarEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCalendar_Hours() {
		return (EAttribute)serviceCalendarEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCalendar_Dates() {
		return (EReference)serviceCalendarEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCalendarDate() {
		return calendarDateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalendarDate_Date() {
		return (EAttribute)calendarDateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalendarDate_Kind() {
		return (EAttribute)calendarDateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalendarDate_Hours() {
		return (EAttribute)calendarDateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalendarDate_Name() {
		return (EAttribute)calendarDateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServicePolicy() {
		return servicePolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicePolicy_Severity() {
		return (EAttribute)servicePolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicePolicy_Tier() {
		return (EAttribute)servicePolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServicePolicy_Calendar() {
		return (EReference)servicePolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicePolicy_AcknowledgeMinutes() {
		return (EAttribute)servicePolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicePolicy_SolutionMinutes() {
		return (EAttribute)servicePolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServicePolicy_ResolveMinutes() {
		return (EAttribute)servicePolicyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCategory() {
		return categoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategory_Code() {
		return (EAttribute)categoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategory_Name() {
		return (EAttribute)categoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCategory_Parent() {
		return (EReference)categoryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategory_NameZh() {
		return (EAttribute)categoryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategory_Active() {
		return (EAttribute)categoryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComplaint() {
		return complaintEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Reference() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_Customer() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Channel() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_Category() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Severity() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Subject() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Description() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Status() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Assignee() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_EscalationLevel() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_OpenedAt() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_CalendarName() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_AcknowledgeMinutes() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_SolutionMinutes() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_ResolveMinutes() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_AcknowledgeDue() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_SolutionDue() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_ResolveDue() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_EscalationDue() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_AcknowledgedAt() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_SolvedAt() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_ResolvedAt() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_FollowUpDue() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_ClosedAt() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Resolution() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Csat() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_RepeatContacts() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_Pauses() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_Events() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_Compensations() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_Solutions() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_RecommendScore() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClockPause() {
		return clockPauseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClockPause_PausedAt() {
		return (EAttribute)clockPauseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClockPause_ResumedAt() {
		return (EAttribute)clockPauseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComplaintEvent() {
		return complaintEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaintEvent_At() {
		return (EAttribute)complaintEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaintEvent_Kind() {
		return (EAttribute)complaintEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaintEvent_Actor() {
		return (EAttribute)complaintEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaintEvent_Channel() {
		return (EAttribute)complaintEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaintEvent_FromStatus() {
		return (EAttribute)complaintEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaintEvent_ToStatus() {
		return (EAttribute)complaintEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaintEvent_Level() {
		return (EAttribute)complaintEventEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaintEvent_Note() {
		return (EAttribute)complaintEventEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaintEvent_Reference() {
		return (EAttribute)complaintEventEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompensation() {
		return compensationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompensation_Kind() {
		return (EAttribute)compensationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompensation_Points() {
		return (EAttribute)compensationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompensation_Amount() {
		return (EAttribute)compensationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompensation_Description() {
		return (EAttribute)compensationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompensation_At() {
		return (EAttribute)compensationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompensation_GrantedBy() {
		return (EAttribute)compensationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompensation_OfferCode() {
		return (EAttribute)compensationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompensationOffer() {
		return compensationOfferEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompensationOffer_Code() {
		return (EAttribute)compensationOfferEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompensationOffer_Name() {
		return (EAttribute)compensationOfferEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompensationOffer_Kind() {
		return (EAttribute)compensationOfferEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompensationOffer_Points() {
		return (EAttribute)compensationOfferEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompensationOffer_Amount() {
		return (EAttribute)compensationOfferEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompensationOffer_Active() {
		return (EAttribute)compensationOfferEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArticle() {
		return articleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Code() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Title() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Body() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Language() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Kind() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Tags() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Author() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_CreatedAt() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_UpdatedAt() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArticle_Terms() {
		return (EReference)articleEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArticleTerm() {
		return articleTermEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticleTerm_Term() {
		return (EAttribute)articleTermEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticleTerm_InTitle() {
		return (EAttribute)articleTermEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArticleLink() {
		return articleLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArticleLink_Article() {
		return (EReference)articleLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticleLink_LinkedAt() {
		return (EAttribute)articleLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticleLink_LinkedBy() {
		return (EAttribute)articleLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklistItem() {
		return checklistItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistItem_Code() {
		return (EAttribute)checklistItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistItem_Text() {
		return (EAttribute)checklistItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistItem_MaxScore() {
		return (EAttribute)checklistItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistItem_Position() {
		return (EAttribute)checklistItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistItem_Active() {
		return (EAttribute)checklistItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQualityReview() {
		return qualityReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQualityReview_Complaint() {
		return (EReference)qualityReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualityReview_Period() {
		return (EAttribute)qualityReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualityReview_Seed() {
		return (EAttribute)qualityReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualityReview_Reviewer() {
		return (EAttribute)qualityReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualityReview_SampledAt() {
		return (EAttribute)qualityReviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualityReview_ScoredAt() {
		return (EAttribute)qualityReviewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualityReview_Total() {
		return (EAttribute)qualityReviewEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualityReview_MaxTotal() {
		return (EAttribute)qualityReviewEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualityReview_Note() {
		return (EAttribute)qualityReviewEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQualityReview_Scores() {
		return (EReference)qualityReviewEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewScore() {
		return reviewScoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewScore_Item() {
		return (EAttribute)reviewScoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewScore_Text() {
		return (EAttribute)reviewScoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewScore_Score() {
		return (EAttribute)reviewScoreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewScore_MaxScore() {
		return (EAttribute)reviewScoreEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCalendarDateKind() {
		return calendarDateKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverity() {
		return severityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComplaintStatus() {
		return complaintStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEventKind() {
		return eventKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCompensationKind() {
		return compensationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArticleKind() {
		return articleKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplaintsFactory getComplaintsFactory() {
		return (ComplaintsFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		serviceCalendarEClass = createEClass(SERVICE_CALENDAR);
		createEAttribute(serviceCalendarEClass, SERVICE_CALENDAR__NAME);
		createEAttribute(serviceCalendarEClass, SERVICE_CALENDAR__ZONE);
		createEAttribute(serviceCalendarEClass, SERVICE_CALENDAR__HOURS);
		createEReference(serviceCalendarEClass, SERVICE_CALENDAR__DATES);

		calendarDateEClass = createEClass(CALENDAR_DATE);
		createEAttribute(calendarDateEClass, CALENDAR_DATE__DATE);
		createEAttribute(calendarDateEClass, CALENDAR_DATE__KIND);
		createEAttribute(calendarDateEClass, CALENDAR_DATE__HOURS);
		createEAttribute(calendarDateEClass, CALENDAR_DATE__NAME);

		servicePolicyEClass = createEClass(SERVICE_POLICY);
		createEAttribute(servicePolicyEClass, SERVICE_POLICY__SEVERITY);
		createEAttribute(servicePolicyEClass, SERVICE_POLICY__TIER);
		createEReference(servicePolicyEClass, SERVICE_POLICY__CALENDAR);
		createEAttribute(servicePolicyEClass, SERVICE_POLICY__ACKNOWLEDGE_MINUTES);
		createEAttribute(servicePolicyEClass, SERVICE_POLICY__SOLUTION_MINUTES);
		createEAttribute(servicePolicyEClass, SERVICE_POLICY__RESOLVE_MINUTES);

		categoryEClass = createEClass(CATEGORY);
		createEAttribute(categoryEClass, CATEGORY__CODE);
		createEAttribute(categoryEClass, CATEGORY__NAME);
		createEReference(categoryEClass, CATEGORY__PARENT);
		createEAttribute(categoryEClass, CATEGORY__NAME_ZH);
		createEAttribute(categoryEClass, CATEGORY__ACTIVE);

		complaintEClass = createEClass(COMPLAINT);
		createEAttribute(complaintEClass, COMPLAINT__REFERENCE);
		createEReference(complaintEClass, COMPLAINT__CUSTOMER);
		createEAttribute(complaintEClass, COMPLAINT__CHANNEL);
		createEReference(complaintEClass, COMPLAINT__CATEGORY);
		createEAttribute(complaintEClass, COMPLAINT__SEVERITY);
		createEAttribute(complaintEClass, COMPLAINT__SUBJECT);
		createEAttribute(complaintEClass, COMPLAINT__DESCRIPTION);
		createEAttribute(complaintEClass, COMPLAINT__STATUS);
		createEAttribute(complaintEClass, COMPLAINT__ASSIGNEE);
		createEAttribute(complaintEClass, COMPLAINT__ESCALATION_LEVEL);
		createEAttribute(complaintEClass, COMPLAINT__OPENED_AT);
		createEAttribute(complaintEClass, COMPLAINT__CALENDAR_NAME);
		createEAttribute(complaintEClass, COMPLAINT__ACKNOWLEDGE_MINUTES);
		createEAttribute(complaintEClass, COMPLAINT__SOLUTION_MINUTES);
		createEAttribute(complaintEClass, COMPLAINT__RESOLVE_MINUTES);
		createEAttribute(complaintEClass, COMPLAINT__ACKNOWLEDGE_DUE);
		createEAttribute(complaintEClass, COMPLAINT__SOLUTION_DUE);
		createEAttribute(complaintEClass, COMPLAINT__RESOLVE_DUE);
		createEAttribute(complaintEClass, COMPLAINT__ESCALATION_DUE);
		createEAttribute(complaintEClass, COMPLAINT__ACKNOWLEDGED_AT);
		createEAttribute(complaintEClass, COMPLAINT__SOLVED_AT);
		createEAttribute(complaintEClass, COMPLAINT__RESOLVED_AT);
		createEAttribute(complaintEClass, COMPLAINT__FOLLOW_UP_DUE);
		createEAttribute(complaintEClass, COMPLAINT__CLOSED_AT);
		createEAttribute(complaintEClass, COMPLAINT__RESOLUTION);
		createEAttribute(complaintEClass, COMPLAINT__CSAT);
		createEAttribute(complaintEClass, COMPLAINT__REPEAT_CONTACTS);
		createEReference(complaintEClass, COMPLAINT__PAUSES);
		createEReference(complaintEClass, COMPLAINT__EVENTS);
		createEReference(complaintEClass, COMPLAINT__COMPENSATIONS);
		createEReference(complaintEClass, COMPLAINT__SOLUTIONS);
		createEAttribute(complaintEClass, COMPLAINT__RECOMMEND_SCORE);

		clockPauseEClass = createEClass(CLOCK_PAUSE);
		createEAttribute(clockPauseEClass, CLOCK_PAUSE__PAUSED_AT);
		createEAttribute(clockPauseEClass, CLOCK_PAUSE__RESUMED_AT);

		complaintEventEClass = createEClass(COMPLAINT_EVENT);
		createEAttribute(complaintEventEClass, COMPLAINT_EVENT__AT);
		createEAttribute(complaintEventEClass, COMPLAINT_EVENT__KIND);
		createEAttribute(complaintEventEClass, COMPLAINT_EVENT__ACTOR);
		createEAttribute(complaintEventEClass, COMPLAINT_EVENT__CHANNEL);
		createEAttribute(complaintEventEClass, COMPLAINT_EVENT__FROM_STATUS);
		createEAttribute(complaintEventEClass, COMPLAINT_EVENT__TO_STATUS);
		createEAttribute(complaintEventEClass, COMPLAINT_EVENT__LEVEL);
		createEAttribute(complaintEventEClass, COMPLAINT_EVENT__NOTE);
		createEAttribute(complaintEventEClass, COMPLAINT_EVENT__REFERENCE);

		compensationEClass = createEClass(COMPENSATION);
		createEAttribute(compensationEClass, COMPENSATION__KIND);
		createEAttribute(compensationEClass, COMPENSATION__POINTS);
		createEAttribute(compensationEClass, COMPENSATION__AMOUNT);
		createEAttribute(compensationEClass, COMPENSATION__DESCRIPTION);
		createEAttribute(compensationEClass, COMPENSATION__AT);
		createEAttribute(compensationEClass, COMPENSATION__GRANTED_BY);
		createEAttribute(compensationEClass, COMPENSATION__OFFER_CODE);

		compensationOfferEClass = createEClass(COMPENSATION_OFFER);
		createEAttribute(compensationOfferEClass, COMPENSATION_OFFER__CODE);
		createEAttribute(compensationOfferEClass, COMPENSATION_OFFER__NAME);
		createEAttribute(compensationOfferEClass, COMPENSATION_OFFER__KIND);
		createEAttribute(compensationOfferEClass, COMPENSATION_OFFER__POINTS);
		createEAttribute(compensationOfferEClass, COMPENSATION_OFFER__AMOUNT);
		createEAttribute(compensationOfferEClass, COMPENSATION_OFFER__ACTIVE);

		articleEClass = createEClass(ARTICLE);
		createEAttribute(articleEClass, ARTICLE__CODE);
		createEAttribute(articleEClass, ARTICLE__TITLE);
		createEAttribute(articleEClass, ARTICLE__BODY);
		createEAttribute(articleEClass, ARTICLE__LANGUAGE);
		createEAttribute(articleEClass, ARTICLE__KIND);
		createEAttribute(articleEClass, ARTICLE__TAGS);
		createEAttribute(articleEClass, ARTICLE__AUTHOR);
		createEAttribute(articleEClass, ARTICLE__CREATED_AT);
		createEAttribute(articleEClass, ARTICLE__UPDATED_AT);
		createEReference(articleEClass, ARTICLE__TERMS);

		articleTermEClass = createEClass(ARTICLE_TERM);
		createEAttribute(articleTermEClass, ARTICLE_TERM__TERM);
		createEAttribute(articleTermEClass, ARTICLE_TERM__IN_TITLE);

		articleLinkEClass = createEClass(ARTICLE_LINK);
		createEReference(articleLinkEClass, ARTICLE_LINK__ARTICLE);
		createEAttribute(articleLinkEClass, ARTICLE_LINK__LINKED_AT);
		createEAttribute(articleLinkEClass, ARTICLE_LINK__LINKED_BY);

		checklistItemEClass = createEClass(CHECKLIST_ITEM);
		createEAttribute(checklistItemEClass, CHECKLIST_ITEM__CODE);
		createEAttribute(checklistItemEClass, CHECKLIST_ITEM__TEXT);
		createEAttribute(checklistItemEClass, CHECKLIST_ITEM__MAX_SCORE);
		createEAttribute(checklistItemEClass, CHECKLIST_ITEM__POSITION);
		createEAttribute(checklistItemEClass, CHECKLIST_ITEM__ACTIVE);

		qualityReviewEClass = createEClass(QUALITY_REVIEW);
		createEReference(qualityReviewEClass, QUALITY_REVIEW__COMPLAINT);
		createEAttribute(qualityReviewEClass, QUALITY_REVIEW__PERIOD);
		createEAttribute(qualityReviewEClass, QUALITY_REVIEW__SEED);
		createEAttribute(qualityReviewEClass, QUALITY_REVIEW__REVIEWER);
		createEAttribute(qualityReviewEClass, QUALITY_REVIEW__SAMPLED_AT);
		createEAttribute(qualityReviewEClass, QUALITY_REVIEW__SCORED_AT);
		createEAttribute(qualityReviewEClass, QUALITY_REVIEW__TOTAL);
		createEAttribute(qualityReviewEClass, QUALITY_REVIEW__MAX_TOTAL);
		createEAttribute(qualityReviewEClass, QUALITY_REVIEW__NOTE);
		createEReference(qualityReviewEClass, QUALITY_REVIEW__SCORES);

		reviewScoreEClass = createEClass(REVIEW_SCORE);
		createEAttribute(reviewScoreEClass, REVIEW_SCORE__ITEM);
		createEAttribute(reviewScoreEClass, REVIEW_SCORE__TEXT);
		createEAttribute(reviewScoreEClass, REVIEW_SCORE__SCORE);
		createEAttribute(reviewScoreEClass, REVIEW_SCORE__MAX_SCORE);

		// Create enums
		calendarDateKindEEnum = createEEnum(CALENDAR_DATE_KIND);
		severityEEnum = createEEnum(SEVERITY);
		complaintStatusEEnum = createEEnum(COMPLAINT_STATUS);
		eventKindEEnum = createEEnum(EVENT_KIND);
		compensationKindEEnum = createEEnum(COMPENSATION_KIND);
		articleKindEEnum = createEEnum(ARTICLE_KIND);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CustomersPackage theCustomersPackage = (CustomersPackage)EPackage.Registry.INSTANCE.getEPackage(CustomersPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(serviceCalendarEClass, ServiceCalendar.class, "ServiceCalendar", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceCalendar_Name(), ecorePackage.getEString(), "name", null, 1, 1, ServiceCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCalendar_Zone(), ecorePackage.getEString(), "zone", null, 1, 1, ServiceCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCalendar_Hours(), ecorePackage.getEString(), "hours", null, 1, 1, ServiceCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCalendar_Dates(), this.getCalendarDate(), null, "dates", null, 0, -1, ServiceCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(calendarDateEClass, CalendarDate.class, "CalendarDate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCalendarDate_Date(), this.getLocalDate(), "date", null, 1, 1, CalendarDate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalendarDate_Kind(), this.getCalendarDateKind(), "kind", null, 1, 1, CalendarDate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalendarDate_Hours(), ecorePackage.getEString(), "hours", null, 0, 1, CalendarDate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalendarDate_Name(), ecorePackage.getEString(), "name", null, 0, 1, CalendarDate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(servicePolicyEClass, ServicePolicy.class, "ServicePolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServicePolicy_Severity(), this.getSeverity(), "severity", null, 1, 1, ServicePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServicePolicy_Tier(), ecorePackage.getEString(), "tier", null, 0, 1, ServicePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServicePolicy_Calendar(), this.getServiceCalendar(), null, "calendar", null, 0, 1, ServicePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServicePolicy_AcknowledgeMinutes(), ecorePackage.getEInt(), "acknowledgeMinutes", null, 1, 1, ServicePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServicePolicy_SolutionMinutes(), ecorePackage.getEIntegerObject(), "solutionMinutes", null, 0, 1, ServicePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServicePolicy_ResolveMinutes(), ecorePackage.getEInt(), "resolveMinutes", null, 1, 1, ServicePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(categoryEClass, Category.class, "Category", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCategory_Code(), ecorePackage.getEString(), "code", null, 1, 1, Category.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCategory_Name(), ecorePackage.getEString(), "name", null, 1, 1, Category.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCategory_Parent(), this.getCategory(), null, "parent", null, 0, 1, Category.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCategory_NameZh(), ecorePackage.getEString(), "nameZh", null, 0, 1, Category.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCategory_Active(), ecorePackage.getEBoolean(), "active", "true", 1, 1, Category.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(complaintEClass, Complaint.class, "Complaint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComplaint_Reference(), ecorePackage.getEString(), "reference", null, 1, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_Customer(), theCustomersPackage.getCustomer(), null, "customer", null, 1, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Channel(), ecorePackage.getEString(), "channel", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_Category(), this.getCategory(), null, "category", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Severity(), this.getSeverity(), "severity", null, 1, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Subject(), ecorePackage.getEString(), "subject", null, 1, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Description(), ecorePackage.getEString(), "description", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Status(), this.getComplaintStatus(), "status", null, 1, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Assignee(), ecorePackage.getEString(), "assignee", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_EscalationLevel(), ecorePackage.getEInt(), "escalationLevel", "1", 1, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_OpenedAt(), this.getInstant(), "openedAt", null, 1, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_CalendarName(), ecorePackage.getEString(), "calendarName", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_AcknowledgeMinutes(), ecorePackage.getEInt(), "acknowledgeMinutes", null, 1, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_SolutionMinutes(), ecorePackage.getEIntegerObject(), "solutionMinutes", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_ResolveMinutes(), ecorePackage.getEInt(), "resolveMinutes", null, 1, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_AcknowledgeDue(), this.getInstant(), "acknowledgeDue", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_SolutionDue(), this.getInstant(), "solutionDue", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_ResolveDue(), this.getInstant(), "resolveDue", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_EscalationDue(), this.getInstant(), "escalationDue", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_AcknowledgedAt(), this.getInstant(), "acknowledgedAt", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_SolvedAt(), this.getInstant(), "solvedAt", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_ResolvedAt(), this.getInstant(), "resolvedAt", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_FollowUpDue(), this.getInstant(), "followUpDue", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_ClosedAt(), this.getInstant(), "closedAt", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Resolution(), ecorePackage.getEString(), "resolution", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Csat(), ecorePackage.getEIntegerObject(), "csat", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_RepeatContacts(), ecorePackage.getEInt(), "repeatContacts", "0", 1, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_Pauses(), this.getClockPause(), null, "pauses", null, 0, -1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_Events(), this.getComplaintEvent(), null, "events", null, 0, -1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_Compensations(), this.getCompensation(), null, "compensations", null, 0, -1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_Solutions(), this.getArticleLink(), null, "solutions", null, 0, -1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_RecommendScore(), ecorePackage.getEIntegerObject(), "recommendScore", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clockPauseEClass, ClockPause.class, "ClockPause", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClockPause_PausedAt(), this.getInstant(), "pausedAt", null, 1, 1, ClockPause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClockPause_ResumedAt(), this.getInstant(), "resumedAt", null, 0, 1, ClockPause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(complaintEventEClass, ComplaintEvent.class, "ComplaintEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComplaintEvent_At(), this.getInstant(), "at", null, 1, 1, ComplaintEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaintEvent_Kind(), this.getEventKind(), "kind", null, 1, 1, ComplaintEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaintEvent_Actor(), ecorePackage.getEString(), "actor", null, 1, 1, ComplaintEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaintEvent_Channel(), ecorePackage.getEString(), "channel", null, 0, 1, ComplaintEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaintEvent_FromStatus(), this.getComplaintStatus(), "fromStatus", null, 0, 1, ComplaintEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaintEvent_ToStatus(), this.getComplaintStatus(), "toStatus", null, 0, 1, ComplaintEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaintEvent_Level(), ecorePackage.getEIntegerObject(), "level", null, 0, 1, ComplaintEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaintEvent_Note(), ecorePackage.getEString(), "note", null, 0, 1, ComplaintEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaintEvent_Reference(), ecorePackage.getEString(), "reference", null, 0, 1, ComplaintEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(compensationEClass, Compensation.class, "Compensation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCompensation_Kind(), this.getCompensationKind(), "kind", null, 1, 1, Compensation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompensation_Points(), ecorePackage.getELongObject(), "points", null, 0, 1, Compensation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompensation_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, Compensation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompensation_Description(), ecorePackage.getEString(), "description", null, 0, 1, Compensation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompensation_At(), this.getInstant(), "at", null, 1, 1, Compensation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompensation_GrantedBy(), ecorePackage.getEString(), "grantedBy", null, 1, 1, Compensation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompensation_OfferCode(), ecorePackage.getEString(), "offerCode", null, 0, 1, Compensation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(compensationOfferEClass, CompensationOffer.class, "CompensationOffer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCompensationOffer_Code(), ecorePackage.getEString(), "code", null, 1, 1, CompensationOffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompensationOffer_Name(), ecorePackage.getEString(), "name", null, 1, 1, CompensationOffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompensationOffer_Kind(), this.getCompensationKind(), "kind", null, 1, 1, CompensationOffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompensationOffer_Points(), ecorePackage.getELongObject(), "points", null, 0, 1, CompensationOffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompensationOffer_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, CompensationOffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompensationOffer_Active(), ecorePackage.getEBoolean(), "active", "true", 1, 1, CompensationOffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(articleEClass, Article.class, "Article", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArticle_Code(), ecorePackage.getEString(), "code", null, 1, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Title(), ecorePackage.getEString(), "title", null, 1, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Body(), ecorePackage.getEString(), "body", null, 1, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Language(), ecorePackage.getEString(), "language", null, 1, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Kind(), this.getArticleKind(), "kind", null, 1, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Author(), ecorePackage.getEString(), "author", null, 1, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_CreatedAt(), this.getInstant(), "createdAt", null, 1, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_UpdatedAt(), this.getInstant(), "updatedAt", null, 0, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArticle_Terms(), this.getArticleTerm(), null, "terms", null, 0, -1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(articleTermEClass, ArticleTerm.class, "ArticleTerm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArticleTerm_Term(), ecorePackage.getEString(), "term", null, 1, 1, ArticleTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticleTerm_InTitle(), ecorePackage.getEBoolean(), "inTitle", null, 1, 1, ArticleTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(articleLinkEClass, ArticleLink.class, "ArticleLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getArticleLink_Article(), this.getArticle(), null, "article", null, 1, 1, ArticleLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticleLink_LinkedAt(), this.getInstant(), "linkedAt", null, 1, 1, ArticleLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticleLink_LinkedBy(), ecorePackage.getEString(), "linkedBy", null, 1, 1, ArticleLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistItemEClass, ChecklistItem.class, "ChecklistItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChecklistItem_Code(), ecorePackage.getEString(), "code", null, 1, 1, ChecklistItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistItem_Text(), ecorePackage.getEString(), "text", null, 1, 1, ChecklistItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistItem_MaxScore(), ecorePackage.getEInt(), "maxScore", null, 1, 1, ChecklistItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistItem_Position(), ecorePackage.getEInt(), "position", null, 1, 1, ChecklistItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistItem_Active(), ecorePackage.getEBoolean(), "active", "true", 1, 1, ChecklistItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(qualityReviewEClass, QualityReview.class, "QualityReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getQualityReview_Complaint(), this.getComplaint(), null, "complaint", null, 1, 1, QualityReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualityReview_Period(), ecorePackage.getEString(), "period", null, 1, 1, QualityReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualityReview_Seed(), ecorePackage.getEString(), "seed", null, 1, 1, QualityReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualityReview_Reviewer(), ecorePackage.getEString(), "reviewer", null, 1, 1, QualityReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualityReview_SampledAt(), this.getInstant(), "sampledAt", null, 1, 1, QualityReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualityReview_ScoredAt(), this.getInstant(), "scoredAt", null, 0, 1, QualityReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualityReview_Total(), ecorePackage.getEIntegerObject(), "total", null, 0, 1, QualityReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualityReview_MaxTotal(), ecorePackage.getEIntegerObject(), "maxTotal", null, 0, 1, QualityReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualityReview_Note(), ecorePackage.getEString(), "note", null, 0, 1, QualityReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQualityReview_Scores(), this.getReviewScore(), null, "scores", null, 0, -1, QualityReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewScoreEClass, ReviewScore.class, "ReviewScore", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReviewScore_Item(), ecorePackage.getEString(), "item", null, 1, 1, ReviewScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewScore_Text(), ecorePackage.getEString(), "text", null, 1, 1, ReviewScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewScore_Score(), ecorePackage.getEInt(), "score", null, 1, 1, ReviewScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewScore_MaxScore(), ecorePackage.getEInt(), "maxScore", null, 1, 1, ReviewScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(calendarDateKindEEnum, CalendarDateKind.class, "CalendarDateKind");
		addEEnumLiteral(calendarDateKindEEnum, CalendarDateKind.HOLIDAY);
		addEEnumLiteral(calendarDateKindEEnum, CalendarDateKind.WORKDAY);
		addEEnumLiteral(calendarDateKindEEnum, CalendarDateKind.HOURS);

		initEEnum(severityEEnum, Severity.class, "Severity");
		addEEnumLiteral(severityEEnum, Severity.URGENT);
		addEEnumLiteral(severityEEnum, Severity.GENERAL);
		addEEnumLiteral(severityEEnum, Severity.INQUIRY);

		initEEnum(complaintStatusEEnum, ComplaintStatus.class, "ComplaintStatus");
		addEEnumLiteral(complaintStatusEEnum, ComplaintStatus.NEW);
		addEEnumLiteral(complaintStatusEEnum, ComplaintStatus.ACKNOWLEDGED);
		addEEnumLiteral(complaintStatusEEnum, ComplaintStatus.IN_PROGRESS);
		addEEnumLiteral(complaintStatusEEnum, ComplaintStatus.WAITING);
		addEEnumLiteral(complaintStatusEEnum, ComplaintStatus.ESCALATED);
		addEEnumLiteral(complaintStatusEEnum, ComplaintStatus.RESOLVED);
		addEEnumLiteral(complaintStatusEEnum, ComplaintStatus.FOLLOWED_UP);
		addEEnumLiteral(complaintStatusEEnum, ComplaintStatus.CLOSED);
		addEEnumLiteral(complaintStatusEEnum, ComplaintStatus.REOPENED);

		initEEnum(eventKindEEnum, EventKind.class, "EventKind");
		addEEnumLiteral(eventKindEEnum, EventKind.OPENED);
		addEEnumLiteral(eventKindEEnum, EventKind.CONTACT);
		addEEnumLiteral(eventKindEEnum, EventKind.TRANSITION);
		addEEnumLiteral(eventKindEEnum, EventKind.ESCALATION);
		addEEnumLiteral(eventKindEEnum, EventKind.ASSIGNMENT);
		addEEnumLiteral(eventKindEEnum, EventKind.NOTE);
		addEEnumLiteral(eventKindEEnum, EventKind.COMPENSATION);

		initEEnum(compensationKindEEnum, CompensationKind.class, "CompensationKind");
		addEEnumLiteral(compensationKindEEnum, CompensationKind.SERVICE_CREDIT);
		addEEnumLiteral(compensationKindEEnum, CompensationKind.EXTENDED_WARRANTY);
		addEEnumLiteral(compensationKindEEnum, CompensationKind.COUPON);
		addEEnumLiteral(compensationKindEEnum, CompensationKind.LOYALTY_POINTS);
		addEEnumLiteral(compensationKindEEnum, CompensationKind.VOUCHER);
		addEEnumLiteral(compensationKindEEnum, CompensationKind.REFUND);
		addEEnumLiteral(compensationKindEEnum, CompensationKind.GIFT);
		addEEnumLiteral(compensationKindEEnum, CompensationKind.OTHER);

		initEEnum(articleKindEEnum, ArticleKind.class, "ArticleKind");
		addEEnumLiteral(articleKindEEnum, ArticleKind.PRODUCT);
		addEEnumLiteral(articleKindEEnum, ArticleKind.PROCEDURE);
		addEEnumLiteral(articleKindEEnum, ArticleKind.KNOWN_PROBLEM);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://rapport.org/security
		createSecurityAnnotations();
		// http://rapport.org/persistence
		createPersistenceAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://rapport.org/security</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createSecurityAnnotations() {
		String source = "http://rapport.org/security";
		addAnnotation
		  (serviceCalendarEClass,
		   source,
		   new String[] {
			   "area", "servicelevels"
		   });
		addAnnotation
		  (calendarDateEClass,
		   source,
		   new String[] {
			   "area", "servicelevels"
		   });
		addAnnotation
		  (servicePolicyEClass,
		   source,
		   new String[] {
			   "area", "servicelevels"
		   });
		addAnnotation
		  (categoryEClass,
		   source,
		   new String[] {
			   "area", "servicelevels"
		   });
		addAnnotation
		  (complaintEClass,
		   source,
		   new String[] {
			   "area", "complaints",
			   "owner", "customer.accountManager"
		   });
		addAnnotation
		  (getComplaint_Description(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (clockPauseEClass,
		   source,
		   new String[] {
			   "area", "complaints"
		   });
		addAnnotation
		  (complaintEventEClass,
		   source,
		   new String[] {
			   "area", "complaints"
		   });
		addAnnotation
		  (getComplaintEvent_Note(),
		   source,
		   new String[] {
			   "personal", "true"
		   });
		addAnnotation
		  (compensationEClass,
		   source,
		   new String[] {
			   "area", "complaints"
		   });
		addAnnotation
		  (compensationOfferEClass,
		   source,
		   new String[] {
			   "area", "servicelevels"
		   });
		addAnnotation
		  (articleEClass,
		   source,
		   new String[] {
			   "area", "knowledge"
		   });
		addAnnotation
		  (articleTermEClass,
		   source,
		   new String[] {
			   "area", "knowledge"
		   });
		addAnnotation
		  (articleLinkEClass,
		   source,
		   new String[] {
			   "area", "complaints"
		   });
		addAnnotation
		  (checklistItemEClass,
		   source,
		   new String[] {
			   "area", "quality"
		   });
		addAnnotation
		  (qualityReviewEClass,
		   source,
		   new String[] {
			   "area", "quality"
		   });
		addAnnotation
		  (reviewScoreEClass,
		   source,
		   new String[] {
			   "area", "quality"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://rapport.org/persistence</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createPersistenceAnnotations() {
		String source = "http://rapport.org/persistence";
		addAnnotation
		  (getServiceCalendar_Name(),
		   source,
		   new String[] {
			   "unique", "true",
			   "length", "64"
		   });
		addAnnotation
		  (getServiceCalendar_Zone(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getServiceCalendar_Hours(),
		   source,
		   new String[] {
			   "length", "500"
		   });
		addAnnotation
		  (getCalendarDate_Hours(),
		   source,
		   new String[] {
			   "length", "200"
		   });
		addAnnotation
		  (getCalendarDate_Name(),
		   source,
		   new String[] {
			   "length", "200"
		   });
		addAnnotation
		  (getServicePolicy_Tier(),
		   source,
		   new String[] {
			   "length", "32"
		   });
		addAnnotation
		  (getCategory_Code(),
		   source,
		   new String[] {
			   "unique", "true",
			   "length", "64"
		   });
		addAnnotation
		  (getCategory_Name(),
		   source,
		   new String[] {
			   "length", "200"
		   });
		addAnnotation
		  (getCategory_NameZh(),
		   source,
		   new String[] {
			   "length", "200"
		   });
		addAnnotation
		  (getComplaint_Reference(),
		   source,
		   new String[] {
			   "unique", "true",
			   "length", "64"
		   });
		addAnnotation
		  (getComplaint_Channel(),
		   source,
		   new String[] {
			   "length", "32"
		   });
		addAnnotation
		  (getComplaint_Subject(),
		   source,
		   new String[] {
			   "length", "200"
		   });
		addAnnotation
		  (getComplaint_Description(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getComplaint_Status(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getComplaint_Assignee(),
		   source,
		   new String[] {
			   "length", "64",
			   "index", "true"
		   });
		addAnnotation
		  (getComplaint_CalendarName(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getComplaint_ResolveDue(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getComplaint_EscalationDue(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getComplaint_Resolution(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getComplaintEvent_Actor(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getComplaintEvent_Channel(),
		   source,
		   new String[] {
			   "length", "32"
		   });
		addAnnotation
		  (getComplaintEvent_Note(),
		   source,
		   new String[] {
			   "length", "2000"
		   });
		addAnnotation
		  (getComplaintEvent_Reference(),
		   source,
		   new String[] {
			   "length", "64",
			   "index", "true"
		   });
		addAnnotation
		  (getCompensation_Amount(),
		   source,
		   new String[] {
			   "precision", "14",
			   "scale", "2"
		   });
		addAnnotation
		  (getCompensation_Description(),
		   source,
		   new String[] {
			   "length", "500"
		   });
		addAnnotation
		  (getCompensation_GrantedBy(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getCompensation_OfferCode(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getCompensationOffer_Code(),
		   source,
		   new String[] {
			   "unique", "true",
			   "length", "64"
		   });
		addAnnotation
		  (getCompensationOffer_Name(),
		   source,
		   new String[] {
			   "length", "200"
		   });
		addAnnotation
		  (getCompensationOffer_Amount(),
		   source,
		   new String[] {
			   "precision", "14",
			   "scale", "2"
		   });
		addAnnotation
		  (getArticle_Code(),
		   source,
		   new String[] {
			   "unique", "true",
			   "length", "64"
		   });
		addAnnotation
		  (getArticle_Title(),
		   source,
		   new String[] {
			   "length", "200"
		   });
		addAnnotation
		  (getArticle_Body(),
		   source,
		   new String[] {
			   "length", "8000"
		   });
		addAnnotation
		  (getArticle_Language(),
		   source,
		   new String[] {
			   "length", "8"
		   });
		addAnnotation
		  (getArticle_Tags(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getArticle_Author(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getArticleTerm_Term(),
		   source,
		   new String[] {
			   "length", "64",
			   "index", "true"
		   });
		addAnnotation
		  (getArticleLink_LinkedBy(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getChecklistItem_Code(),
		   source,
		   new String[] {
			   "unique", "true",
			   "length", "64"
		   });
		addAnnotation
		  (getChecklistItem_Text(),
		   source,
		   new String[] {
			   "length", "200"
		   });
		addAnnotation
		  (getQualityReview_Period(),
		   source,
		   new String[] {
			   "length", "32"
		   });
		addAnnotation
		  (getQualityReview_Seed(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getQualityReview_Reviewer(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getQualityReview_Note(),
		   source,
		   new String[] {
			   "length", "2000"
		   });
		addAnnotation
		  (getReviewScore_Item(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getReviewScore_Text(),
		   source,
		   new String[] {
			   "length", "200"
		   });
	}

} //ComplaintsPackageImpl
