/**
 */
package org.rapport.complaints.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.rapport.complaints.model.ComplaintsPackage
 * @generated
 */
public interface ComplaintsFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ComplaintsFactory eINSTANCE = org.rapport.complaints.model.impl.ComplaintsFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Service Calendar</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Calendar</em>'.
	 * @generated
	 */
	ServiceCalendar createServiceCalendar();

	/**
	 * Returns a new object of class '<em>Calendar Date</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Calendar Date</em>'.
	 * @generated
	 */
	CalendarDate createCalendarDate();

	/**
	 * Returns a new object of class '<em>Service Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Policy</em>'.
	 * @generated
	 */
	ServicePolicy createServicePolicy();

	/**
	 * Returns a new object of class '<em>Category</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Category</em>'.
	 * @generated
	 */
	Category createCategory();

	/**
	 * Returns a new object of class '<em>Complaint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Complaint</em>'.
	 * @generated
	 */
	Complaint createComplaint();

	/**
	 * Returns a new object of class '<em>Clock Pause</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Clock Pause</em>'.
	 * @generated
	 */
	ClockPause createClockPause();

	/**
	 * Returns a new object of class '<em>Complaint Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Complaint Event</em>'.
	 * @generated
	 */
	ComplaintEvent createComplaintEvent();

	/**
	 * Returns a new object of class '<em>Compensation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Compensation</em>'.
	 * @generated
	 */
	Compensation createCompensation();

	/**
	 * Returns a new object of class '<em>Compensation Offer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Compensation Offer</em>'.
	 * @generated
	 */
	CompensationOffer createCompensationOffer();

	/**
	 * Returns a new object of class '<em>Article</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Article</em>'.
	 * @generated
	 */
	Article createArticle();

	/**
	 * Returns a new object of class '<em>Article Term</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Article Term</em>'.
	 * @generated
	 */
	ArticleTerm createArticleTerm();

	/**
	 * Returns a new object of class '<em>Article Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Article Link</em>'.
	 * @generated
	 */
	ArticleLink createArticleLink();

	/**
	 * Returns a new object of class '<em>Checklist Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Checklist Item</em>'.
	 * @generated
	 */
	ChecklistItem createChecklistItem();

	/**
	 * Returns a new object of class '<em>Quality Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Quality Review</em>'.
	 * @generated
	 */
	QualityReview createQualityReview();

	/**
	 * Returns a new object of class '<em>Review Score</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Review Score</em>'.
	 * @generated
	 */
	ReviewScore createReviewScore();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ComplaintsPackage getComplaintsPackage();

} //ComplaintsFactory
