/**
 */
package org.rapport.complaints.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.rapport.complaints.model.Category;
import org.rapport.complaints.model.ComplaintsPackage;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Category</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.CategoryImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CategoryImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CategoryImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CategoryImpl#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CategoryImpl#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CategoryImpl extends PersistentObject implements Category {
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
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getNameZh() <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameZh()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_ZH_EDEFAULT = null;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CategoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.CATEGORY;
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
		return (String)eDynamicGet(ComplaintsPackage.CATEGORY__CODE, ComplaintsPackage.Literals.CATEGORY__CODE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		eDynamicSet(ComplaintsPackage.CATEGORY__CODE, ComplaintsPackage.Literals.CATEGORY__CODE, newCode);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return (String)eDynamicGet(ComplaintsPackage.CATEGORY__NAME, ComplaintsPackage.Literals.CATEGORY__NAME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eDynamicSet(ComplaintsPackage.CATEGORY__NAME, ComplaintsPackage.Literals.CATEGORY__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Category getParent() {
		return (Category)eDynamicGet(ComplaintsPackage.CATEGORY__PARENT, ComplaintsPackage.Literals.CATEGORY__PARENT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Category basicGetParent() {
		return (Category)eDynamicGet(ComplaintsPackage.CATEGORY__PARENT, ComplaintsPackage.Literals.CATEGORY__PARENT, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Category newParent) {
		eDynamicSet(ComplaintsPackage.CATEGORY__PARENT, ComplaintsPackage.Literals.CATEGORY__PARENT, newParent);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameZh() {
		return (String)eDynamicGet(ComplaintsPackage.CATEGORY__NAME_ZH, ComplaintsPackage.Literals.CATEGORY__NAME_ZH, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameZh(String newNameZh) {
		eDynamicSet(ComplaintsPackage.CATEGORY__NAME_ZH, ComplaintsPackage.Literals.CATEGORY__NAME_ZH, newNameZh);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return (Boolean)eDynamicGet(ComplaintsPackage.CATEGORY__ACTIVE, ComplaintsPackage.Literals.CATEGORY__ACTIVE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		eDynamicSet(ComplaintsPackage.CATEGORY__ACTIVE, ComplaintsPackage.Literals.CATEGORY__ACTIVE, newActive);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ComplaintsPackage.CATEGORY__CODE:
				return getCode();
			case ComplaintsPackage.CATEGORY__NAME:
				return getName();
			case ComplaintsPackage.CATEGORY__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case ComplaintsPackage.CATEGORY__NAME_ZH:
				return getNameZh();
			case ComplaintsPackage.CATEGORY__ACTIVE:
				return isActive();
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
			case ComplaintsPackage.CATEGORY__CODE:
				setCode((String)newValue);
				return;
			case ComplaintsPackage.CATEGORY__NAME:
				setName((String)newValue);
				return;
			case ComplaintsPackage.CATEGORY__PARENT:
				setParent((Category)newValue);
				return;
			case ComplaintsPackage.CATEGORY__NAME_ZH:
				setNameZh((String)newValue);
				return;
			case ComplaintsPackage.CATEGORY__ACTIVE:
				setActive((Boolean)newValue);
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
			case ComplaintsPackage.CATEGORY__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ComplaintsPackage.CATEGORY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ComplaintsPackage.CATEGORY__PARENT:
				setParent((Category)null);
				return;
			case ComplaintsPackage.CATEGORY__NAME_ZH:
				setNameZh(NAME_ZH_EDEFAULT);
				return;
			case ComplaintsPackage.CATEGORY__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
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
			case ComplaintsPackage.CATEGORY__CODE:
				return CODE_EDEFAULT == null ? getCode() != null : !CODE_EDEFAULT.equals(getCode());
			case ComplaintsPackage.CATEGORY__NAME:
				return NAME_EDEFAULT == null ? getName() != null : !NAME_EDEFAULT.equals(getName());
			case ComplaintsPackage.CATEGORY__PARENT:
				return basicGetParent() != null;
			case ComplaintsPackage.CATEGORY__NAME_ZH:
				return NAME_ZH_EDEFAULT == null ? getNameZh() != null : !NAME_ZH_EDEFAULT.equals(getNameZh());
			case ComplaintsPackage.CATEGORY__ACTIVE:
				return isActive() != ACTIVE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //CategoryImpl
