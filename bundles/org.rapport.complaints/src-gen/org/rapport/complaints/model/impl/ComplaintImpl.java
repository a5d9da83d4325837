/**
 */
package org.rapport.complaints.model.impl;

import java.time.Instant;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.InternalEList;

import org.rapport.complaints.model.ArticleLink;
import org.rapport.complaints.model.Category;
import org.rapport.complaints.model.ClockPause;
import org.rapport.complaints.model.Compensation;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintEvent;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.complaints.model.Severity;

import org.rapport.customers.model.Customer;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Complaint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getEscalationLevel <em>Escalation Level</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getOpenedAt <em>Opened At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getCalendarName <em>Calendar Name</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getAcknowledgeMinutes <em>Acknowledge Minutes</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getSolutionMinutes <em>Solution Minutes</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getResolveMinutes <em>Resolve Minutes</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getAcknowledgeDue <em>Acknowledge Due</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getSolutionDue <em>Solution Due</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getResolveDue <em>Resolve Due</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getEscalationDue <em>Escalation Due</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getAcknowledgedAt <em>Acknowledged At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getSolvedAt <em>Solved At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getResolvedAt <em>Resolved At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getFollowUpDue <em>Follow Up Due</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getCsat <em>Csat</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getRepeatContacts <em>Repeat Contacts</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getPauses <em>Pauses</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getEvents <em>Events</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getCompensations <em>Compensations</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getSolutions <em>Solutions</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintImpl#getRecommendScore <em>Recommend Score</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComplaintImpl extends PersistentObject implements Complaint {
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
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANNEL_EDEFAULT = null;

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
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ComplaintStatus STATUS_EDEFAULT = ComplaintStatus.NEW;

	/**
	 * The default value of the '{@link #getAssignee() <em>Assignee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignee()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSIGNEE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getEscalationLevel() <em>Escalation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalationLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int ESCALATION_LEVEL_EDEFAULT = 1;

	/**
	 * The default value of the '{@link #getOpenedAt() <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant OPENED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getCalendarName() <em>Calendar Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalendarName()
	 * @generated
	 * @ordered
	 */
	protected static final String CALENDAR_NAME_EDEFAULT = null;

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
	 * The default value of the '{@link #getAcknowledgeDue() <em>Acknowledge Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgeDue()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ACKNOWLEDGE_DUE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getSolutionDue() <em>Solution Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolutionDue()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SOLUTION_DUE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getResolveDue() <em>Resolve Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolveDue()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RESOLVE_DUE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getEscalationDue() <em>Escalation Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalationDue()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ESCALATION_DUE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getAcknowledgedAt() <em>Acknowledged At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ACKNOWLEDGED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getSolvedAt() <em>Solved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolvedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SOLVED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getResolvedAt() <em>Resolved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolvedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RESOLVED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getFollowUpDue() <em>Follow Up Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpDue()
	 * @generated
	 * @ordered
	 */
	protected static final Instant FOLLOW_UP_DUE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CLOSED_AT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOLUTION_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getCsat() <em>Csat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCsat()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CSAT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getRepeatContacts() <em>Repeat Contacts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeatContacts()
	 * @generated
	 * @ordered
	 */
	protected static final int REPEAT_CONTACTS_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getRecommendScore() <em>Recommend Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendScore()
	 * @generated
	 * @ordered
	 */
	protected static final Integer RECOMMEND_SCORE_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComplaintImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.COMPLAINT;
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
		return (String)eDynamicGet(ComplaintsPackage.COMPLAINT__REFERENCE, ComplaintsPackage.Literals.COMPLAINT__REFERENCE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__REFERENCE, ComplaintsPackage.Literals.COMPLAINT__REFERENCE, newReference);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer getCustomer() {
		return (Customer)eDynamicGet(ComplaintsPackage.COMPLAINT__CUSTOMER, ComplaintsPackage.Literals.COMPLAINT__CUSTOMER, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Customer basicGetCustomer() {
		return (Customer)eDynamicGet(ComplaintsPackage.COMPLAINT__CUSTOMER, ComplaintsPackage.Literals.COMPLAINT__CUSTOMER, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(Customer newCustomer) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__CUSTOMER, ComplaintsPackage.Literals.COMPLAINT__CUSTOMER, newCustomer);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChannel() {
		return (String)eDynamicGet(ComplaintsPackage.COMPLAINT__CHANNEL, ComplaintsPackage.Literals.COMPLAINT__CHANNEL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(String newChannel) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__CHANNEL, ComplaintsPackage.Literals.COMPLAINT__CHANNEL, newChannel);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Category getCategory() {
		return (Category)eDynamicGet(ComplaintsPackage.COMPLAINT__CATEGORY, ComplaintsPackage.Literals.COMPLAINT__CATEGORY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Category basicGetCategory() {
		return (Category)eDynamicGet(ComplaintsPackage.COMPLAINT__CATEGORY, ComplaintsPackage.Literals.COMPLAINT__CATEGORY, false, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(Category newCategory) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__CATEGORY, ComplaintsPackage.Literals.COMPLAINT__CATEGORY, newCategory);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return (Severity)eDynamicGet(ComplaintsPackage.COMPLAINT__SEVERITY, ComplaintsPackage.Literals.COMPLAINT__SEVERITY, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__SEVERITY, ComplaintsPackage.Literals.COMPLAINT__SEVERITY, newSeverity);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return (String)eDynamicGet(ComplaintsPackage.COMPLAINT__SUBJECT, ComplaintsPackage.Literals.COMPLAINT__SUBJECT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__SUBJECT, ComplaintsPackage.Literals.COMPLAINT__SUBJECT, newSubject);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return (String)eDynamicGet(ComplaintsPackage.COMPLAINT__DESCRIPTION, ComplaintsPackage.Literals.COMPLAINT__DESCRIPTION, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__DESCRIPTION, ComplaintsPackage.Literals.COMPLAINT__DESCRIPTION, newDescription);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplaintStatus getStatus() {
		return (ComplaintStatus)eDynamicGet(ComplaintsPackage.COMPLAINT__STATUS, ComplaintsPackage.Literals.COMPLAINT__STATUS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ComplaintStatus newStatus) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__STATUS, ComplaintsPackage.Literals.COMPLAINT__STATUS, newStatus);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssignee() {
		return (String)eDynamicGet(ComplaintsPackage.COMPLAINT__ASSIGNEE, ComplaintsPackage.Literals.COMPLAINT__ASSIGNEE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignee(String newAssignee) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__ASSIGNEE, ComplaintsPackage.Literals.COMPLAINT__ASSIGNEE, newAssignee);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEscalationLevel() {
		return (Integer)eDynamicGet(ComplaintsPackage.COMPLAINT__ESCALATION_LEVEL, ComplaintsPackage.Literals.COMPLAINT__ESCALATION_LEVEL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEscalationLevel(int newEscalationLevel) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__ESCALATION_LEVEL, ComplaintsPackage.Literals.COMPLAINT__ESCALATION_LEVEL, newEscalationLevel);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getOpenedAt() {
		return (Instant)eDynamicGet(ComplaintsPackage.COMPLAINT__OPENED_AT, ComplaintsPackage.Literals.COMPLAINT__OPENED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenedAt(Instant newOpenedAt) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__OPENED_AT, ComplaintsPackage.Literals.COMPLAINT__OPENED_AT, newOpenedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCalendarName() {
		return (String)eDynamicGet(ComplaintsPackage.COMPLAINT__CALENDAR_NAME, ComplaintsPackage.Literals.COMPLAINT__CALENDAR_NAME, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalendarName(String newCalendarName) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__CALENDAR_NAME, ComplaintsPackage.Literals.COMPLAINT__CALENDAR_NAME, newCalendarName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAcknowledgeMinutes() {
		return (Integer)eDynamicGet(ComplaintsPackage.COMPLAINT__ACKNOWLEDGE_MINUTES, ComplaintsPackage.Literals.COMPLAINT__ACKNOWLEDGE_MINUTES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgeMinutes(int newAcknowledgeMinutes) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__ACKNOWLEDGE_MINUTES, ComplaintsPackage.Literals.COMPLAINT__ACKNOWLEDGE_MINUTES, newAcknowledgeMinutes);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSolutionMinutes() {
		return (Integer)eDynamicGet(ComplaintsPackage.COMPLAINT__SOLUTION_MINUTES, ComplaintsPackage.Literals.COMPLAINT__SOLUTION_MINUTES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolutionMinutes(Integer newSolutionMinutes) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__SOLUTION_MINUTES, ComplaintsPackage.Literals.COMPLAINT__SOLUTION_MINUTES, newSolutionMinutes);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResolveMinutes() {
		return (Integer)eDynamicGet(ComplaintsPackage.COMPLAINT__RESOLVE_MINUTES, ComplaintsPackage.Literals.COMPLAINT__RESOLVE_MINUTES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolveMinutes(int newResolveMinutes) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__RESOLVE_MINUTES, ComplaintsPackage.Literals.COMPLAINT__RESOLVE_MINUTES, newResolveMinutes);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAcknowledgeDue() {
		return (Instant)eDynamicGet(ComplaintsPackage.COMPLAINT__ACKNOWLEDGE_DUE, ComplaintsPackage.Literals.COMPLAINT__ACKNOWLEDGE_DUE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgeDue(Instant newAcknowledgeDue) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__ACKNOWLEDGE_DUE, ComplaintsPackage.Literals.COMPLAINT__ACKNOWLEDGE_DUE, newAcknowledgeDue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSolutionDue() {
		return (Instant)eDynamicGet(ComplaintsPackage.COMPLAINT__SOLUTION_DUE, ComplaintsPackage.Literals.COMPLAINT__SOLUTION_DUE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolutionDue(Instant newSolutionDue) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__SOLUTION_DUE, ComplaintsPackage.Literals.COMPLAINT__SOLUTION_DUE, newSolutionDue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getResolveDue() {
		return (Instant)eDynamicGet(ComplaintsPackage.COMPLAINT__RESOLVE_DUE, ComplaintsPackage.Literals.COMPLAINT__RESOLVE_DUE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolveDue(Instant newResolveDue) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__RESOLVE_DUE, ComplaintsPackage.Literals.COMPLAINT__RESOLVE_DUE, newResolveDue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getEscalationDue() {
		return (Instant)eDynamicGet(ComplaintsPackage.COMPLAINT__ESCALATION_DUE, ComplaintsPackage.Literals.COMPLAINT__ESCALATION_DUE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEscalationDue(Instant newEscalationDue) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__ESCALATION_DUE, ComplaintsPackage.Literals.COMPLAINT__ESCALATION_DUE, newEscalationDue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAcknowledgedAt() {
		return (Instant)eDynamicGet(ComplaintsPackage.COMPLAINT__ACKNOWLEDGED_AT, ComplaintsPackage.Literals.COMPLAINT__ACKNOWLEDGED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgedAt(Instant newAcknowledgedAt) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__ACKNOWLEDGED_AT, ComplaintsPackage.Literals.COMPLAINT__ACKNOWLEDGED_AT, newAcknowledgedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSolvedAt() {
		return (Instant)eDynamicGet(ComplaintsPackage.COMPLAINT__SOLVED_AT, ComplaintsPackage.Literals.COMPLAINT__SOLVED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolvedAt(Instant newSolvedAt) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__SOLVED_AT, ComplaintsPackage.Literals.COMPLAINT__SOLVED_AT, newSolvedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getResolvedAt() {
		return (Instant)eDynamicGet(ComplaintsPackage.COMPLAINT__RESOLVED_AT, ComplaintsPackage.Literals.COMPLAINT__RESOLVED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolvedAt(Instant newResolvedAt) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__RESOLVED_AT, ComplaintsPackage.Literals.COMPLAINT__RESOLVED_AT, newResolvedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getFollowUpDue() {
		return (Instant)eDynamicGet(ComplaintsPackage.COMPLAINT__FOLLOW_UP_DUE, ComplaintsPackage.Literals.COMPLAINT__FOLLOW_UP_DUE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUpDue(Instant newFollowUpDue) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__FOLLOW_UP_DUE, ComplaintsPackage.Literals.COMPLAINT__FOLLOW_UP_DUE, newFollowUpDue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getClosedAt() {
		return (Instant)eDynamicGet(ComplaintsPackage.COMPLAINT__CLOSED_AT, ComplaintsPackage.Literals.COMPLAINT__CLOSED_AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedAt(Instant newClosedAt) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__CLOSED_AT, ComplaintsPackage.Literals.COMPLAINT__CLOSED_AT, newClosedAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResolution() {
		return (String)eDynamicGet(ComplaintsPackage.COMPLAINT__RESOLUTION, ComplaintsPackage.Literals.COMPLAINT__RESOLUTION, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolution(String newResolution) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__RESOLUTION, ComplaintsPackage.Literals.COMPLAINT__RESOLUTION, newResolution);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCsat() {
		return (Integer)eDynamicGet(ComplaintsPackage.COMPLAINT__CSAT, ComplaintsPackage.Literals.COMPLAINT__CSAT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCsat(Integer newCsat) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__CSAT, ComplaintsPackage.Literals.COMPLAINT__CSAT, newCsat);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRepeatContacts() {
		return (Integer)eDynamicGet(ComplaintsPackage.COMPLAINT__REPEAT_CONTACTS, ComplaintsPackage.Literals.COMPLAINT__REPEAT_CONTACTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepeatContacts(int newRepeatContacts) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__REPEAT_CONTACTS, ComplaintsPackage.Literals.COMPLAINT__REPEAT_CONTACTS, newRepeatContacts);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<ClockPause> getPauses() {
		return (List<ClockPause>)eDynamicGet(ComplaintsPackage.COMPLAINT__PAUSES, ComplaintsPackage.Literals.COMPLAINT__PAUSES, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<ComplaintEvent> getEvents() {
		return (List<ComplaintEvent>)eDynamicGet(ComplaintsPackage.COMPLAINT__EVENTS, ComplaintsPackage.Literals.COMPLAINT__EVENTS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<Compensation> getCompensations() {
		return (List<Compensation>)eDynamicGet(ComplaintsPackage.COMPLAINT__COMPENSATIONS, ComplaintsPackage.Literals.COMPLAINT__COMPENSATIONS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public List<ArticleLink> getSolutions() {
		return (List<ArticleLink>)eDynamicGet(ComplaintsPackage.COMPLAINT__SOLUTIONS, ComplaintsPackage.Literals.COMPLAINT__SOLUTIONS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getRecommendScore() {
		return (Integer)eDynamicGet(ComplaintsPackage.COMPLAINT__RECOMMEND_SCORE, ComplaintsPackage.Literals.COMPLAINT__RECOMMEND_SCORE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecommendScore(Integer newRecommendScore) {
		eDynamicSet(ComplaintsPackage.COMPLAINT__RECOMMEND_SCORE, ComplaintsPackage.Literals.COMPLAINT__RECOMMEND_SCORE, newRecommendScore);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ComplaintsPackage.COMPLAINT__PAUSES:
				return ((InternalEList<?>)getPauses()).basicRemove(otherEnd, msgs);
			case ComplaintsPackage.COMPLAINT__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
			case ComplaintsPackage.COMPLAINT__COMPENSATIONS:
				return ((InternalEList<?>)getCompensations()).basicRemove(otherEnd, msgs);
			case ComplaintsPackage.COMPLAINT__SOLUTIONS:
				return ((InternalEList<?>)getSolutions()).basicRemove(otherEnd, msgs);
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
			case ComplaintsPackage.COMPLAINT__REFERENCE:
				return getReference();
			case ComplaintsPackage.COMPLAINT__CUSTOMER:
				if (resolve) return getCustomer();
				return basicGetCustomer();
			case ComplaintsPackage.COMPLAINT__CHANNEL:
				return getChannel();
			case ComplaintsPackage.COMPLAINT__CATEGORY:
				if (resolve) return getCategory();
				return basicGetCategory();
			case ComplaintsPackage.COMPLAINT__SEVERITY:
				return getSeverity();
			case ComplaintsPackage.COMPLAINT__SUBJECT:
				return getSubject();
			case ComplaintsPackage.COMPLAINT__DESCRIPTION:
				return getDescription();
			case ComplaintsPackage.COMPLAINT__STATUS:
				return getStatus();
			case ComplaintsPackage.COMPLAINT__ASSIGNEE:
				return getAssignee();
			case ComplaintsPackage.COMPLAINT__ESCALATION_LEVEL:
				return getEscalationLevel();
			case ComplaintsPackage.COMPLAINT__OPENED_AT:
				return getOpenedAt();
			case ComplaintsPackage.COMPLAINT__CALENDAR_NAME:
				return getCalendarName();
			case ComplaintsPackage.COMPLAINT__ACKNOWLEDGE_MINUTES:
				return getAcknowledgeMinutes();
			case ComplaintsPackage.COMPLAINT__SOLUTION_MINUTES:
				return getSolutionMinutes();
			case ComplaintsPackage.COMPLAINT__RESOLVE_MINUTES:
				return getResolveMinutes();
			case ComplaintsPackage.COMPLAINT__ACKNOWLEDGE_DUE:
				return getAcknowledgeDue();
			case ComplaintsPackage.COMPLAINT__SOLUTION_DUE:
				return getSolutionDue();
			case ComplaintsPackage.COMPLAINT__RESOLVE_DUE:
				return getResolveDue();
			case ComplaintsPackage.COMPLAINT__ESCALATION_DUE:
				return getEscalationDue();
			case ComplaintsPackage.COMPLAINT__ACKNOWLEDGED_AT:
				return getAcknowledgedAt();
			case ComplaintsPackage.COMPLAINT__SOLVED_AT:
				return getSolvedAt();
			case ComplaintsPackage.COMPLAINT__RESOLVED_AT:
				return getResolvedAt();
			case ComplaintsPackage.COMPLAINT__FOLLOW_UP_DUE:
				return getFollowUpDue();
			case ComplaintsPackage.COMPLAINT__CLOSED_AT:
				return getClosedAt();
			case ComplaintsPackage.COMPLAINT__RESOLUTION:
				return getResolution();
			case ComplaintsPackage.COMPLAINT__CSAT:
				return getCsat();
			case ComplaintsPackage.COMPLAINT__REPEAT_CONTACTS:
				return getRepeatContacts();
			case ComplaintsPackage.COMPLAINT__PAUSES:
				return getPauses();
			case ComplaintsPackage.COMPLAINT__EVENTS:
				return getEvents();
			case ComplaintsPackage.COMPLAINT__COMPENSATIONS:
				return getCompensations();
			case ComplaintsPackage.COMPLAINT__SOLUTIONS:
				return getSolutions();
			case ComplaintsPackage.COMPLAINT__RECOMMEND_SCORE:
				return getRecommendScore();
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
			case ComplaintsPackage.COMPLAINT__REFERENCE:
				setReference((String)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__CUSTOMER:
				setCustomer((Customer)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__CHANNEL:
				setChannel((String)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__CATEGORY:
				setCategory((Category)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__SUBJECT:
				setSubject((String)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__STATUS:
				setStatus((ComplaintStatus)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__ASSIGNEE:
				setAssignee((String)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__ESCALATION_LEVEL:
				setEscalationLevel((Integer)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__OPENED_AT:
				setOpenedAt((Instant)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__CALENDAR_NAME:
				setCalendarName((String)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__ACKNOWLEDGE_MINUTES:
				setAcknowledgeMinutes((Integer)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__SOLUTION_MINUTES:
				setSolutionMinutes((Integer)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__RESOLVE_MINUTES:
				setResolveMinutes((Integer)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__ACKNOWLEDGE_DUE:
				setAcknowledgeDue((Instant)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__SOLUTION_DUE:
				setSolutionDue((Instant)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__RESOLVE_DUE:
				setResolveDue((Instant)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__ESCALATION_DUE:
				setEscalationDue((Instant)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__ACKNOWLEDGED_AT:
				setAcknowledgedAt((Instant)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__SOLVED_AT:
				setSolvedAt((Instant)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__RESOLVED_AT:
				setResolvedAt((Instant)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__FOLLOW_UP_DUE:
				setFollowUpDue((Instant)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__CLOSED_AT:
				setClosedAt((Instant)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__RESOLUTION:
				setResolution((String)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__CSAT:
				setCsat((Integer)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__REPEAT_CONTACTS:
				setRepeatContacts((Integer)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__PAUSES:
				getPauses().clear();
				getPauses().addAll((Collection<? extends ClockPause>)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends ComplaintEvent>)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__COMPENSATIONS:
				getCompensations().clear();
				getCompensations().addAll((Collection<? extends Compensation>)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__SOLUTIONS:
				getSolutions().clear();
				getSolutions().addAll((Collection<? extends ArticleLink>)newValue);
				return;
			case ComplaintsPackage.COMPLAINT__RECOMMEND_SCORE:
				setRecommendScore((Integer)newValue);
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
			case ComplaintsPackage.COMPLAINT__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__CUSTOMER:
				setCustomer((Customer)null);
				return;
			case ComplaintsPackage.COMPLAINT__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__CATEGORY:
				setCategory((Category)null);
				return;
			case ComplaintsPackage.COMPLAINT__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__ASSIGNEE:
				setAssignee(ASSIGNEE_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__ESCALATION_LEVEL:
				setEscalationLevel(ESCALATION_LEVEL_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__OPENED_AT:
				setOpenedAt(OPENED_AT_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__CALENDAR_NAME:
				setCalendarName(CALENDAR_NAME_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__ACKNOWLEDGE_MINUTES:
				setAcknowledgeMinutes(ACKNOWLEDGE_MINUTES_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__SOLUTION_MINUTES:
				setSolutionMinutes(SOLUTION_MINUTES_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__RESOLVE_MINUTES:
				setResolveMinutes(RESOLVE_MINUTES_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__ACKNOWLEDGE_DUE:
				setAcknowledgeDue(ACKNOWLEDGE_DUE_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__SOLUTION_DUE:
				setSolutionDue(SOLUTION_DUE_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__RESOLVE_DUE:
				setResolveDue(RESOLVE_DUE_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__ESCALATION_DUE:
				setEscalationDue(ESCALATION_DUE_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__ACKNOWLEDGED_AT:
				setAcknowledgedAt(ACKNOWLEDGED_AT_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__SOLVED_AT:
				setSolvedAt(SOLVED_AT_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__RESOLVED_AT:
				setResolvedAt(RESOLVED_AT_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__FOLLOW_UP_DUE:
				setFollowUpDue(FOLLOW_UP_DUE_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__CLOSED_AT:
				setClosedAt(CLOSED_AT_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__RESOLUTION:
				setResolution(RESOLUTION_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__CSAT:
				setCsat(CSAT_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__REPEAT_CONTACTS:
				setRepeatContacts(REPEAT_CONTACTS_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT__PAUSES:
				getPauses().clear();
				return;
			case ComplaintsPackage.COMPLAINT__EVENTS:
				getEvents().clear();
				return;
			case ComplaintsPackage.COMPLAINT__COMPENSATIONS:
				getCompensations().clear();
				return;
			case ComplaintsPackage.COMPLAINT__SOLUTIONS:
				getSolutions().clear();
				return;
			case ComplaintsPackage.COMPLAINT__RECOMMEND_SCORE:
				setRecommendScore(RECOMMEND_SCORE_EDEFAULT);
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
			case ComplaintsPackage.COMPLAINT__REFERENCE:
				return REFERENCE_EDEFAULT == null ? getReference() != null : !REFERENCE_EDEFAULT.equals(getReference());
			case ComplaintsPackage.COMPLAINT__CUSTOMER:
				return basicGetCustomer() != null;
			case ComplaintsPackage.COMPLAINT__CHANNEL:
				return CHANNEL_EDEFAULT == null ? getChannel() != null : !CHANNEL_EDEFAULT.equals(getChannel());
			case ComplaintsPackage.COMPLAINT__CATEGORY:
				return basicGetCategory() != null;
			case ComplaintsPackage.COMPLAINT__SEVERITY:
				return getSeverity() != SEVERITY_EDEFAULT;
			case ComplaintsPackage.COMPLAINT__SUBJECT:
				return SUBJECT_EDEFAULT == null ? getSubject() != null : !SUBJECT_EDEFAULT.equals(getSubject());
			case ComplaintsPackage.COMPLAINT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? getDescription() != null : !DESCRIPTION_EDEFAULT.equals(getDescription());
			case ComplaintsPackage.COMPLAINT__STATUS:
				return getStatus() != STATUS_EDEFAULT;
			case ComplaintsPackage.COMPLAINT__ASSIGNEE:
				return ASSIGNEE_EDEFAULT == null ? getAssignee() != null : !ASSIGNEE_EDEFAULT.equals(getAssignee());
			case ComplaintsPackage.COMPLAINT__ESCALATION_LEVEL:
				return getEscalationLevel() != ESCALATION_LEVEL_EDEFAULT;
			case ComplaintsPackage.COMPLAINT__OPENED_AT:
				return OPENED_AT_EDEFAULT == null ? getOpenedAt() != null : !OPENED_AT_EDEFAULT.equals(getOpenedAt());
			case ComplaintsPackage.COMPLAINT__CALENDAR_NAME:
				return CALENDAR_NAME_EDEFAULT == null ? getCalendarName() != null : !CALENDAR_NAME_EDEFAULT.equals(getCalendarName());
			case ComplaintsPackage.COMPLAINT__ACKNOWLEDGE_MINUTES:
				return getAcknowledgeMinutes() != ACKNOWLEDGE_MINUTES_EDEFAULT;
			case ComplaintsPackage.COMPLAINT__SOLUTION_MINUTES:
				return SOLUTION_MINUTES_EDEFAULT == null ? getSolutionMinutes() != null : !SOLUTION_MINUTES_EDEFAULT.equals(getSolutionMinutes());
			case ComplaintsPackage.COMPLAINT__RESOLVE_MINUTES:
				return getResolveMinutes() != RESOLVE_MINUTES_EDEFAULT;
			case ComplaintsPackage.COMPLAINT__ACKNOWLEDGE_DUE:
				return ACKNOWLEDGE_DUE_EDEFAULT == null ? getAcknowledgeDue() != null : !ACKNOWLEDGE_DUE_EDEFAULT.equals(getAcknowledgeDue());
			case ComplaintsPackage.COMPLAINT__SOLUTION_DUE:
				return SOLUTION_DUE_EDEFAULT == null ? getSolutionDue() != null : !SOLUTION_DUE_EDEFAULT.equals(getSolutionDue());
			case ComplaintsPackage.COMPLAINT__RESOLVE_DUE:
				return RESOLVE_DUE_EDEFAULT == null ? getResolveDue() != null : !RESOLVE_DUE_EDEFAULT.equals(getResolveDue());
			case ComplaintsPackage.COMPLAINT__ESCALATION_DUE:
				return ESCALATION_DUE_EDEFAULT == null ? getEscalationDue() != null : !ESCALATION_DUE_EDEFAULT.equals(getEscalationDue());
			case ComplaintsPackage.COMPLAINT__ACKNOWLEDGED_AT:
				return ACKNOWLEDGED_AT_EDEFAULT == null ? getAcknowledgedAt() != null : !ACKNOWLEDGED_AT_EDEFAULT.equals(getAcknowledgedAt());
			case ComplaintsPackage.COMPLAINT__SOLVED_AT:
				return SOLVED_AT_EDEFAULT == null ? getSolvedAt() != null : !SOLVED_AT_EDEFAULT.equals(getSolvedAt());
			case ComplaintsPackage.COMPLAINT__RESOLVED_AT:
				return RESOLVED_AT_EDEFAULT == null ? getResolvedAt() != null : !RESOLVED_AT_EDEFAULT.equals(getResolvedAt());
			case ComplaintsPackage.COMPLAINT__FOLLOW_UP_DUE:
				return FOLLOW_UP_DUE_EDEFAULT == null ? getFollowUpDue() != null : !FOLLOW_UP_DUE_EDEFAULT.equals(getFollowUpDue());
			case ComplaintsPackage.COMPLAINT__CLOSED_AT:
				return CLOSED_AT_EDEFAULT == null ? getClosedAt() != null : !CLOSED_AT_EDEFAULT.equals(getClosedAt());
			case ComplaintsPackage.COMPLAINT__RESOLUTION:
				return RESOLUTION_EDEFAULT == null ? getResolution() != null : !RESOLUTION_EDEFAULT.equals(getResolution());
			case ComplaintsPackage.COMPLAINT__CSAT:
				return CSAT_EDEFAULT == null ? getCsat() != null : !CSAT_EDEFAULT.equals(getCsat());
			case ComplaintsPackage.COMPLAINT__REPEAT_CONTACTS:
				return getRepeatContacts() != REPEAT_CONTACTS_EDEFAULT;
			case ComplaintsPackage.COMPLAINT__PAUSES:
				return !getPauses().isEmpty();
			case ComplaintsPackage.COMPLAINT__EVENTS:
				return !getEvents().isEmpty();
			case ComplaintsPackage.COMPLAINT__COMPENSATIONS:
				return !getCompensations().isEmpty();
			case ComplaintsPackage.COMPLAINT__SOLUTIONS:
				return !getSolutions().isEmpty();
			case ComplaintsPackage.COMPLAINT__RECOMMEND_SCORE:
				return RECOMMEND_SCORE_EDEFAULT == null ? getRecommendScore() != null : !RECOMMEND_SCORE_EDEFAULT.equals(getRecommendScore());
		}
		return super.eIsSet(featureID);
	}

} //ComplaintImpl
