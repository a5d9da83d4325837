/**
 */
package org.rapport.loyalty.model.impl;

import java.math.BigDecimal;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;

import org.rapport.customers.model.Customer;

import org.rapport.loyalty.model.Debt;
import org.rapport.loyalty.model.LoyaltyPackage;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Debt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.impl.DebtImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.DebtImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.DebtImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.DebtImpl#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.DebtImpl#getSourceRef <em>Source Ref</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.DebtImpl#getRelatedRef <em>Related Ref</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.DebtImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.DebtImpl#getRecordedBy <em>Recorded By</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.impl.DebtImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DebtImpl extends PersistentObject implements Debt {
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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DebtImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LoyaltyPackage.Literals.DEBT;
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
		return (Customer)eDynamicGet(LoyaltyPackage.DEBT__CUSTOMER, LoyaltyPackage.Literals.DEBT__CUSTOMER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Customer basicGetCustomer() {
		return (Customer)eDynamicGet(LoyaltyPackage.DEBT__CUSTOMER, LoyaltyPackage.Literals.DEBT__CUSTOMER, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(Customer newCustomer) {
		eDynamicSet(LoyaltyPackage.DEBT__CUSTOMER, LoyaltyPackage.Literals.DEBT__CUSTOMER, newCustomer);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPoints() {
		return (Long)eDynamicGet(LoyaltyPackage.DEBT__POINTS, LoyaltyPackage.Literals.DEBT__POINTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(long newPoints) {
		eDynamicSet(LoyaltyPackage.DEBT__POINTS, LoyaltyPackage.Literals.DEBT__POINTS, newPoints);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAt() {
		return (Instant)eDynamicGet(LoyaltyPackage.DEBT__AT, LoyaltyPackage.Literals.DEBT__AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		eDynamicSet(LoyaltyPackage.DEBT__AT, LoyaltyPackage.Literals.DEBT__AT, newAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getRecordedAt() {
		return (Instant)eDynamicGet(LoyaltyPackage.DEBT__RECORDED_AT, LoyaltyPackage.Literals.DEBT__RECORDED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedAt(Instant newRecordedAt) {
		eDynamicSet(LoyaltyPackage.DEBT__RECORDED_AT, LoyaltyPackage.Literals.DEBT__RECORDED_AT, newRecordedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceRef() {
		return (String)eDynamicGet(LoyaltyPackage.DEBT__SOURCE_REF, LoyaltyPackage.Literals.DEBT__SOURCE_REF, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceRef(String newSourceRef) {
		eDynamicSet(LoyaltyPackage.DEBT__SOURCE_REF, LoyaltyPackage.Literals.DEBT__SOURCE_REF, newSourceRef);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRelatedRef() {
		return (String)eDynamicGet(LoyaltyPackage.DEBT__RELATED_REF, LoyaltyPackage.Literals.DEBT__RELATED_REF, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelatedRef(String newRelatedRef) {
		eDynamicSet(LoyaltyPackage.DEBT__RELATED_REF, LoyaltyPackage.Literals.DEBT__RELATED_REF, newRelatedRef);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount() {
		return (BigDecimal)eDynamicGet(LoyaltyPackage.DEBT__AMOUNT, LoyaltyPackage.Literals.DEBT__AMOUNT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount) {
		eDynamicSet(LoyaltyPackage.DEBT__AMOUNT, LoyaltyPackage.Literals.DEBT__AMOUNT, newAmount);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordedBy() {
		return (String)eDynamicGet(LoyaltyPackage.DEBT__RECORDED_BY, LoyaltyPackage.Literals.DEBT__RECORDED_BY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedBy(String newRecordedBy) {
		eDynamicSet(LoyaltyPackage.DEBT__RECORDED_BY, LoyaltyPackage.Literals.DEBT__RECORDED_BY, newRecordedBy);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return (String)eDynamicGet(LoyaltyPackage.DEBT__REASON, LoyaltyPackage.Literals.DEBT__REASON, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		eDynamicSet(LoyaltyPackage.DEBT__REASON, LoyaltyPackage.Literals.DEBT__REASON, newReason);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LoyaltyPackage.DEBT__CUSTOMER:
				if (resolve) return getCustomer();
				return basicGetCustomer();
			case LoyaltyPackage.DEBT__POINTS:
				return getPoints();
			case LoyaltyPackage.DEBT__AT:
				return getAt();
			case LoyaltyPackage.DEBT__RECORDED_AT:
				return getRecordedAt();
			case LoyaltyPackage.DEBT__SOURCE_REF:
				return getSourceRef();
			case LoyaltyPackage.DEBT__RELATED_REF:
				return getRelatedRef();
			case LoyaltyPackage.DEBT__AMOUNT:
				return getAmount();
			case LoyaltyPackage.DEBT__RECORDED_BY:
				return getRecordedBy();
			case LoyaltyPackage.DEBT__REASON:
				return getReason();
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
			case LoyaltyPackage.DEBT__CUSTOMER:
				setCustomer((Customer)newValue);
				return;
			case LoyaltyPackage.DEBT__POINTS:
				setPoints((Long)newValue);
				return;
			case LoyaltyPackage.DEBT__AT:
				setAt((Instant)newValue);
				return;
			case LoyaltyPackage.DEBT__RECORDED_AT:
				setRecordedAt((Instant)newValue);
				return;
			case LoyaltyPackage.DEBT__SOURCE_REF:
				setSourceRef((String)newValue);
				return;
			case LoyaltyPackage.DEBT__RELATED_REF:
				setRelatedRef((String)newValue);
				return;
			case LoyaltyPackage.DEBT__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case LoyaltyPackage.DEBT__RECORDED_BY:
				setRecordedBy((String)newValue);
				return;
			case LoyaltyPackage.DEBT__REASON:
				setReason((String)newValue);
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
			case LoyaltyPackage.DEBT__CUSTOMER:
				setCustomer((Customer)null);
				return;
			case LoyaltyPackage.DEBT__POINTS:
				setPoints(POINTS_EDEFAULT);
				return;
			case LoyaltyPackage.DEBT__AT:
				setAt(AT_EDEFAULT);
				return;
			case LoyaltyPackage.DEBT__RECORDED_AT:
				setRecordedAt(RECORDED_AT_EDEFAULT);
				return;
			case LoyaltyPackage.DEBT__SOURCE_REF:
				setSourceRef(SOURCE_REF_EDEFAULT);
				return;
			case LoyaltyPackage.DEBT__RELATED_REF:
				setRelatedRef(RELATED_REF_EDEFAULT);
				return;
			case LoyaltyPackage.DEBT__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case LoyaltyPackage.DEBT__RECORDED_BY:
				setRecordedBy(RECORDED_BY_EDEFAULT);
				return;
			case LoyaltyPackage.DEBT__REASON:
				setReason(REASON_EDEFAULT);
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
			case LoyaltyPackage.DEBT__CUSTOMER:
				return basicGetCustomer() != null;
			case LoyaltyPackage.DEBT__POINTS:
				return getPoints() != POINTS_EDEFAULT;
			case LoyaltyPackage.DEBT__AT:
				return AT_EDEFAULT == null ? getAt() != null : !AT_EDEFAULT.equals(getAt());
			case LoyaltyPackage.DEBT__RECORDED_AT:
				return RECORDED_AT_EDEFAULT == null ? getRecordedAt() != null : !RECORDED_AT_EDEFAULT.equals(getRecordedAt());
			case LoyaltyPackage.DEBT__SOURCE_REF:
				return SOURCE_REF_EDEFAULT == null ? getSourceRef() != null : !SOURCE_REF_EDEFAULT.equals(getSourceRef());
			case LoyaltyPackage.DEBT__RELATED_REF:
				return RELATED_REF_EDEFAULT == null ? getRelatedRef() != null : !RELATED_REF_EDEFAULT.equals(getRelatedRef());
			case LoyaltyPackage.DEBT__AMOUNT:
				return AMOUNT_EDEFAULT == null ? getAmount() != null : !AMOUNT_EDEFAULT.equals(getAmount());
			case LoyaltyPackage.DEBT__RECORDED_BY:
				return RECORDED_BY_EDEFAULT == null ? getRecordedBy() != null : !RECORDED_BY_EDEFAULT.equals(getRecordedBy());
			case LoyaltyPackage.DEBT__REASON:
				return REASON_EDEFAULT == null ? getReason() != null : !REASON_EDEFAULT.equals(getReason());
		}
		return super.eIsSet(featureID);
	}

} //DebtImpl
