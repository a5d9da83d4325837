/**
 */
package org.rapport.loyalty.model.impl;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.customers.model.Customer;

import org.rapport.loyalty.model.Consumption;
import org.rapport.loyalty.model.Debt;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.loyalty.model.LedgerEntry;
import org.rapport.loyalty.model.LoyaltyPackage;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ledger Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getSourceRef <em>Source Ref</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getRelatedRef <em>Related Ref</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getRecordedBy <em>Recorded By</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getSpendSequence <em>Spend Sequence</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getDebt <em>Debt</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.LedgerEntryImpl#getConsumed <em>Consumed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LedgerEntryImpl extends PersistentObject implements LedgerEntry {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EntryKind KIND_EDEFAULT = EntryKind.ACCRUAL;

	/**
	 * The default value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected static final long POINTS_EDEFAULT = 0L;

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
	 * The default value of the '{@link #getRecordedAt() <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RECORDED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EXPIRES_ON_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_ID_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getSourceRef() <em>Source Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceRef()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_REF_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getRelatedRef() <em>Related Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatedRef()
	 * @generated
	 * @ordered
	 */
	protected static final String RELATED_REF_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getRecordedBy() <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORDED_BY_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getSpendSequence() <em>Spend Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpendSequence()
	 * @generated
	 * @ordered
	 */
	protected static final Long SPEND_SEQUENCE_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LedgerEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LoyaltyPackage.Literals.LEDGER_ENTRY;
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
		return (Customer)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__CUSTOMER, LoyaltyPackage.Literals.LEDGER_ENTRY__CUSTOMER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Customer basicGetCustomer() {
		return (Customer)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__CUSTOMER, LoyaltyPackage.Literals.LEDGER_ENTRY__CUSTOMER, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(Customer newCustomer) {
		eDynamicSet(LoyaltyPackage.LEDGER_ENTRY__CUSTOMER, LoyaltyPackage.Literals.LEDGER_ENTRY__CUSTOMER, newCustomer);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EntryKind getKind() {
		return (EntryKind)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__KIND, LoyaltyPackage.Literals.LEDGER_ENTRY__KIND, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EntryKind newKind) {
		eDynamicSet(LoyaltyPackage.LEDGER_ENTRY__KIND, LoyaltyPackage.Literals.LEDGER_ENTRY__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPoints() {
		return (Long)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__POINTS, LoyaltyPackage.Literals.LEDGER_ENTRY__POINTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(long newPoints) {
		eDynamicSet(LoyaltyPackage.LEDGER_ENTRY__POINTS, LoyaltyPackage.Literals.LEDGER_ENTRY__POINTS, newPoints);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAt() {
		return (Instant)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__AT, LoyaltyPackage.Literals.LEDGER_ENTRY__AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		eDynamicSet(LoyaltyPackage.LEDGER_ENTRY__AT, LoyaltyPackage.Literals.LEDGER_ENTRY__AT, newAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getRecordedAt() {
		return (Instant)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__RECORDED_AT, LoyaltyPackage.Literals.LEDGER_ENTRY__RECORDED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedAt(Instant newRecordedAt) {
		eDynamicSet(LoyaltyPackage.LEDGER_ENTRY__RECORDED_AT, LoyaltyPackage.Literals.LEDGER_ENTRY__RECORDED_AT, newRecordedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getExpiresOn() {
		return (LocalDate)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__EXPIRES_ON, LoyaltyPackage.Literals.LEDGER_ENTRY__EXPIRES_ON, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiresOn(LocalDate newExpiresOn) {
		eDynamicSet(LoyaltyPackage.LEDGER_ENTRY__EXPIRES_ON, LoyaltyPackage.Literals.LEDGER_ENTRY__EXPIRES_ON, newExpiresOn);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRuleId() {
		return (String)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__RULE_ID, LoyaltyPackage.Literals.LEDGER_ENTRY__RULE_ID, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuleId(String newRuleId) {
		eDynamicSet(LoyaltyPackage.LEDGER_ENTRY__RULE_ID, LoyaltyPackage.Literals.LEDGER_ENTRY__RULE_ID, newRuleId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceRef() {
		return (String)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__SOURCE_REF, LoyaltyPackage.Literals.LEDGER_ENTRY__SOURCE_REF, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceRef(String newSourceRef) {
		eDynamicSet(LoyaltyPackage.LEDGER_ENTRY__SOURCE_REF, LoyaltyPackage.Literals.LEDGER_ENTRY__SOURCE_REF, newSourceRef);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRelatedRef() {
		return (String)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__RELATED_REF, LoyaltyPackage.Literals.LEDGER_ENTRY__RELATED_REF, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelatedRef(String newRelatedRef) {
		eDynamicSet(LoyaltyPackage.LEDGER_ENTRY__RELATED_REF, LoyaltyPackage.Literals.LEDGER_ENTRY__RELATED_REF, newRelatedRef);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount() {
		return (BigDecimal)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__AMOUNT, LoyaltyPackage.Literals.LEDGER_ENTRY__AMOUNT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount) {
		eDynamicSet(LoyaltyPackage.LEDGER_ENTRY__AMOUNT, LoyaltyPackage.Literals.LEDGER_ENTRY__AMOUNT, newAmount);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordedBy() {
		return (String)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__RECORDED_BY, LoyaltyPackage.Literals.LEDGER_ENTRY__RECORDED_BY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedBy(String newRecordedBy) {
		eDynamicSet(LoyaltyPackage.LEDGER_ENTRY__RECORDED_BY, LoyaltyPackage.Literals.LEDGER_ENTRY__RECORDED_BY, newRecordedBy);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return (String)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__REASON, LoyaltyPackage.Literals.LEDGER_ENTRY__REASON, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		eDynamicSet(LoyaltyPackage.LEDGER_ENTRY__REASON, LoyaltyPackage.Literals.LEDGER_ENTRY__REASON, newReason);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getSpendSequence() {
		return (Long)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__SPEND_SEQUENCE, LoyaltyPackage.Literals.LEDGER_ENTRY__SPEND_SEQUENCE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpendSequence(Long newSpendSequence) {
		eDynamicSet(LoyaltyPackage.LEDGER_ENTRY__SPEND_SEQUENCE, LoyaltyPackage.Literals.LEDGER_ENTRY__SPEND_SEQUENCE, newSpendSequence);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Debt getDebt() {
		return (Debt)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__DEBT, LoyaltyPackage.Literals.LEDGER_ENTRY__DEBT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Debt basicGetDebt() {
		return (Debt)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__DEBT, LoyaltyPackage.Literals.LEDGER_ENTRY__DEBT, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDebt(Debt newDebt) {
		eDynamicSet(LoyaltyPackage.LEDGER_ENTRY__DEBT, LoyaltyPackage.Literals.LEDGER_ENTRY__DEBT, newDebt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<Consumption> getConsumed() {
		return (List<Consumption>)eDynamicGet(LoyaltyPackage.LEDGER_ENTRY__CONSUMED, LoyaltyPackage.Literals.LEDGER_ENTRY__CONSUMED, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LoyaltyPackage.LEDGER_ENTRY__CONSUMED:
				return ((InternalEList<?>)getConsumed()).basicRemove(otherEnd, msgs);
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
			case LoyaltyPackage.LEDGER_ENTRY__CUSTOMER:
				if (resolve) return getCustomer();
				return basicGetCustomer();
			case LoyaltyPackage.LEDGER_ENTRY__KIND:
				return getKind();
			case LoyaltyPackage.LEDGER_ENTRY__POINTS:
				return getPoints();
			case LoyaltyPackage.LEDGER_ENTRY__AT:
				return getAt();
			case LoyaltyPackage.LEDGER_ENTRY__RECORDED_AT:
				return getRecordedAt();
			case LoyaltyPackage.LEDGER_ENTRY__EXPIRES_ON:
				return getExpiresOn();
			case LoyaltyPackage.LEDGER_ENTRY__RULE_ID:
				return getRuleId();
			case LoyaltyPackage.LEDGER_ENTRY__SOURCE_REF:
				return getSourceRef();
			case LoyaltyPackage.LEDGER_ENTRY__RELATED_REF:
				return getRelatedRef();
			case LoyaltyPackage.LEDGER_ENTRY__AMOUNT:
				return getAmount();
			case LoyaltyPackage.LEDGER_ENTRY__RECORDED_BY:
				return getRecordedBy();
			case LoyaltyPackage.LEDGER_ENTRY__REASON:
				return getReason();
			case LoyaltyPackage.LEDGER_ENTRY__SPEND_SEQUENCE:
				return getSpendSequence();
			case LoyaltyPackage.LEDGER_ENTRY__DEBT:
				if (resolve) return getDebt();
				return basicGetDebt();
			case LoyaltyPackage.LEDGER_ENTRY__CONSUMED:
				return getConsumed();
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
			case LoyaltyPackage.LEDGER_ENTRY__CUSTOMER:
				setCustomer((Customer)newValue);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__KIND:
				setKind((EntryKind)newValue);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__POINTS:
				setPoints((Long)newValue);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__AT:
				setAt((Instant)newValue);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__RECORDED_AT:
				setRecordedAt((Instant)newValue);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__EXPIRES_ON:
				setExpiresOn((LocalDate)newValue);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__RULE_ID:
				setRuleId((String)newValue);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__SOURCE_REF:
				setSourceRef((String)newValue);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__RELATED_REF:
				setRelatedRef((String)newValue);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__RECORDED_BY:
				setRecordedBy((String)newValue);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__REASON:
				setReason((String)newValue);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__SPEND_SEQUENCE:
				setSpendSequence((Long)newValue);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__DEBT:
				setDebt((Debt)newValue);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__CONSUMED:
				getConsumed().clear();
				getConsumed().addAll((Collection<? extends Consumption>)newValue);
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
			case LoyaltyPackage.LEDGER_ENTRY__CUSTOMER:
				setCustomer((Customer)null);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__POINTS:
				setPoints(POINTS_EDEFAULT);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__AT:
				setAt(AT_EDEFAULT);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__RECORDED_AT:
				setRecordedAt(RECORDED_AT_EDEFAULT);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__EXPIRES_ON:
				setExpiresOn(EXPIRES_ON_EDEFAULT);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__RULE_ID:
				setRuleId(RULE_ID_EDEFAULT);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__SOURCE_REF:
				setSourceRef(SOURCE_REF_EDEFAULT);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__RELATED_REF:
				setRelatedRef(RELATED_REF_EDEFAULT);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__RECORDED_BY:
				setRecordedBy(RECORDED_BY_EDEFAULT);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__SPEND_SEQUENCE:
				setSpendSequence(SPEND_SEQUENCE_EDEFAULT);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__DEBT:
				setDebt((Debt)null);
				return;
			case LoyaltyPackage.LEDGER_ENTRY__CONSUMED:
				getConsumed().clear();
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
			case LoyaltyPackage.LEDGER_ENTRY__CUSTOMER:
				return basicGetCustomer() != null;
			case LoyaltyPackage.LEDGER_ENTRY__KIND:
				return getKind() != KIND_EDEFAULT;
			case LoyaltyPackage.LEDGER_ENTRY__POINTS:
				return getPoints() != POINTS_EDEFAULT;
			case LoyaltyPackage.LEDGER_ENTRY__AT:
				return AT_EDEFAULT == null ? getAt() != null : !AT_EDEFAULT.equals(getAt());
			case LoyaltyPackage.LEDGER_ENTRY__RECORDED_AT:
				return RECORDED_AT_EDEFAULT == null ? getRecordedAt() != null : !RECORDED_AT_EDEFAULT.equals(getRecordedAt());
			case LoyaltyPackage.LEDGER_ENTRY__EXPIRES_ON:
				return EXPIRES_ON_EDEFAULT == null ? getExpiresOn() != null : !EXPIRES_ON_EDEFAULT.equals(getExpiresOn());
			case LoyaltyPackage.LEDGER_ENTRY__RULE_ID:
				return RULE_ID_EDEFAULT == null ? getRuleId() != null : !RULE_ID_EDEFAULT.equals(getRuleId());
			case LoyaltyPackage.LEDGER_ENTRY__SOURCE_REF:
				return SOURCE_REF_EDEFAULT == null ? getSourceRef() != null : !SOURCE_REF_EDEFAULT.equals(getSourceRef());
			case LoyaltyPackage.LEDGER_ENTRY__RELATED_REF:
				return RELATED_REF_EDEFAULT == null ? getRelatedRef() != null : !RELATED_REF_EDEFAULT.equals(getRelatedRef());
			case LoyaltyPackage.LEDGER_ENTRY__AMOUNT:
				return AMOUNT_EDEFAULT == null ? getAmount() != null : !AMOUNT_EDEFAULT.equals(getAmount());
			case LoyaltyPackage.LEDGER_ENTRY__RECORDED_BY:
				return RECORDED_BY_EDEFAULT == null ? getRecordedBy() != null : !RECORDED_BY_EDEFAULT.equals(getRecordedBy());
			case LoyaltyPackage.LEDGER_ENTRY__REASON:
				return REASON_EDEFAULT == null ? getReason() != null : !REASON_EDEFAULT.equals(getReason());
			case LoyaltyPackage.LEDGER_ENTRY__SPEND_SEQUENCE:
				return SPEND_SEQUENCE_EDEFAULT == null ? getSpendSequence() != null : !SPEND_SEQUENCE_EDEFAULT.equals(getSpendSequence());
			case LoyaltyPackage.LEDGER_ENTRY__DEBT:
				return basicGetDebt() != null;
			case LoyaltyPackage.LEDGER_ENTRY__CONSUMED:
				return !getConsumed().isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LedgerEntryImpl
