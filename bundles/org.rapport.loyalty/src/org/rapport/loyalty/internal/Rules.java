package org.rapport.loyalty.internal;

/** The rule ids of the entries the ledger writes itself (earning rules name their own). */
final class Rules {

    static final String BASE = "base";
    static final String BIRTHDAY_DOUBLE = "birthday-double";
    static final String REFERRAL = "referral";
    static final String REVIEW = "review";
    static final String PROMOTION = "promotion";
    static final String REDEMPTION = "redemption";
    static final String EXPIRY = "expiry";
    static final String REVERSAL = "reversal";
    static final String DEBT_REPAYMENT = "debt-repayment";
    static final String ADJUSTMENT = "adjustment";
    static final String COMPENSATION = "compensation";

    private Rules() {
    }
}
