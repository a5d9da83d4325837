package org.rapport.customers.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One customer's key figures, computed by the database (aggregate queries; no purchase is
 * loaded) under the signed-in user's access rules: a figure over a field the user may not read
 * (a purchase's amount hidden by a field rule) is refused with the store's exception, so that a
 * view leaves it out rather than showing a wrong zero.
 */
public interface CustomerFigures {

    /** How far back the recent revenue reaches, in months up to now. */
    int RECENT_MONTHS = 12;

    /**
     * Net revenue (DOMAIN.md section 1): the sum of the amounts of the purchase records, returns
     * (negative amounts) included; zero without records.
     *
     * @param lastTwelveMonths the records at or after the same moment {@value #RECENT_MONTHS}
     *        months before now (counted in the clock's zone) and not after now
     * @param total every record
     */
    record Revenue(BigDecimal lastTwelveMonths, BigDecimal total) {
    }

    /** The customer's net revenue as of the clock's now, both figures. */
    default Revenue revenue(long customerId) {
        return new Revenue(recentRevenue(customerId), totalRevenue(customerId));
    }

    /** {@link Revenue#lastTwelveMonths()} alone, one aggregate query: for a view that shows only it. */
    BigDecimal recentRevenue(long customerId);

    /** {@link Revenue#total()} alone, one aggregate query. */
    BigDecimal totalRevenue(long customerId);

    /** The day of the customer's last sale (returns do not count) in the clock's zone; empty without sales. */
    Optional<LocalDate> lastPurchase(long customerId);
}
