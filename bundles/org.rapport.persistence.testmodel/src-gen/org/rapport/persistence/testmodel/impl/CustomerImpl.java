/**
 */
package org.rapport.persistence.testmodel.impl;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.persistence.testmodel.Address;
import org.rapport.persistence.testmodel.Company;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.CustomerStatus;
import org.rapport.persistence.testmodel.Interaction;
import org.rapport.persistence.testmodel.Order;
import org.rapport.persistence.testmodel.Product;
import org.rapport.persistence.testmodel.Staff;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getBirthday <em>Birthday</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getIncome <em>Income</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#isVip <em>Vip</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getVisits <em>Visits</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getLoyaltyPoints <em>Loyalty Points</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getRating <em>Rating</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getLastContact <em>Last Contact</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getOrders <em>Orders</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getAccountManager <em>Account Manager</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getFavourites <em>Favourites</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getCompany <em>Company</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getInteractions <em>Interactions</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.impl.CustomerImpl#getFormerAddresses <em>Former Addresses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerImpl extends PartyImpl implements Customer {
	/**
	 * The default value of the '{@link #getBirthday() <em>Birthday</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthday()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BIRTHDAY_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getIncome() <em>Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncome()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal INCOME_EDEFAULT = null;

	/**
	 * The default value of the '{@link #isVip() <em>Vip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVip()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VIP_EDEFAULT = false;

	/**
	 * The default value of the '{@link #getVisits() <em>Visits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisits()
	 * @generated
	 * @ordered
	 */
	protected static final int VISITS_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getLoyaltyPoints() <em>Loyalty Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoyaltyPoints()
	 * @generated
	 * @ordered
	 */
	protected static final long LOYALTY_POINTS_EDEFAULT = 0L;

	/**
	 * The default value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected static final double RATING_EDEFAULT = 0.0;

	/**
	 * The default value of the '{@link #getLastContact() <em>Last Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastContact()
	 * @generated
	 * @ordered
	 */
	protected static final Instant LAST_CONTACT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CustomerStatus STATUS_EDEFAULT = CustomerStatus.ACTIVE;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TestmodelPackage.Literals.CUSTOMER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBirthday() {
		return (LocalDate)eDynamicGet(TestmodelPackage.CUSTOMER__BIRTHDAY, TestmodelPackage.Literals.CUSTOMER__BIRTHDAY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthday(LocalDate newBirthday) {
		eDynamicSet(TestmodelPackage.CUSTOMER__BIRTHDAY, TestmodelPackage.Literals.CUSTOMER__BIRTHDAY, newBirthday);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getIncome() {
		return (BigDecimal)eDynamicGet(TestmodelPackage.CUSTOMER__INCOME, TestmodelPackage.Literals.CUSTOMER__INCOME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncome(BigDecimal newIncome) {
		eDynamicSet(TestmodelPackage.CUSTOMER__INCOME, TestmodelPackage.Literals.CUSTOMER__INCOME, newIncome);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVip() {
		return (Boolean)eDynamicGet(TestmodelPackage.CUSTOMER__VIP, TestmodelPackage.Literals.CUSTOMER__VIP, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVip(boolean newVip) {
		eDynamicSet(TestmodelPackage.CUSTOMER__VIP, TestmodelPackage.Literals.CUSTOMER__VIP, newVip);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVisits() {
		return (Integer)eDynamicGet(TestmodelPackage.CUSTOMER__VISITS, TestmodelPackage.Literals.CUSTOMER__VISITS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisits(int newVisits) {
		eDynamicSet(TestmodelPackage.CUSTOMER__VISITS, TestmodelPackage.Literals.CUSTOMER__VISITS, newVisits);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLoyaltyPoints() {
		return (Long)eDynamicGet(TestmodelPackage.CUSTOMER__LOYALTY_POINTS, TestmodelPackage.Literals.CUSTOMER__LOYALTY_POINTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoyaltyPoints(long newLoyaltyPoints) {
		eDynamicSet(TestmodelPackage.CUSTOMER__LOYALTY_POINTS, TestmodelPackage.Literals.CUSTOMER__LOYALTY_POINTS, newLoyaltyPoints);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRating() {
		return (Double)eDynamicGet(TestmodelPackage.CUSTOMER__RATING, TestmodelPackage.Literals.CUSTOMER__RATING, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRating(double newRating) {
		eDynamicSet(TestmodelPackage.CUSTOMER__RATING, TestmodelPackage.Literals.CUSTOMER__RATING, newRating);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getLastContact() {
		return (Instant)eDynamicGet(TestmodelPackage.CUSTOMER__LAST_CONTACT, TestmodelPackage.Literals.CUSTOMER__LAST_CONTACT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastContact(Instant newLastContact) {
		eDynamicSet(TestmodelPackage.CUSTOMER__LAST_CONTACT, TestmodelPackage.Literals.CUSTOMER__LAST_CONTACT, newLastContact);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerStatus getStatus() {
		return (CustomerStatus)eDynamicGet(TestmodelPackage.CUSTOMER__STATUS, TestmodelPackage.Literals.CUSTOMER__STATUS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CustomerStatus newStatus) {
		eDynamicSet(TestmodelPackage.CUSTOMER__STATUS, TestmodelPackage.Literals.CUSTOMER__STATUS, newStatus);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<String> getTags() {
		return (List<String>)eDynamicGet(TestmodelPackage.CUSTOMER__TAGS, TestmodelPackage.Literals.CUSTOMER__TAGS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<Address> getAddresses() {
		return (List<Address>)eDynamicGet(TestmodelPackage.CUSTOMER__ADDRESSES, TestmodelPackage.Literals.CUSTOMER__ADDRESSES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<Order> getOrders() {
		return (List<Order>)eDynamicGet(TestmodelPackage.CUSTOMER__ORDERS, TestmodelPackage.Literals.CUSTOMER__ORDERS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getAccountManager() {
		return (Staff)eDynamicGet(TestmodelPackage.CUSTOMER__ACCOUNT_MANAGER, TestmodelPackage.Literals.CUSTOMER__ACCOUNT_MANAGER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetAccountManager() {
		return (Staff)eDynamicGet(TestmodelPackage.CUSTOMER__ACCOUNT_MANAGER, TestmodelPackage.Literals.CUSTOMER__ACCOUNT_MANAGER, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountManager(Staff newAccountManager) {
		eDynamicSet(TestmodelPackage.CUSTOMER__ACCOUNT_MANAGER, TestmodelPackage.Literals.CUSTOMER__ACCOUNT_MANAGER, newAccountManager);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<Product> getFavourites() {
		return (List<Product>)eDynamicGet(TestmodelPackage.CUSTOMER__FAVOURITES, TestmodelPackage.Literals.CUSTOMER__FAVOURITES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Company getCompany() {
		return (Company)eDynamicGet(TestmodelPackage.CUSTOMER__COMPANY, TestmodelPackage.Literals.CUSTOMER__COMPANY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Company basicGetCompany() {
		return (Company)eDynamicGet(TestmodelPackage.CUSTOMER__COMPANY, TestmodelPackage.Literals.CUSTOMER__COMPANY, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCompany(Company newCompany, NotificationChain msgs) {
		msgs = eDynamicInverseAdd((InternalEObject)newCompany, TestmodelPackage.CUSTOMER__COMPANY, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompany(Company newCompany) {
		eDynamicSet(TestmodelPackage.CUSTOMER__COMPANY, TestmodelPackage.Literals.CUSTOMER__COMPANY, newCompany);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<Interaction> getInteractions() {
		return (List<Interaction>)eDynamicGet(TestmodelPackage.CUSTOMER__INTERACTIONS, TestmodelPackage.Literals.CUSTOMER__INTERACTIONS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<Address> getFormerAddresses() {
		return (List<Address>)eDynamicGet(TestmodelPackage.CUSTOMER__FORMER_ADDRESSES, TestmodelPackage.Literals.CUSTOMER__FORMER_ADDRESSES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TestmodelPackage.CUSTOMER__ORDERS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getOrders()).basicAdd(otherEnd, msgs);
			case TestmodelPackage.CUSTOMER__COMPANY:
				Company company = basicGetCompany();
				if (company != null)
					msgs = ((InternalEObject)company).eInverseRemove(this, TestmodelPackage.COMPANY__EMPLOYEES, Company.class, msgs);
				return basicSetCompany((Company)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TestmodelPackage.CUSTOMER__ADDRESSES:
				return ((InternalEList<?>)getAddresses()).basicRemove(otherEnd, msgs);
			case TestmodelPackage.CUSTOMER__ORDERS:
				return ((InternalEList<?>)getOrders()).basicRemove(otherEnd, msgs);
			case TestmodelPackage.CUSTOMER__COMPANY:
				return basicSetCompany(null, msgs);
			case TestmodelPackage.CUSTOMER__INTERACTIONS:
				return ((InternalEList<?>)getInteractions()).basicRemove(otherEnd, msgs);
			case TestmodelPackage.CUSTOMER__FORMER_ADDRESSES:
				return ((InternalEList<?>)getFormerAddresses()).basicRemove(otherEnd, msgs);
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
			case TestmodelPackage.CUSTOMER__BIRTHDAY:
				return getBirthday();
			case TestmodelPackage.CUSTOMER__INCOME:
				return getIncome();
			case TestmodelPackage.CUSTOMER__VIP:
				return isVip();
			case TestmodelPackage.CUSTOMER__VISITS:
				return getVisits();
			case TestmodelPackage.CUSTOMER__LOYALTY_POINTS:
				return getLoyaltyPoints();
			case TestmodelPackage.CUSTOMER__RATING:
				return getRating();
			case TestmodelPackage.CUSTOMER__LAST_CONTACT:
				return getLastContact();
			case TestmodelPackage.CUSTOMER__STATUS:
				return getStatus();
			case TestmodelPackage.CUSTOMER__TAGS:
				return getTags();
			case TestmodelPackage.CUSTOMER__ADDRESSES:
				return getAddresses();
			case TestmodelPackage.CUSTOMER__ORDERS:
				return getOrders();
			case TestmodelPackage.CUSTOMER__ACCOUNT_MANAGER:
				if (resolve) return getAccountManager();
				return basicGetAccountManager();
			case TestmodelPackage.CUSTOMER__FAVOURITES:
				return getFavourites();
			case TestmodelPackage.CUSTOMER__COMPANY:
				if (resolve) return getCompany();
				return basicGetCompany();
			case TestmodelPackage.CUSTOMER__INTERACTIONS:
				return getInteractions();
			case TestmodelPackage.CUSTOMER__FORMER_ADDRESSES:
				return getFormerAddresses();
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
			case TestmodelPackage.CUSTOMER__BIRTHDAY:
				setBirthday((LocalDate)newValue);
				return;
			case TestmodelPackage.CUSTOMER__INCOME:
				setIncome((BigDecimal)newValue);
				return;
			case TestmodelPackage.CUSTOMER__VIP:
				setVip((Boolean)newValue);
				return;
			case TestmodelPackage.CUSTOMER__VISITS:
				setVisits((Integer)newValue);
				return;
			case TestmodelPackage.CUSTOMER__LOYALTY_POINTS:
				setLoyaltyPoints((Long)newValue);
				return;
			case TestmodelPackage.CUSTOMER__RATING:
				setRating((Double)newValue);
				return;
			case TestmodelPackage.CUSTOMER__LAST_CONTACT:
				setLastContact((Instant)newValue);
				return;
			case TestmodelPackage.CUSTOMER__STATUS:
				setStatus((CustomerStatus)newValue);
				return;
			case TestmodelPackage.CUSTOMER__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case TestmodelPackage.CUSTOMER__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends Address>)newValue);
				return;
			case TestmodelPackage.CUSTOMER__ORDERS:
				getOrders().clear();
				getOrders().addAll((Collection<? extends Order>)newValue);
				return;
			case TestmodelPackage.CUSTOMER__ACCOUNT_MANAGER:
				setAccountManager((Staff)newValue);
				return;
			case TestmodelPackage.CUSTOMER__FAVOURITES:
				getFavourites().clear();
				getFavourites().addAll((Collection<? extends Product>)newValue);
				return;
			case TestmodelPackage.CUSTOMER__COMPANY:
				setCompany((Company)newValue);
				return;
			case TestmodelPackage.CUSTOMER__INTERACTIONS:
				getInteractions().clear();
				getInteractions().addAll((Collection<? extends Interaction>)newValue);
				return;
			case TestmodelPackage.CUSTOMER__FORMER_ADDRESSES:
				getFormerAddresses().clear();
				getFormerAddresses().addAll((Collection<? extends Address>)newValue);
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
			case TestmodelPackage.CUSTOMER__BIRTHDAY:
				setBirthday(BIRTHDAY_EDEFAULT);
				return;
			case TestmodelPackage.CUSTOMER__INCOME:
				setIncome(INCOME_EDEFAULT);
				return;
			case TestmodelPackage.CUSTOMER__VIP:
				setVip(VIP_EDEFAULT);
				return;
			case TestmodelPackage.CUSTOMER__VISITS:
				setVisits(VISITS_EDEFAULT);
				return;
			case TestmodelPackage.CUSTOMER__LOYALTY_POINTS:
				setLoyaltyPoints(LOYALTY_POINTS_EDEFAULT);
				return;
			case TestmodelPackage.CUSTOMER__RATING:
				setRating(RATING_EDEFAULT);
				return;
			case TestmodelPackage.CUSTOMER__LAST_CONTACT:
				setLastContact(LAST_CONTACT_EDEFAULT);
				return;
			case TestmodelPackage.CUSTOMER__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case TestmodelPackage.CUSTOMER__TAGS:
				getTags().clear();
				return;
			case TestmodelPackage.CUSTOMER__ADDRESSES:
				getAddresses().clear();
				return;
			case TestmodelPackage.CUSTOMER__ORDERS:
				getOrders().clear();
				return;
			case TestmodelPackage.CUSTOMER__ACCOUNT_MANAGER:
				setAccountManager((Staff)null);
				return;
			case TestmodelPackage.CUSTOMER__FAVOURITES:
				getFavourites().clear();
				return;
			case TestmodelPackage.CUSTOMER__COMPANY:
				setCompany((Company)null);
				return;
			case TestmodelPackage.CUSTOMER__INTERACTIONS:
				getInteractions().clear();
				return;
			case TestmodelPackage.CUSTOMER__FORMER_ADDRESSES:
				getFormerAddresses().clear();
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
			case TestmodelPackage.CUSTOMER__BIRTHDAY:
				return BIRTHDAY_EDEFAULT == null ? getBirthday() != null : !BIRTHDAY_EDEFAULT.equals(getBirthday());
			case TestmodelPackage.CUSTOMER__INCOME:
				return INCOME_EDEFAULT == null ? getIncome() != null : !INCOME_EDEFAULT.equals(getIncome());
			case TestmodelPackage.CUSTOMER__VIP:
				return isVip() != VIP_EDEFAULT;
			case TestmodelPackage.CUSTOMER__VISITS:
				return getVisits() != VISITS_EDEFAULT;
			case TestmodelPackage.CUSTOMER__LOYALTY_POINTS:
				return getLoyaltyPoints() != LOYALTY_POINTS_EDEFAULT;
			case TestmodelPackage.CUSTOMER__RATING:
				return getRating() != RATING_EDEFAULT;
			case TestmodelPackage.CUSTOMER__LAST_CONTACT:
				return LAST_CONTACT_EDEFAULT == null ? getLastContact() != null : !LAST_CONTACT_EDEFAULT.equals(getLastContact());
			case TestmodelPackage.CUSTOMER__STATUS:
				return getStatus() != STATUS_EDEFAULT;
			case TestmodelPackage.CUSTOMER__TAGS:
				return !getTags().isEmpty();
			case TestmodelPackage.CUSTOMER__ADDRESSES:
				return !getAddresses().isEmpty();
			case TestmodelPackage.CUSTOMER__ORDERS:
				return !getOrders().isEmpty();
			case TestmodelPackage.CUSTOMER__ACCOUNT_MANAGER:
				return basicGetAccountManager() != null;
			case TestmodelPackage.CUSTOMER__FAVOURITES:
				return !getFavourites().isEmpty();
			case TestmodelPackage.CUSTOMER__COMPANY:
				return basicGetCompany() != null;
			case TestmodelPackage.CUSTOMER__INTERACTIONS:
				return !getInteractions().isEmpty();
			case TestmodelPackage.CUSTOMER__FORMER_ADDRESSES:
				return !getFormerAddresses().isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CustomerImpl
