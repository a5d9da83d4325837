/**
 */
package org.rapport.loyalty.model;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import org.rapport.customers.model.Customer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ledger Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One entry of the points ledger. Append-only: never changed or deleted; a mistake is corrected by a new entry. Positive points earn, negative points spend; a spending entry lists the earning entries it consumed, oldest first.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getPoints <em>Points</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getSourceRef <em>Source Ref</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getRelatedRef <em>Related Ref</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getRecordedBy <em>Recorded By</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getReason <em>Reason</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getSpendSequence <em>Spend Sequence</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getDebt <em>Debt</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.LedgerEntry#getConsumed <em>Consumed</em>}</li>
 * </ul>
 *
 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry()
 * @model annotation="http://rapport.org/security area='loyalty' owner='customer.accountManager'"
 * @generated
 */
public interface LedgerEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whose points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_Customer()
	 * @model required="true"
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.LedgerEntry#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.loyalty.model.EntryKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.loyalty.model.EntryKind
	 * @see #setKind(EntryKind)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_Kind()
	 * @model required="true"
	 * @generated
	 */
	EntryKind getKind();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.LedgerEntry#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.loyalty.model.EntryKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EntryKind value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signed: positive for an earning entry, negative for a spending one; never zero.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(long)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_Points()
	 * @model required="true"
	 * @generated
	 */
	long getPoints();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.LedgerEntry#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(long value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the points were earned or spent (a purchase's time for its accrual), which orders the ledger and starts the expiry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_At()
	 * @model dataType="org.rapport.loyalty.model.Instant" required="true"
	 *        annotation="http://rapport.org/persistence index='true'"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.LedgerEntry#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the entry was written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorded At</em>' attribute.
	 * @see #setRecordedAt(Instant)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_RecordedAt()
	 * @model dataType="org.rapport.loyalty.model.Instant" required="true"
	 * @generated
	 */
	Instant getRecordedAt();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.LedgerEntry#getRecordedAt <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded At</em>' attribute.
	 * @see #getRecordedAt()
	 * @generated
	 */
	void setRecordedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day from which what is left of an earning entry has expired; empty for spending entries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expires On</em>' attribute.
	 * @see #setExpiresOn(LocalDate)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_ExpiresOn()
	 * @model dataType="org.rapport.loyalty.model.LocalDate"
	 *        annotation="http://rapport.org/persistence index='true'"
	 * @generated
	 */
	LocalDate getExpiresOn();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.LedgerEntry#getExpiresOn <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expires On</em>' attribute.
	 * @see #getExpiresOn()
	 * @generated
	 */
	void setExpiresOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rule that made the entry (an EarningRule id, or the ledger's own: redemption, expiry, reversal, debt-repayment, adjustment, compensation).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_RuleId()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.LedgerEntry#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Source Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What caused the entry: a purchase's or return's order reference, a reward, a complaint, an expiry run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Ref</em>' attribute.
	 * @see #setSourceRef(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_SourceRef()
	 * @model annotation="http://rapport.org/persistence length='64' index='true'"
	 * @generated
	 */
	String getSourceRef();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.LedgerEntry#getSourceRef <em>Source Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Ref</em>' attribute.
	 * @see #getSourceRef()
	 * @generated
	 */
	void setSourceRef(String value);

	/**
	 * Returns the value of the '<em><b>Related Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a reversal: the purchase whose points it takes back.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Related Ref</em>' attribute.
	 * @see #setRelatedRef(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_RelatedRef()
	 * @model annotation="http://rapport.org/persistence length='64' index='true'"
	 * @generated
	 */
	String getRelatedRef();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.LedgerEntry#getRelatedRef <em>Related Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Related Ref</em>' attribute.
	 * @see #getRelatedRef()
	 * @generated
	 */
	void setRelatedRef(String value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The amount behind the entry: a purchase's for its accrual, the returned amount for a reversal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_Amount()
	 * @model annotation="http://rapport.org/persistence precision='14' scale='2'"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.LedgerEntry#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The login of whoever posted it; system when nobody was signed in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorded By</em>' attribute.
	 * @see #setRecordedBy(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_RecordedBy()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getRecordedBy();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.LedgerEntry#getRecordedBy <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded By</em>' attribute.
	 * @see #getRecordedBy()
	 * @generated
	 */
	void setRecordedBy(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why, in words a person reads.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_Reason()
	 * @model annotation="http://rapport.org/persistence length='1000'"
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.LedgerEntry#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Spend Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a spending entry: its number among the customer's spending entries, 1, 2, 3...; unique per customer in the database, so two desktops spending the same points at the same moment cannot both store: the second is refused. Empty for earning entries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spend Sequence</em>' attribute.
	 * @see #setSpendSequence(Long)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_SpendSequence()
	 * @model
	 * @generated
	 */
	Long getSpendSequence();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.LedgerEntry#getSpendSequence <em>Spend Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spend Sequence</em>' attribute.
	 * @see #getSpendSequence()
	 * @generated
	 */
	void setSpendSequence(Long value);

	/**
	 * Returns the value of the '<em><b>Debt</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a debt repayment: the debt it repays.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Debt</em>' reference.
	 * @see #setDebt(Debt)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_Debt()
	 * @model
	 * @generated
	 */
	Debt getDebt();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.LedgerEntry#getDebt <em>Debt</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Debt</em>' reference.
	 * @see #getDebt()
	 * @generated
	 */
	void setDebt(Debt value);

	/**
	 * Returns the value of the '<em><b>Consumed</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.loyalty.model.Consumption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a spending entry: the earning entries it took its points from, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consumed</em>' containment reference list.
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getLedgerEntry_Consumed()
	 * @model containment="true"
	 * @generated
	 */
	List<Consumption> getConsumed();

} // LedgerEntry
