/**
 */
package org.rapport.customers.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;

import org.rapport.customers.model.Channel;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.Direction;
import org.rapport.customers.model.Interaction;
import org.rapport.customers.model.InteractionType;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interaction</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.impl.InteractionImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.InteractionImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.InteractionImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.InteractionImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.InteractionImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.InteractionImpl#getStaffLogin <em>Staff Login</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InteractionImpl extends PersistentObject implements Interaction {
	/**
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANNEL_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final InteractionType TYPE_EDEFAULT = InteractionType.CALL;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.INBOUND;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getStaffLogin() <em>Staff Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffLogin()
	 * @generated
	 * @ordered
	 */
	protected static final String STAFF_LOGIN_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InteractionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CustomersPackage.Literals.INTERACTION;
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
	public Instant getAt() {
		return (Instant)eDynamicGet(CustomersPackage.INTERACTION__AT, CustomersPackage.Literals.INTERACTION__AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		eDynamicSet(CustomersPackage.INTERACTION__AT, CustomersPackage.Literals.INTERACTION__AT, newAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChannel() {
		return (String)eDynamicGet(CustomersPackage.INTERACTION__CHANNEL, CustomersPackage.Literals.INTERACTION__CHANNEL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(String newChannel) {
		eDynamicSet(CustomersPackage.INTERACTION__CHANNEL, CustomersPackage.Literals.INTERACTION__CHANNEL, newChannel);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InteractionType getType() {
		return (InteractionType)eDynamicGet(CustomersPackage.INTERACTION__TYPE, CustomersPackage.Literals.INTERACTION__TYPE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(InteractionType newType) {
		eDynamicSet(CustomersPackage.INTERACTION__TYPE, CustomersPackage.Literals.INTERACTION__TYPE, newType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return (Direction)eDynamicGet(CustomersPackage.INTERACTION__DIRECTION, CustomersPackage.Literals.INTERACTION__DIRECTION, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		eDynamicSet(CustomersPackage.INTERACTION__DIRECTION, CustomersPackage.Literals.INTERACTION__DIRECTION, newDirection);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return (String)eDynamicGet(CustomersPackage.INTERACTION__SUMMARY, CustomersPackage.Literals.INTERACTION__SUMMARY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		eDynamicSet(CustomersPackage.INTERACTION__SUMMARY, CustomersPackage.Literals.INTERACTION__SUMMARY, newSummary);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStaffLogin() {
		return (String)eDynamicGet(CustomersPackage.INTERACTION__STAFF_LOGIN, CustomersPackage.Literals.INTERACTION__STAFF_LOGIN, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaffLogin(String newStaffLogin) {
		eDynamicSet(CustomersPackage.INTERACTION__STAFF_LOGIN, CustomersPackage.Literals.INTERACTION__STAFF_LOGIN, newStaffLogin);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CustomersPackage.INTERACTION__AT:
				return getAt();
			case CustomersPackage.INTERACTION__CHANNEL:
				return getChannel();
			case CustomersPackage.INTERACTION__TYPE:
				return getType();
			case CustomersPackage.INTERACTION__DIRECTION:
				return getDirection();
			case CustomersPackage.INTERACTION__SUMMARY:
				return getSummary();
			case CustomersPackage.INTERACTION__STAFF_LOGIN:
				return getStaffLogin();
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
			case CustomersPackage.INTERACTION__AT:
				setAt((Instant)newValue);
				return;
			case CustomersPackage.INTERACTION__CHANNEL:
				setChannel((String)newValue);
				return;
			case CustomersPackage.INTERACTION__TYPE:
				setType((InteractionType)newValue);
				return;
			case CustomersPackage.INTERACTION__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case CustomersPackage.INTERACTION__SUMMARY:
				setSummary((String)newValue);
				return;
			case CustomersPackage.INTERACTION__STAFF_LOGIN:
				setStaffLogin((String)newValue);
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
			case CustomersPackage.INTERACTION__AT:
				setAt(AT_EDEFAULT);
				return;
			case CustomersPackage.INTERACTION__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case CustomersPackage.INTERACTION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case CustomersPackage.INTERACTION__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case CustomersPackage.INTERACTION__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case CustomersPackage.INTERACTION__STAFF_LOGIN:
				setStaffLogin(STAFF_LOGIN_EDEFAULT);
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
			case CustomersPackage.INTERACTION__AT:
				return AT_EDEFAULT == null ? getAt() != null : !AT_EDEFAULT.equals(getAt());
			case CustomersPackage.INTERACTION__CHANNEL:
				return CHANNEL_EDEFAULT == null ? getChannel() != null : !CHANNEL_EDEFAULT.equals(getChannel());
			case CustomersPackage.INTERACTION__TYPE:
				return getType() != TYPE_EDEFAULT;
			case CustomersPackage.INTERACTION__DIRECTION:
				return getDirection() != DIRECTION_EDEFAULT;
			case CustomersPackage.INTERACTION__SUMMARY:
				return SUMMARY_EDEFAULT == null ? getSummary() != null : !SUMMARY_EDEFAULT.equals(getSummary());
			case CustomersPackage.INTERACTION__STAFF_LOGIN:
				return STAFF_LOGIN_EDEFAULT == null ? getStaffLogin() != null : !STAFF_LOGIN_EDEFAULT.equals(getStaffLogin());
		}
		return super.eIsSet(featureID);
	}

} //InteractionImpl
