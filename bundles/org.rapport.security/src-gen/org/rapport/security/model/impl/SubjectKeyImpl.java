/**
 */
package org.rapport.security.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;

import org.rapport.persistence.api.PersistentObject;

import org.rapport.security.model.SecurityPackage;
import org.rapport.security.model.SubjectKey;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subject Key</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.security.model.impl.SubjectKeyImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.SubjectKeyImpl#getMaterial <em>Material</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.SubjectKeyImpl#getCreatedAt <em>Created At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubjectKeyImpl extends PersistentObject implements SubjectKey {
	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getMaterial() <em>Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterial()
	 * @generated
	 * @ordered
	 */
	protected static final String MATERIAL_EDEFAULT = null;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubjectKeyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SecurityPackage.Literals.SUBJECT_KEY;
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
	public String getSubject() {
		return (String)eDynamicGet(SecurityPackage.SUBJECT_KEY__SUBJECT, SecurityPackage.Literals.SUBJECT_KEY__SUBJECT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		eDynamicSet(SecurityPackage.SUBJECT_KEY__SUBJECT, SecurityPackage.Literals.SUBJECT_KEY__SUBJECT, newSubject);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMaterial() {
		return (String)eDynamicGet(SecurityPackage.SUBJECT_KEY__MATERIAL, SecurityPackage.Literals.SUBJECT_KEY__MATERIAL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaterial(String newMaterial) {
		eDynamicSet(SecurityPackage.SUBJECT_KEY__MATERIAL, SecurityPackage.Literals.SUBJECT_KEY__MATERIAL, newMaterial);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return (Instant)eDynamicGet(SecurityPackage.SUBJECT_KEY__CREATED_AT, SecurityPackage.Literals.SUBJECT_KEY__CREATED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		eDynamicSet(SecurityPackage.SUBJECT_KEY__CREATED_AT, SecurityPackage.Literals.SUBJECT_KEY__CREATED_AT, newCreatedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SecurityPackage.SUBJECT_KEY__SUBJECT:
				return getSubject();
			case SecurityPackage.SUBJECT_KEY__MATERIAL:
				return getMaterial();
			case SecurityPackage.SUBJECT_KEY__CREATED_AT:
				return getCreatedAt();
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
			case SecurityPackage.SUBJECT_KEY__SUBJECT:
				setSubject((String)newValue);
				return;
			case SecurityPackage.SUBJECT_KEY__MATERIAL:
				setMaterial((String)newValue);
				return;
			case SecurityPackage.SUBJECT_KEY__CREATED_AT:
				setCreatedAt((Instant)newValue);
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
			case SecurityPackage.SUBJECT_KEY__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case SecurityPackage.SUBJECT_KEY__MATERIAL:
				setMaterial(MATERIAL_EDEFAULT);
				return;
			case SecurityPackage.SUBJECT_KEY__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
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
			case SecurityPackage.SUBJECT_KEY__SUBJECT:
				return SUBJECT_EDEFAULT == null ? getSubject() != null : !SUBJECT_EDEFAULT.equals(getSubject());
			case SecurityPackage.SUBJECT_KEY__MATERIAL:
				return MATERIAL_EDEFAULT == null ? getMaterial() != null : !MATERIAL_EDEFAULT.equals(getMaterial());
			case SecurityPackage.SUBJECT_KEY__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? getCreatedAt() != null : !CREATED_AT_EDEFAULT.equals(getCreatedAt());
		}
		return super.eIsSet(featureID);
	}

} //SubjectKeyImpl
