package org.rapport.loyalty.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The programme's time-limited promotions, a DS service: purchases from a promotion's first to its
 * last day (in the installation's zone), of its channel when it names one, earn a multiple of
 * their base points and/or a bonus, as an entry of the {@code promotion} rule named
 * {@code promotion:REFERENCE}. Where promotions overlap, the one that gives the purchase the most
 * points applies (on a tie the one whose reference sorts first), never two. Adding and ending
 * need the update permission on the loyalty area; ending keeps the promotion, which its entries name.
 */
public interface Promotions {

    /** Every promotion, by first day, then reference. */
    List<Promotion> promotions();

    /** Stores a new promotion; refused with what is wrong (reference taken, days reversed, no multiplier or bonus...). */
    Promotion add(Promotion promotion);

    /** Ends a promotion: its last day becomes {@code lastDay} (on or after its first day, before its current last day). */
    Promotion end(String reference, LocalDate lastDay);

    /**
     * @param reference what identifies it, at most 32 characters (letters, digits, - and _)
     * @param name as customers know it, at most 255 characters
     * @param firstDay the first day purchases count
     * @param lastDay the last day purchases count, included
     * @param channel only purchases of this channel (compared ignoring case), or null for all
     * @param multiplier purchases earn this multiple of their base points (more than 1, at most 100), or null
     * @param bonus points added to every purchase that earns base points (1 or more), or null
     */
    record Promotion(String reference, String name, LocalDate firstDay, LocalDate lastDay, String channel, BigDecimal multiplier, Long bonus) {

        /** Whether a purchase of this day and channel counts. */
        public boolean covers(LocalDate day, String purchaseChannel) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay) && (channel == null || channel.equalsIgnoreCase(purchaseChannel));
        }
    }
}
