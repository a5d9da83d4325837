/**
 */
package org.rapport.complaints.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.rapport.complaints.model.ChecklistItem;
import org.rapport.complaints.model.ComplaintsPackage;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Checklist Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.ChecklistItemImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ChecklistItemImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ChecklistItemImpl#getMaxScore <em>Max Score</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ChecklistItemImpl#getPosition <em>Position</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ChecklistItemImpl#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChecklistItemImpl extends PersistentObject implements ChecklistItem {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

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
	 * The default value of the '{@link #getMaxScore() <em>Max Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxScore()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_SCORE_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final int POSITION_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChecklistItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.CHECKLIST_ITEM;
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
	public String getCode() {
		return (String)eDynamicGet(ComplaintsPackage.CHECKLIST_ITEM__CODE, ComplaintsPackage.Literals.CHECKLIST_ITEM__CODE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		eDynamicSet(ComplaintsPackage.CHECKLIST_ITEM__CODE, ComplaintsPackage.Literals.CHECKLIST_ITEM__CODE, newCode);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return (String)eDynamicGet(ComplaintsPackage.CHECKLIST_ITEM__TEXT, ComplaintsPackage.Literals.CHECKLIST_ITEM__TEXT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		eDynamicSet(ComplaintsPackage.CHECKLIST_ITEM__TEXT, ComplaintsPackage.Literals.CHECKLIST_ITEM__TEXT, newText);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxScore() {
		return (Integer)eDynamicGet(ComplaintsPackage.CHECKLIST_ITEM__MAX_SCORE, ComplaintsPackage.Literals.CHECKLIST_ITEM__MAX_SCORE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxScore(int newMaxScore) {
		eDynamicSet(ComplaintsPackage.CHECKLIST_ITEM__MAX_SCORE, ComplaintsPackage.Literals.CHECKLIST_ITEM__MAX_SCORE, newMaxScore);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPosition() {
		return (Integer)eDynamicGet(ComplaintsPackage.CHECKLIST_ITEM__POSITION, ComplaintsPackage.Literals.CHECKLIST_ITEM__POSITION, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(int newPosition) {
		eDynamicSet(ComplaintsPackage.CHECKLIST_ITEM__POSITION, ComplaintsPackage.Literals.CHECKLIST_ITEM__POSITION, newPosition);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return (Boolean)eDynamicGet(ComplaintsPackage.CHECKLIST_ITEM__ACTIVE, ComplaintsPackage.Literals.CHECKLIST_ITEM__ACTIVE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		eDynamicSet(ComplaintsPackage.CHECKLIST_ITEM__ACTIVE, ComplaintsPackage.Literals.CHECKLIST_ITEM__ACTIVE, newActive);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ComplaintsPackage.CHECKLIST_ITEM__CODE:
				return getCode();
			case ComplaintsPackage.CHECKLIST_ITEM__TEXT:
				return getText();
			case ComplaintsPackage.CHECKLIST_ITEM__MAX_SCORE:
				return getMaxScore();
			case ComplaintsPackage.CHECKLIST_ITEM__POSITION:
				return getPosition();
			case ComplaintsPackage.CHECKLIST_ITEM__ACTIVE:
				return isActive();
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
			case ComplaintsPackage.CHECKLIST_ITEM__CODE:
				setCode((String)newValue);
				return;
			case ComplaintsPackage.CHECKLIST_ITEM__TEXT:
				setText((String)newValue);
				return;
			case ComplaintsPackage.CHECKLIST_ITEM__MAX_SCORE:
				setMaxScore((Integer)newValue);
				return;
			case ComplaintsPackage.CHECKLIST_ITEM__POSITION:
				setPosition((Integer)newValue);
				return;
			case ComplaintsPackage.CHECKLIST_ITEM__ACTIVE:
				setActive((Boolean)newValue);
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
			case ComplaintsPackage.CHECKLIST_ITEM__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ComplaintsPackage.CHECKLIST_ITEM__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ComplaintsPackage.CHECKLIST_ITEM__MAX_SCORE:
				setMaxScore(MAX_SCORE_EDEFAULT);
				return;
			case ComplaintsPackage.CHECKLIST_ITEM__POSITION:
				setPosition(POSITION_EDEFAULT);
				return;
			case ComplaintsPackage.CHECKLIST_ITEM__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
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
			case ComplaintsPackage.CHECKLIST_ITEM__CODE:
				return CODE_EDEFAULT == null ? getCode() != null : !CODE_EDEFAULT.equals(getCode());
			case ComplaintsPackage.CHECKLIST_ITEM__TEXT:
				return TEXT_EDEFAULT == null ? getText() != null : !TEXT_EDEFAULT.equals(getText());
			case ComplaintsPackage.CHECKLIST_ITEM__MAX_SCORE:
				return getMaxScore() != MAX_SCORE_EDEFAULT;
			case ComplaintsPackage.CHECKLIST_ITEM__POSITION:
				return getPosition() != POSITION_EDEFAULT;
			case ComplaintsPackage.CHECKLIST_ITEM__ACTIVE:
				return isActive() != ACTIVE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //ChecklistItemImpl
