package org.rapport.loyalty.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import org.rapport.loyalty.api.LoyaltyProgramme.Bonuses;

/**
 * What an {@link EarningRule} knows of a review of a purchase when it is recorded.
 *
 * @param customerRef the customer who reviewed
 * @param purchaseRef the purchase reviewed (its order reference and line)
 * @param boughtAt when the purchase was made
 * @param amount what was paid for it
 * @param at when the review was recorded
 * @param zone the installation's zone
 * @param bonuses the programme's points for referrals and reviews
 */
public record ReviewFacts(String customerRef, String purchaseRef, Instant boughtAt, BigDecimal amount, Instant at, ZoneId zone, Bonuses bonuses) {
}
