/**
 */
package org.rapport.complaints.model;

import java.time.Instant;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Article</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A knowledge-base article: a product, an after-sales procedure or a known problem and its solution, in English or Chinese, found by the ranked search and linked to the complaints it solved.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.Article#getCode <em>Code</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Article#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Article#getBody <em>Body</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Article#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Article#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Article#getTags <em>Tags</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Article#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Article#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Article#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Article#getTerms <em>Terms</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getArticle()
 * @model annotation="http://rapport.org/security area='knowledge'"
 * @generated
 */
public interface Article extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The article's code, unique (KB-12).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticle_Code()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence unique='true' length='64'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Article#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticle_Title()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='200'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Article#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text: the facts, the steps, the solution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Body</em>' attribute.
	 * @see #setBody(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticle_Body()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='8000'"
	 * @generated
	 */
	String getBody();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Article#getBody <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' attribute.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The language it is written in: en or zh.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticle_Language()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='8'"
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Article#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.complaints.model.ArticleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.complaints.model.ArticleKind
	 * @see #setKind(ArticleKind)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticle_Kind()
	 * @model required="true"
	 * @generated
	 */
	ArticleKind getKind();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Article#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.complaints.model.ArticleKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ArticleKind value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free labels, searched as the title is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticle_Tags()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	List<String> getTags();

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The login of who wrote it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticle_Author()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Article#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticle_CreatedAt()
	 * @model dataType="org.rapport.complaints.model.Instant" required="true"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Article#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was last changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updated At</em>' attribute.
	 * @see #setUpdatedAt(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticle_UpdatedAt()
	 * @model dataType="org.rapport.complaints.model.Instant"
	 * @generated
	 */
	Instant getUpdatedAt();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Article#getUpdatedAt <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated At</em>' attribute.
	 * @see #getUpdatedAt()
	 * @generated
	 */
	void setUpdatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Terms</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.complaints.model.ArticleTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The search keys of its title, tags and body (words, and character pairs of Chinese text), kept with the text so the search runs in the database.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Terms</em>' containment reference list.
	 * @see org.rapport.complaints.model.ComplaintsPackage#getArticle_Terms()
	 * @model containment="true"
	 * @generated
	 */
	List<ArticleTerm> getTerms();

} // Article
