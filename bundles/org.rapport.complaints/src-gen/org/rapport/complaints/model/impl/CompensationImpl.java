/**
 */
package org.rapport.complaints.model.impl;

import java.math.BigDecimal;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;

import org.rapport.complaints.model.Compensation;
import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.model.ComplaintsPackage;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Compensation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.CompensationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CompensationImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CompensationImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CompensationImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CompensationImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CompensationImpl#getGrantedBy <em>Granted By</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CompensationImpl#getOfferCode <em>Offer Code</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompensationImpl extends PersistentObject implements Compensation {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CompensationKind KIND_EDEFAULT = CompensationKind.SERVICE_CREDIT;

	/**
	 * The default value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected static final Long POINTS_EDEFAULT = null;

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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

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
	 * The default value of the '{@link #getGrantedBy() <em>Granted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrantedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String GRANTED_BY_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getOfferCode() <em>Offer Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfferCode()
	 * @generated
	 * @ordered
	 */
	protected static final String OFFER_CODE_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompensationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.COMPENSATION;
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
	public CompensationKind getKind() {
		return (CompensationKind)eDynamicGet(ComplaintsPackage.COMPENSATION__KIND, ComplaintsPackage.Literals.COMPENSATION__KIND, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CompensationKind newKind) {
		eDynamicSet(ComplaintsPackage.COMPENSATION__KIND, ComplaintsPackage.Literals.COMPENSATION__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getPoints() {
		return (Long)eDynamicGet(ComplaintsPackage.COMPENSATION__POINTS, ComplaintsPackage.Literals.COMPENSATION__POINTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(Long newPoints) {
		eDynamicSet(ComplaintsPackage.COMPENSATION__POINTS, ComplaintsPackage.Literals.COMPENSATION__POINTS, newPoints);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount() {
		return (BigDecimal)eDynamicGet(ComplaintsPackage.COMPENSATION__AMOUNT, ComplaintsPackage.Literals.COMPENSATION__AMOUNT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount) {
		eDynamicSet(ComplaintsPackage.COMPENSATION__AMOUNT, ComplaintsPackage.Literals.COMPENSATION__AMOUNT, newAmount);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return (String)eDynamicGet(ComplaintsPackage.COMPENSATION__DESCRIPTION, ComplaintsPackage.Literals.COMPENSATION__DESCRIPTION, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		eDynamicSet(ComplaintsPackage.COMPENSATION__DESCRIPTION, ComplaintsPackage.Literals.COMPENSATION__DESCRIPTION, newDescription);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAt() {
		return (Instant)eDynamicGet(ComplaintsPackage.COMPENSATION__AT, ComplaintsPackage.Literals.COMPENSATION__AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		eDynamicSet(ComplaintsPackage.COMPENSATION__AT, ComplaintsPackage.Literals.COMPENSATION__AT, newAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGrantedBy() {
		return (String)eDynamicGet(ComplaintsPackage.COMPENSATION__GRANTED_BY, ComplaintsPackage.Literals.COMPENSATION__GRANTED_BY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrantedBy(String newGrantedBy) {
		eDynamicSet(ComplaintsPackage.COMPENSATION__GRANTED_BY, ComplaintsPackage.Literals.COMPENSATION__GRANTED_BY, newGrantedBy);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOfferCode() {
		return (String)eDynamicGet(ComplaintsPackage.COMPENSATION__OFFER_CODE, ComplaintsPackage.Literals.COMPENSATION__OFFER_CODE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOfferCode(String newOfferCode) {
		eDynamicSet(ComplaintsPackage.COMPENSATION__OFFER_CODE, ComplaintsPackage.Literals.COMPENSATION__OFFER_CODE, newOfferCode);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ComplaintsPackage.COMPENSATION__KIND:
				return getKind();
			case ComplaintsPackage.COMPENSATION__POINTS:
				return getPoints();
			case ComplaintsPackage.COMPENSATION__AMOUNT:
				return getAmount();
			case ComplaintsPackage.COMPENSATION__DESCRIPTION:
				return getDescription();
			case ComplaintsPackage.COMPENSATION__AT:
				return getAt();
			case ComplaintsPackage.COMPENSATION__GRANTED_BY:
				return getGrantedBy();
			case ComplaintsPackage.COMPENSATION__OFFER_CODE:
				return getOfferCode();
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
			case ComplaintsPackage.COMPENSATION__KIND:
				setKind((CompensationKind)newValue);
				return;
			case ComplaintsPackage.COMPENSATION__POINTS:
				setPoints((Long)newValue);
				return;
			case ComplaintsPackage.COMPENSATION__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case ComplaintsPackage.COMPENSATION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ComplaintsPackage.COMPENSATION__AT:
				setAt((Instant)newValue);
				return;
			case ComplaintsPackage.COMPENSATION__GRANTED_BY:
				setGrantedBy((String)newValue);
				return;
			case ComplaintsPackage.COMPENSATION__OFFER_CODE:
				setOfferCode((String)newValue);
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
			case ComplaintsPackage.COMPENSATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ComplaintsPackage.COMPENSATION__POINTS:
				setPoints(POINTS_EDEFAULT);
				return;
			case ComplaintsPackage.COMPENSATION__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case ComplaintsPackage.COMPENSATION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ComplaintsPackage.COMPENSATION__AT:
				setAt(AT_EDEFAULT);
				return;
			case ComplaintsPackage.COMPENSATION__GRANTED_BY:
				setGrantedBy(GRANTED_BY_EDEFAULT);
				return;
			case ComplaintsPackage.COMPENSATION__OFFER_CODE:
				setOfferCode(OFFER_CODE_EDEFAULT);
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
			case ComplaintsPackage.COMPENSATION__KIND:
				return getKind() != KIND_EDEFAULT;
			case ComplaintsPackage.COMPENSATION__POINTS:
				return POINTS_EDEFAULT == null ? getPoints() != null : !POINTS_EDEFAULT.equals(getPoints());
			case ComplaintsPackage.COMPENSATION__AMOUNT:
				return AMOUNT_EDEFAULT == null ? getAmount() != null : !AMOUNT_EDEFAULT.equals(getAmount());
			case ComplaintsPackage.COMPENSATION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? getDescription() != null : !DESCRIPTION_EDEFAULT.equals(getDescription());
			case ComplaintsPackage.COMPENSATION__AT:
				return AT_EDEFAULT == null ? getAt() != null : !AT_EDEFAULT.equals(getAt());
			case ComplaintsPackage.COMPENSATION__GRANTED_BY:
				return GRANTED_BY_EDEFAULT == null ? getGrantedBy() != null : !GRANTED_BY_EDEFAULT.equals(getGrantedBy());
			case ComplaintsPackage.COMPENSATION__OFFER_CODE:
				return OFFER_CODE_EDEFAULT == null ? getOfferCode() != null : !OFFER_CODE_EDEFAULT.equals(getOfferCode());
		}
		return super.eIsSet(featureID);
	}

} //CompensationImpl
