/**
 */
package org.rapport.complaints.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.complaints.model.ReviewScore;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review Score</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.ReviewScoreImpl#getItem <em>Item</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ReviewScoreImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ReviewScoreImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ReviewScoreImpl#getMaxScore <em>Max Score</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewScoreImpl extends PersistentObject implements ReviewScore {
	/**
	 * The default value of the '{@link #getItem() <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected static final String ITEM_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final int SCORE_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getMaxScore() <em>Max Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxScore()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_SCORE_EDEFAULT = 0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewScoreImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.REVIEW_SCORE;
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
	public String getItem() {
		return (String)eDynamicGet(ComplaintsPackage.REVIEW_SCORE__ITEM, ComplaintsPackage.Literals.REVIEW_SCORE__ITEM, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItem(String newItem) {
		eDynamicSet(ComplaintsPackage.REVIEW_SCORE__ITEM, ComplaintsPackage.Literals.REVIEW_SCORE__ITEM, newItem);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return (String)eDynamicGet(ComplaintsPackage.REVIEW_SCORE__TEXT, ComplaintsPackage.Literals.REVIEW_SCORE__TEXT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		eDynamicSet(ComplaintsPackage.REVIEW_SCORE__TEXT, ComplaintsPackage.Literals.REVIEW_SCORE__TEXT, newText);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScore() {
		return (Integer)eDynamicGet(ComplaintsPackage.REVIEW_SCORE__SCORE, ComplaintsPackage.Literals.REVIEW_SCORE__SCORE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(int newScore) {
		eDynamicSet(ComplaintsPackage.REVIEW_SCORE__SCORE, ComplaintsPackage.Literals.REVIEW_SCORE__SCORE, newScore);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxScore() {
		return (Integer)eDynamicGet(ComplaintsPackage.REVIEW_SCORE__MAX_SCORE, ComplaintsPackage.Literals.REVIEW_SCORE__MAX_SCORE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxScore(int newMaxScore) {
		eDynamicSet(ComplaintsPackage.REVIEW_SCORE__MAX_SCORE, ComplaintsPackage.Literals.REVIEW_SCORE__MAX_SCORE, newMaxScore);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ComplaintsPackage.REVIEW_SCORE__ITEM:
				return getItem();
			case ComplaintsPackage.REVIEW_SCORE__TEXT:
				return getText();
			case ComplaintsPackage.REVIEW_SCORE__SCORE:
				return getScore();
			case ComplaintsPackage.REVIEW_SCORE__MAX_SCORE:
				return getMaxScore();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ComplaintsPackage.REVIEW_SCORE__ITEM:
				setItem((String)newValue);
				return;
			case ComplaintsPackage.REVIEW_SCORE__TEXT:
				setText((String)newValue);
				return;
			case ComplaintsPackage.REVIEW_SCORE__SCORE:
				setScore((Integer)newValue);
				return;
			case ComplaintsPackage.REVIEW_SCORE__MAX_SCORE:
				setMaxScore((Integer)newValue);
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
			case ComplaintsPackage.REVIEW_SCORE__ITEM:
				setItem(ITEM_EDEFAULT);
				return;
			case ComplaintsPackage.REVIEW_SCORE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ComplaintsPackage.REVIEW_SCORE__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case ComplaintsPackage.REVIEW_SCORE__MAX_SCORE:
				setMaxScore(MAX_SCORE_EDEFAULT);
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
			case ComplaintsPackage.REVIEW_SCORE__ITEM:
				return ITEM_EDEFAULT == null ? getItem() != null : !ITEM_EDEFAULT.equals(getItem());
			case ComplaintsPackage.REVIEW_SCORE__TEXT:
				return TEXT_EDEFAULT == null ? getText() != null : !TEXT_EDEFAULT.equals(getText());
			case ComplaintsPackage.REVIEW_SCORE__SCORE:
				return getScore() != SCORE_EDEFAULT;
			case ComplaintsPackage.REVIEW_SCORE__MAX_SCORE:
				return getMaxScore() != MAX_SCORE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //ReviewScoreImpl
