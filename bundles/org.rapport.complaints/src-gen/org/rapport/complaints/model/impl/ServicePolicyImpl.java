/**
 */
package org.rapport.complaints.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.complaints.model.ServiceCalendar;
import org.rapport.complaints.model.ServicePolicy;
import org.rapport.complaints.model.Severity;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.ServicePolicyImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ServicePolicyImpl#getTier <em>Tier</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ServicePolicyImpl#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ServicePolicyImpl#getAcknowledgeMinutes <em>Acknowledge Minutes</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ServicePolicyImpl#getSolutionMinutes <em>Solution Minutes</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ServicePolicyImpl#getResolveMinutes <em>Resolve Minutes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServicePolicyImpl extends PersistentObject implements ServicePolicy {
	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.URGENT;

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
	 * The default value of the '{@link #getAcknowledgeMinutes() <em>Acknowledge Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgeMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int ACKNOWLEDGE_MINUTES_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getSolutionMinutes() <em>Solution Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolutionMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SOLUTION_MINUTES_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getResolveMinutes() <em>Resolve Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolveMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int RESOLVE_MINUTES_EDEFAULT = 0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServicePolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.SERVICE_POLICY;
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
	public Severity getSeverity() {
		return (Severity)eDynamicGet(ComplaintsPackage.SERVICE_POLICY__SEVERITY, ComplaintsPackage.Literals.SERVICE_POLICY__SEVERITY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		eDynamicSet(ComplaintsPackage.SERVICE_POLICY__SEVERITY, ComplaintsPackage.Literals.SERVICE_POLICY__SEVERITY, newSeverity);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTier() {
		return (String)eDynamicGet(ComplaintsPackage.SERVICE_POLICY__TIER, ComplaintsPackage.Literals.SERVICE_POLICY__TIER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTier(String newTier) {
		eDynamicSet(ComplaintsPackage.SERVICE_POLICY__TIER, ComplaintsPackage.Literals.SERVICE_POLICY__TIER, newTier);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCalendar getCalendar() {
		return (ServiceCalendar)eDynamicGet(ComplaintsPackage.SERVICE_POLICY__CALENDAR, ComplaintsPackage.Literals.SERVICE_POLICY__CALENDAR, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceCalendar basicGetCalendar() {
		return (ServiceCalendar)eDynamicGet(ComplaintsPackage.SERVICE_POLICY__CALENDAR, ComplaintsPackage.Literals.SERVICE_POLICY__CALENDAR, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalendar(ServiceCalendar newCalendar) {
		eDynamicSet(ComplaintsPackage.SERVICE_POLICY__CALENDAR, ComplaintsPackage.Literals.SERVICE_POLICY__CALENDAR, newCalendar);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAcknowledgeMinutes() {
		return (Integer)eDynamicGet(ComplaintsPackage.SERVICE_POLICY__ACKNOWLEDGE_MINUTES, ComplaintsPackage.Literals.SERVICE_POLICY__ACKNOWLEDGE_MINUTES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgeMinutes(int newAcknowledgeMinutes) {
		eDynamicSet(ComplaintsPackage.SERVICE_POLICY__ACKNOWLEDGE_MINUTES, ComplaintsPackage.Literals.SERVICE_POLICY__ACKNOWLEDGE_MINUTES, newAcknowledgeMinutes);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSolutionMinutes() {
		return (Integer)eDynamicGet(ComplaintsPackage.SERVICE_POLICY__SOLUTION_MINUTES, ComplaintsPackage.Literals.SERVICE_POLICY__SOLUTION_MINUTES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolutionMinutes(Integer newSolutionMinutes) {
		eDynamicSet(ComplaintsPackage.SERVICE_POLICY__SOLUTION_MINUTES, ComplaintsPackage.Literals.SERVICE_POLICY__SOLUTION_MINUTES, newSolutionMinutes);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResolveMinutes() {
		return (Integer)eDynamicGet(ComplaintsPackage.SERVICE_POLICY__RESOLVE_MINUTES, ComplaintsPackage.Literals.SERVICE_POLICY__RESOLVE_MINUTES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolveMinutes(int newResolveMinutes) {
		eDynamicSet(ComplaintsPackage.SERVICE_POLICY__RESOLVE_MINUTES, ComplaintsPackage.Literals.SERVICE_POLICY__RESOLVE_MINUTES, newResolveMinutes);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ComplaintsPackage.SERVICE_POLICY__SEVERITY:
				return getSeverity();
			case ComplaintsPackage.SERVICE_POLICY__TIER:
				return getTier();
			case ComplaintsPackage.SERVICE_POLICY__CALENDAR:
				if (resolve) return getCalendar();
				return basicGetCalendar();
			case ComplaintsPackage.SERVICE_POLICY__ACKNOWLEDGE_MINUTES:
				return getAcknowledgeMinutes();
			case ComplaintsPackage.SERVICE_POLICY__SOLUTION_MINUTES:
				return getSolutionMinutes();
			case ComplaintsPackage.SERVICE_POLICY__RESOLVE_MINUTES:
				return getResolveMinutes();
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
			case ComplaintsPackage.SERVICE_POLICY__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case ComplaintsPackage.SERVICE_POLICY__TIER:
				setTier((String)newValue);
				return;
			case ComplaintsPackage.SERVICE_POLICY__CALENDAR:
				setCalendar((ServiceCalendar)newValue);
				return;
			case ComplaintsPackage.SERVICE_POLICY__ACKNOWLEDGE_MINUTES:
				setAcknowledgeMinutes((Integer)newValue);
				return;
			case ComplaintsPackage.SERVICE_POLICY__SOLUTION_MINUTES:
				setSolutionMinutes((Integer)newValue);
				return;
			case ComplaintsPackage.SERVICE_POLICY__RESOLVE_MINUTES:
				setResolveMinutes((Integer)newValue);
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
			case ComplaintsPackage.SERVICE_POLICY__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case ComplaintsPackage.SERVICE_POLICY__TIER:
				setTier(TIER_EDEFAULT);
				return;
			case ComplaintsPackage.SERVICE_POLICY__CALENDAR:
				setCalendar((ServiceCalendar)null);
				return;
			case ComplaintsPackage.SERVICE_POLICY__ACKNOWLEDGE_MINUTES:
				setAcknowledgeMinutes(ACKNOWLEDGE_MINUTES_EDEFAULT);
				return;
			case ComplaintsPackage.SERVICE_POLICY__SOLUTION_MINUTES:
				setSolutionMinutes(SOLUTION_MINUTES_EDEFAULT);
				return;
			case ComplaintsPackage.SERVICE_POLICY__RESOLVE_MINUTES:
				setResolveMinutes(RESOLVE_MINUTES_EDEFAULT);
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
			case ComplaintsPackage.SERVICE_POLICY__SEVERITY:
				return getSeverity() != SEVERITY_EDEFAULT;
			case ComplaintsPackage.SERVICE_POLICY__TIER:
				return TIER_EDEFAULT == null ? getTier() != null : !TIER_EDEFAULT.equals(getTier());
			case ComplaintsPackage.SERVICE_POLICY__CALENDAR:
				return basicGetCalendar() != null;
			case ComplaintsPackage.SERVICE_POLICY__ACKNOWLEDGE_MINUTES:
				return getAcknowledgeMinutes() != ACKNOWLEDGE_MINUTES_EDEFAULT;
			case ComplaintsPackage.SERVICE_POLICY__SOLUTION_MINUTES:
				return SOLUTION_MINUTES_EDEFAULT == null ? getSolutionMinutes() != null : !SOLUTION_MINUTES_EDEFAULT.equals(getSolutionMinutes());
			case ComplaintsPackage.SERVICE_POLICY__RESOLVE_MINUTES:
				return getResolveMinutes() != RESOLVE_MINUTES_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //ServicePolicyImpl
