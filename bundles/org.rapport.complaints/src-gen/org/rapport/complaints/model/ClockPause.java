/**
 */
package org.rapport.complaints.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Clock Pause</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A time the complaint's clocks stood still while waiting for the customer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.ClockPause#getPausedAt <em>Paused At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ClockPause#getResumedAt <em>Resumed At</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getClockPause()
 * @model annotation="http://rapport.org/security area='complaints'"
 * @generated
 */
public interface ClockPause extends EObject {
	/**
	 * Returns the value of the '<em><b>Paused At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the wait began.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Paused At</em>' attribute.
	 * @see #setPausedAt(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getClockPause_PausedAt()
	 * @model dataType="org.rapport.complaints.model.Instant" required="true"
	 * @generated
	 */
	Instant getPausedAt();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ClockPause#getPausedAt <em>Paused At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paused At</em>' attribute.
	 * @see #getPausedAt()
	 * @generated
	 */
	void setPausedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Resumed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it ended; none while still waiting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resumed At</em>' attribute.
	 * @see #setResumedAt(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getClockPause_ResumedAt()
	 * @model dataType="org.rapport.complaints.model.Instant"
	 * @generated
	 */
	Instant getResumedAt();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ClockPause#getResumedAt <em>Resumed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resumed At</em>' attribute.
	 * @see #getResumedAt()
	 * @generated
	 */
	void setResumedAt(Instant value);

} // ClockPause
