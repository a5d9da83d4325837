/**
 */
package org.rapport.persistence.testmodel.impl;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
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
	 * The cached value of the '{@link #getBirthday() <em>Birthday</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthday()
	 * @generated
	 * @ordered
	 */
	protected LocalDate birthday = BIRTHDAY_EDEFAULT;

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
	 * The cached value of the '{@link #getIncome() <em>Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncome()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal income = INCOME_EDEFAULT;

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
	 * The cached value of the '{@link #isVip() <em>Vip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVip()
	 * @generated
	 * @ordered
	 */
	protected boolean vip = VIP_EDEFAULT;

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
	 * The cached value of the '{@link #getVisits() <em>Visits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisits()
	 * @generated
	 * @ordered
	 */
	protected int visits = VISITS_EDEFAULT;

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
	 * The cached value of the '{@link #getLoyaltyPoints() <em>Loyalty Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoyaltyPoints()
	 * @generated
	 * @ordered
	 */
	protected long loyaltyPoints = LOYALTY_POINTS_EDEFAULT;

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
	 * The cached value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected double rating = RATING_EDEFAULT;

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
	 * The cached value of the '{@link #getLastContact() <em>Last Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastContact()
	 * @generated
	 * @ordered
	 */
	protected Instant lastContact = LAST_CONTACT_EDEFAULT;

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
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CustomerStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<Address> addresses;

	/**
	 * The cached value of the '{@link #getOrders() <em>Orders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrders()
	 * @generated
	 * @ordered
	 */
	protected EList<Order> orders;

	/**
	 * The cached value of the '{@link #getAccountManager() <em>Account Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountManager()
	 * @generated
	 * @ordered
	 */
	protected Staff accountManager;

	/**
	 * The cached value of the '{@link #getFavourites() <em>Favourites</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFavourites()
	 * @generated
	 * @ordered
	 */
	protected EList<Product> favourites;

	/**
	 * The cached value of the '{@link #getCompany() <em>Company</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompany()
	 * @generated
	 * @ordered
	 */
	protected Company company;

	/**
	 * The cached value of the '{@link #getInteractions() <em>Interactions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractions()
	 * @generated
	 * @ordered
	 */
	protected EList<Interaction> interactions;

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
		return birthday;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthday(LocalDate newBirthday) {
		LocalDate oldBirthday = birthday;
		birthday = newBirthday;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TestmodelPackage.CUSTOMER__BIRTHDAY, oldBirthday, birthday));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getIncome() {
		return income;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncome(BigDecimal newIncome) {
		BigDecimal oldIncome = income;
		income = newIncome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TestmodelPackage.CUSTOMER__INCOME, oldIncome, income));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVip() {
		return vip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVip(boolean newVip) {
		boolean oldVip = vip;
		vip = newVip;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TestmodelPackage.CUSTOMER__VIP, oldVip, vip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVisits() {
		return visits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisits(int newVisits) {
		int oldVisits = visits;
		visits = newVisits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TestmodelPackage.CUSTOMER__VISITS, oldVisits, visits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLoyaltyPoints() {
		return loyaltyPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoyaltyPoints(long newLoyaltyPoints) {
		long oldLoyaltyPoints = loyaltyPoints;
		loyaltyPoints = newLoyaltyPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TestmodelPackage.CUSTOMER__LOYALTY_POINTS, oldLoyaltyPoints, loyaltyPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRating() {
		return rating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRating(double newRating) {
		double oldRating = rating;
		rating = newRating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TestmodelPackage.CUSTOMER__RATING, oldRating, rating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getLastContact() {
		return lastContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastContact(Instant newLastContact) {
		Instant oldLastContact = lastContact;
		lastContact = newLastContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TestmodelPackage.CUSTOMER__LAST_CONTACT, oldLastContact, lastContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CustomerStatus newStatus) {
		CustomerStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TestmodelPackage.CUSTOMER__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeEList<String>(String.class, this, TestmodelPackage.CUSTOMER__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<Address> getAddresses() {
		if (addresses == null) {
			addresses = new EObjectContainmentEList<Address>(Address.class, this, TestmodelPackage.CUSTOMER__ADDRESSES);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<Order> getOrders() {
		if (orders == null) {
			orders = new EObjectContainmentWithInverseEList<Order>(Order.class, this, TestmodelPackage.CUSTOMER__ORDERS, TestmodelPackage.ORDER__CUSTOMER);
		}
		return orders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getAccountManager() {
		if (accountManager != null && accountManager.eIsProxy()) {
			InternalEObject oldAccountManager = (InternalEObject)accountManager;
			accountManager = (Staff)eResolveProxy(oldAccountManager);
			if (accountManager != oldAccountManager) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TestmodelPackage.CUSTOMER__ACCOUNT_MANAGER, oldAccountManager, accountManager));
			}
		}
		return accountManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetAccountManager() {
		return accountManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountManager(Staff newAccountManager) {
		Staff oldAccountManager = accountManager;
		accountManager = newAccountManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TestmodelPackage.CUSTOMER__ACCOUNT_MANAGER, oldAccountManager, accountManager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<Product> getFavourites() {
		if (favourites == null) {
			favourites = new EObjectResolvingEList<Product>(Product.class, this, TestmodelPackage.CUSTOMER__FAVOURITES);
		}
		return favourites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Company getCompany() {
		if (company != null && company.eIsProxy()) {
			InternalEObject oldCompany = (InternalEObject)company;
			company = (Company)eResolveProxy(oldCompany);
			if (company != oldCompany) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TestmodelPackage.CUSTOMER__COMPANY, oldCompany, company));
			}
		}
		return company;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Company basicGetCompany() {
		return company;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCompany(Company newCompany, NotificationChain msgs) {
		Company oldCompany = company;
		company = newCompany;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TestmodelPackage.CUSTOMER__COMPANY, oldCompany, newCompany);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompany(Company newCompany) {
		if (newCompany != company) {
			NotificationChain msgs = null;
			if (company != null)
				msgs = ((InternalEObject)company).eInverseRemove(this, TestmodelPackage.COMPANY__EMPLOYEES, Company.class, msgs);
			if (newCompany != null)
				msgs = ((InternalEObject)newCompany).eInverseAdd(this, TestmodelPackage.COMPANY__EMPLOYEES, Company.class, msgs);
			msgs = basicSetCompany(newCompany, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TestmodelPackage.CUSTOMER__COMPANY, newCompany, newCompany));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<Interaction> getInteractions() {
		if (interactions == null) {
			interactions = new EObjectContainmentEList<Interaction>(Interaction.class, this, TestmodelPackage.CUSTOMER__INTERACTIONS);
		}
		return interactions;
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
				return BIRTHDAY_EDEFAULT == null ? birthday != null : !BIRTHDAY_EDEFAULT.equals(birthday);
			case TestmodelPackage.CUSTOMER__INCOME:
				return INCOME_EDEFAULT == null ? income != null : !INCOME_EDEFAULT.equals(income);
			case TestmodelPackage.CUSTOMER__VIP:
				return vip != VIP_EDEFAULT;
			case TestmodelPackage.CUSTOMER__VISITS:
				return visits != VISITS_EDEFAULT;
			case TestmodelPackage.CUSTOMER__LOYALTY_POINTS:
				return loyaltyPoints != LOYALTY_POINTS_EDEFAULT;
			case TestmodelPackage.CUSTOMER__RATING:
				return rating != RATING_EDEFAULT;
			case TestmodelPackage.CUSTOMER__LAST_CONTACT:
				return LAST_CONTACT_EDEFAULT == null ? lastContact != null : !LAST_CONTACT_EDEFAULT.equals(lastContact);
			case TestmodelPackage.CUSTOMER__STATUS:
				return status != STATUS_EDEFAULT;
			case TestmodelPackage.CUSTOMER__TAGS:
				return tags != null && !tags.isEmpty();
			case TestmodelPackage.CUSTOMER__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
			case TestmodelPackage.CUSTOMER__ORDERS:
				return orders != null && !orders.isEmpty();
			case TestmodelPackage.CUSTOMER__ACCOUNT_MANAGER:
				return accountManager != null;
			case TestmodelPackage.CUSTOMER__FAVOURITES:
				return favourites != null && !favourites.isEmpty();
			case TestmodelPackage.CUSTOMER__COMPANY:
				return company != null;
			case TestmodelPackage.CUSTOMER__INTERACTIONS:
				return interactions != null && !interactions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (birthday: ");
		result.append(birthday);
		result.append(", income: ");
		result.append(income);
		result.append(", vip: ");
		result.append(vip);
		result.append(", visits: ");
		result.append(visits);
		result.append(", loyaltyPoints: ");
		result.append(loyaltyPoints);
		result.append(", rating: ");
		result.append(rating);
		result.append(", lastContact: ");
		result.append(lastContact);
		result.append(", status: ");
		result.append(status);
		result.append(", tags: ");
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //CustomerImpl
