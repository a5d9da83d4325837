/**
 */
package org.rapport.customers.model.impl;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EClass;

import org.rapport.customers.model.Channel;
import org.rapport.customers.model.CustomersPackage;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.impl.ChannelImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.ChannelImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.ChannelImpl#getAliases <em>Aliases</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChannelImpl extends PersistentObject implements Channel {
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
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChannelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CustomersPackage.Literals.CHANNEL;
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
		return (String)eDynamicGet(CustomersPackage.CHANNEL__CODE, CustomersPackage.Literals.CHANNEL__CODE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		eDynamicSet(CustomersPackage.CHANNEL__CODE, CustomersPackage.Literals.CHANNEL__CODE, newCode);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return (String)eDynamicGet(CustomersPackage.CHANNEL__LABEL, CustomersPackage.Literals.CHANNEL__LABEL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		eDynamicSet(CustomersPackage.CHANNEL__LABEL, CustomersPackage.Literals.CHANNEL__LABEL, newLabel);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<String> getAliases() {
		return (List<String>)eDynamicGet(CustomersPackage.CHANNEL__ALIASES, CustomersPackage.Literals.CHANNEL__ALIASES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CustomersPackage.CHANNEL__CODE:
				return getCode();
			case CustomersPackage.CHANNEL__LABEL:
				return getLabel();
			case CustomersPackage.CHANNEL__ALIASES:
				return getAliases();
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
			case CustomersPackage.CHANNEL__CODE:
				setCode((String)newValue);
				return;
			case CustomersPackage.CHANNEL__LABEL:
				setLabel((String)newValue);
				return;
			case CustomersPackage.CHANNEL__ALIASES:
				getAliases().clear();
				getAliases().addAll((Collection<? extends String>)newValue);
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
			case CustomersPackage.CHANNEL__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CustomersPackage.CHANNEL__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case CustomersPackage.CHANNEL__ALIASES:
				getAliases().clear();
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
			case CustomersPackage.CHANNEL__CODE:
				return CODE_EDEFAULT == null ? getCode() != null : !CODE_EDEFAULT.equals(getCode());
			case CustomersPackage.CHANNEL__LABEL:
				return LABEL_EDEFAULT == null ? getLabel() != null : !LABEL_EDEFAULT.equals(getLabel());
			case CustomersPackage.CHANNEL__ALIASES:
				return !getAliases().isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ChannelImpl
