/**
 */
package org.rapport.complaints.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.rapport.complaints.model.ArticleTerm;
import org.rapport.complaints.model.ComplaintsPackage;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Article Term</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleTermImpl#getTerm <em>Term</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ArticleTermImpl#isInTitle <em>In Title</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArticleTermImpl extends PersistentObject implements ArticleTerm {
	/**
	 * The default value of the '{@link #getTerm() <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerm()
	 * @generated
	 * @ordered
	 */
	protected static final String TERM_EDEFAULT = null;

	/**
	 * The default value of the '{@link #isInTitle() <em>In Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInTitle()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IN_TITLE_EDEFAULT = false;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArticleTermImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.ARTICLE_TERM;
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
	public String getTerm() {
		return (String)eDynamicGet(ComplaintsPackage.ARTICLE_TERM__TERM, ComplaintsPackage.Literals.ARTICLE_TERM__TERM, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerm(String newTerm) {
		eDynamicSet(ComplaintsPackage.ARTICLE_TERM__TERM, ComplaintsPackage.Literals.ARTICLE_TERM__TERM, newTerm);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInTitle() {
		return (Boolean)eDynamicGet(ComplaintsPackage.ARTICLE_TERM__IN_TITLE, ComplaintsPackage.Literals.ARTICLE_TERM__IN_TITLE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInTitle(boolean newInTitle) {
		eDynamicSet(ComplaintsPackage.ARTICLE_TERM__IN_TITLE, ComplaintsPackage.Literals.ARTICLE_TERM__IN_TITLE, newInTitle);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ComplaintsPackage.ARTICLE_TERM__TERM:
				return getTerm();
			case ComplaintsPackage.ARTICLE_TERM__IN_TITLE:
				return isInTitle();
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
			case ComplaintsPackage.ARTICLE_TERM__TERM:
				setTerm((String)newValue);
				return;
			case ComplaintsPackage.ARTICLE_TERM__IN_TITLE:
				setInTitle((Boolean)newValue);
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
			case ComplaintsPackage.ARTICLE_TERM__TERM:
				setTerm(TERM_EDEFAULT);
				return;
			case ComplaintsPackage.ARTICLE_TERM__IN_TITLE:
				setInTitle(IN_TITLE_EDEFAULT);
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
			case ComplaintsPackage.ARTICLE_TERM__TERM:
				return TERM_EDEFAULT == null ? getTerm() != null : !TERM_EDEFAULT.equals(getTerm());
			case ComplaintsPackage.ARTICLE_TERM__IN_TITLE:
				return isInTitle() != IN_TITLE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //ArticleTermImpl
