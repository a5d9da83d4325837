/**
 */
package org.rapport.complaints.model.impl;

import java.time.Instant;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.complaints.model.Article;
import org.rapport.complaints.model.ArticleKind;
import org.rapport.complaints.model.ArticleTerm;
import org.rapport.complaints.model.ComplaintsPackage;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Article</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleImpl#getBody <em>Body</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleImpl#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleImpl#getTerms <em>Terms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArticleImpl extends PersistentObject implements Article {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected static final String BODY_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ArticleKind KIND_EDEFAULT = ArticleKind.PRODUCT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getUpdatedAt() <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant UPDATED_AT_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArticleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.ARTICLE;
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
		return (String)eDynamicGet(ComplaintsPackage.ARTICLE__CODE, ComplaintsPackage.Literals.ARTICLE__CODE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		eDynamicSet(ComplaintsPackage.ARTICLE__CODE, ComplaintsPackage.Literals.ARTICLE__CODE, newCode);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return (String)eDynamicGet(ComplaintsPackage.ARTICLE__TITLE, ComplaintsPackage.Literals.ARTICLE__TITLE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		eDynamicSet(ComplaintsPackage.ARTICLE__TITLE, ComplaintsPackage.Literals.ARTICLE__TITLE, newTitle);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBody() {
		return (String)eDynamicGet(ComplaintsPackage.ARTICLE__BODY, ComplaintsPackage.Literals.ARTICLE__BODY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBody(String newBody) {
		eDynamicSet(ComplaintsPackage.ARTICLE__BODY, ComplaintsPackage.Literals.ARTICLE__BODY, newBody);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return (String)eDynamicGet(ComplaintsPackage.ARTICLE__LANGUAGE, ComplaintsPackage.Literals.ARTICLE__LANGUAGE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		eDynamicSet(ComplaintsPackage.ARTICLE__LANGUAGE, ComplaintsPackage.Literals.ARTICLE__LANGUAGE, newLanguage);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArticleKind getKind() {
		return (ArticleKind)eDynamicGet(ComplaintsPackage.ARTICLE__KIND, ComplaintsPackage.Literals.ARTICLE__KIND, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ArticleKind newKind) {
		eDynamicSet(ComplaintsPackage.ARTICLE__KIND, ComplaintsPackage.Literals.ARTICLE__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<String> getTags() {
		return (List<String>)eDynamicGet(ComplaintsPackage.ARTICLE__TAGS, ComplaintsPackage.Literals.ARTICLE__TAGS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return (String)eDynamicGet(ComplaintsPackage.ARTICLE__AUTHOR, ComplaintsPackage.Literals.ARTICLE__AUTHOR, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		eDynamicSet(ComplaintsPackage.ARTICLE__AUTHOR, ComplaintsPackage.Literals.ARTICLE__AUTHOR, newAuthor);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return (Instant)eDynamicGet(ComplaintsPackage.ARTICLE__CREATED_AT, ComplaintsPackage.Literals.ARTICLE__CREATED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		eDynamicSet(ComplaintsPackage.ARTICLE__CREATED_AT, ComplaintsPackage.Literals.ARTICLE__CREATED_AT, newCreatedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getUpdatedAt() {
		return (Instant)eDynamicGet(ComplaintsPackage.ARTICLE__UPDATED_AT, ComplaintsPackage.Literals.ARTICLE__UPDATED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatedAt(Instant newUpdatedAt) {
		eDynamicSet(ComplaintsPackage.ARTICLE__UPDATED_AT, ComplaintsPackage.Literals.ARTICLE__UPDATED_AT, newUpdatedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<ArticleTerm> getTerms() {
		return (List<ArticleTerm>)eDynamicGet(ComplaintsPackage.ARTICLE__TERMS, ComplaintsPackage.Literals.ARTICLE__TERMS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ComplaintsPackage.ARTICLE__TERMS:
				return ((InternalEList<?>)getTerms()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ComplaintsPackage.ARTICLE__CODE:
				return getCode();
			case ComplaintsPackage.ARTICLE__TITLE:
				return getTitle();
			case ComplaintsPackage.ARTICLE__BODY:
				return getBody();
			case ComplaintsPackage.ARTICLE__LANGUAGE:
				return getLanguage();
			case ComplaintsPackage.ARTICLE__KIND:
				return getKind();
			case ComplaintsPackage.ARTICLE__TAGS:
				return getTags();
			case ComplaintsPackage.ARTICLE__AUTHOR:
				return getAuthor();
			case ComplaintsPackage.ARTICLE__CREATED_AT:
				return getCreatedAt();
			case ComplaintsPackage.ARTICLE__UPDATED_AT:
				return getUpdatedAt();
			case ComplaintsPackage.ARTICLE__TERMS:
				return getTerms();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ComplaintsPackage.ARTICLE__CODE:
				setCode((String)newValue);
				return;
			case ComplaintsPackage.ARTICLE__TITLE:
				setTitle((String)newValue);
				return;
			case ComplaintsPackage.ARTICLE__BODY:
				setBody((String)newValue);
				return;
			case ComplaintsPackage.ARTICLE__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case ComplaintsPackage.ARTICLE__KIND:
				setKind((ArticleKind)newValue);
				return;
			case ComplaintsPackage.ARTICLE__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case ComplaintsPackage.ARTICLE__AUTHOR:
				setAuthor((String)newValue);
				return;
			case ComplaintsPackage.ARTICLE__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case ComplaintsPackage.ARTICLE__UPDATED_AT:
				setUpdatedAt((Instant)newValue);
				return;
			case ComplaintsPackage.ARTICLE__TERMS:
				getTerms().clear();
				getTerms().addAll((Collection<? extends ArticleTerm>)newValue);
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
			case ComplaintsPackage.ARTICLE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ComplaintsPackage.ARTICLE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ComplaintsPackage.ARTICLE__BODY:
				setBody(BODY_EDEFAULT);
				return;
			case ComplaintsPackage.ARTICLE__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case ComplaintsPackage.ARTICLE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ComplaintsPackage.ARTICLE__TAGS:
				getTags().clear();
				return;
			case ComplaintsPackage.ARTICLE__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case ComplaintsPackage.ARTICLE__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case ComplaintsPackage.ARTICLE__UPDATED_AT:
				setUpdatedAt(UPDATED_AT_EDEFAULT);
				return;
			case ComplaintsPackage.ARTICLE__TERMS:
				getTerms().clear();
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
			case ComplaintsPackage.ARTICLE__CODE:
				return CODE_EDEFAULT == null ? getCode() != null : !CODE_EDEFAULT.equals(getCode());
			case ComplaintsPackage.ARTICLE__TITLE:
				return TITLE_EDEFAULT == null ? getTitle() != null : !TITLE_EDEFAULT.equals(getTitle());
			case ComplaintsPackage.ARTICLE__BODY:
				return BODY_EDEFAULT == null ? getBody() != null : !BODY_EDEFAULT.equals(getBody());
			case ComplaintsPackage.ARTICLE__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? getLanguage() != null : !LANGUAGE_EDEFAULT.equals(getLanguage());
			case ComplaintsPackage.ARTICLE__KIND:
				return getKind() != KIND_EDEFAULT;
			case ComplaintsPackage.ARTICLE__TAGS:
				return !getTags().isEmpty();
			case ComplaintsPackage.ARTICLE__AUTHOR:
				return AUTHOR_EDEFAULT == null ? getAuthor() != null : !AUTHOR_EDEFAULT.equals(getAuthor());
			case ComplaintsPackage.ARTICLE__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? getCreatedAt() != null : !CREATED_AT_EDEFAULT.equals(getCreatedAt());
			case ComplaintsPackage.ARTICLE__UPDATED_AT:
				return UPDATED_AT_EDEFAULT == null ? getUpdatedAt() != null : !UPDATED_AT_EDEFAULT.equals(getUpdatedAt());
			case ComplaintsPackage.ARTICLE__TERMS:
				return !getTerms().isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ArticleImpl
