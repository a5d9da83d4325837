/**
 */
package org.rapport.loyalty.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tier Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One change of a member's tier: from, to, why, when and by whom.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.TierChange#getFromTier <em>From Tier</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.TierChange#getToTier <em>To Tier</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.TierChange#getReason <em>Reason</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.TierChange#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.TierChange#getChangedBy <em>Changed By</em>}</li>
 * </ul>
 *
 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierChange()
 * @model annotation="http://rapport.org/security area='loyalty'"
 * @generated
 */
public interface TierChange extends EObject {
	/**
	 * Returns the value of the '<em><b>From Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tier before; empty when the customer joined.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Tier</em>' attribute.
	 * @see #setFromTier(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierChange_FromTier()
	 * @model annotation="http://rapport.org/persistence length='32'"
	 * @generated
	 */
	String getFromTier();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.TierChange#getFromTier <em>From Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Tier</em>' attribute.
	 * @see #getFromTier()
	 * @generated
	 */
	void setFromTier(String value);

	/**
	 * Returns the value of the '<em><b>To Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tier after.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To Tier</em>' attribute.
	 * @see #setToTier(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierChange_ToTier()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='32'"
	 * @generated
	 */
	String getToTier();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.TierChange#getToTier <em>To Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Tier</em>' attribute.
	 * @see #getToTier()
	 * @generated
	 */
	void setToTier(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the tier changed, in words a person reads.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierChange_Reason()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='1000'"
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.TierChange#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierChange_At()
	 * @model dataType="org.rapport.loyalty.model.Instant" required="true"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.TierChange#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The login of the user, or system for a scheduled run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Changed By</em>' attribute.
	 * @see #setChangedBy(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getTierChange_ChangedBy()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getChangedBy();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.TierChange#getChangedBy <em>Changed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Changed By</em>' attribute.
	 * @see #getChangedBy()
	 * @generated
	 */
	void setChangedBy(String value);

} // TierChange
