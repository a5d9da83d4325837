/**
 */
package org.rapport.complaints.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Article Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One search key of an article: a lower-case word, or two adjacent Chinese characters (a single character where a run has only one).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.ArticleTerm#getTerm <em>Term</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ArticleTerm#isInTitle <em>In Title</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getArticleTerm()
 * @model annotation="http://rapport.org/security area='knowledge'"
 * @generated
 */
public interface ArticleTerm extends EObject {
	/**
	 * Returns the value of the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Term</em>' attribute.
	 * @see #setTerm(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticleTerm_Term()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64' index='true'"
	 * @generated
	 */
	String getTerm();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ArticleTerm#getTerm <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Term</em>' attribute.
	 * @see #getTerm()
	 * @generated
	 */
	void setTerm(String value);

	/**
	 * Returns the value of the '<em><b>In Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether it comes from the title or tags (ranked above the body).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>In Title</em>' attribute.
	 * @see #setInTitle(boolean)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticleTerm_InTitle()
	 * @model required="true"
	 * @generated
	 */
	boolean isInTitle();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ArticleTerm#isInTitle <em>In Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Title</em>' attribute.
	 * @see #isInTitle()
	 * @generated
	 */
	void setInTitle(boolean value);

} // ArticleTerm
