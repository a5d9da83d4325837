package org.rapport.reports.bench;

import static org.rapport.reports.bench.Baseline.share;
import static org.rapport.reports.bench.Baseline.values;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import org.rapport.reports.api.Figure;

/**
 * Hand-written SQL (Derby) for the total of every shipped measure over one period, as someone who
 * knows the tables would write it: one statement each, reading the tables directly, without the
 * store, the access rules or JPQL. Written from DOMAIN.md's definitions and the tables, not from
 * the measures' queries; the benchmark checks both give the same figures.
 */
final class Baselines {

    /** Each customer's purchases in a period: distinct orders plus the records without one. */
    private static final String PURCHASES_OF = "SELECT p.PURCHASES_OWNER AS OWNER, COUNT(DISTINCT p.ORDER_REF) + SUM(CASE WHEN p.ORDER_REF IS NULL THEN 1 ELSE 0 END) AS N"
            + " FROM CUST_PURCHASE p WHERE p.KIND = 'SALE' AND p.AT_ >= ? AND p.AT_ < ? GROUP BY p.PURCHASES_OWNER";
    private static final String BUYERS_BEFORE = "SELECT DISTINCT b.PURCHASES_OWNER AS OWNER FROM CUST_PURCHASE b WHERE b.KIND = 'SALE' AND b.AT_ >= ? AND b.AT_ < ?";
    private static final String AGAIN = "EXISTS (SELECT 1 FROM CUST_PURCHASE q WHERE q.PURCHASES_OWNER = x.OWNER AND q.KIND = 'SALE' AND q.AT_ >= ? AND q.AT_ < ?)";
    private static final String BOUGHT_BEFORE = "EXISTS (SELECT 1 FROM CUST_PURCHASE e WHERE e.PURCHASES_OWNER = y.OWNER AND e.KIND = 'SALE' AND e.AT_ < ?)";
    /**
     * The record's customer made a sale in the period. An EXISTS, not {@code IN} over the grouped
     * purchases: Derby evaluated that IN again for every record and did not finish in 9 minutes at
     * 15,000 customers.
     */
    private static final String SOLD_IN = "EXISTS (SELECT 1 FROM CUST_PURCHASE s WHERE s.PURCHASES_OWNER = r.PURCHASES_OWNER AND s.KIND = 'SALE' AND s.AT_ >= ? AND s.AT_ < ?)";
    private static final String OPENED_IN = " FROM CMP_COMPLAINT c WHERE c.OPENED_AT >= ? AND c.OPENED_AT < ?";
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Baselines() {
    }

