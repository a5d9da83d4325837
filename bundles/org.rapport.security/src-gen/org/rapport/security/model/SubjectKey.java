/**
 */
package org.rapport.security.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subject Key</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The key that encrypts one data subject's personal values in the audit log. Erasing the subject deletes its key: the append-only log keeps its entries, and their personal values can no longer be read (crypto-shredding).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.security.model.SubjectKey#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.rapport.security.model.SubjectKey#getMaterial <em>Material</em>}</li>
 *   <li>{@link org.rapport.security.model.SubjectKey#getCreatedAt <em>Created At</em>}</li>
 * </ul>
 *
 * @see org.rapport.security.model.SecurityPackage#getSubjectKey()
 * @model
 * @generated
 */
public interface SubjectKey extends EObject {
	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subject as nsURI#EClass#id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.rapport.security.model.SecurityPackage#getSubjectKey_Subject()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence unique='true' length='400'"
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.SubjectKey#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Material</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A 256-bit AES key in Base64.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Material</em>' attribute.
	 * @see #setMaterial(String)
	 * @see org.rapport.security.model.SecurityPackage#getSubjectKey_Material()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 *        annotation="http://rapport.org/audit values='masked'"
	 * @generated
	 */
	String getMaterial();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.SubjectKey#getMaterial <em>Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Material</em>' attribute.
	 * @see #getMaterial()
	 * @generated
	 */
	void setMaterial(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.rapport.security.model.SecurityPackage#getSubjectKey_CreatedAt()
	 * @model dataType="org.rapport.security.model.Instant" required="true"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.rapport.security.model.SubjectKey#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

} // SubjectKey
