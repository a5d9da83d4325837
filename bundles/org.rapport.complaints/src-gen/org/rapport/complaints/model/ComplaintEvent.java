/**
 */
package org.rapport.complaints.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Complaint Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One thing that happened to a complaint: a contact with its channel, a transition, an escalation, an assignment, a note, a compensation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.ComplaintEvent#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ComplaintEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ComplaintEvent#getActor <em>Actor</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ComplaintEvent#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ComplaintEvent#getFromStatus <em>From Status</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ComplaintEvent#getToStatus <em>To Status</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ComplaintEvent#getLevel <em>Level</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ComplaintEvent#getNote <em>Note</em>}</li>
 *   <li>{@link org.rapport.complaints.model.ComplaintEvent#getReference <em>Reference</em>}</li>
 * </ul>
 *
 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaintEvent()
 * @model annotation="http://rapport.org/security area='complaints'"
 * @generated
 */
public interface ComplaintEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaintEvent_At()
	 * @model dataType="org.rapport.complaints.model.Instant" required="true"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ComplaintEvent#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.complaints.model.EventKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of event.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.complaints.model.EventKind
	 * @see #setKind(EventKind)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaintEvent_Kind()
	 * @model required="true"
	 * @generated
	 */
	EventKind getKind();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ComplaintEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rapport.complaints.model.EventKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EventKind value);

	/**
	 * Returns the value of the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who: a login, or system for the automatic escalation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actor</em>' attribute.
	 * @see #setActor(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaintEvent_Actor()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getActor();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ComplaintEvent#getActor <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' attribute.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channel of a contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see #setChannel(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaintEvent_Channel()
	 * @model annotation="http://rapport.org/persistence length='32'"
	 * @generated
	 */
	String getChannel();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ComplaintEvent#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(String value);

	/**
	 * Returns the value of the '<em><b>From Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.complaints.model.ComplaintStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status before a transition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Status</em>' attribute.
	 * @see org.rapport.complaints.model.ComplaintStatus
	 * @see #setFromStatus(ComplaintStatus)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaintEvent_FromStatus()
	 * @model
	 * @generated
	 */
	ComplaintStatus getFromStatus();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ComplaintEvent#getFromStatus <em>From Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Status</em>' attribute.
	 * @see org.rapport.complaints.model.ComplaintStatus
	 * @see #getFromStatus()
	 * @generated
	 */
	void setFromStatus(ComplaintStatus value);

	/**
	 * Returns the value of the '<em><b>To Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.complaints.model.ComplaintStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status after a transition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To Status</em>' attribute.
	 * @see org.rapport.complaints.model.ComplaintStatus
	 * @see #setToStatus(ComplaintStatus)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaintEvent_ToStatus()
	 * @model
	 * @generated
	 */
	ComplaintStatus getToStatus();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ComplaintEvent#getToStatus <em>To Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Status</em>' attribute.
	 * @see org.rapport.complaints.model.ComplaintStatus
	 * @see #getToStatus()
	 * @generated
	 */
	void setToStatus(ComplaintStatus value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The escalation level reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(Integer)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaintEvent_Level()
	 * @model
	 * @generated
	 */
	Integer getLevel();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ComplaintEvent#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(Integer value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was said or done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaintEvent_Note()
	 * @model annotation="http://rapport.org/persistence length='2000'"
	 *        annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ComplaintEvent#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reference a contact came in under (an imported row's ref) when it joined this complaint: the same row imported again is known as a duplicate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.rapport.complaints.model.ComplaintsPackage#getComplaintEvent_Reference()
	 * @model annotation="http://rapport.org/persistence length='64' index='true'"
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.rapport.complaints.model.ComplaintEvent#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

} // ComplaintEvent
