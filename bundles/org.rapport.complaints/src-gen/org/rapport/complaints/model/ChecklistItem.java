/**
 */
package org.rapport.complaints.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklist Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One point of the quality review's checklist, scored from 0 to its maximum.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.ChecklistItem#getCode <em>Code</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ChecklistItem#getText <em>Text</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ChecklistItem#getMaxScore <em>Max Score</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ChecklistItem#getPosition <em>Position</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ChecklistItem#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getChecklistItem()
 * @model annotation="http://rapport.org/security area='quality'"
 * @generated
 */
public interface ChecklistItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The item's code, unique (greeting).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getChecklistItem_Code()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence unique='true' length='64'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ChecklistItem#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the reviewer checks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getChecklistItem_Text()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='200'"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ChecklistItem#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Max Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The highest score.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Score</em>' attribute.
	 * @see #setMaxScore(int)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getChecklistItem_MaxScore()
	 * @model required="true"
	 * @generated
	 */
	int getMaxScore();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ChecklistItem#getMaxScore <em>Max Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Score</em>' attribute.
	 * @see #getMaxScore()
	 * @generated
	 */
	void setMaxScore(int value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it stands in the checklist.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(int)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getChecklistItem_Position()
	 * @model required="true"
	 * @generated
	 */
	int getPosition();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ChecklistItem#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(int value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether new reviews score it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getChecklistItem_Active()
	 * @model default="true" required="true"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ChecklistItem#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

} // ChecklistItem
