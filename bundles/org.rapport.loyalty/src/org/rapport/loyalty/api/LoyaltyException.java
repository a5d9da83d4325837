package org.rapport.loyalty.api;

/**
 * A posting the ledger refuses (unknown customer, not enough points, bad input), with a message
 * for the user that says what and where. Nothing was written.
 */
public class LoyaltyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public LoyaltyException(String message) {
        super(message);
    }
}
