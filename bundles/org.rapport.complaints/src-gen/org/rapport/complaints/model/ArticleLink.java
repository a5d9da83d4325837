/**
 */
package org.rapport.complaints.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Article Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A knowledge-base article that solved a complaint, linked by an agent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.ArticleLink#getArticle <em>Article</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ArticleLink#getLinkedAt <em>Linked At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ArticleLink#getLinkedBy <em>Linked By</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getArticleLink()
 * @model annotation="http://rapport.org/security area='complaints'"
 * @generated
 */
public interface ArticleLink extends EObject {
	/**
	 * Returns the value of the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The article.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Article</em>' reference.
	 * @see #setArticle(Article)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticleLink_Article()
	 * @model required="true"
	 * @generated
	 */
	Article getArticle();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ArticleLink#getArticle <em>Article</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article</em>' reference.
	 * @see #getArticle()
	 * @generated
	 */
	void setArticle(Article value);

	/**
	 * Returns the value of the '<em><b>Linked At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was linked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Linked At</em>' attribute.
	 * @see #setLinkedAt(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticleLink_LinkedAt()
	 * @model dataType="org.rapport.complaints.model.Instant" required="true"
	 * @generated
	 */
	Instant getLinkedAt();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ArticleLink#getLinkedAt <em>Linked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Linked At</em>' attribute.
	 * @see #getLinkedAt()
	 * @generated
	 */
	void setLinkedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Linked By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who linked it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Linked By</em>' attribute.
	 * @see #setLinkedBy(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticleLink_LinkedBy()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getLinkedBy();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ArticleLink#getLinkedBy <em>Linked By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Linked By</em>' attribute.
	 * @see #getLinkedBy()
	 * @generated
	 */
	void setLinkedBy(String value);

} // ArticleLink
