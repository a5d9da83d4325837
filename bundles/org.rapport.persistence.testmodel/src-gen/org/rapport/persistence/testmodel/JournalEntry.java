/**
 */
package org.rapport.persistence.testmodel;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journal Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One change a unit of work committed, written by the tests' change journal in the same transaction.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.persistence.testmodel.JournalEntry#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.JournalEntry#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.JournalEntry#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.JournalEntry#getOldValue <em>Old Value</em>}</li>
 *   <li>{@link org.rapport.persistence.testmodel.JournalEntry#getNewValue <em>New Value</em>}</li>
 * </ul>
 *
 * @see org.rapport.persistence.testmodel.TestmodelPackage#getJournalEntry()
 * @model
 * @generated
 */
public interface JournalEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getJournalEntry_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.JournalEntry#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getJournalEntry_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.JournalEntry#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature</em>' attribute.
	 * @see #setFeature(String)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getJournalEntry_Feature()
	 * @model
	 * @generated
	 */
	String getFeature();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.JournalEntry#getFeature <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature</em>' attribute.
	 * @see #getFeature()
	 * @generated
	 */
	void setFeature(String value);

	/**
	 * Returns the value of the '<em><b>Old Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Old Value</em>' attribute.
	 * @see #setOldValue(String)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getJournalEntry_OldValue()
	 * @model annotation="http://rapport.org/persistence length='2000'"
	 * @generated
	 */
	String getOldValue();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.JournalEntry#getOldValue <em>Old Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Value</em>' attribute.
	 * @see #getOldValue()
	 * @generated
	 */
	void setOldValue(String value);

	/**
	 * Returns the value of the '<em><b>New Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Value</em>' attribute.
	 * @see #setNewValue(String)
	 * @see org.rapport.persistence.testmodel.TestmodelPackage#getJournalEntry_NewValue()
	 * @model annotation="http://rapport.org/persistence length='2000'"
	 * @generated
	 */
	String getNewValue();

	/**
	 * Sets the value of the '{@link org.rapport.persistence.testmodel.JournalEntry#getNewValue <em>New Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Value</em>' attribute.
	 * @see #getNewValue()
	 * @generated
	 */
	void setNewValue(String value);

} // JournalEntry
