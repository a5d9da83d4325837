/**
 */
package org.rapport.persistence.testmodel;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Call</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.persistence.testmodel.Call#getDurationSeconds <em>Duration Seconds</em>}</li>
 * </ul>
 *
 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCall()
 * @model
 * @generated
 */
public interface Call extends Interaction {
	/**
	 * Returns the value of the '<em><b>Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Seconds</em>' attribute.
	 * @see #setDurationSeconds(int)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getCall_DurationSeconds()
	 * @model
	 * @generated
	 */
	int getDurationSeconds();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Call#getDurationSeconds <em>Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Seconds</em>' attribute.
	 * @see #getDurationSeconds()
	 * @generated
	 */
	void setDurationSeconds(int value);

} // Call
