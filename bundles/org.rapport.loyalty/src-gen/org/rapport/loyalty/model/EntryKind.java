/**
 */
package org.rapport.loyalty.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Entry Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a ledger entry records. ACCRUAL to COMPENSATION with positive points earn; REDEMPTION, EXPIRY and REVERSAL spend; ADJUSTMENT does either.
 * <!-- end-model-doc -->
 * @see org.rapport.loyalty.model.LoyaltyPackage#getEntryKind()
 * @model
 * @generated
 */
public enum EntryKind implements Enumerator {
	/**
	 * The '<em><b>ACCRUAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCRUAL_VALUE
	 * @generated
	 * @ordered
	 */
	ACCRUAL(0, "ACCRUAL", "ACCRUAL"),

	/**
	 * The '<em><b>BIRTHDAY BONUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIRTHDAY_BONUS_VALUE
	 * @generated
	 * @ordered
	 */
	BIRTHDAY_BONUS(1, "BIRTHDAY_BONUS", "BIRTHDAY_BONUS"),

	/**
	 * The '<em><b>REFERRAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRAL_VALUE
	 * @generated
	 * @ordered
	 */
	REFERRAL(2, "REFERRAL", "REFERRAL"),

	/**
	 * The '<em><b>REVIEW REWARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEW_REWARD_VALUE
	 * @generated
	 * @ordered
	 */
	REVIEW_REWARD(3, "REVIEW_REWARD", "REVIEW_REWARD"),

	/**
	 * The '<em><b>PROMOTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROMOTION_VALUE
	 * @generated
	 * @ordered
	 */
	PROMOTION(4, "PROMOTION", "PROMOTION"),

	/**
	 * The '<em><b>COMPENSATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPENSATION_VALUE
	 * @generated
	 * @ordered
	 */
	COMPENSATION(5, "COMPENSATION", "COMPENSATION"),

	/**
	 * The '<em><b>ADJUSTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADJUSTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ADJUSTMENT(6, "ADJUSTMENT", "ADJUSTMENT"),

	/**
	 * The '<em><b>REDEMPTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REDEMPTION_VALUE
	 * @generated
	 * @ordered
	 */
	REDEMPTION(7, "REDEMPTION", "REDEMPTION"),

	/**
	 * The '<em><b>EXPIRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPIRY_VALUE
	 * @generated
	 * @ordered
	 */
	EXPIRY(8, "EXPIRY", "EXPIRY"),

	/**
	 * The '<em><b>REVERSAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVERSAL_VALUE
	 * @generated
	 * @ordered
	 */
	REVERSAL(9, "REVERSAL", "REVERSAL");

	/**
	 * The '<em><b>ACCRUAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCRUAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCRUAL_VALUE = 0;

	/**
	 * The '<em><b>BIRTHDAY BONUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIRTHDAY_BONUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BIRTHDAY_BONUS_VALUE = 1;

	/**
	 * The '<em><b>REFERRAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFERRAL_VALUE = 2;

	/**
	 * The '<em><b>REVIEW REWARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEW_REWARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVIEW_REWARD_VALUE = 3;

	/**
	 * The '<em><b>PROMOTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROMOTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROMOTION_VALUE = 4;

	/**
	 * The '<em><b>COMPENSATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPENSATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPENSATION_VALUE = 5;

	/**
	 * The '<em><b>ADJUSTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADJUSTMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADJUSTMENT_VALUE = 6;

	/**
	 * The '<em><b>REDEMPTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REDEMPTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REDEMPTION_VALUE = 7;

	/**
	 * The '<em><b>EXPIRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPIRY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPIRY_VALUE = 8;

	/**
	 * The '<em><b>REVERSAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVERSAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVERSAL_VALUE = 9;

	/**
	 * An array of all the '<em><b>Entry Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EntryKind[] VALUES_ARRAY =
		new EntryKind[] {
			ACCRUAL,
			BIRTHDAY_BONUS,
			REFERRAL,
			REVIEW_REWARD,
			PROMOTION,
			COMPENSATION,
			ADJUSTMENT,
			REDEMPTION,
			EXPIRY,
			REVERSAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Entry Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EntryKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Entry Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EntryKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EntryKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Entry Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EntryKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EntryKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Entry Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EntryKind get(int value) {
		switch (value) {
			case ACCRUAL_VALUE: return ACCRUAL;
			case BIRTHDAY_BONUS_VALUE: return BIRTHDAY_BONUS;
			case REFERRAL_VALUE: return REFERRAL;
			case REVIEW_REWARD_VALUE: return REVIEW_REWARD;
			case PROMOTION_VALUE: return PROMOTION;
			case COMPENSATION_VALUE: return COMPENSATION;
			case ADJUSTMENT_VALUE: return ADJUSTMENT;
			case REDEMPTION_VALUE: return REDEMPTION;
			case EXPIRY_VALUE: return EXPIRY;
			case REVERSAL_VALUE: return REVERSAL;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EntryKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //EntryKind
