/**
 */
package org.rapport.complaints.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EClass;

import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.model.CompensationOffer;
import org.rapport.complaints.model.ComplaintsPackage;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Compensation Offer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.CompensationOfferImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CompensationOfferImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CompensationOfferImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CompensationOfferImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CompensationOfferImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.CompensationOfferImpl#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompensationOfferImpl extends PersistentObject implements CompensationOffer {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

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
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompensationOfferImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.COMPENSATION_OFFER;
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
	public String getCode() {
		return (String)eDynamicGet(ComplaintsPackage.COMPENSATION_OFFER__CODE, ComplaintsPackage.Literals.COMPENSATION_OFFER__CODE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		eDynamicSet(ComplaintsPackage.COMPENSATION_OFFER__CODE, ComplaintsPackage.Literals.COMPENSATION_OFFER__CODE, newCode);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return (String)eDynamicGet(ComplaintsPackage.COMPENSATION_OFFER__NAME, ComplaintsPackage.Literals.COMPENSATION_OFFER__NAME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eDynamicSet(ComplaintsPackage.COMPENSATION_OFFER__NAME, ComplaintsPackage.Literals.COMPENSATION_OFFER__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompensationKind getKind() {
		return (CompensationKind)eDynamicGet(ComplaintsPackage.COMPENSATION_OFFER__KIND, ComplaintsPackage.Literals.COMPENSATION_OFFER__KIND, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CompensationKind newKind) {
		eDynamicSet(ComplaintsPackage.COMPENSATION_OFFER__KIND, ComplaintsPackage.Literals.COMPENSATION_OFFER__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getPoints() {
		return (Long)eDynamicGet(ComplaintsPackage.COMPENSATION_OFFER__POINTS, ComplaintsPackage.Literals.COMPENSATION_OFFER__POINTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(Long newPoints) {
		eDynamicSet(ComplaintsPackage.COMPENSATION_OFFER__POINTS, ComplaintsPackage.Literals.COMPENSATION_OFFER__POINTS, newPoints);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount() {
		return (BigDecimal)eDynamicGet(ComplaintsPackage.COMPENSATION_OFFER__AMOUNT, ComplaintsPackage.Literals.COMPENSATION_OFFER__AMOUNT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount) {
		eDynamicSet(ComplaintsPackage.COMPENSATION_OFFER__AMOUNT, ComplaintsPackage.Literals.COMPENSATION_OFFER__AMOUNT, newAmount);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return (Boolean)eDynamicGet(ComplaintsPackage.COMPENSATION_OFFER__ACTIVE, ComplaintsPackage.Literals.COMPENSATION_OFFER__ACTIVE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		eDynamicSet(ComplaintsPackage.COMPENSATION_OFFER__ACTIVE, ComplaintsPackage.Literals.COMPENSATION_OFFER__ACTIVE, newActive);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ComplaintsPackage.COMPENSATION_OFFER__CODE:
				return getCode();
			case ComplaintsPackage.COMPENSATION_OFFER__NAME:
				return getName();
			case ComplaintsPackage.COMPENSATION_OFFER__KIND:
				return getKind();
			case ComplaintsPackage.COMPENSATION_OFFER__POINTS:
				return getPoints();
			case ComplaintsPackage.COMPENSATION_OFFER__AMOUNT:
				return getAmount();
			case ComplaintsPackage.COMPENSATION_OFFER__ACTIVE:
				return isActive();
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
			case ComplaintsPackage.COMPENSATION_OFFER__CODE:
				setCode((String)newValue);
				return;
			case ComplaintsPackage.COMPENSATION_OFFER__NAME:
				setName((String)newValue);
				return;
			case ComplaintsPackage.COMPENSATION_OFFER__KIND:
				setKind((CompensationKind)newValue);
				return;
			case ComplaintsPackage.COMPENSATION_OFFER__POINTS:
				setPoints((Long)newValue);
				return;
			case ComplaintsPackage.COMPENSATION_OFFER__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case ComplaintsPackage.COMPENSATION_OFFER__ACTIVE:
				setActive((Boolean)newValue);
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
			case ComplaintsPackage.COMPENSATION_OFFER__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ComplaintsPackage.COMPENSATION_OFFER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ComplaintsPackage.COMPENSATION_OFFER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ComplaintsPackage.COMPENSATION_OFFER__POINTS:
				setPoints(POINTS_EDEFAULT);
				return;
			case ComplaintsPackage.COMPENSATION_OFFER__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case ComplaintsPackage.COMPENSATION_OFFER__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
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
			case ComplaintsPackage.COMPENSATION_OFFER__CODE:
				return CODE_EDEFAULT == null ? getCode() != null : !CODE_EDEFAULT.equals(getCode());
			case ComplaintsPackage.COMPENSATION_OFFER__NAME:
				return NAME_EDEFAULT == null ? getName() != null : !NAME_EDEFAULT.equals(getName());
			case ComplaintsPackage.COMPENSATION_OFFER__KIND:
				return getKind() != KIND_EDEFAULT;
			case ComplaintsPackage.COMPENSATION_OFFER__POINTS:
				return POINTS_EDEFAULT == null ? getPoints() != null : !POINTS_EDEFAULT.equals(getPoints());
			case ComplaintsPackage.COMPENSATION_OFFER__AMOUNT:
				return AMOUNT_EDEFAULT == null ? getAmount() != null : !AMOUNT_EDEFAULT.equals(getAmount());
			case ComplaintsPackage.COMPENSATION_OFFER__ACTIVE:
				return isActive() != ACTIVE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //CompensationOfferImpl
