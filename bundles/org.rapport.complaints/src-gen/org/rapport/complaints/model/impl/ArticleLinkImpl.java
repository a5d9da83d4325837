/**
 */
package org.rapport.complaints.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;

import org.rapport.complaints.model.Article;
import org.rapport.complaints.model.ArticleLink;
import org.rapport.complaints.model.ComplaintsPackage;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Article Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleLinkImpl#getArticle <em>Article</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleLinkImpl#getLinkedAt <em>Linked At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleLinkImpl#getLinkedBy <em>Linked By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArticleLinkImpl extends PersistentObject implements ArticleLink {
	/**
	 * The default value of the '{@link #getLinkedAt() <em>Linked At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant LINKED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getLinkedBy() <em>Linked By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String LINKED_BY_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArticleLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.ARTICLE_LINK;
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
	public Article getArticle() {
		return (Article)eDynamicGet(ComplaintsPackage.ARTICLE_LINK__ARTICLE, ComplaintsPackage.Literals.ARTICLE_LINK__ARTICLE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Article basicGetArticle() {
		return (Article)eDynamicGet(ComplaintsPackage.ARTICLE_LINK__ARTICLE, ComplaintsPackage.Literals.ARTICLE_LINK__ARTICLE, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArticle(Article newArticle) {
		eDynamicSet(ComplaintsPackage.ARTICLE_LINK__ARTICLE, ComplaintsPackage.Literals.ARTICLE_LINK__ARTICLE, newArticle);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getLinkedAt() {
		return (Instant)eDynamicGet(ComplaintsPackage.ARTICLE_LINK__LINKED_AT, ComplaintsPackage.Literals.ARTICLE_LINK__LINKED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLinkedAt(Instant newLinkedAt) {
		eDynamicSet(ComplaintsPackage.ARTICLE_LINK__LINKED_AT, ComplaintsPackage.Literals.ARTICLE_LINK__LINKED_AT, newLinkedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLinkedBy() {
		return (String)eDynamicGet(ComplaintsPackage.ARTICLE_LINK__LINKED_BY, ComplaintsPackage.Literals.ARTICLE_LINK__LINKED_BY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLinkedBy(String newLinkedBy) {
		eDynamicSet(ComplaintsPackage.ARTICLE_LINK__LINKED_BY, ComplaintsPackage.Literals.ARTICLE_LINK__LINKED_BY, newLinkedBy);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ComplaintsPackage.ARTICLE_LINK__ARTICLE:
				if (resolve) return getArticle();
				return basicGetArticle();
			case ComplaintsPackage.ARTICLE_LINK__LINKED_AT:
				return getLinkedAt();
			case ComplaintsPackage.ARTICLE_LINK__LINKED_BY:
				return getLinkedBy();
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
			case ComplaintsPackage.ARTICLE_LINK__ARTICLE:
				setArticle((Article)newValue);
				return;
			case ComplaintsPackage.ARTICLE_LINK__LINKED_AT:
				setLinkedAt((Instant)newValue);
				return;
			case ComplaintsPackage.ARTICLE_LINK__LINKED_BY:
				setLinkedBy((String)newValue);
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
			case ComplaintsPackage.ARTICLE_LINK__ARTICLE:
				setArticle((Article)null);
				return;
			case ComplaintsPackage.ARTICLE_LINK__LINKED_AT:
				setLinkedAt(LINKED_AT_EDEFAULT);
				return;
			case ComplaintsPackage.ARTICLE_LINK__LINKED_BY:
				setLinkedBy(LINKED_BY_EDEFAULT);
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
			case ComplaintsPackage.ARTICLE_LINK__ARTICLE:
				return basicGetArticle() != null;
			case ComplaintsPackage.ARTICLE_LINK__LINKED_AT:
				return LINKED_AT_EDEFAULT == null ? getLinkedAt() != null : !LINKED_AT_EDEFAULT.equals(getLinkedAt());
			case ComplaintsPackage.ARTICLE_LINK__LINKED_BY:
				return LINKED_BY_EDEFAULT == null ? getLinkedBy() != null : !LINKED_BY_EDEFAULT.equals(getLinkedBy());
		}
		return super.eIsSet(featureID);
	}

} //ArticleLinkImpl