    /**
     * @param start the period's start (included)
     * @param end its end (excluded)
     * @param before the previous period's start (retention and churn compare with it)
     * @param now when the report runs (the service-level clocks due by then count)
     */
    static List<Baseline> of(Instant start, Instant end, Instant before, Instant now) {
        return List.of(
                new Baseline("customers", "SELECT COUNT(DISTINCT p.PURCHASES_OWNER) FROM CUST_PURCHASE p WHERE p.KIND = 'SALE' AND p.AT_ >= ? AND p.AT_ < ?",
                        List.of(start, end), c -> values(c[0])),
                new Baseline("revenue", "SELECT SUM(p.AMOUNT) FROM CUST_PURCHASE p WHERE p.AT_ >= ? AND p.AT_ < ?", List.of(start, end), c -> values(c[0])),
                new Baseline("repurchase-rate", "SELECT SUM(CASE WHEN x.N >= 2 THEN 1 ELSE 0 END), COUNT(*) FROM (" + PURCHASES_OF + ") x", List.of(start, end),
                        c -> values(share(c[0], c[1]))),
                new Baseline("retention-rate", "SELECT a.N, b.N FROM (SELECT COUNT(*) AS N FROM (" + BUYERS_BEFORE + ") x WHERE " + AGAIN
                        + ") a, (SELECT COUNT(*) AS N FROM (" + BUYERS_BEFORE + ") w) b", List.of(before, start, start, end, before, start),
                        c -> values(share(c[0], c[1]))),
                new Baseline("churn-rate", "SELECT a.N, b.N FROM (SELECT COUNT(*) AS N FROM (" + BUYERS_BEFORE + ") x WHERE NOT " + AGAIN
                        + ") a, (SELECT COUNT(*) AS N FROM (" + BUYERS_BEFORE + ") w) b", List.of(before, start, start, end, before, start),
                        c -> values(share(c[0], c[1]))),
                new Baseline("average-order-value-returning",
                        "SELECT a.S, b.N FROM (SELECT SUM(r.AMOUNT) AS S FROM CUST_PURCHASE r WHERE r.AT_ >= ? AND r.AT_ < ? AND " + SOLD_IN
                                + " AND " + BOUGHT_BEFORE.replace("y.OWNER", "r.PURCHASES_OWNER") + ") a, (SELECT SUM(y.N) AS N FROM (" + PURCHASES_OF + ") y WHERE "
                                + BOUGHT_BEFORE + ") b",
                        List.of(start, end, start, end, start, start, end, start), c -> values(mean(c[0], c[1]))),
                new Baseline("hot-spots", "SELECT COUNT(*)" + OPENED_IN, List.of(start, end), c -> values(c[0], share(c[0], c[0]))),
                new Baseline("first-response", "SELECT SUM(CASE WHEN c.ACKNOWLEDGED_AT IS NULL THEN 0 ELSE 1 END), "
                        + "SUM(CAST({fn TIMESTAMPDIFF(SQL_TSI_SECOND, c.OPENED_AT, c.ACKNOWLEDGED_AT)} AS BIGINT)), "
                        + "SUM(CASE WHEN c.ACKNOWLEDGED_AT IS NULL THEN 1 ELSE 0 END)" + OPENED_IN, List.of(start, end),
                        c -> values(mean(c[1].divide(SIXTY, Figure.SCALE, RoundingMode.HALF_UP), c[0]), c[2])),
                new Baseline("resolution-rate", "SELECT COUNT(*), SUM(CASE WHEN c.RESOLVED_AT IS NULL THEN 0 ELSE 1 END)" + OPENED_IN, List.of(start, end),
                        c -> values(share(c[1], c[0]), c[1])),
                new Baseline("csat", "SELECT COUNT(*), SUM(c.CSAT), SUM(CASE WHEN c.CSAT >= 4 THEN 1 ELSE 0 END) FROM CMP_COMPLAINT c WHERE c.CSAT IS NOT NULL"
                        + " AND EXISTS (SELECT 1 FROM CMP_COMPLAINT_EVENT f WHERE f.EVENTS_OWNER = c.ID AND f.TO_STATUS = 'FOLLOWED_UP' AND f.AT_ >= ? AND f.AT_ < ?)"
                        + " AND NOT EXISTS (SELECT 1 FROM CMP_COMPLAINT_EVENT g WHERE g.EVENTS_OWNER = c.ID AND g.TO_STATUS = 'FOLLOWED_UP' AND g.AT_ >= ?)",
                        List.of(start, end, end), c -> values(mean(c[1], c[0]), share(c[2], c[0]))),
                new Baseline("sla-compliance", "SELECT " + clock("ACKNOWLEDGE_DUE", "ACKNOWLEDGED_AT") + ", " + clock("SOLUTION_DUE", "SOLVED_AT") + ", "
                        + clock("RESOLVE_DUE", "RESOLVED_AT") + " FROM CMP_COMPLAINT c",
                        List.of(start, end, now, start, end, start, end, now, start, end, start, end, now, start, end),
                        c -> values(share(c[1].add(c[3]).add(c[5]), c[0].add(c[2]).add(c[4])), share(c[1], c[0]), share(c[3], c[2]), share(c[5], c[4]))),
                new Baseline("first-contact-resolution", "SELECT COUNT(*), SUM(CASE WHEN c.REPEAT_CONTACTS = 0 AND c.ESCALATION_LEVEL = 1 AND r.ID IS NULL THEN 1 ELSE 0 END)"
                        + " FROM CMP_COMPLAINT c LEFT JOIN (SELECT DISTINCT e.EVENTS_OWNER AS ID FROM CMP_COMPLAINT_EVENT e WHERE e.TO_STATUS = 'REOPENED') r ON r.ID = c.ID"
                        + " WHERE c.OPENED_AT >= ? AND c.OPENED_AT < ? AND c.RESOLVED_AT IS NOT NULL", List.of(start, end), c -> values(share(c[1], c[0]))),
                new Baseline("repeat-contact-rate", "SELECT COUNT(*), SUM(CASE WHEN c.REPEAT_CONTACTS > 0 THEN 1 ELSE 0 END), SUM(c.REPEAT_CONTACTS)" + OPENED_IN,
                        List.of(start, end), c -> values(share(c[1], c[0]), c[2])),
                new Baseline("points", "SELECT SUM(CASE WHEN e.AT_ >= ? AND e.POINTS > 0 THEN e.POINTS ELSE 0 END), SUM(CASE WHEN e.AT_ >= ? AND e.KIND = 'REDEMPTION' THEN e.POINTS ELSE 0 END),"
                        + " SUM(CASE WHEN e.AT_ >= ? AND e.KIND = 'EXPIRY' THEN e.POINTS ELSE 0 END), SUM(CASE WHEN e.AT_ >= ? AND e.POINTS < 0 THEN e.POINTS ELSE 0 END),"
                        + " SUM(e.POINTS) FROM LOY_LEDGER_ENTRY e WHERE e.AT_ < ?", List.of(start, start, start, start, end), c -> {
                            BigDecimal redeemed = c[1].negate();
                            BigDecimal expired = c[2].negate();
                            return values(c[0], redeemed, expired, c[3].negate().subtract(redeemed).subtract(expired), c[4]);
                        }),
                // members at the end: those with a tier by then (each member's history starts with the tier they joined in)
                new Baseline("tiers", "SELECT COUNT(*) FROM (SELECT t.HISTORY_OWNER FROM LOY_TIER_CHANGE t WHERE t.AT_ < ? GROUP BY t.HISTORY_OWNER) x", List.of(end),
                        c -> values(c[0])));
    }

    /** A service-level clock's due count and met count: due in the period and (met, or due by now); met by its due time. */
    private static String clock(String due, String met) {
        String counted = "c." + due + " >= ? AND c." + due + " < ?";
        return "SUM(CASE WHEN " + counted + " AND (c." + met + " IS NOT NULL OR c." + due + " <= ?) THEN 1 ELSE 0 END), SUM(CASE WHEN " + counted + " AND c." + met
                + " <= c." + due + " THEN 1 ELSE 0 END)";
    }

    /** {@code sum / count} as {@link Figure#mean} makes it; null (no data) over nothing. */
    private static BigDecimal mean(BigDecimal sum, BigDecimal count) {
        return count.signum() == 0 ? null : sum.divide(count, Figure.SCALE, RoundingMode.HALF_UP);
    }
}
