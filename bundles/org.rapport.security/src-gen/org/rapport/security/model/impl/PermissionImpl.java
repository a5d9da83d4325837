/**
 */
package org.rapport.security.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.rapport.persistence.api.PersistentObject;

import org.rapport.security.model.Action;
import org.rapport.security.model.Permission;
import org.rapport.security.model.Scope;
import org.rapport.security.model.SecurityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Permission</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.security.model.impl.PermissionImpl#getArea <em>Area</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.PermissionImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.rapport.security.model.impl.PermissionImpl#getScope <em>Scope</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PermissionImpl extends PersistentObject implements Permission {
	/**
	 * The default value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected static final String AREA_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final Action ACTION_EDEFAULT = Action.READ;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final Scope SCOPE_EDEFAULT = Scope.ALL;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PermissionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SecurityPackage.Literals.PERMISSION;
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
	public String getArea() {
		return (String)eDynamicGet(SecurityPackage.PERMISSION__AREA, SecurityPackage.Literals.PERMISSION__AREA, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(String newArea) {
		eDynamicSet(SecurityPackage.PERMISSION__AREA, SecurityPackage.Literals.PERMISSION__AREA, newArea);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Action getAction() {
		return (Action)eDynamicGet(SecurityPackage.PERMISSION__ACTION, SecurityPackage.Literals.PERMISSION__ACTION, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(Action newAction) {
		eDynamicSet(SecurityPackage.PERMISSION__ACTION, SecurityPackage.Literals.PERMISSION__ACTION, newAction);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scope getScope() {
		return (Scope)eDynamicGet(SecurityPackage.PERMISSION__SCOPE, SecurityPackage.Literals.PERMISSION__SCOPE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(Scope newScope) {
		eDynamicSet(SecurityPackage.PERMISSION__SCOPE, SecurityPackage.Literals.PERMISSION__SCOPE, newScope);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SecurityPackage.PERMISSION__AREA:
				return getArea();
			case SecurityPackage.PERMISSION__ACTION:
				return getAction();
			case SecurityPackage.PERMISSION__SCOPE:
				return getScope();
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
			case SecurityPackage.PERMISSION__AREA:
				setArea((String)newValue);
				return;
			case SecurityPackage.PERMISSION__ACTION:
				setAction((Action)newValue);
				return;
			case SecurityPackage.PERMISSION__SCOPE:
				setScope((Scope)newValue);
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
			case SecurityPackage.PERMISSION__AREA:
				setArea(AREA_EDEFAULT);
				return;
			case SecurityPackage.PERMISSION__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case SecurityPackage.PERMISSION__SCOPE:
				setScope(SCOPE_EDEFAULT);
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
			case SecurityPackage.PERMISSION__AREA:
				return AREA_EDEFAULT == null ? getArea() != null : !AREA_EDEFAULT.equals(getArea());
			case SecurityPackage.PERMISSION__ACTION:
				return getAction() != ACTION_EDEFAULT;
			case SecurityPackage.PERMISSION__SCOPE:
				return getScope() != SCOPE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //PermissionImpl
