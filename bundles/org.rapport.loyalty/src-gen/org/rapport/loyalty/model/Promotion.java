/**
 */
package org.rapport.loyalty.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Promotion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A time-limited promotion: purchases from its first to its last day (in the installation's zone), optionally of one channel, earn a multiple of their base points and/or a bonus. Where promotions overlap, the one giving the most points applies.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.Promotion#getReference <em>Reference</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Promotion#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Promotion#getFirstDay <em>First Day</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Promotion#getLastDay <em>Last Day</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Promotion#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Promotion#getMultiplier <em>Multiplier</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Promotion#getBonus <em>Bonus</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Promotion#getRecordedBy <em>Recorded By</em>}</li>
 * </ul>
 *
 * @see org.rapport.loyalty.model.LoyaltyPackage#getPromotion()
 * @model annotation="http://rapport.org/security area='loyalty'"
 * @generated
 */
public interface Promotion extends EObject {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What identifies the promotion for good, as its entries name it (promotion:REFERENCE).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getPromotion_Reference()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='32' unique='true'"
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Promotion#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The promotion as customers know it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getPromotion_Name()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='255'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Promotion#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>First Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first day purchases count.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Day</em>' attribute.
	 * @see #setFirstDay(LocalDate)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getPromotion_FirstDay()
	 * @model dataType="org.rapport.loyalty.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getFirstDay();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Promotion#getFirstDay <em>First Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Day</em>' attribute.
	 * @see #getFirstDay()
	 * @generated
	 */
	void setFirstDay(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Last Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last day purchases count (included).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Day</em>' attribute.
	 * @see #setLastDay(LocalDate)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getPromotion_LastDay()
	 * @model dataType="org.rapport.loyalty.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getLastDay();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Promotion#getLastDay <em>Last Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Day</em>' attribute.
	 * @see #getLastDay()
	 * @generated
	 */
	void setLastDay(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only purchases of this channel count; empty for every channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see #setChannel(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getPromotion_Channel()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getChannel();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Promotion#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(String value);

	/**
	 * Returns the value of the '<em><b>Multiplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Purchases earn this multiple of their base points (2: double); the promotion's entry holds what is more than the base.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Multiplier</em>' attribute.
	 * @see #setMultiplier(BigDecimal)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getPromotion_Multiplier()
	 * @model annotation="http://rapport.org/persistence precision='5' scale='2'"
	 * @generated
	 */
	BigDecimal getMultiplier();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Promotion#getMultiplier <em>Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multiplier</em>' attribute.
	 * @see #getMultiplier()
	 * @generated
	 */
	void setMultiplier(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Bonus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points added to every purchase that earns base points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bonus</em>' attribute.
	 * @see #setBonus(Long)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getPromotion_Bonus()
	 * @model
	 * @generated
	 */
	Long getBonus();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Promotion#getBonus <em>Bonus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bonus</em>' attribute.
	 * @see #getBonus()
	 * @generated
	 */
	void setBonus(Long value);

	/**
	 * Returns the value of the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The login of the user who made or last ended it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorded By</em>' attribute.
	 * @see #setRecordedBy(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getPromotion_RecordedBy()
	 * @model annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getRecordedBy();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Promotion#getRecordedBy <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded By</em>' attribute.
	 * @see #getRecordedBy()
	 * @generated
	 */
	void setRecordedBy(String value);

} // Promotion
