package org.rapport.reports.internal.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The value tiers of DOMAIN.md section 2, preset A, counted at a moment D by aggregate queries (the
 * customers are never loaded), in the caller's unit of work so the user's access rules apply to
 * the customers counted.
 * <ul>
 * <li>A customer counts at D when their record was created before D, has no creation time, or has
 * a purchase record dated before D (an imported history counts from its records).</li>
 * <li>High-value: net spend (the amounts of every record, sales less returns) dated in the 12
 * months up to D (from D minus 12 calendar months, inclusive, to D, exclusive) of 10,000 or more,
 * or 5 or more repeat purchases in those 12 months. A purchase is a sale record, the lines of one
 * order (same order reference) one purchase; the repeat purchases are those other than the
 * customer's first ever purchase (the purchase of their earliest sale record).</li>
 * <li>Potential (not high-value): the first sale record less than 3 calendar months before D (after
 * D minus 3 months, before D).</li>
 * <li>Ordinary: the rest of those who count, buyers or not.</li>
 * </ul>
 */
final class SegmentQueries {

    /** Net spend in the 12 months that makes a customer high-value. */
    static final BigDecimal HIGH_SPEND = new BigDecimal("10000");
    /** Repeat purchases in the 12 months that make a customer high-value. */
    static final int HIGH_REPEATS = 5;
    static final int SPEND_MONTHS = 12;
    static final int POTENTIAL_MONTHS = 3;

    /** The counts at D: those counted, high-value, potential; ordinary is the rest. */
    record Sizes(long customers, long highValue, long potential) {
        long ordinary() {
            return customers - highValue - potential;
        }
    }

    // ?1 D, ?2 twelve months before D, ?3 the sale kind, ?4 three months before D; the thresholds are the preset's, written in
    private static final String SPEND = "SUM(CASE WHEN p.at >= ?2 THEN p.amount ELSE 0 END)";
    private static final String PURCHASES = "(COUNT(DISTINCT CASE WHEN p.kind = ?3 AND p.at >= ?2 THEN p.orderRef ELSE NULL END)"
            + " + SUM(CASE WHEN p.kind = ?3 AND p.at >= ?2 AND p.orderRef IS NULL THEN 1 ELSE 0 END))";
    private static final String SALES_BEFORE_YEAR = "SUM(CASE WHEN p.kind = ?3 AND p.at < ?2 THEN 1 ELSE 0 END)";
    /** With a sale before the 12 months the first purchase is not among them, so every one is a repeat; else one is not. */
    private static final String HIGH = "(" + SPEND + " >= " + HIGH_SPEND.toPlainString() + " OR " + PURCHASES + " >= " + (HIGH_REPEATS + 1)
            + " OR (" + PURCHASES + " >= " + HIGH_REPEATS + " AND " + SALES_BEFORE_YEAR + " > 0))";
    private static final String BUYERS = "SELECT x.persistentId FROM Customer x JOIN x.purchases p WHERE p.at < ?1 GROUP BY x.persistentId HAVING ";
    /**
     * Per customer with a record before D, the sums the tiers are decided by: spend, purchases and
     * sales before the 12 months (as {@link #HIGH}), sales up to three months before D and all sales
     * (potential: none of the first, some of the second). One pass over the purchases for both
     * tiers, the rows counted here, instead of two counts of the customers {@code IN} a grouped
     * subquery, which Derby does not flatten (74 s for three months on the demo under load).
     */
    private static final String PER_BUYER = "SELECT " + SPEND + ", " + PURCHASES + ", " + SALES_BEFORE_YEAR
            + ", SUM(CASE WHEN p.kind = ?3 AND p.at <= ?4 THEN 1 ELSE 0 END), SUM(CASE WHEN p.kind = ?3 THEN 1 ELSE 0 END)"
            + " FROM Customer x JOIN x.purchases p WHERE p.at < ?1 GROUP BY x.persistentId";
    private static final String COUNTED = "SELECT COUNT(c) FROM Customer c WHERE (c.createdAt < ?1 OR c.createdAt IS NULL"
            + " OR EXISTS (SELECT e FROM c.purchases e WHERE e.at < ?1))";

    private final UnitOfWork work;
    private final ZoneId zone;

    SegmentQueries(UnitOfWork work, ZoneId zone) {
        this.work = work;
        this.zone = zone;
    }

    /** The sizes at the start of {@code day} (D) in the installation's zone. */
    Sizes at(LocalDate day) {
        Instant d = day.atStartOfDay(zone).toInstant();
        Instant yearBefore = day.minusMonths(SPEND_MONTHS).atStartOfDay(zone).toInstant();
        Instant quarterBefore = day.minusMonths(POTENTIAL_MONTHS).atStartOfDay(zone).toInstant();
        long customers = count(COUNTED, d);
        long high = 0;
        long potential = 0;
        for (Object[] buyer : work.<Object[]>query(PER_BUYER, d, yearBefore, PurchaseKind.SALE, quarterBefore)) {
            if (highValue(decimal(buyer[0]), whole(buyer[1]), whole(buyer[2]))) {
                high++;
            } else if (whole(buyer[3]) == 0 && whole(buyer[4]) > 0) {
                potential++;
            }
        }
        return new Sizes(customers, high, potential);
    }

    /** {@link #HIGH} of one customer's sums. */
    private static boolean highValue(BigDecimal spend, long purchases, long salesBeforeYear) {
        return spend.compareTo(HIGH_SPEND) >= 0 || purchases >= HIGH_REPEATS + 1 || purchases >= HIGH_REPEATS && salesBeforeYear > 0;
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private static long whole(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * The customers high-value at the start of {@code day} (D), as {@code select} of them
     * ({@link PurchaseQueries#IDS} or {@link PurchaseQueries#COUNT}): those {@link #at} counts.
     */
    Jpql highValue(String select, LocalDate day) {
        Instant d = day.atStartOfDay(zone).toInstant();
        Instant yearBefore = day.minusMonths(SPEND_MONTHS).atStartOfDay(zone).toInstant();
        return new Jpql("SELECT " + select + " FROM Customer c WHERE c.persistentId IN (" + BUYERS + HIGH + ")", d, yearBefore, PurchaseKind.SALE);
    }

    private long count(String jpql, Object... parameters) {
        Object value = work.query(jpql, parameters).get(0);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
