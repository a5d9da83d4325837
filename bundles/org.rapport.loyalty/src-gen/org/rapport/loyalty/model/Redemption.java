/**
 */
package org.rapport.loyalty.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

import org.rapport.customers.model.Customer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Redemption</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One reward given for points. Append-only. Each unit of a reward with a stock is numbered, unique per reward in the database, so the last one cannot be given twice.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.Redemption#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Redemption#getReward <em>Reward</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Redemption#getEntry <em>Entry</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Redemption#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Redemption#getPoints <em>Points</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Redemption#getAt <em>At</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Redemption#getRecordedBy <em>Recorded By</em>}</li>
 * </ul>
 *
 * @see org.rapport.loyalty.model.LoyaltyPackage#getRedemption()
 * @model annotation="http://rapport.org/security area='loyalty' owner='customer.accountManager'"
 * @generated
 */
public interface Redemption extends EObject {
	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who redeemed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getRedemption_Customer()
	 * @model required="true"
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Redemption#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

	/**
	 * Returns the value of the '<em><b>Reward</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reward</em>' reference.
	 * @see #setReward(Reward)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getRedemption_Reward()
	 * @model required="true"
	 * @generated
	 */
	Reward getReward();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Redemption#getReward <em>Reward</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reward</em>' reference.
	 * @see #getReward()
	 * @generated
	 */
	void setReward(Reward value);

	/**
	 * Returns the value of the '<em><b>Entry</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The redemption entry that spent the points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entry</em>' reference.
	 * @see #setEntry(LedgerEntry)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getRedemption_Entry()
	 * @model required="true"
	 * @generated
	 */
	LedgerEntry getEntry();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Redemption#getEntry <em>Entry</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entry</em>' reference.
	 * @see #getEntry()
	 * @generated
	 */
	void setEntry(LedgerEntry value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which unit of the reward's stock, 1, 2, 3...; empty for a reward without a stock.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(Integer)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getRedemption_Unit()
	 * @model
	 * @generated
	 */
	Integer getUnit();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Redemption#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Integer value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The points spent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(long)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getRedemption_Points()
	 * @model required="true"
	 * @generated
	 */
	long getPoints();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Redemption#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(long value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getRedemption_At()
	 * @model dataType="org.rapport.loyalty.model.Instant" required="true"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Redemption#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The login of the user.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorded By</em>' attribute.
	 * @see #setRecordedBy(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getRedemption_RecordedBy()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='64'"
	 * @generated
	 */
	String getRecordedBy();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Redemption#getRecordedBy <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded By</em>' attribute.
	 * @see #getRecordedBy()
	 * @generated
	 */
	void setRecordedBy(String value);

} // Redemption
