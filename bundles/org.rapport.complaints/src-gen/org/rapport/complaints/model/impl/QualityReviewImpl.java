/**
 */
package org.rapport.complaints.model.impl;

import java.time.Instant;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.complaints.model.QualityReview;
import org.rapport.complaints.model.ReviewScore;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Quality Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.QualityReviewImpl#getComplaint <em>Complaint</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.QualityReviewImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.QualityReviewImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.QualityReviewImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.QualityReviewImpl#getSampledAt <em>Sampled At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.QualityReviewImpl#getScoredAt <em>Scored At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.QualityReviewImpl#getTotal <em>Total</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.QualityReviewImpl#getMaxTotal <em>Max Total</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.QualityReviewImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.QualityReviewImpl#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QualityReviewImpl extends PersistentObject implements QualityReview {
	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final String SEED_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getSampledAt() <em>Sampled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampledAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SAMPLED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getScoredAt() <em>Scored At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoredAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SCORED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TOTAL_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getMaxTotal() <em>Max Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTotal()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_TOTAL_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QualityReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.QUALITY_REVIEW;
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
	public Complaint getComplaint() {
		return (Complaint)eDynamicGet(ComplaintsPackage.QUALITY_REVIEW__COMPLAINT, ComplaintsPackage.Literals.QUALITY_REVIEW__COMPLAINT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Complaint basicGetComplaint() {
		return (Complaint)eDynamicGet(ComplaintsPackage.QUALITY_REVIEW__COMPLAINT, ComplaintsPackage.Literals.QUALITY_REVIEW__COMPLAINT, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplaint(Complaint newComplaint) {
		eDynamicSet(ComplaintsPackage.QUALITY_REVIEW__COMPLAINT, ComplaintsPackage.Literals.QUALITY_REVIEW__COMPLAINT, newComplaint);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriod() {
		return (String)eDynamicGet(ComplaintsPackage.QUALITY_REVIEW__PERIOD, ComplaintsPackage.Literals.QUALITY_REVIEW__PERIOD, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(String newPeriod) {
		eDynamicSet(ComplaintsPackage.QUALITY_REVIEW__PERIOD, ComplaintsPackage.Literals.QUALITY_REVIEW__PERIOD, newPeriod);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSeed() {
		return (String)eDynamicGet(ComplaintsPackage.QUALITY_REVIEW__SEED, ComplaintsPackage.Literals.QUALITY_REVIEW__SEED, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(String newSeed) {
		eDynamicSet(ComplaintsPackage.QUALITY_REVIEW__SEED, ComplaintsPackage.Literals.QUALITY_REVIEW__SEED, newSeed);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewer() {
		return (String)eDynamicGet(ComplaintsPackage.QUALITY_REVIEW__REVIEWER, ComplaintsPackage.Literals.QUALITY_REVIEW__REVIEWER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(String newReviewer) {
		eDynamicSet(ComplaintsPackage.QUALITY_REVIEW__REVIEWER, ComplaintsPackage.Literals.QUALITY_REVIEW__REVIEWER, newReviewer);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSampledAt() {
		return (Instant)eDynamicGet(ComplaintsPackage.QUALITY_REVIEW__SAMPLED_AT, ComplaintsPackage.Literals.QUALITY_REVIEW__SAMPLED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSampledAt(Instant newSampledAt) {
		eDynamicSet(ComplaintsPackage.QUALITY_REVIEW__SAMPLED_AT, ComplaintsPackage.Literals.QUALITY_REVIEW__SAMPLED_AT, newSampledAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getScoredAt() {
		return (Instant)eDynamicGet(ComplaintsPackage.QUALITY_REVIEW__SCORED_AT, ComplaintsPackage.Literals.QUALITY_REVIEW__SCORED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoredAt(Instant newScoredAt) {
		eDynamicSet(ComplaintsPackage.QUALITY_REVIEW__SCORED_AT, ComplaintsPackage.Literals.QUALITY_REVIEW__SCORED_AT, newScoredAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTotal() {
		return (Integer)eDynamicGet(ComplaintsPackage.QUALITY_REVIEW__TOTAL, ComplaintsPackage.Literals.QUALITY_REVIEW__TOTAL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotal(Integer newTotal) {
		eDynamicSet(ComplaintsPackage.QUALITY_REVIEW__TOTAL, ComplaintsPackage.Literals.QUALITY_REVIEW__TOTAL, newTotal);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxTotal() {
		return (Integer)eDynamicGet(ComplaintsPackage.QUALITY_REVIEW__MAX_TOTAL, ComplaintsPackage.Literals.QUALITY_REVIEW__MAX_TOTAL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxTotal(Integer newMaxTotal) {
		eDynamicSet(ComplaintsPackage.QUALITY_REVIEW__MAX_TOTAL, ComplaintsPackage.Literals.QUALITY_REVIEW__MAX_TOTAL, newMaxTotal);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return (String)eDynamicGet(ComplaintsPackage.QUALITY_REVIEW__NOTE, ComplaintsPackage.Literals.QUALITY_REVIEW__NOTE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		eDynamicSet(ComplaintsPackage.QUALITY_REVIEW__NOTE, ComplaintsPackage.Literals.QUALITY_REVIEW__NOTE, newNote);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<ReviewScore> getScores() {
		return (List<ReviewScore>)eDynamicGet(ComplaintsPackage.QUALITY_REVIEW__SCORES, ComplaintsPackage.Literals.QUALITY_REVIEW__SCORES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ComplaintsPackage.QUALITY_REVIEW__SCORES:
				return ((InternalEList<?>)getScores()).basicRemove(otherEnd, msgs);
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
			case ComplaintsPackage.QUALITY_REVIEW__COMPLAINT:
				if (resolve) return getComplaint();
				return basicGetComplaint();
			case ComplaintsPackage.QUALITY_REVIEW__PERIOD:
				return getPeriod();
			case ComplaintsPackage.QUALITY_REVIEW__SEED:
				return getSeed();
			case ComplaintsPackage.QUALITY_REVIEW__REVIEWER:
				return getReviewer();
			case ComplaintsPackage.QUALITY_REVIEW__SAMPLED_AT:
				return getSampledAt();
			case ComplaintsPackage.QUALITY_REVIEW__SCORED_AT:
				return getScoredAt();
			case ComplaintsPackage.QUALITY_REVIEW__TOTAL:
				return getTotal();
			case ComplaintsPackage.QUALITY_REVIEW__MAX_TOTAL:
				return getMaxTotal();
			case ComplaintsPackage.QUALITY_REVIEW__NOTE:
				return getNote();
			case ComplaintsPackage.QUALITY_REVIEW__SCORES:
				return getScores();
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
			case ComplaintsPackage.QUALITY_REVIEW__COMPLAINT:
				setComplaint((Complaint)newValue);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__PERIOD:
				setPeriod((String)newValue);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__SEED:
				setSeed((String)newValue);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__REVIEWER:
				setReviewer((String)newValue);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__SAMPLED_AT:
				setSampledAt((Instant)newValue);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__SCORED_AT:
				setScoredAt((Instant)newValue);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__TOTAL:
				setTotal((Integer)newValue);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__MAX_TOTAL:
				setMaxTotal((Integer)newValue);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__NOTE:
				setNote((String)newValue);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__SCORES:
				getScores().clear();
				getScores().addAll((Collection<? extends ReviewScore>)newValue);
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
			case ComplaintsPackage.QUALITY_REVIEW__COMPLAINT:
				setComplaint((Complaint)null);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__SAMPLED_AT:
				setSampledAt(SAMPLED_AT_EDEFAULT);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__SCORED_AT:
				setScoredAt(SCORED_AT_EDEFAULT);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__TOTAL:
				setTotal(TOTAL_EDEFAULT);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__MAX_TOTAL:
				setMaxTotal(MAX_TOTAL_EDEFAULT);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case ComplaintsPackage.QUALITY_REVIEW__SCORES:
				getScores().clear();
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
			case ComplaintsPackage.QUALITY_REVIEW__COMPLAINT:
				return basicGetComplaint() != null;
			case ComplaintsPackage.QUALITY_REVIEW__PERIOD:
				return PERIOD_EDEFAULT == null ? getPeriod() != null : !PERIOD_EDEFAULT.equals(getPeriod());
			case ComplaintsPackage.QUALITY_REVIEW__SEED:
				return SEED_EDEFAULT == null ? getSeed() != null : !SEED_EDEFAULT.equals(getSeed());
			case ComplaintsPackage.QUALITY_REVIEW__REVIEWER:
				return REVIEWER_EDEFAULT == null ? getReviewer() != null : !REVIEWER_EDEFAULT.equals(getReviewer());
			case ComplaintsPackage.QUALITY_REVIEW__SAMPLED_AT:
				return SAMPLED_AT_EDEFAULT == null ? getSampledAt() != null : !SAMPLED_AT_EDEFAULT.equals(getSampledAt());
			case ComplaintsPackage.QUALITY_REVIEW__SCORED_AT:
				return SCORED_AT_EDEFAULT == null ? getScoredAt() != null : !SCORED_AT_EDEFAULT.equals(getScoredAt());
			case ComplaintsPackage.QUALITY_REVIEW__TOTAL:
				return TOTAL_EDEFAULT == null ? getTotal() != null : !TOTAL_EDEFAULT.equals(getTotal());
			case ComplaintsPackage.QUALITY_REVIEW__MAX_TOTAL:
				return MAX_TOTAL_EDEFAULT == null ? getMaxTotal() != null : !MAX_TOTAL_EDEFAULT.equals(getMaxTotal());
			case ComplaintsPackage.QUALITY_REVIEW__NOTE:
				return NOTE_EDEFAULT == null ? getNote() != null : !NOTE_EDEFAULT.equals(getNote());
			case ComplaintsPackage.QUALITY_REVIEW__SCORES:
				return !getScores().isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //QualityReviewImpl
