/**
 */
package org.rapport.customers.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interaction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One contact between the customer and the company: a call, a visit, a chat...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.customers.model.Interaction#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.customers.model.Interaction#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rapport.customers.model.Interaction#getType <em>Type</em>}</li>
 *   <li>{@link org.rapport.customers.model.Interaction#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.rapport.customers.model.Interaction#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.rapport.customers.model.Interaction#getStaffLogin <em>Staff Login</em>}</li>
 * </ul>
 *
 * @see org.rapport.customers.model.CustomersPackage#getInteraction()
 * @model annotation="http://rapport.org/security area='customers'"
 * @generated
 */
public interface Interaction extends EObject {
	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.rapport.customers.model.CustomersPackage#getInteraction_At()
	 * @model dataType="org.rapport.customers.model.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Interaction#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code of a channel, as Customer.channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see #setChannel(String)
	 * @see org.rapport.customers.model.CustomersPackage#getInteraction_Channel()
	 * @model
	 * @generated
	 */
	String getChannel();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Interaction#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.customers.model.InteractionType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.rapport.customers.model.InteractionType
	 * @see #setType(InteractionType)
	 * @see org.rapport.customers.model.CustomersPackage#getInteraction_Type()
	 * @model
	 * @generated
	 */
	InteractionType getType();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Interaction#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.rapport.customers.model.InteractionType
	 * @see #getType()
	 * @generated
	 */
	void setType(InteractionType value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rapport.customers.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.rapport.customers.model.Direction
	 * @see #setDirection(Direction)
	 * @see org.rapport.customers.model.CustomersPackage#getInteraction_Direction()
	 * @model
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Interaction#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.rapport.customers.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.rapport.customers.model.CustomersPackage#getInteraction_Summary()
	 * @model annotation="http://rapport.org/persistence length='4000'"
	 *        annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Interaction#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Staff Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The login of the staff member who had the contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff Login</em>' attribute.
	 * @see #setStaffLogin(String)
	 * @see org.rapport.customers.model.CustomersPackage#getInteraction_StaffLogin()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getStaffLogin();

	/**
	 * Sets the value of the '{@link org.rapport.customers.model.Interaction#getStaffLogin <em>Staff Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff Login</em>' attribute.
	 * @see #getStaffLogin()
	 * @generated
	 */
	void setStaffLogin(String value);

} // Interaction
