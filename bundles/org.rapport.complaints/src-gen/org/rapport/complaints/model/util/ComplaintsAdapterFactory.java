/**
 */
package org.rapport.complaints.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.rapport.complaints.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.rapport.complaints.model.ComplaintsPackage
 * @generated
 */
public class ComplaintsAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ComplaintsPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComplaintsAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ComplaintsPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComplaintsSwitch<Adapter> modelSwitch =
		new ComplaintsSwitch<Adapter>() {
			@Override
			public Adapter caseServiceCalendar(ServiceCalendar object) {
				return createServiceCalendarAdapter();
			}
			@Override
			public Adapter caseCalendarDate(CalendarDate object) {
				return createCalendarDateAdapter();
			}
			@Override
			public Adapter caseServicePolicy(ServicePolicy object) {
				return createServicePolicyAdapter();
			}
			@Override
			public Adapter caseCategory(Category object) {
				return createCategoryAdapter();
			}
			@Override
			public Adapter caseComplaint(Complaint object) {
				return createComplaintAdapter();
			}
			@Override
			public Adapter caseClockPause(ClockPause object) {
				return createClockPauseAdapter();
			}
			@Override
			public Adapter caseComplaintEvent(ComplaintEvent object) {
				return createComplaintEventAdapter();
			}
			@Override
			public Adapter caseCompensation(Compensation object) {
				return createCompensationAdapter();
			}
			@Override
			public Adapter caseCompensationOffer(CompensationOffer object) {
				return createCompensationOfferAdapter();
			}
			@Override
			public Adapter caseArticle(Article object) {
				return createArticleAdapter();
			}
			@Override
			public Adapter caseArticleTerm(ArticleTerm object) {
				return createArticleTermAdapter();
			}
			@Override
			public Adapter caseArticleLink(ArticleLink object) {
				return createArticleLinkAdapter();
			}
			@Override
			public Adapter caseChecklistItem(ChecklistItem object) {
				return createChecklistItemAdapter();
			}
			@Override
			public Adapter caseQualityReview(QualityReview object) {
				return createQualityReviewAdapter();
			}
			@Override
			public Adapter caseReviewScore(ReviewScore object) {
				return createReviewScoreAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.ServiceCalendar <em>Service Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.ServiceCalendar
	 * @generated
	 */
	public Adapter createServiceCalendarAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.CalendarDate <em>Calendar Date</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.CalendarDate
	 * @generated
	 */
	public Adapter createCalendarDateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.ServicePolicy <em>Service Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.ServicePolicy
	 * @generated
	 */
	public Adapter createServicePolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.Category <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.Category
	 * @generated
	 */
	public Adapter createCategoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.Complaint <em>Complaint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.Complaint
	 * @generated
	 */
	public Adapter createComplaintAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.ClockPause <em>Clock Pause</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.ClockPause
	 * @generated
	 */
	public Adapter createClockPauseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.ComplaintEvent <em>Complaint Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.ComplaintEvent
	 * @generated
	 */
	public Adapter createComplaintEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.Compensation <em>Compensation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.Compensation
	 * @generated
	 */
	public Adapter createCompensationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.CompensationOffer <em>Compensation Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.CompensationOffer
	 * @generated
	 */
	public Adapter createCompensationOfferAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.Article <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.Article
	 * @generated
	 */
	public Adapter createArticleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.ArticleTerm <em>Article Term</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.ArticleTerm
	 * @generated
	 */
	public Adapter createArticleTermAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.ArticleLink <em>Article Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.ArticleLink
	 * @generated
	 */
	public Adapter createArticleLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.ChecklistItem <em>Checklist Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.ChecklistItem
	 * @generated
	 */
	public Adapter createChecklistItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.QualityReview <em>Quality Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.QualityReview
	 * @generated
	 */
	public Adapter createQualityReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.rapport.complaints.model.ReviewScore <em>Review Score</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.rapport.complaints.model.ReviewScore
	 * @generated
	 */
	public Adapter createReviewScoreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ComplaintsAdapterFactory
