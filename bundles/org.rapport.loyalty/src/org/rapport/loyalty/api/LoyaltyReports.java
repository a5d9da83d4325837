package org.rapport.loyalty.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the programme looks like as of a day, and whose points are about to expire, a DS service.
 * Both read under the signed-in user's rules.
 */
public interface LoyaltyReports {

    /** The programme's figures as of the end of {@code asOf} (in the installation's zone). */
    Stats stats(LocalDate asOf);

    /**
     * Every customer with points that expire after {@code asOf} and within the programme's
     * reminder days, one row per customer and expiry day, soonest first.
     */
    List<Reminder> reminders(LocalDate asOf);

    /**
     * The programme's figures.
     *
     * @param members customers who joined by then
     * @param issued points earned (every earning entry)
     * @param redeemed points spent on rewards
     * @param expired points expired
     * @param reversed points taken back for returns (debt repayments included)
     * @param outstanding the sum of every balance
     * @param perTier members per tier, lowest tier first
     */
    record Stats(LocalDate asOf, long members, long issued, long redeemed, long expired, long reversed, long outstanding, Map<String, Long> perTier) {
    }

    /** Points of a customer that expire on a day. */
    record Reminder(String customerRef, LocalDate expiresOn, long points) {
    }
}
