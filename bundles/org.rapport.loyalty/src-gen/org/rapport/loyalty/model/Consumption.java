/**
 */
package org.rapport.loyalty.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consumption</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Points a spending entry took from one earning entry.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rapport.loyalty.model.Consumption#getEarning <em>Earning</em>}</li>
 *   <li>{@link org.rapport.loyalty.model.Consumption#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.rapport.loyalty.model.LoyaltyPackage#getConsumption()
 * @model annotation="http://rapport.org/security area='loyalty'"
 * @generated
 */
public interface Consumption extends EObject {
	/**
	 * Returns the value of the '<em><b>Earning</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The earning entry the points came from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Earning</em>' reference.
	 * @see #setEarning(LedgerEntry)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getConsumption_Earning()
	 * @model required="true"
	 * @generated
	 */
	LedgerEntry getEarning();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Consumption#getEarning <em>Earning</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Earning</em>' reference.
	 * @see #getEarning()
	 * @generated
	 */
	void setEarning(LedgerEntry value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many points were taken from it (positive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(long)
	 * @see org.rapport.loyalty.model.LoyaltyPackage#getConsumption_Points()
	 * @model required="true"
	 * @generated
	 */
	long getPoints();

	/**
	 * Sets the value of the '{@link org.rapport.loyalty.model.Consumption#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(long value);

} // Consumption
