package org.rapport.loyalty.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.rapport.loyalty.api.LoyaltyProgramme.Bonuses;
import org.rapport.loyalty.api.Promotions.Promotion;

/**
 * What an {@link EarningRule} knows of one purchase record when it is recorded.
 *
 * @param customerRef the customer's reference
 * @param birthday the customer's birthday, empty when unknown
 * @param purchaseRef the purchase's reference (its order reference and line)
 * @param at when the purchase was made
 * @param amount what was paid for the record, never negative
 * @param zone the installation's zone ({@code ClockService.zone()}), in which days and months are counted
 * @param basePoints the programme's points for the amount: points per unit times the amount, rounded down
 * @param channel the purchase's channel as recorded, empty when unknown
 * @param referrerRef who referred the customer, present only while that referral is not yet
 *            rewarded: with the customer's first purchase
 * @param promotions the programme's promotions running on the purchase's day for its channel
 * @param bonuses the programme's points for referrals and reviews
 */
public record PurchaseFacts(String customerRef, Optional<LocalDate> birthday, String purchaseRef, Instant at, BigDecimal amount, ZoneId zone,
        long basePoints, Optional<String> channel, Optional<String> referrerRef, List<Promotion> promotions, Bonuses bonuses) {

    /** A purchase without channel, referral or promotion, with the shipped bonuses (for rules' own tests). */
    public PurchaseFacts(String customerRef, Optional<LocalDate> birthday, String purchaseRef, Instant at, BigDecimal amount, ZoneId zone,
            long basePoints) {
        this(customerRef, birthday, purchaseRef, at, amount, zone, basePoints, Optional.empty(), Optional.empty(), List.of(), Bonuses.SHIPPED);
    }

    /** The day of the purchase in the installation's zone. */
    public LocalDate day() {
        return at.atZone(zone).toLocalDate();
    }
}
