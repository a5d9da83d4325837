/**
 */
package org.rapport.complaints.model;

import java.time.Instant;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import org.rapport.customers.model.Customer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Complaint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A customer's complaint or request, with its service-level clocks, its pauses while waiting for the customer and its history.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.Complaint#getReference <em>Reference</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getCategory <em>Category</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getEscalationLevel <em>Escalation Level</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getOpenedAt <em>Opened At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getCalendarName <em>Calendar Name</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getAcknowledgeMinutes <em>Acknowledge Minutes</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getSolutionMinutes <em>Solution Minutes</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getResolveMinutes <em>Resolve Minutes</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getAcknowledgeDue <em>Acknowledge Due</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getSolutionDue <em>Solution Due</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getResolveDue <em>Resolve Due</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getEscalationDue <em>Escalation Due</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getAcknowledgedAt <em>Acknowledged At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getSolvedAt <em>Solved At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getResolvedAt <em>Resolved At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getFollowUpDue <em>Follow Up Due</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getCsat <em>Csat</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getRepeatContacts <em>Repeat Contacts</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getPauses <em>Pauses</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getEvents <em>Events</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getCompensations <em>Compensations</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getSolutions <em>Solutions</em>}</li>
 *   <li>{@link org.rapport.complaints.model.Complaint#getRecommendScore <em>Recommend Score</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint()
 * @model annotation="http://rapport.org/security area='complaints' owner='customer.accountManager'"
 * @generated
 */
public interface Complaint extends EObject {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The complaint's reference, unique.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Reference()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence unique='true' length='64'"
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer who complains.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Customer()
	 * @model required="true"
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channel it came by (hotline, chat, email, store...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see #setChannel(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Channel()
	 * @model annotation="http://rapport.org/persistence length='32'"
	 * @generated
	 */
	String getChannel();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its category.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' reference.
	 * @see #setCategory(Category)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Category()
	 * @model
	 * @generated
	 */
	Category getCategory();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getCategory <em>Category</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' reference.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(Category value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.complaints.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its severity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.rapport.complaints.model.Severity
	 * @see #setSeverity(Severity)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Severity()
	 * @model required="true"
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.rapport.complaints.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it is about, in a line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Subject()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='200'"
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's account of the problem.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Description()
	 * @model annotation="http://rapport.org/persistence length='4000'"
	 *        annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.complaints.model.ComplaintStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it is in its lifecycle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rapport.complaints.model.ComplaintStatus
	 * @see #setStatus(ComplaintStatus)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Status()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence index='true'"
	 * @generated
	 */
	ComplaintStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rapport.complaints.model.ComplaintStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ComplaintStatus value);

	/**
	 * Returns the value of the '<em><b>Assignee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The login of the agent who handles it; none until taken.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assignee</em>' attribute.
	 * @see #setAssignee(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Assignee()
	 * @model annotation="http://rapport.org/persistence length='64' index='true'"
	 * @generated
	 */
	String getAssignee();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getAssignee <em>Assignee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignee</em>' attribute.
	 * @see #getAssignee()
	 * @generated
	 */
	void setAssignee(String value);

	/**
	 * Returns the value of the '<em><b>Escalation Level</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 agent, 2 specialist, 3 executive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Escalation Level</em>' attribute.
	 * @see #setEscalationLevel(int)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_EscalationLevel()
	 * @model default="1" required="true"
	 * @generated
	 */
	int getEscalationLevel();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getEscalationLevel <em>Escalation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Escalation Level</em>' attribute.
	 * @see #getEscalationLevel()
	 * @generated
	 */
	void setEscalationLevel(int value);

	/**
	 * Returns the value of the '<em><b>Opened At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the customer first complained; the clocks start here.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opened At</em>' attribute.
	 * @see #setOpenedAt(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_OpenedAt()
	 * @model dataType="org.rapport.complaints.model.Instant" required="true"
	 * @generated
	 */
	Instant getOpenedAt();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getOpenedAt <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened At</em>' attribute.
	 * @see #getOpenedAt()
	 * @generated
	 */
	void setOpenedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Calendar Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The calendar its clocks run on, as its policy said when it was opened (empty: 24x7).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendar Name</em>' attribute.
	 * @see #setCalendarName(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_CalendarName()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getCalendarName();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getCalendarName <em>Calendar Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calendar Name</em>' attribute.
	 * @see #getCalendarName()
	 * @generated
	 */
	void setCalendarName(String value);

	/**
	 * Returns the value of the '<em><b>Acknowledge Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business minutes to acknowledge, from its policy when opened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acknowledge Minutes</em>' attribute.
	 * @see #setAcknowledgeMinutes(int)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_AcknowledgeMinutes()
	 * @model required="true"
	 * @generated
	 */
	int getAcknowledgeMinutes();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getAcknowledgeMinutes <em>Acknowledge Minutes</em>}' attribute.
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
	 * Business minutes to a first solution, from its policy when opened; none: no such clock.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solution Minutes</em>' attribute.
	 * @see #setSolutionMinutes(Integer)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_SolutionMinutes()
	 * @model
	 * @generated
	 */
	Integer getSolutionMinutes();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getSolutionMinutes <em>Solution Minutes</em>}' attribute.
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
	 * Business minutes to resolve, from its policy when opened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolve Minutes</em>' attribute.
	 * @see #setResolveMinutes(int)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_ResolveMinutes()
	 * @model required="true"
	 * @generated
	 */
	int getResolveMinutes();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getResolveMinutes <em>Resolve Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolve Minutes</em>' attribute.
	 * @see #getResolveMinutes()
	 * @generated
	 */
	void setResolveMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Acknowledge Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it must be acknowledged, recomputed from the pauses; none once acknowledged or while paused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acknowledge Due</em>' attribute.
	 * @see #setAcknowledgeDue(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_AcknowledgeDue()
	 * @model dataType="org.rapport.complaints.model.Instant"
	 * @generated
	 */
	Instant getAcknowledgeDue();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getAcknowledgeDue <em>Acknowledge Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledge Due</em>' attribute.
	 * @see #getAcknowledgeDue()
	 * @generated
	 */
	void setAcknowledgeDue(Instant value);

	/**
	 * Returns the value of the '<em><b>Solution Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When a first solution is due, recomputed from the pauses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solution Due</em>' attribute.
	 * @see #setSolutionDue(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_SolutionDue()
	 * @model dataType="org.rapport.complaints.model.Instant"
	 * @generated
	 */
	Instant getSolutionDue();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getSolutionDue <em>Solution Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solution Due</em>' attribute.
	 * @see #getSolutionDue()
	 * @generated
	 */
	void setSolutionDue(Instant value);

	/**
	 * Returns the value of the '<em><b>Resolve Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it must be resolved, recomputed from the pauses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolve Due</em>' attribute.
	 * @see #setResolveDue(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_ResolveDue()
	 * @model dataType="org.rapport.complaints.model.Instant"
	 *        annotation="http://rapport.org/persistence index='true'"
	 * @generated
	 */
	Instant getResolveDue();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getResolveDue <em>Resolve Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolve Due</em>' attribute.
	 * @see #getResolveDue()
	 * @generated
	 */
	void setResolveDue(Instant value);

	/**
	 * Returns the value of the '<em><b>Escalation Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the next clock that is not met runs out and raises the escalation level, from the stored due times; none at level 3, while paused or once it is resolved. The escalation tick selects by it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Escalation Due</em>' attribute.
	 * @see #setEscalationDue(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_EscalationDue()
	 * @model dataType="org.rapport.complaints.model.Instant"
	 *        annotation="http://rapport.org/persistence index='true'"
	 * @generated
	 */
	Instant getEscalationDue();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getEscalationDue <em>Escalation Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Escalation Due</em>' attribute.
	 * @see #getEscalationDue()
	 * @generated
	 */
	void setEscalationDue(Instant value);

	/**
	 * Returns the value of the '<em><b>Acknowledged At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was acknowledged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acknowledged At</em>' attribute.
	 * @see #setAcknowledgedAt(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_AcknowledgedAt()
	 * @model dataType="org.rapport.complaints.model.Instant"
	 * @generated
	 */
	Instant getAcknowledgedAt();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getAcknowledgedAt <em>Acknowledged At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledged At</em>' attribute.
	 * @see #getAcknowledgedAt()
	 * @generated
	 */
	void setAcknowledgedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Solved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When a first solution was given: the first time it was resolved or put to the customer (waiting).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solved At</em>' attribute.
	 * @see #setSolvedAt(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_SolvedAt()
	 * @model dataType="org.rapport.complaints.model.Instant"
	 * @generated
	 */
	Instant getSolvedAt();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getSolvedAt <em>Solved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solved At</em>' attribute.
	 * @see #getSolvedAt()
	 * @generated
	 */
	void setSolvedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Resolved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was last resolved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolved At</em>' attribute.
	 * @see #setResolvedAt(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_ResolvedAt()
	 * @model dataType="org.rapport.complaints.model.Instant"
	 * @generated
	 */
	Instant getResolvedAt();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getResolvedAt <em>Resolved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved At</em>' attribute.
	 * @see #getResolvedAt()
	 * @generated
	 */
	void setResolvedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Follow Up Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the follow-up contact is due (24 h after resolving).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Follow Up Due</em>' attribute.
	 * @see #setFollowUpDue(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_FollowUpDue()
	 * @model dataType="org.rapport.complaints.model.Instant"
	 * @generated
	 */
	Instant getFollowUpDue();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getFollowUpDue <em>Follow Up Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up Due</em>' attribute.
	 * @see #getFollowUpDue()
	 * @generated
	 */
	void setFollowUpDue(Instant value);

	/**
	 * Returns the value of the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was closed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closed At</em>' attribute.
	 * @see #setClosedAt(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_ClosedAt()
	 * @model dataType="org.rapport.complaints.model.Instant"
	 * @generated
	 */
	Instant getClosedAt();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getClosedAt <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed At</em>' attribute.
	 * @see #getClosedAt()
	 * @generated
	 */
	void setClosedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How it was solved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolution</em>' attribute.
	 * @see #setResolution(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Resolution()
	 * @model annotation="http://rapport.org/persistence length='4000'"
	 * @generated
	 */
	String getResolution();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getResolution <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution</em>' attribute.
	 * @see #getResolution()
	 * @generated
	 */
	void setResolution(String value);

	/**
	 * Returns the value of the '<em><b>Csat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's satisfaction at the follow-up, 1 to 5.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Csat</em>' attribute.
	 * @see #setCsat(Integer)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Csat()
	 * @model
	 * @generated
	 */
	Integer getCsat();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getCsat <em>Csat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Csat</em>' attribute.
	 * @see #getCsat()
	 * @generated
	 */
	void setCsat(Integer value);

	/**
	 * Returns the value of the '<em><b>Repeat Contacts</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contacts about it after the first, on any channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repeat Contacts</em>' attribute.
	 * @see #setRepeatContacts(int)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_RepeatContacts()
	 * @model default="0" required="true"
	 * @generated
	 */
	int getRepeatContacts();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getRepeatContacts <em>Repeat Contacts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repeat Contacts</em>' attribute.
	 * @see #getRepeatContacts()
	 * @generated
	 */
	void setRepeatContacts(int value);

	/**
	 * Returns the value of the '<em><b>Pauses</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.complaints.model.ClockPause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The times its clocks stood still, waiting for the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pauses</em>' containment reference list.
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Pauses()
	 * @model containment="true"
	 * @generated
	 */
	List<ClockPause> getPauses();

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.complaints.model.ComplaintEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happened to it, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Events()
	 * @model containment="true"
	 * @generated
	 */
	List<ComplaintEvent> getEvents();

	/**
	 * Returns the value of the '<em><b>Compensations</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.complaints.model.Compensation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compensations</em>' containment reference list.
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Compensations()
	 * @model containment="true"
	 * @generated
	 */
	List<Compensation> getCompensations();

	/**
	 * Returns the value of the '<em><b>Solutions</b></em>' containment reference list.
	 * The list contents are of type {@link org.rapport.complaints.model.ArticleLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The knowledge-base articles that solved it, in the order they were linked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solutions</em>' containment reference list.
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_Solutions()
	 * @model containment="true"
	 * @generated
	 */
	List<ArticleLink> getSolutions();

	/**
	 * Returns the value of the '<em><b>Recommend Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's answer at the follow-up to how likely they are to recommend us, 0 to 10 (the NPS question); optional.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommend Score</em>' attribute.
	 * @see #setRecommendScore(Integer)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaint_RecommendScore()
	 * @model
	 * @generated
	 */
	Integer getRecommendScore();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.Complaint#getRecommendScore <em>Recommend Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommend Score</em>' attribute.
	 * @see #getRecommendScore()
	 * @generated
	 */
	void setRecommendScore(Integer value);

} // Complaint
