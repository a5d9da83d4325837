/**
 */
package org.rapport.complaints.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Compensation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a customer is given for a complaint.
 * <!-- end-model-doc -->
 * @see org.rapport.complaints.model.ComplaintsPackage#getCompensationKind()
 * @model
 * @generated
 */
public enum CompensationKind implements Enumerator {
	/**
	 * The '<em><b>SERVICE CREDIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_CREDIT_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_CREDIT(0, "SERVICE_CREDIT", "SERVICE_CREDIT"),

	/**
	 * The '<em><b>EXTENDED WARRANTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTENDED_WARRANTY_VALUE
	 * @generated
	 * @ordered
	 */
	EXTENDED_WARRANTY(1, "EXTENDED_WARRANTY", "EXTENDED_WARRANTY"),

	/**
	 * The '<em><b>COUPON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUPON_VALUE
	 * @generated
	 * @ordered
	 */
	COUPON(2, "COUPON", "COUPON"),

	/**
	 * The '<em><b>LOYALTY POINTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOYALTY_POINTS_VALUE
	 * @generated
	 * @ordered
	 */
	LOYALTY_POINTS(3, "LOYALTY_POINTS", "LOYALTY_POINTS"), /**
	 * The '<em><b>VOUCHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOUCHER_VALUE
	 * @generated
	 * @ordered
	 */
	VOUCHER(4, "VOUCHER", "VOUCHER"), /**
	 * The '<em><b>REFUND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFUND_VALUE
	 * @generated
	 * @ordered
	 */
	REFUND(5, "REFUND", "REFUND"), /**
	 * The '<em><b>GIFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GIFT_VALUE
	 * @generated
	 * @ordered
	 */
	GIFT(6, "GIFT", "GIFT"), /**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

	/**
	 * The '<em><b>SERVICE CREDIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_CREDIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_CREDIT_VALUE = 0;

	/**
	 * The '<em><b>EXTENDED WARRANTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTENDED_WARRANTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXTENDED_WARRANTY_VALUE = 1;

	/**
	 * The '<em><b>COUPON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUPON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUPON_VALUE = 2;

	/**
	 * The '<em><b>LOYALTY POINTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOYALTY_POINTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOYALTY_POINTS_VALUE = 3;

	/**
	 * The '<em><b>VOUCHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOUCHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VOUCHER_VALUE = 4;

	/**
	 * The '<em><b>REFUND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFUND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFUND_VALUE = 5;

	/**
	 * The '<em><b>GIFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GIFT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GIFT_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Compensation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CompensationKind[] VALUES_ARRAY =
		new CompensationKind[] {
			SERVICE_CREDIT,
			EXTENDED_WARRANTY,
			COUPON,
			LOYALTY_POINTS,
			VOUCHER,
			REFUND,
			GIFT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Compensation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CompensationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Compensation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CompensationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CompensationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Compensation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CompensationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CompensationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Compensation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CompensationKind get(int value) {
		switch (value) {
			case SERVICE_CREDIT_VALUE: return SERVICE_CREDIT;
			case EXTENDED_WARRANTY_VALUE: return EXTENDED_WARRANTY;
			case COUPON_VALUE: return COUPON;
			case LOYALTY_POINTS_VALUE: return LOYALTY_POINTS;
			case VOUCHER_VALUE: return VOUCHER;
			case REFUND_VALUE: return REFUND;
			case GIFT_VALUE: return GIFT;
			case OTHER_VALUE: return OTHER;
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
	private CompensationKind(int value, String name, String literal) {
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
	
} //CompensationKind
