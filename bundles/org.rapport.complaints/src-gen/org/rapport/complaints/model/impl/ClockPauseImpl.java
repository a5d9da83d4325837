/**
 */
package org.rapport.complaints.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;

import org.rapport.complaints.model.ClockPause;
import org.rapport.complaints.model.ComplaintsPackage;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Clock Pause</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.ClockPauseImpl#getPausedAt <em>Paused At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ClockPauseImpl#getResumedAt <em>Resumed At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClockPauseImpl extends PersistentObject implements ClockPause {
	/**
	 * The default value of the '{@link #getPausedAt() <em>Paused At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPausedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant PAUSED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getResumedAt() <em>Resumed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResumedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RESUMED_AT_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClockPauseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.CLOCK_PAUSE;
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
	public Instant getPausedAt() {
		return (Instant)eDynamicGet(ComplaintsPackage.CLOCK_PAUSE__PAUSED_AT, ComplaintsPackage.Literals.CLOCK_PAUSE__PAUSED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPausedAt(Instant newPausedAt) {
		eDynamicSet(ComplaintsPackage.CLOCK_PAUSE__PAUSED_AT, ComplaintsPackage.Literals.CLOCK_PAUSE__PAUSED_AT, newPausedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getResumedAt() {
		return (Instant)eDynamicGet(ComplaintsPackage.CLOCK_PAUSE__RESUMED_AT, ComplaintsPackage.Literals.CLOCK_PAUSE__RESUMED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResumedAt(Instant newResumedAt) {
		eDynamicSet(ComplaintsPackage.CLOCK_PAUSE__RESUMED_AT, ComplaintsPackage.Literals.CLOCK_PAUSE__RESUMED_AT, newResumedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ComplaintsPackage.CLOCK_PAUSE__PAUSED_AT:
				return getPausedAt();
			case ComplaintsPackage.CLOCK_PAUSE__RESUMED_AT:
				return getResumedAt();
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
			case ComplaintsPackage.CLOCK_PAUSE__PAUSED_AT:
				setPausedAt((Instant)newValue);
				return;
			case ComplaintsPackage.CLOCK_PAUSE__RESUMED_AT:
				setResumedAt((Instant)newValue);
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
			case ComplaintsPackage.CLOCK_PAUSE__PAUSED_AT:
				setPausedAt(PAUSED_AT_EDEFAULT);
				return;
			case ComplaintsPackage.CLOCK_PAUSE__RESUMED_AT:
				setResumedAt(RESUMED_AT_EDEFAULT);
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
			case ComplaintsPackage.CLOCK_PAUSE__PAUSED_AT:
				return PAUSED_AT_EDEFAULT == null ? getPausedAt() != null : !PAUSED_AT_EDEFAULT.equals(getPausedAt());
			case ComplaintsPackage.CLOCK_PAUSE__RESUMED_AT:
				return RESUMED_AT_EDEFAULT == null ? getResumedAt() != null : !RESUMED_AT_EDEFAULT.equals(getResumedAt());
		}
		return super.eIsSet(featureID);
	}

} //ClockPauseImpl
