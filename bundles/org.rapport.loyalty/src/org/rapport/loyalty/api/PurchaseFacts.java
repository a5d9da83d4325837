package org.rapport.loyalty.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

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
 */
public record PurchaseFacts(String customerRef, Optional<LocalDate> birthday, String purchaseRef, Instant at, BigDecimal amount, ZoneId zone,
        long basePoints) {

    /** The day of the purchase in the installation's zone. */
    public LocalDate day() {
        return at.atZone(zone).toLocalDate();
    }
}
