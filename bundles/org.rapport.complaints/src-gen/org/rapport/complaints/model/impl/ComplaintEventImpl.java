/**
 */
package org.rapport.complaints.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;

import org.rapport.complaints.model.ComplaintEvent;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.complaints.model.EventKind;

import org.rapport.persistence.api.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Complaint Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintEventImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintEventImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintEventImpl#getActor <em>Actor</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintEventImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintEventImpl#getFromStatus <em>From Status</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintEventImpl#getToStatus <em>To Status</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintEventImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintEventImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.rapport.complaints.model.impl.ComplaintEventImpl#getReference <em>Reference</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComplaintEventImpl extends PersistentObject implements ComplaintEvent {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EventKind KIND_EDEFAULT = EventKind.OPENED;

	/**
	 * The default value of the '{@link #getActor() <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActor()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTOR_EDEFAULT = null;

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
	 * The default value of the '{@link #getFromStatus() <em>From Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ComplaintStatus FROM_STATUS_EDEFAULT = ComplaintStatus.NEW;

	/**
	 * The default value of the '{@link #getToStatus() <em>To Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ComplaintStatus TO_STATUS_EDEFAULT = ComplaintStatus.NEW;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LEVEL_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComplaintEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ComplaintsPackage.Literals.COMPLAINT_EVENT;
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
	public Instant getAt() {
		return (Instant)eDynamicGet(ComplaintsPackage.COMPLAINT_EVENT__AT, ComplaintsPackage.Literals.COMPLAINT_EVENT__AT, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		eDynamicSet(ComplaintsPackage.COMPLAINT_EVENT__AT, ComplaintsPackage.Literals.COMPLAINT_EVENT__AT, newAt);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventKind getKind() {
		return (EventKind)eDynamicGet(ComplaintsPackage.COMPLAINT_EVENT__KIND, ComplaintsPackage.Literals.COMPLAINT_EVENT__KIND, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EventKind newKind) {
		eDynamicSet(ComplaintsPackage.COMPLAINT_EVENT__KIND, ComplaintsPackage.Literals.COMPLAINT_EVENT__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActor() {
		return (String)eDynamicGet(ComplaintsPackage.COMPLAINT_EVENT__ACTOR, ComplaintsPackage.Literals.COMPLAINT_EVENT__ACTOR, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActor(String newActor) {
		eDynamicSet(ComplaintsPackage.COMPLAINT_EVENT__ACTOR, ComplaintsPackage.Literals.COMPLAINT_EVENT__ACTOR, newActor);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChannel() {
		return (String)eDynamicGet(ComplaintsPackage.COMPLAINT_EVENT__CHANNEL, ComplaintsPackage.Literals.COMPLAINT_EVENT__CHANNEL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(String newChannel) {
		eDynamicSet(ComplaintsPackage.COMPLAINT_EVENT__CHANNEL, ComplaintsPackage.Literals.COMPLAINT_EVENT__CHANNEL, newChannel);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplaintStatus getFromStatus() {
		return (ComplaintStatus)eDynamicGet(ComplaintsPackage.COMPLAINT_EVENT__FROM_STATUS, ComplaintsPackage.Literals.COMPLAINT_EVENT__FROM_STATUS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromStatus(ComplaintStatus newFromStatus) {
		eDynamicSet(ComplaintsPackage.COMPLAINT_EVENT__FROM_STATUS, ComplaintsPackage.Literals.COMPLAINT_EVENT__FROM_STATUS, newFromStatus);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplaintStatus getToStatus() {
		return (ComplaintStatus)eDynamicGet(ComplaintsPackage.COMPLAINT_EVENT__TO_STATUS, ComplaintsPackage.Literals.COMPLAINT_EVENT__TO_STATUS, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToStatus(ComplaintStatus newToStatus) {
		eDynamicSet(ComplaintsPackage.COMPLAINT_EVENT__TO_STATUS, ComplaintsPackage.Literals.COMPLAINT_EVENT__TO_STATUS, newToStatus);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLevel() {
		return (Integer)eDynamicGet(ComplaintsPackage.COMPLAINT_EVENT__LEVEL, ComplaintsPackage.Literals.COMPLAINT_EVENT__LEVEL, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(Integer newLevel) {
		eDynamicSet(ComplaintsPackage.COMPLAINT_EVENT__LEVEL, ComplaintsPackage.Literals.COMPLAINT_EVENT__LEVEL, newLevel);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return (String)eDynamicGet(ComplaintsPackage.COMPLAINT_EVENT__NOTE, ComplaintsPackage.Literals.COMPLAINT_EVENT__NOTE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		eDynamicSet(ComplaintsPackage.COMPLAINT_EVENT__NOTE, ComplaintsPackage.Literals.COMPLAINT_EVENT__NOTE, newNote);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return (String)eDynamicGet(ComplaintsPackage.COMPLAINT_EVENT__REFERENCE, ComplaintsPackage.Literals.COMPLAINT_EVENT__REFERENCE, true, false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		eDynamicSet(ComplaintsPackage.COMPLAINT_EVENT__REFERENCE, ComplaintsPackage.Literals.COMPLAINT_EVENT__REFERENCE, newReference);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ComplaintsPackage.COMPLAINT_EVENT__AT:
				return getAt();
			case ComplaintsPackage.COMPLAINT_EVENT__KIND:
				return getKind();
			case ComplaintsPackage.COMPLAINT_EVENT__ACTOR:
				return getActor();
			case ComplaintsPackage.COMPLAINT_EVENT__CHANNEL:
				return getChannel();
			case ComplaintsPackage.COMPLAINT_EVENT__FROM_STATUS:
				return getFromStatus();
			case ComplaintsPackage.COMPLAINT_EVENT__TO_STATUS:
				return getToStatus();
			case ComplaintsPackage.COMPLAINT_EVENT__LEVEL:
				return getLevel();
			case ComplaintsPackage.COMPLAINT_EVENT__NOTE:
				return getNote();
			case ComplaintsPackage.COMPLAINT_EVENT__REFERENCE:
				return getReference();
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
			case ComplaintsPackage.COMPLAINT_EVENT__AT:
				setAt((Instant)newValue);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__KIND:
				setKind((EventKind)newValue);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__ACTOR:
				setActor((String)newValue);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__CHANNEL:
				setChannel((String)newValue);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__FROM_STATUS:
				setFromStatus((ComplaintStatus)newValue);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__TO_STATUS:
				setToStatus((ComplaintStatus)newValue);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__LEVEL:
				setLevel((Integer)newValue);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__NOTE:
				setNote((String)newValue);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__REFERENCE:
				setReference((String)newValue);
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
			case ComplaintsPackage.COMPLAINT_EVENT__AT:
				setAt(AT_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__ACTOR:
				setActor(ACTOR_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__FROM_STATUS:
				setFromStatus(FROM_STATUS_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__TO_STATUS:
				setToStatus(TO_STATUS_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case ComplaintsPackage.COMPLAINT_EVENT__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
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
			case ComplaintsPackage.COMPLAINT_EVENT__AT:
				return AT_EDEFAULT == null ? getAt() != null : !AT_EDEFAULT.equals(getAt());
			case ComplaintsPackage.COMPLAINT_EVENT__KIND:
				return getKind() != KIND_EDEFAULT;
			case ComplaintsPackage.COMPLAINT_EVENT__ACTOR:
				return ACTOR_EDEFAULT == null ? getActor() != null : !ACTOR_EDEFAULT.equals(getActor());
			case ComplaintsPackage.COMPLAINT_EVENT__CHANNEL:
				return CHANNEL_EDEFAULT == null ? getChannel() != null : !CHANNEL_EDEFAULT.equals(getChannel());
			case ComplaintsPackage.COMPLAINT_EVENT__FROM_STATUS:
				return getFromStatus() != FROM_STATUS_EDEFAULT;
			case ComplaintsPackage.COMPLAINT_EVENT__TO_STATUS:
				return getToStatus() != TO_STATUS_EDEFAULT;
			case ComplaintsPackage.COMPLAINT_EVENT__LEVEL:
				return LEVEL_EDEFAULT == null ? getLevel() != null : !LEVEL_EDEFAULT.equals(getLevel());
			case ComplaintsPackage.COMPLAINT_EVENT__NOTE:
				return NOTE_EDEFAULT == null ? getNote() != null : !NOTE_EDEFAULT.equals(getNote());
			case ComplaintsPackage.COMPLAINT_EVENT__REFERENCE:
				return REFERENCE_EDEFAULT == null ? getReference() != null : !REFERENCE_EDEFAULT.equals(getReference());
		}
		return super.eIsSet(featureID);
	}

} //ComplaintEventImpl
