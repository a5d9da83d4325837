/**
 */
package org.rapport.complaints.model;

import java.time.Instant;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quality Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A closed complaint a supervisor drew in a sample of a period, and its scores against the checklist once reviewed; a complaint is reviewed at most once.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.QualityReview#getComplaint <em>Complaint</em>}</li>
 *   <li>{@link org.rapport.complaints.model.QualityReview#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.rapport.complaints.model.QualityReview#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.rapport.complaints.model.QualityReview#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.rapport.complaints.model.QualityReview#getSampledAt <em>Sampled At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.QualityReview#getScoredAt <em>Scored At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.QualityReview#getTotal <em>Total</em>}</li>
 *   <li>{@link org.rapport.complaints.model.QualityReview#getMaxTotal <em>Max Total</em>}</li>
 *   <li>{@link org.rapport.complaints.model.QualityReview#getNote <em>Note</em>}</li>
 *   <li>{@link org.rapport.complaints.model.QualityReview#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getQualityReview()
 * @model annotation="http://rapport.org/security area='quality'"
 * @generated
 */
public interface QualityReview extends EObject {
	/**
	 * Returns the value of the '<em><b>Complaint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The complaint reviewed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Complaint</em>' reference.
	 * @see #setComplaint(Complaint)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getQualityReview_Complaint()
	 * @model required="true"
	 * @generated
	 */
	Complaint getComplaint();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.QualityReview#getComplaint <em>Complaint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complaint</em>' reference.
	 * @see #getComplaint()
	 * @generated
	 */
	void setComplaint(Complaint value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The period it was sampled from, as given (2026-04, or FROM..TO).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getQualityReview_Period()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='32'"
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.QualityReview#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The seed of the draw: the same seed over the same complaints draws the same sample.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getQualityReview_Seed()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getSeed();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.QualityReview#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The login of the supervisor who drew and scores it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getQualityReview_Reviewer()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.QualityReview#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Sampled At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was drawn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sampled At</em>' attribute.
	 * @see #setSampledAt(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getQualityReview_SampledAt()
	 * @model dataType="org.rapport.complaints.model.Instant" required="true"
	 * @generated
	 */
	Instant getSampledAt();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.QualityReview#getSampledAt <em>Sampled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sampled At</em>' attribute.
	 * @see #getSampledAt()
	 * @generated
	 */
	void setSampledAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Scored At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was scored; none while still to review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scored At</em>' attribute.
	 * @see #setScoredAt(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getQualityReview_ScoredAt()
	 * @model dataType="org.rapport.complaints.model.Instant"
	 * @generated
	 */
	Instant getScoredAt();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.QualityReview#getScoredAt <em>Scored At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scored At</em>' attribute.
	 * @see #getScoredAt()
	 * @generated
	 */
	void setScoredAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sum of its scores.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total</em>' attribute.
	 * @see #setTotal(Integer)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getQualityReview_Total()
	 * @model
	 * @generated
	 */
	Integer getTotal();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.QualityReview#getTotal <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' attribute.
	 * @see #getTotal()
	 * @generated
	 */
	void setTotal(Integer value);

	/**
	 * Returns the value of the '<em><b>Max Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sum of the scored items' maximums.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Total</em>' attribute.
	 * @see #setMaxTotal(Integer)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getQualityReview_MaxTotal()
	 * @model
	 * @generated
	 */
	Integer getMaxTotal();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.QualityReview#getMaxTotal <em>Max Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Total</em>' attribute.
	 * @see #getMaxTotal()
	 * @generated
	 */
	void setMaxTotal(Integer value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reviewer's remarks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getQualityReview_Note()
	 * @model annotation="http://rapport.org/persistence length='2000'"
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.QualityReview#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Scores</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.complaints.model.ReviewScore}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The score of each checklist item, as the checklist was when scored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scores</em>' containment reference list.
	 * @see org.rapport.complaints.model.ComplaintsPackage#getQualityReview_Scores()
	 * @model containment="true"
	 * @generated
	 */
	List<ReviewScore> getScores();

} // QualityReview
