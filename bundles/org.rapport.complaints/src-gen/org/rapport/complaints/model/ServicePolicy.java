/**
 */
package org.rapport.complaints.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The service levels for a severity, for one customer tier or for all (tier empty): how much business time to acknowledge, to give a first solution and to resolve, on which calendar.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.ServicePolicy#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ServicePolicy#getTier <em>Tier</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ServicePolicy#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ServicePolicy#getAcknowledgeMinutes <em>Acknowledge Minutes</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ServicePolicy#getSolutionMinutes <em>Solution Minutes</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ServicePolicy#getResolveMinutes <em>Resolve Minutes</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getServicePolicy()
 * @model annotation="http://rapport.org/security area='servicelevels'"
 * @generated
 */
public interface ServicePolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.complaints.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The severity the policy is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.rapport.complaints.model.Severity
	 * @see #setSeverity(Severity)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getServicePolicy_Severity()
	 * @model required="true"
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ServicePolicy#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.rapport.complaints.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer tier (loyalty tier name) it is for; empty for every tier without a policy of its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tier</em>' attribute.
	 * @see #setTier(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getServicePolicy_Tier()
	 * @model annotation="http://rapport.org/persistence length='32'"
	 * @generated
	 */
	String getTier();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ServicePolicy#getTier <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tier</em>' attribute.
	 * @see #getTier()
	 * @generated
	 */
	void setTier(String value);

	/**
	 * Returns the value of the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The calendar the clocks run on; none is the shipped 24x7.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendar</em>' reference.
	 * @see #setCalendar(ServiceCalendar)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getServicePolicy_Calendar()
	 * @model
	 * @generated
	 */
	ServiceCalendar getCalendar();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ServicePolicy#getCalendar <em>Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calendar</em>' reference.
	 * @see #getCalendar()
	 * @generated
	 */
	void setCalendar(ServiceCalendar value);

	/**
	 * Returns the value of the '<em><b>Acknowledge Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business minutes to acknowledge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acknowledge Minutes</em>' attribute.
	 * @see #setAcknowledgeMinutes(int)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getServicePolicy_AcknowledgeMinutes()
	 * @model required="true"
	 * @generated
	 */
	int getAcknowledgeMinutes();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ServicePolicy#getAcknowledgeMinutes <em>Acknowledge Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledge Minutes</em>' attribute.
	 * @see #getAcknowledgeMinutes()
	 * @generated
	 */
	void setAcknowledgeMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Solution Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business minutes to a first solution; none: no such clock.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solution Minutes</em>' attribute.
	 * @see #setSolutionMinutes(Integer)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getServicePolicy_SolutionMinutes()
	 * @model
	 * @generated
	 */
	Integer getSolutionMinutes();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ServicePolicy#getSolutionMinutes <em>Solution Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solution Minutes</em>' attribute.
	 * @see #getSolutionMinutes()
	 * @generated
	 */
	void setSolutionMinutes(Integer value);

	/**
	 * Returns the value of the '<em><b>Resolve Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business minutes to resolve.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolve Minutes</em>' attribute.
	 * @see #setResolveMinutes(int)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getServicePolicy_ResolveMinutes()
	 * @model required="true"
	 * @generated
	 */
	int getResolveMinutes();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ServicePolicy#getResolveMinutes <em>Resolve Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolve Minutes</em>' attribute.
	 * @see #getResolveMinutes()
	 * @generated
	 */
	void setResolveMinutes(int value);

} // ServicePolicy
