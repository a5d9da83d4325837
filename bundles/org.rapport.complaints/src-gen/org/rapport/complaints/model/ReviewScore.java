/**
 */
package org.rapport.complaints.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Score</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The score of one checklist item in a review, with the item as it was then.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.ReviewScore#getItem <em>Item</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ReviewScore#getText <em>Text</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ReviewScore#getScore <em>Score</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ReviewScore#getMaxScore <em>Max Score</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getReviewScore()
 * @model annotation="http://rapport.org/security area='quality'"
 * @generated
 */
public interface ReviewScore extends EObject {
	/**
	 * Returns the value of the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The checklist item's code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item</em>' attribute.
	 * @see #setItem(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getReviewScore_Item()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getItem();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ReviewScore#getItem <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' attribute.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The item's text when scored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getReviewScore_Text()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='200'"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ReviewScore#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The score given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(int)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getReviewScore_Score()
	 * @model required="true"
	 * @generated
	 */
	int getScore();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ReviewScore#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(int value);

	/**
	 * Returns the value of the '<em><b>Max Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The item's maximum when scored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Score</em>' attribute.
	 * @see #setMaxScore(int)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getReviewScore_MaxScore()
	 * @model required="true"
	 * @generated
	 */
	int getMaxScore();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ReviewScore#getMaxScore <em>Max Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Score</em>' attribute.
	 * @see #getMaxScore()
	 * @generated
	 */
	void setMaxScore(int value);

} // ReviewScore
