/**
 */
package org.rapport.customers.model.impl;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.customers.model.Address;
import org.rapport.customers.model.Channel;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Gender;
import org.rapport.customers.model.ImportantDate;
import org.rapport.customers.model.Interaction;
import org.rapport.customers.model.Phone;
import org.rapport.customers.model.Purchase;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getGender <em>Gender</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getBirthday <em>Birthday</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getImportantDates <em>Important Dates</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getOccupation <em>Occupation</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getCompany <em>Company</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#isMarketingConsent <em>Marketing Consent</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getAccountManager <em>Account Manager</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getLastConfirmedAt <em>Last Confirmed At</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getIncome <em>Income</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getNameKey <em>Name Key</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getPinyinKey <em>Pinyin Key</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getPinyinInitials <em>Pinyin Initials</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getSortKey <em>Sort Key</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getPhones <em>Phones</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getEmails <em>Emails</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getPurchases <em>Purchases</em>}</li>
 *   <li>{@link org.rapport.customers.model.impl.CustomerImpl#getInteractions <em>Interactions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerImpl extends PersistentObject implements Customer {
	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

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
	 * The default value of the '{@link #getGender() <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGender()
	 * @generated
	 * @ordered
	 */
	protected static final Gender GENDER_EDEFAULT = Gender.UNKNOWN;

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
	 * The default value of the '{@link #getOccupation() <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupation()
	 * @generated
	 * @ordered
	 */
	protected static final String OCCUPATION_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getCompany() <em>Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompany()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPANY_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANNEL_EDEFAULT = "other";

	/**
	 * The default value of the '{@link #isMarketingConsent() <em>Marketing Consent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMarketingConsent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MARKETING_CONSENT_EDEFAULT = false;

	/**
	 * The default value of the '{@link #getAccountManager() <em>Account Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountManager()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOUNT_MANAGER_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CustomerStatus STATUS_EDEFAULT = CustomerStatus.PROSPECT;

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
	 * The default value of the '{@link #getLastConfirmedAt() <em>Last Confirmed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastConfirmedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant LAST_CONFIRMED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

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
	 * The default value of the '{@link #getNameKey() <em>Name Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameKey()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_KEY_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getPinyinKey() <em>Pinyin Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPinyinKey()
	 * @generated
	 * @ordered
	 */
	protected static final String PINYIN_KEY_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getPinyinInitials() <em>Pinyin Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPinyinInitials()
	 * @generated
	 * @ordered
	 */
	protected static final String PINYIN_INITIALS_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getSortKey() <em>Sort Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSortKey()
	 * @generated
	 * @ordered
	 */
	protected static final String SORT_KEY_EDEFAULT = null;

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
		return CustomersPackage.Literals.CUSTOMER;
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
	public String getReference() {
		return (String)eDynamicGet(CustomersPackage.CUSTOMER__REFERENCE, CustomersPackage.Literals.CUSTOMER__REFERENCE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		eDynamicSet(CustomersPackage.CUSTOMER__REFERENCE, CustomersPackage.Literals.CUSTOMER__REFERENCE, newReference);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return (String)eDynamicGet(CustomersPackage.CUSTOMER__NAME, CustomersPackage.Literals.CUSTOMER__NAME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * Sets the {@link #getNameKey() name key}, the pinyin keys and the {@link #getSortKey() sort key}
	 * with the name, so searches find it in any case and a Chinese name by its pinyin, and the list
	 * sorts Chinese names by their pinyin.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public void setName(String newName) {
		eDynamicSet(CustomersPackage.CUSTOMER__NAME, CustomersPackage.Literals.CUSTOMER__NAME, newName);
		org.rapport.customers.internal.NameKeys keys = org.rapport.customers.internal.NameKeys.of(newName);
		setNameKey(keys.nameKey());
		setPinyinKey(keys.pinyinKey());
		setPinyinInitials(keys.pinyinInitials());
		setSortKey(keys.sortKey());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gender getGender() {
		return (Gender)eDynamicGet(CustomersPackage.CUSTOMER__GENDER, CustomersPackage.Literals.CUSTOMER__GENDER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGender(Gender newGender) {
		eDynamicSet(CustomersPackage.CUSTOMER__GENDER, CustomersPackage.Literals.CUSTOMER__GENDER, newGender);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBirthday() {
		return (LocalDate)eDynamicGet(CustomersPackage.CUSTOMER__BIRTHDAY, CustomersPackage.Literals.CUSTOMER__BIRTHDAY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthday(LocalDate newBirthday) {
		eDynamicSet(CustomersPackage.CUSTOMER__BIRTHDAY, CustomersPackage.Literals.CUSTOMER__BIRTHDAY, newBirthday);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<ImportantDate> getImportantDates() {
		return (List<ImportantDate>)eDynamicGet(CustomersPackage.CUSTOMER__IMPORTANT_DATES, CustomersPackage.Literals.CUSTOMER__IMPORTANT_DATES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOccupation() {
		return (String)eDynamicGet(CustomersPackage.CUSTOMER__OCCUPATION, CustomersPackage.Literals.CUSTOMER__OCCUPATION, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccupation(String newOccupation) {
		eDynamicSet(CustomersPackage.CUSTOMER__OCCUPATION, CustomersPackage.Literals.CUSTOMER__OCCUPATION, newOccupation);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCompany() {
		return (String)eDynamicGet(CustomersPackage.CUSTOMER__COMPANY, CustomersPackage.Literals.CUSTOMER__COMPANY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompany(String newCompany) {
		eDynamicSet(CustomersPackage.CUSTOMER__COMPANY, CustomersPackage.Literals.CUSTOMER__COMPANY, newCompany);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return (String)eDynamicGet(CustomersPackage.CUSTOMER__REGION, CustomersPackage.Literals.CUSTOMER__REGION, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		eDynamicSet(CustomersPackage.CUSTOMER__REGION, CustomersPackage.Literals.CUSTOMER__REGION, newRegion);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Address getAddress() {
		return (Address)eDynamicGet(CustomersPackage.CUSTOMER__ADDRESS, CustomersPackage.Literals.CUSTOMER__ADDRESS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAddress(Address newAddress, NotificationChain msgs) {
		msgs = eDynamicInverseAdd((InternalEObject)newAddress, CustomersPackage.CUSTOMER__ADDRESS, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(Address newAddress) {
		eDynamicSet(CustomersPackage.CUSTOMER__ADDRESS, CustomersPackage.Literals.CUSTOMER__ADDRESS, newAddress);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChannel() {
		return (String)eDynamicGet(CustomersPackage.CUSTOMER__CHANNEL, CustomersPackage.Literals.CUSTOMER__CHANNEL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(String newChannel) {
		eDynamicSet(CustomersPackage.CUSTOMER__CHANNEL, CustomersPackage.Literals.CUSTOMER__CHANNEL, newChannel);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<String> getTags() {
		return (List<String>)eDynamicGet(CustomersPackage.CUSTOMER__TAGS, CustomersPackage.Literals.CUSTOMER__TAGS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMarketingConsent() {
		return (Boolean)eDynamicGet(CustomersPackage.CUSTOMER__MARKETING_CONSENT, CustomersPackage.Literals.CUSTOMER__MARKETING_CONSENT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarketingConsent(boolean newMarketingConsent) {
		eDynamicSet(CustomersPackage.CUSTOMER__MARKETING_CONSENT, CustomersPackage.Literals.CUSTOMER__MARKETING_CONSENT, newMarketingConsent);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccountManager() {
		return (String)eDynamicGet(CustomersPackage.CUSTOMER__ACCOUNT_MANAGER, CustomersPackage.Literals.CUSTOMER__ACCOUNT_MANAGER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountManager(String newAccountManager) {
		eDynamicSet(CustomersPackage.CUSTOMER__ACCOUNT_MANAGER, CustomersPackage.Literals.CUSTOMER__ACCOUNT_MANAGER, newAccountManager);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerStatus getStatus() {
		return (CustomerStatus)eDynamicGet(CustomersPackage.CUSTOMER__STATUS, CustomersPackage.Literals.CUSTOMER__STATUS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CustomerStatus newStatus) {
		eDynamicSet(CustomersPackage.CUSTOMER__STATUS, CustomersPackage.Literals.CUSTOMER__STATUS, newStatus);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return (Instant)eDynamicGet(CustomersPackage.CUSTOMER__CREATED_AT, CustomersPackage.Literals.CUSTOMER__CREATED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		eDynamicSet(CustomersPackage.CUSTOMER__CREATED_AT, CustomersPackage.Literals.CUSTOMER__CREATED_AT, newCreatedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getLastConfirmedAt() {
		return (Instant)eDynamicGet(CustomersPackage.CUSTOMER__LAST_CONFIRMED_AT, CustomersPackage.Literals.CUSTOMER__LAST_CONFIRMED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastConfirmedAt(Instant newLastConfirmedAt) {
		eDynamicSet(CustomersPackage.CUSTOMER__LAST_CONFIRMED_AT, CustomersPackage.Literals.CUSTOMER__LAST_CONFIRMED_AT, newLastConfirmedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return (String)eDynamicGet(CustomersPackage.CUSTOMER__NOTES, CustomersPackage.Literals.CUSTOMER__NOTES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		eDynamicSet(CustomersPackage.CUSTOMER__NOTES, CustomersPackage.Literals.CUSTOMER__NOTES, newNotes);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getIncome() {
		return (BigDecimal)eDynamicGet(CustomersPackage.CUSTOMER__INCOME, CustomersPackage.Literals.CUSTOMER__INCOME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncome(BigDecimal newIncome) {
		eDynamicSet(CustomersPackage.CUSTOMER__INCOME, CustomersPackage.Literals.CUSTOMER__INCOME, newIncome);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameKey() {
		return (String)eDynamicGet(CustomersPackage.CUSTOMER__NAME_KEY, CustomersPackage.Literals.CUSTOMER__NAME_KEY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameKey(String newNameKey) {
		eDynamicSet(CustomersPackage.CUSTOMER__NAME_KEY, CustomersPackage.Literals.CUSTOMER__NAME_KEY, newNameKey);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPinyinKey() {
		return (String)eDynamicGet(CustomersPackage.CUSTOMER__PINYIN_KEY, CustomersPackage.Literals.CUSTOMER__PINYIN_KEY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPinyinKey(String newPinyinKey) {
		eDynamicSet(CustomersPackage.CUSTOMER__PINYIN_KEY, CustomersPackage.Literals.CUSTOMER__PINYIN_KEY, newPinyinKey);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPinyinInitials() {
		return (String)eDynamicGet(CustomersPackage.CUSTOMER__PINYIN_INITIALS, CustomersPackage.Literals.CUSTOMER__PINYIN_INITIALS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPinyinInitials(String newPinyinInitials) {
		eDynamicSet(CustomersPackage.CUSTOMER__PINYIN_INITIALS, CustomersPackage.Literals.CUSTOMER__PINYIN_INITIALS, newPinyinInitials);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSortKey() {
		return (String)eDynamicGet(CustomersPackage.CUSTOMER__SORT_KEY, CustomersPackage.Literals.CUSTOMER__SORT_KEY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSortKey(String newSortKey) {
		eDynamicSet(CustomersPackage.CUSTOMER__SORT_KEY, CustomersPackage.Literals.CUSTOMER__SORT_KEY, newSortKey);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<Phone> getPhones() {
		return (List<Phone>)eDynamicGet(CustomersPackage.CUSTOMER__PHONES, CustomersPackage.Literals.CUSTOMER__PHONES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<EmailAddress> getEmails() {
		return (List<EmailAddress>)eDynamicGet(CustomersPackage.CUSTOMER__EMAILS, CustomersPackage.Literals.CUSTOMER__EMAILS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<Purchase> getPurchases() {
		return (List<Purchase>)eDynamicGet(CustomersPackage.CUSTOMER__PURCHASES, CustomersPackage.Literals.CUSTOMER__PURCHASES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<Interaction> getInteractions() {
		return (List<Interaction>)eDynamicGet(CustomersPackage.CUSTOMER__INTERACTIONS, CustomersPackage.Literals.CUSTOMER__INTERACTIONS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CustomersPackage.CUSTOMER__IMPORTANT_DATES:
				return ((InternalEList<?>)getImportantDates()).basicRemove(otherEnd, msgs);
			case CustomersPackage.CUSTOMER__ADDRESS:
				return basicSetAddress(null, msgs);
			case CustomersPackage.CUSTOMER__PHONES:
				return ((InternalEList<?>)getPhones()).basicRemove(otherEnd, msgs);
			case CustomersPackage.CUSTOMER__EMAILS:
				return ((InternalEList<?>)getEmails()).basicRemove(otherEnd, msgs);
			case CustomersPackage.CUSTOMER__PURCHASES:
				return ((InternalEList<?>)getPurchases()).basicRemove(otherEnd, msgs);
			case CustomersPackage.CUSTOMER__INTERACTIONS:
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
			case CustomersPackage.CUSTOMER__REFERENCE:
				return getReference();
			case CustomersPackage.CUSTOMER__NAME:
				return getName();
			case CustomersPackage.CUSTOMER__GENDER:
				return getGender();
			case CustomersPackage.CUSTOMER__BIRTHDAY:
				return getBirthday();
			case CustomersPackage.CUSTOMER__IMPORTANT_DATES:
				return getImportantDates();
			case CustomersPackage.CUSTOMER__OCCUPATION:
				return getOccupation();
			case CustomersPackage.CUSTOMER__COMPANY:
				return getCompany();
			case CustomersPackage.CUSTOMER__REGION:
				return getRegion();
			case CustomersPackage.CUSTOMER__ADDRESS:
				return getAddress();
			case CustomersPackage.CUSTOMER__CHANNEL:
				return getChannel();
			case CustomersPackage.CUSTOMER__TAGS:
				return getTags();
			case CustomersPackage.CUSTOMER__MARKETING_CONSENT:
				return isMarketingConsent();
			case CustomersPackage.CUSTOMER__ACCOUNT_MANAGER:
				return getAccountManager();
			case CustomersPackage.CUSTOMER__STATUS:
				return getStatus();
			case CustomersPackage.CUSTOMER__CREATED_AT:
				return getCreatedAt();
			case CustomersPackage.CUSTOMER__LAST_CONFIRMED_AT:
				return getLastConfirmedAt();
			case CustomersPackage.CUSTOMER__NOTES:
				return getNotes();
			case CustomersPackage.CUSTOMER__INCOME:
				return getIncome();
			case CustomersPackage.CUSTOMER__NAME_KEY:
				return getNameKey();
			case CustomersPackage.CUSTOMER__PINYIN_KEY:
				return getPinyinKey();
			case CustomersPackage.CUSTOMER__PINYIN_INITIALS:
				return getPinyinInitials();
			case CustomersPackage.CUSTOMER__SORT_KEY:
				return getSortKey();
			case CustomersPackage.CUSTOMER__PHONES:
				return getPhones();
			case CustomersPackage.CUSTOMER__EMAILS:
				return getEmails();
			case CustomersPackage.CUSTOMER__PURCHASES:
				return getPurchases();
			case CustomersPackage.CUSTOMER__INTERACTIONS:
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
			case CustomersPackage.CUSTOMER__REFERENCE:
				setReference((String)newValue);
				return;
			case CustomersPackage.CUSTOMER__NAME:
				setName((String)newValue);
				return;
			case CustomersPackage.CUSTOMER__GENDER:
				setGender((Gender)newValue);
				return;
			case CustomersPackage.CUSTOMER__BIRTHDAY:
				setBirthday((LocalDate)newValue);
				return;
			case CustomersPackage.CUSTOMER__IMPORTANT_DATES:
				getImportantDates().clear();
				getImportantDates().addAll((Collection<? extends ImportantDate>)newValue);
				return;
			case CustomersPackage.CUSTOMER__OCCUPATION:
				setOccupation((String)newValue);
				return;
			case CustomersPackage.CUSTOMER__COMPANY:
				setCompany((String)newValue);
				return;
			case CustomersPackage.CUSTOMER__REGION:
				setRegion((String)newValue);
				return;
			case CustomersPackage.CUSTOMER__ADDRESS:
				setAddress((Address)newValue);
				return;
			case CustomersPackage.CUSTOMER__CHANNEL:
				setChannel((String)newValue);
				return;
			case CustomersPackage.CUSTOMER__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case CustomersPackage.CUSTOMER__MARKETING_CONSENT:
				setMarketingConsent((Boolean)newValue);
				return;
			case CustomersPackage.CUSTOMER__ACCOUNT_MANAGER:
				setAccountManager((String)newValue);
				return;
			case CustomersPackage.CUSTOMER__STATUS:
				setStatus((CustomerStatus)newValue);
				return;
			case CustomersPackage.CUSTOMER__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case CustomersPackage.CUSTOMER__LAST_CONFIRMED_AT:
				setLastConfirmedAt((Instant)newValue);
				return;
			case CustomersPackage.CUSTOMER__NOTES:
				setNotes((String)newValue);
				return;
			case CustomersPackage.CUSTOMER__INCOME:
				setIncome((BigDecimal)newValue);
				return;
			case CustomersPackage.CUSTOMER__NAME_KEY:
				setNameKey((String)newValue);
				return;
			case CustomersPackage.CUSTOMER__PINYIN_KEY:
				setPinyinKey((String)newValue);
				return;
			case CustomersPackage.CUSTOMER__PINYIN_INITIALS:
				setPinyinInitials((String)newValue);
				return;
			case CustomersPackage.CUSTOMER__SORT_KEY:
				setSortKey((String)newValue);
				return;
			case CustomersPackage.CUSTOMER__PHONES:
				getPhones().clear();
				getPhones().addAll((Collection<? extends Phone>)newValue);
				return;
			case CustomersPackage.CUSTOMER__EMAILS:
				getEmails().clear();
				getEmails().addAll((Collection<? extends EmailAddress>)newValue);
				return;
			case CustomersPackage.CUSTOMER__PURCHASES:
				getPurchases().clear();
				getPurchases().addAll((Collection<? extends Purchase>)newValue);
				return;
			case CustomersPackage.CUSTOMER__INTERACTIONS:
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
			case CustomersPackage.CUSTOMER__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__GENDER:
				setGender(GENDER_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__BIRTHDAY:
				setBirthday(BIRTHDAY_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__IMPORTANT_DATES:
				getImportantDates().clear();
				return;
			case CustomersPackage.CUSTOMER__OCCUPATION:
				setOccupation(OCCUPATION_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__COMPANY:
				setCompany(COMPANY_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__ADDRESS:
				setAddress((Address)null);
				return;
			case CustomersPackage.CUSTOMER__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__TAGS:
				getTags().clear();
				return;
			case CustomersPackage.CUSTOMER__MARKETING_CONSENT:
				setMarketingConsent(MARKETING_CONSENT_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__ACCOUNT_MANAGER:
				setAccountManager(ACCOUNT_MANAGER_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__LAST_CONFIRMED_AT:
				setLastConfirmedAt(LAST_CONFIRMED_AT_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__INCOME:
				setIncome(INCOME_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__NAME_KEY:
				setNameKey(NAME_KEY_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__PINYIN_KEY:
				setPinyinKey(PINYIN_KEY_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__PINYIN_INITIALS:
				setPinyinInitials(PINYIN_INITIALS_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__SORT_KEY:
				setSortKey(SORT_KEY_EDEFAULT);
				return;
			case CustomersPackage.CUSTOMER__PHONES:
				getPhones().clear();
				return;
			case CustomersPackage.CUSTOMER__EMAILS:
				getEmails().clear();
				return;
			case CustomersPackage.CUSTOMER__PURCHASES:
				getPurchases().clear();
				return;
			case CustomersPackage.CUSTOMER__INTERACTIONS:
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
			case CustomersPackage.CUSTOMER__REFERENCE:
				return REFERENCE_EDEFAULT == null ? getReference() != null : !REFERENCE_EDEFAULT.equals(getReference());
			case CustomersPackage.CUSTOMER__NAME:
				return NAME_EDEFAULT == null ? getName() != null : !NAME_EDEFAULT.equals(getName());
			case CustomersPackage.CUSTOMER__GENDER:
				return getGender() != GENDER_EDEFAULT;
			case CustomersPackage.CUSTOMER__BIRTHDAY:
				return BIRTHDAY_EDEFAULT == null ? getBirthday() != null : !BIRTHDAY_EDEFAULT.equals(getBirthday());
			case CustomersPackage.CUSTOMER__IMPORTANT_DATES:
				return !getImportantDates().isEmpty();
			case CustomersPackage.CUSTOMER__OCCUPATION:
				return OCCUPATION_EDEFAULT == null ? getOccupation() != null : !OCCUPATION_EDEFAULT.equals(getOccupation());
			case CustomersPackage.CUSTOMER__COMPANY:
				return COMPANY_EDEFAULT == null ? getCompany() != null : !COMPANY_EDEFAULT.equals(getCompany());
			case CustomersPackage.CUSTOMER__REGION:
				return REGION_EDEFAULT == null ? getRegion() != null : !REGION_EDEFAULT.equals(getRegion());
			case CustomersPackage.CUSTOMER__ADDRESS:
				return getAddress() != null;
			case CustomersPackage.CUSTOMER__CHANNEL:
				return CHANNEL_EDEFAULT == null ? getChannel() != null : !CHANNEL_EDEFAULT.equals(getChannel());
			case CustomersPackage.CUSTOMER__TAGS:
				return !getTags().isEmpty();
			case CustomersPackage.CUSTOMER__MARKETING_CONSENT:
				return isMarketingConsent() != MARKETING_CONSENT_EDEFAULT;
			case CustomersPackage.CUSTOMER__ACCOUNT_MANAGER:
				return ACCOUNT_MANAGER_EDEFAULT == null ? getAccountManager() != null : !ACCOUNT_MANAGER_EDEFAULT.equals(getAccountManager());
			case CustomersPackage.CUSTOMER__STATUS:
				return getStatus() != STATUS_EDEFAULT;
			case CustomersPackage.CUSTOMER__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? getCreatedAt() != null : !CREATED_AT_EDEFAULT.equals(getCreatedAt());
			case CustomersPackage.CUSTOMER__LAST_CONFIRMED_AT:
				return LAST_CONFIRMED_AT_EDEFAULT == null ? getLastConfirmedAt() != null : !LAST_CONFIRMED_AT_EDEFAULT.equals(getLastConfirmedAt());
			case CustomersPackage.CUSTOMER__NOTES:
				return NOTES_EDEFAULT == null ? getNotes() != null : !NOTES_EDEFAULT.equals(getNotes());
			case CustomersPackage.CUSTOMER__INCOME:
				return INCOME_EDEFAULT == null ? getIncome() != null : !INCOME_EDEFAULT.equals(getIncome());
			case CustomersPackage.CUSTOMER__NAME_KEY:
				return NAME_KEY_EDEFAULT == null ? getNameKey() != null : !NAME_KEY_EDEFAULT.equals(getNameKey());
			case CustomersPackage.CUSTOMER__PINYIN_KEY:
				return PINYIN_KEY_EDEFAULT == null ? getPinyinKey() != null : !PINYIN_KEY_EDEFAULT.equals(getPinyinKey());
			case CustomersPackage.CUSTOMER__PINYIN_INITIALS:
				return PINYIN_INITIALS_EDEFAULT == null ? getPinyinInitials() != null : !PINYIN_INITIALS_EDEFAULT.equals(getPinyinInitials());
			case CustomersPackage.CUSTOMER__SORT_KEY:
				return SORT_KEY_EDEFAULT == null ? getSortKey() != null : !SORT_KEY_EDEFAULT.equals(getSortKey());
			case CustomersPackage.CUSTOMER__PHONES:
				return !getPhones().isEmpty();
			case CustomersPackage.CUSTOMER__EMAILS:
				return !getEmails().isEmpty();
			case CustomersPackage.CUSTOMER__PURCHASES:
				return !getPurchases().isEmpty();
			case CustomersPackage.CUSTOMER__INTERACTIONS:
				return !getInteractions().isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CustomerImpl
