/**
 */
package org.rapport.complaints.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.rapport.complaints.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ComplaintsFactoryImpl extends EFactoryImpl implements ComplaintsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ComplaintsFactory init() {
		try {
			ComplaintsFactory theComplaintsFactory = (ComplaintsFactory)EPackage.Registry.INSTANCE.getEFactory(ComplaintsPackage.eNS_URI);
			if (theComplaintsFactory != null) {
				return theComplaintsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ComplaintsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComplaintsFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ComplaintsPackage.SERVICE_CALENDAR: return createServiceCalendar();
			case ComplaintsPackage.CALENDAR_DATE: return createCalendarDate();
			case ComplaintsPackage.SERVICE_POLICY: return createServicePolicy();
			case ComplaintsPackage.CATEGORY: return createCategory();
			case ComplaintsPackage.COMPLAINT: return createComplaint();
			case ComplaintsPackage.CLOCK_PAUSE: return createClockPause();
			case ComplaintsPackage.COMPLAINT_EVENT: return createComplaintEvent();
			case ComplaintsPackage.COMPENSATION: return createCompensation();
			case ComplaintsPackage.COMPENSATION_OFFER: return createCompensationOffer();
			case ComplaintsPackage.ARTICLE: return createArticle();
			case ComplaintsPackage.ARTICLE_TERM: return createArticleTerm();
			case ComplaintsPackage.ARTICLE_LINK: return createArticleLink();
			case ComplaintsPackage.CHECKLIST_ITEM: return createChecklistItem();
			case ComplaintsPackage.QUALITY_REVIEW: return createQualityReview();
			case ComplaintsPackage.REVIEW_SCORE: return createReviewScore();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ComplaintsPackage.CALENDAR_DATE_KIND:
				return createCalendarDateKindFromString(eDataType, initialValue);
			case ComplaintsPackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case ComplaintsPackage.COMPLAINT_STATUS:
				return createComplaintStatusFromString(eDataType, initialValue);
			case ComplaintsPackage.EVENT_KIND:
				return createEventKindFromString(eDataType, initialValue);
			case ComplaintsPackage.COMPENSATION_KIND:
				return createCompensationKindFromString(eDataType, initialValue);
			case ComplaintsPackage.ARTICLE_KIND:
				return createArticleKindFromString(eDataType, initialValue);
			case ComplaintsPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case ComplaintsPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ComplaintsPackage.CALENDAR_DATE_KIND:
				return convertCalendarDateKindToString(eDataType, instanceValue);
			case ComplaintsPackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case ComplaintsPackage.COMPLAINT_STATUS:
				return convertComplaintStatusToString(eDataType, instanceValue);
			case ComplaintsPackage.EVENT_KIND:
				return convertEventKindToString(eDataType, instanceValue);
			case ComplaintsPackage.COMPENSATION_KIND:
				return convertCompensationKindToString(eDataType, instanceValue);
			case ComplaintsPackage.ARTICLE_KIND:
				return convertArticleKindToString(eDataType, instanceValue);
			case ComplaintsPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case ComplaintsPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCalendar createServiceCalendar() {
		ServiceCalendarImpl serviceCalendar = new ServiceCalendarImpl();
		return serviceCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CalendarDate createCalendarDate() {
		CalendarDateImpl calendarDate = new CalendarDateImpl();
		return calendarDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServicePolicy createServicePolicy() {
		ServicePolicyImpl servicePolicy = new ServicePolicyImpl();
		return servicePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Category createCategory() {
		CategoryImpl category = new CategoryImpl();
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Complaint createComplaint() {
		ComplaintImpl complaint = new ComplaintImpl();
		return complaint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClockPause createClockPause() {
		ClockPauseImpl clockPause = new ClockPauseImpl();
		return clockPause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplaintEvent createComplaintEvent() {
		ComplaintEventImpl complaintEvent = new ComplaintEventImpl();
		return complaintEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Compensation createCompensation() {
		CompensationImpl compensation = new CompensationImpl();
		return compensation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompensationOffer createCompensationOffer() {
		CompensationOfferImpl compensationOffer = new CompensationOfferImpl();
		return compensationOffer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Article createArticle() {
		ArticleImpl article = new ArticleImpl();
		return article;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArticleTerm createArticleTerm() {
		ArticleTermImpl articleTerm = new ArticleTermImpl();
		return articleTerm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArticleLink createArticleLink() {
		ArticleLinkImpl articleLink = new ArticleLinkImpl();
		return articleLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistItem createChecklistItem() {
		ChecklistItemImpl checklistItem = new ChecklistItemImpl();
		return checklistItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QualityReview createQualityReview() {
		QualityReviewImpl qualityReview = new QualityReviewImpl();
		return qualityReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewScore createReviewScore() {
		ReviewScoreImpl reviewScore = new ReviewScoreImpl();
		return reviewScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CalendarDateKind createCalendarDateKindFromString(EDataType eDataType, String initialValue) {
		CalendarDateKind result = CalendarDateKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCalendarDateKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComplaintStatus createComplaintStatusFromString(EDataType eDataType, String initialValue) {
		ComplaintStatus result = ComplaintStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComplaintStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EventKind createEventKindFromString(EDataType eDataType, String initialValue) {
		EventKind result = EventKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEventKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CompensationKind createCompensationKindFromString(EDataType eDataType, String initialValue) {
		CompensationKind result = CompensationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCompensationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArticleKind createArticleKindFromString(EDataType eDataType, String initialValue) {
		ArticleKind result = ArticleKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArticleKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null ? null : LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null ? null : Instant.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return convertInstant((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplaintsPackage getComplaintsPackage() {
		return (ComplaintsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ComplaintsPackage getPackage() {
		return ComplaintsPackage.eINSTANCE;
	}

} //ComplaintsFactoryImpl
