/**
 */
package org.rapport.loyalty.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reward</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A gift or coupon of the catalogue, for a number of points, with its stock.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.Reward#getReference <em>Reference</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Reward#getName <em>Name</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Reward#getPoints <em>Points</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Reward#getStock <em>Stock</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Reward#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @see org.rapport.loyalty.model.LoyaltyPackage#getReward()
 * @model annotation="http://rapport.org/security area='loyalty'"
 * @generated
 */
public interface Reward extends EObject {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What identifies the reward for good, as redemptions name it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getReward_Reference()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='32' unique='true'"
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Reward#getReference <em>Reference</em>}' attribute.
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
	 * The reward as customers know it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getReward_Name()
	 * @model required="true"
	 *        annotation="http://rapport.org/persistence length='255'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Reward#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it costs, in points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(long)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getReward_Points()
	 * @model required="true"
	 * @generated
	 */
	long getPoints();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Reward#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(long value);

	/**
	 * Returns the value of the '<em><b>Stock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many were ever put in stock; what is left is this less the redemptions. Empty for unlimited (a coupon).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stock</em>' attribute.
	 * @see #setStock(Integer)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getReward_Stock()
	 * @model
	 * @generated
	 */
	Integer getStock();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Reward#getStock <em>Stock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stock</em>' attribute.
	 * @see #getStock()
	 * @generated
	 */
	void setStock(Integer value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether it can be redeemed now.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getReward_Active()
	 * @model default="true"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Reward#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

} // Reward
