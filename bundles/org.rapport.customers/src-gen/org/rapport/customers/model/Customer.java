/**
 */
package org.rapport.customers.model;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One person Rapport cares for, with everything that belongs to the profile. The root of this model: every other class lives in a customer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.Customer#getReference <em>Reference</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getGender <em>Gender</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getBirthday <em>Birthday</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getImportantDates <em>Important Dates</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getOccupation <em>Occupation</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getCompany <em>Company</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getRegion <em>Region</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getAddress <em>Address</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getTags <em>Tags</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#isMarketingConsent <em>Marketing Consent</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getAccountManager <em>Account Manager</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getLastConfirmedAt <em>Last Confirmed At</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getIncome <em>Income</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getNameKey <em>Name Key</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getPinyinKey <em>Pinyin Key</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getPinyinInitials <em>Pinyin Initials</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getSortKey <em>Sort Key</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getPhones <em>Phones</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getEmails <em>Emails</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getPurchases <em>Purchases</em>}</li>
 *   <li>{@link org.rapport.customers.model.Customer#getInteractions <em>Interactions</em>}</li>
 * </ul>
 *
 * @see org.rapport.customers.model.CustomersPackage#getCustomer()
 * @model annotation="http://rapport.org/security area='customers' owner='accountManager' subject='reference'"
 * @generated
 */
public interface Customer extends EObject {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer reference number, unique across customers; it never changes, so other areas and outside systems use it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Reference()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence unique='true' length='32'"
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Name()
	 * @model required="true"
	 *        annotation="http://rapport.org/security personal='true' erased='Erased customer'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Gender</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.customers.model.Gender}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gender</em>' attribute.
	 * @see org.rapport.customers.model.Gender
	 * @see #setGender(Gender)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Gender()
	 * @model annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	Gender getGender();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getGender <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gender</em>' attribute.
	 * @see org.rapport.customers.model.Gender
	 * @see #getGender()
	 * @generated
	 */
	void setGender(Gender value);

	/**
	 * Returns the value of the '<em><b>Birthday</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birthday</em>' attribute.
	 * @see #setBirthday(LocalDate)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Birthday()
	 * @model dataType="org.rapport.customers.model.LocalDate"
	 *        annotation="http://rapport.org/persistence index='true'"
	 *        annotation="http://rapport.org/security personal='true' defaultAccess='service-agent=READ_ONLY'"
	 * @generated
	 */
	LocalDate getBirthday();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getBirthday <em>Birthday</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birthday</em>' attribute.
	 * @see #getBirthday()
	 * @generated
	 */
	void setBirthday(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Important Dates</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.customers.model.ImportantDate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Important Dates</em>' containment reference list.
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_ImportantDates()
	 * @model containment="true"
	 * @generated
	 */
	List<ImportantDate> getImportantDates();

	/**
	 * Returns the value of the '<em><b>Occupation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Occupation</em>' attribute.
	 * @see #setOccupation(String)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Occupation()
	 * @model annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getOccupation();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getOccupation <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occupation</em>' attribute.
	 * @see #getOccupation()
	 * @generated
	 */
	void setOccupation(String value);

	/**
	 * Returns the value of the '<em><b>Company</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The company the customer works for, as free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Company</em>' attribute.
	 * @see #setCompany(String)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Company()
	 * @model annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getCompany();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getCompany <em>Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Company</em>' attribute.
	 * @see #getCompany()
	 * @generated
	 */
	void setCompany(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Region()
	 * @model annotation="http://rapport.org/persistence index='true' length='64'"
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' containment reference.
	 * @see #setAddress(Address)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Address()
	 * @model containment="true"
	 * @generated
	 */
	Address getAddress();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getAddress <em>Address</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' containment reference.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(Address value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The default value is <code>"other"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code of the channel through which the customer first came: a built-in one (Channels.BUILT_IN) or one an administrator added (a Channel).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see #setChannel(String)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Channel()
	 * @model default="other"
	 * @generated
	 */
	String getChannel();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free labels such as frequent buyer or eco-minded, each at most once, in the order they were given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Tags()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 *        annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	List<String> getTags();

	/**
	 * Returns the value of the '<em><b>Marketing Consent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the customer agreed to receive marketing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Marketing Consent</em>' attribute.
	 * @see #setMarketingConsent(boolean)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_MarketingConsent()
	 * @model
	 * @generated
	 */
	boolean isMarketingConsent();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#isMarketingConsent <em>Marketing Consent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Marketing Consent</em>' attribute.
	 * @see #isMarketingConsent()
	 * @generated
	 */
	void setMarketingConsent(boolean value);

	/**
	 * Returns the value of the '<em><b>Account Manager</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The login of the staff member who owns the account; a role with the OWN scope reaches the customers it manages.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Account Manager</em>' attribute.
	 * @see #setAccountManager(String)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_AccountManager()
	 * @model annotation="http://rapport.org/persistence index='true' length='64'"
	 * @generated
	 */
	String getAccountManager();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getAccountManager <em>Account Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account Manager</em>' attribute.
	 * @see #getAccountManager()
	 * @generated
	 */
	void setAccountManager(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.customers.model.CustomerStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rapport.customers.model.CustomerStatus
	 * @see #setStatus(CustomerStatus)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Status()
	 * @model required="true"
	 * @generated
	 */
	CustomerStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rapport.customers.model.CustomerStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CustomerStatus value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_CreatedAt()
	 * @model dataType="org.rapport.customers.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Last Confirmed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the customer last confirmed the profile; profiles not confirmed for 12 months are listed for review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Confirmed At</em>' attribute.
	 * @see #setLastConfirmedAt(Instant)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_LastConfirmedAt()
	 * @model dataType="org.rapport.customers.model.Instant"
	 * @generated
	 */
	Instant getLastConfirmedAt();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getLastConfirmedAt <em>Last Confirmed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Confirmed At</em>' attribute.
	 * @see #getLastConfirmedAt()
	 * @generated
	 */
	void setLastConfirmedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text about the customer, up to 4000 characters (what the audit trail records in full).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Notes()
	 * @model annotation="http://rapport.org/persistence length='4000'"
	 *        annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Income</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Yearly income, when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Income</em>' attribute.
	 * @see #setIncome(BigDecimal)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Income()
	 * @model annotation="http://rapport.org/persistence precision='14' scale='2'"
	 *        annotation="http://rapport.org/security personal='true' defaultAccess='service-agent=HIDDEN sales=READ_ONLY'"
	 * @generated
	 */
	BigDecimal getIncome();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getIncome <em>Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Income</em>' attribute.
	 * @see #getIncome()
	 * @generated
	 */
	void setIncome(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Name Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name in lower case, set with the name (do not set it yourself): a prefix typed in any case is then one range of one index, over a million customers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Key</em>' attribute.
	 * @see #setNameKey(String)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_NameKey()
	 * @model annotation="http://rapport.org/persistence index='true'"
	 *        annotation="http://rapport.org/security personal='true' derivedFrom='name'"
	 * @generated
	 */
	String getNameKey();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getNameKey <em>Name Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Key</em>' attribute.
	 * @see #getNameKey()
	 * @generated
	 */
	void setNameKey(String value);

	/**
	 * Returns the value of the '<em><b>Pinyin Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name's pinyin without tones or spaces (王芳: wangfang), set with the name when it has Chinese characters, else null (do not set it yourself): a look-up typed in pinyin is one range of one index.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pinyin Key</em>' attribute.
	 * @see #setPinyinKey(String)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_PinyinKey()
	 * @model annotation="http://rapport.org/persistence index='true'"
	 *        annotation="http://rapport.org/security personal='true' derivedFrom='name'"
	 * @generated
	 */
	String getPinyinKey();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getPinyinKey <em>Pinyin Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinyin Key</em>' attribute.
	 * @see #getPinyinKey()
	 * @generated
	 */
	void setPinyinKey(String value);

	/**
	 * Returns the value of the '<em><b>Pinyin Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first letter of each syllable of the name's pinyin (王芳: wf), set with the pinyin key (do not set it yourself).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pinyin Initials</em>' attribute.
	 * @see #setPinyinInitials(String)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_PinyinInitials()
	 * @model annotation="http://rapport.org/persistence index='true'"
	 *        annotation="http://rapport.org/security personal='true' derivedFrom='name'"
	 * @generated
	 */
	String getPinyinInitials();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getPinyinInitials <em>Pinyin Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinyin Initials</em>' attribute.
	 * @see #getPinyinInitials()
	 * @generated
	 */
	void setPinyinInitials(String value);

	/**
	 * Returns the value of the '<em><b>Sort Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the list sorts names by, set with the name (do not set it yourself): a Chinese name's pinyin key (王芳: wangfang), any other name's name key, so Chinese names sort by their pinyin among the Latin ones and a prefix typed in Latin letters is one range of one index in the list's order, for names and pinyin alike.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sort Key</em>' attribute.
	 * @see #setSortKey(String)
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_SortKey()
	 * @model annotation="http://rapport.org/persistence index='true'"
	 *        annotation="http://rapport.org/security personal='true' derivedFrom='name'"
	 * @generated
	 */
	String getSortKey();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Customer#getSortKey <em>Sort Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sort Key</em>' attribute.
	 * @see #getSortKey()
	 * @generated
	 */
	void setSortKey(String value);

	/**
	 * Returns the value of the '<em><b>Phones</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.customers.model.Phone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phones</em>' containment reference list.
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Phones()
	 * @model containment="true"
	 * @generated
	 */
	List<Phone> getPhones();

	/**
	 * Returns the value of the '<em><b>Emails</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.customers.model.EmailAddress}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Emails</em>' containment reference list.
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Emails()
	 * @model containment="true"
	 * @generated
	 */
	List<EmailAddress> getEmails();

	/**
	 * Returns the value of the '<em><b>Purchases</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.customers.model.Purchase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Read on first use, like every list: a profile header never loads the purchase history.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purchases</em>' containment reference list.
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Purchases()
	 * @model containment="true"
	 * @generated
	 */
	List<Purchase> getPurchases();

	/**
	 * Returns the value of the '<em><b>Interactions</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.customers.model.Interaction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Read on first use, like every list: a profile header never loads the service history.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interactions</em>' containment reference list.
	 * @see org.rapport.customers.model.CustomersPackage#getCustomer_Interactions()
	 * @model containment="true"
	 * @generated
	 */
	List<Interaction> getInteractions();

} // Customer
