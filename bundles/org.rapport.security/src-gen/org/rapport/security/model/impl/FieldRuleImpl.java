/**
 */
package org.rapport.security.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.rapport.persistence.api.PersistentObject;

import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.FieldRule;
import org.rapport.security.model.SecurityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Field Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.security.model.impl.FieldRuleImpl#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.FieldRuleImpl#getAccess <em>Access</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FieldRuleImpl extends PersistentObject implements FieldRule {
	/**
	 * The default value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getAccess() <em>Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccess()
	 * @generated
	 * @ordered
	 */
	protected static final FieldAccess ACCESS_EDEFAULT = FieldAccess.HIDDEN;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FieldRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SecurityPackage.Literals.FIELD_RULE;
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
	public String getFeature() {
		return (String)eDynamicGet(SecurityPackage.FIELD_RULE__FEATURE, SecurityPackage.Literals.FIELD_RULE__FEATURE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeature(String newFeature) {
		eDynamicSet(SecurityPackage.FIELD_RULE__FEATURE, SecurityPackage.Literals.FIELD_RULE__FEATURE, newFeature);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldAccess getAccess() {
		return (FieldAccess)eDynamicGet(SecurityPackage.FIELD_RULE__ACCESS, SecurityPackage.Literals.FIELD_RULE__ACCESS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccess(FieldAccess newAccess) {
		eDynamicSet(SecurityPackage.FIELD_RULE__ACCESS, SecurityPackage.Literals.FIELD_RULE__ACCESS, newAccess);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SecurityPackage.FIELD_RULE__FEATURE:
				return getFeature();
			case SecurityPackage.FIELD_RULE__ACCESS:
				return getAccess();
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
			case SecurityPackage.FIELD_RULE__FEATURE:
				setFeature((String)newValue);
				return;
			case SecurityPackage.FIELD_RULE__ACCESS:
				setAccess((FieldAccess)newValue);
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
			case SecurityPackage.FIELD_RULE__FEATURE:
				setFeature(FEATURE_EDEFAULT);
				return;
			case SecurityPackage.FIELD_RULE__ACCESS:
				setAccess(ACCESS_EDEFAULT);
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
			case SecurityPackage.FIELD_RULE__FEATURE:
				return FEATURE_EDEFAULT == null ? getFeature() != null : !FEATURE_EDEFAULT.equals(getFeature());
			case SecurityPackage.FIELD_RULE__ACCESS:
				return getAccess() != ACCESS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //FieldRuleImpl
