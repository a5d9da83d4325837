/**
 */
package org.rapport.security.model.impl;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.persistence.api.PersistentObject;

import org.rapport.security.model.FieldRule;
import org.rapport.security.model.Permission;
import org.rapport.security.model.Role;
import org.rapport.security.model.SecurityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.security.model.impl.RoleImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.RoleImpl#isPreset <em>Preset</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.RoleImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.RoleImpl#getPermissions <em>Permissions</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.RoleImpl#getFieldRules <em>Field Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoleImpl extends PersistentObject implements Role {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The default value of the '{@link #isPreset() <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPreset()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRESET_EDEFAULT = false;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SecurityPackage.Literals.ROLE;
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
	public String getName() {
		return (String)eDynamicGet(SecurityPackage.ROLE__NAME, SecurityPackage.Literals.ROLE__NAME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eDynamicSet(SecurityPackage.ROLE__NAME, SecurityPackage.Literals.ROLE__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPreset() {
		return (Boolean)eDynamicGet(SecurityPackage.ROLE__PRESET, SecurityPackage.Literals.ROLE__PRESET, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreset(boolean newPreset) {
		eDynamicSet(SecurityPackage.ROLE__PRESET, SecurityPackage.Literals.ROLE__PRESET, newPreset);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return (String)eDynamicGet(SecurityPackage.ROLE__DESCRIPTION, SecurityPackage.Literals.ROLE__DESCRIPTION, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		eDynamicSet(SecurityPackage.ROLE__DESCRIPTION, SecurityPackage.Literals.ROLE__DESCRIPTION, newDescription);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<Permission> getPermissions() {
		return (List<Permission>)eDynamicGet(SecurityPackage.ROLE__PERMISSIONS, SecurityPackage.Literals.ROLE__PERMISSIONS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<FieldRule> getFieldRules() {
		return (List<FieldRule>)eDynamicGet(SecurityPackage.ROLE__FIELD_RULES, SecurityPackage.Literals.ROLE__FIELD_RULES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SecurityPackage.ROLE__PERMISSIONS:
				return ((InternalEList<?>)getPermissions()).basicRemove(otherEnd, msgs);
			case SecurityPackage.ROLE__FIELD_RULES:
				return ((InternalEList<?>)getFieldRules()).basicRemove(otherEnd, msgs);
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
			case SecurityPackage.ROLE__NAME:
				return getName();
			case SecurityPackage.ROLE__PRESET:
				return isPreset();
			case SecurityPackage.ROLE__DESCRIPTION:
				return getDescription();
			case SecurityPackage.ROLE__PERMISSIONS:
				return getPermissions();
			case SecurityPackage.ROLE__FIELD_RULES:
				return getFieldRules();
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
			case SecurityPackage.ROLE__NAME:
				setName((String)newValue);
				return;
			case SecurityPackage.ROLE__PRESET:
				setPreset((Boolean)newValue);
				return;
			case SecurityPackage.ROLE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SecurityPackage.ROLE__PERMISSIONS:
				getPermissions().clear();
				getPermissions().addAll((Collection<? extends Permission>)newValue);
				return;
			case SecurityPackage.ROLE__FIELD_RULES:
				getFieldRules().clear();
				getFieldRules().addAll((Collection<? extends FieldRule>)newValue);
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
			case SecurityPackage.ROLE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SecurityPackage.ROLE__PRESET:
				setPreset(PRESET_EDEFAULT);
				return;
			case SecurityPackage.ROLE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SecurityPackage.ROLE__PERMISSIONS:
				getPermissions().clear();
				return;
			case SecurityPackage.ROLE__FIELD_RULES:
				getFieldRules().clear();
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
			case SecurityPackage.ROLE__NAME:
				return NAME_EDEFAULT == null ? getName() != null : !NAME_EDEFAULT.equals(getName());
			case SecurityPackage.ROLE__PRESET:
				return isPreset() != PRESET_EDEFAULT;
			case SecurityPackage.ROLE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? getDescription() != null : !DESCRIPTION_EDEFAULT.equals(getDescription());
			case SecurityPackage.ROLE__PERMISSIONS:
				return !getPermissions().isEmpty();
			case SecurityPackage.ROLE__FIELD_RULES:
				return !getFieldRules().isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //RoleImpl
