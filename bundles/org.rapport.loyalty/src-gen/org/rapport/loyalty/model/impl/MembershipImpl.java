/**
 */
package org.rapport.loyalty.model.impl;

import java.time.Instant;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.customers.model.Customer;

import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.loyalty.model.Membership;
import org.rapport.loyalty.model.TierChange;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Membership</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.impl.MembershipImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.MembershipImpl#getTier <em>Tier</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.MembershipImpl#getSince <em>Since</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.MembershipImpl#getHistory <em>History</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MembershipImpl extends PersistentObject implements Membership {
	/**
	 * The default value of the '{@link #getTier() <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTier()
	 * @generated
	 * @ordered
	 */
	protected static final String TIER_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getSince() <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSince()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SINCE_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MembershipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LoyaltyPackage.Literals.MEMBERSHIP;
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
	public Customer getCustomer() {
		return (Customer)eDynamicGet(LoyaltyPackage.MEMBERSHIP__CUSTOMER, LoyaltyPackage.Literals.MEMBERSHIP__CUSTOMER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Customer basicGetCustomer() {
		return (Customer)eDynamicGet(LoyaltyPackage.MEMBERSHIP__CUSTOMER, LoyaltyPackage.Literals.MEMBERSHIP__CUSTOMER, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(Customer newCustomer) {
		eDynamicSet(LoyaltyPackage.MEMBERSHIP__CUSTOMER, LoyaltyPackage.Literals.MEMBERSHIP__CUSTOMER, newCustomer);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTier() {
		return (String)eDynamicGet(LoyaltyPackage.MEMBERSHIP__TIER, LoyaltyPackage.Literals.MEMBERSHIP__TIER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTier(String newTier) {
		eDynamicSet(LoyaltyPackage.MEMBERSHIP__TIER, LoyaltyPackage.Literals.MEMBERSHIP__TIER, newTier);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSince() {
		return (Instant)eDynamicGet(LoyaltyPackage.MEMBERSHIP__SINCE, LoyaltyPackage.Literals.MEMBERSHIP__SINCE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSince(Instant newSince) {
		eDynamicSet(LoyaltyPackage.MEMBERSHIP__SINCE, LoyaltyPackage.Literals.MEMBERSHIP__SINCE, newSince);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<TierChange> getHistory() {
		return (List<TierChange>)eDynamicGet(LoyaltyPackage.MEMBERSHIP__HISTORY, LoyaltyPackage.Literals.MEMBERSHIP__HISTORY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LoyaltyPackage.MEMBERSHIP__HISTORY:
				return ((InternalEList<?>)getHistory()).basicRemove(otherEnd, msgs);
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
			case LoyaltyPackage.MEMBERSHIP__CUSTOMER:
				if (resolve) return getCustomer();
				return basicGetCustomer();
			case LoyaltyPackage.MEMBERSHIP__TIER:
				return getTier();
			case LoyaltyPackage.MEMBERSHIP__SINCE:
				return getSince();
			case LoyaltyPackage.MEMBERSHIP__HISTORY:
				return getHistory();
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
			case LoyaltyPackage.MEMBERSHIP__CUSTOMER:
				setCustomer((Customer)newValue);
				return;
			case LoyaltyPackage.MEMBERSHIP__TIER:
				setTier((String)newValue);
				return;
			case LoyaltyPackage.MEMBERSHIP__SINCE:
				setSince((Instant)newValue);
				return;
			case LoyaltyPackage.MEMBERSHIP__HISTORY:
				getHistory().clear();
				getHistory().addAll((Collection<? extends TierChange>)newValue);
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
			case LoyaltyPackage.MEMBERSHIP__CUSTOMER:
				setCustomer((Customer)null);
				return;
			case LoyaltyPackage.MEMBERSHIP__TIER:
				setTier(TIER_EDEFAULT);
				return;
			case LoyaltyPackage.MEMBERSHIP__SINCE:
				setSince(SINCE_EDEFAULT);
				return;
			case LoyaltyPackage.MEMBERSHIP__HISTORY:
				getHistory().clear();
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
			case LoyaltyPackage.MEMBERSHIP__CUSTOMER:
				return basicGetCustomer() != null;
			case LoyaltyPackage.MEMBERSHIP__TIER:
				return TIER_EDEFAULT == null ? getTier() != null : !TIER_EDEFAULT.equals(getTier());
			case LoyaltyPackage.MEMBERSHIP__SINCE:
				return SINCE_EDEFAULT == null ? getSince() != null : !SINCE_EDEFAULT.equals(getSince());
			case LoyaltyPackage.MEMBERSHIP__HISTORY:
				return !getHistory().isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //MembershipImpl
