/**
 */
package org.rapport.persistence.testmodel;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interaction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.persistence.testmodel.Interaction#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.Interaction#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @see org.rapport.persistence.testmodel.TestmodelPackage#getInteraction()
 * @model abstract="true"
 *        annotation="http://rapport.org/security area='customers'"
 *        annotation="http://rapport.org/persistence inheritance='joined'"
 * @generated
 */
public interface Interaction extends EObject {
	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getInteraction_At()
	 * @model dataType="org.rapport.persistence.testmodel.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Interaction#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getInteraction_Summary()
	 * @model annotation="http://rapport.org/security personal='true'"
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.Interaction#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

} // Interaction
