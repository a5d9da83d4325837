package org.rapport.reports.internal.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.security.api.AccessDeniedException;

/**
 * The aggregate queries of the customer measures, each answering one number from the database
 * through one unit of work (so the signed-in user's access rules apply: a sales user with scope
 * OWN counts the customers they manage).
 * <p>
 * A purchase is a SALE record; the records of one customer that share an order reference are
 * one purchase (the lines of an order), a record without an order reference is a purchase of its
 * own. Two records are different purchases when they are different records and not lines of the
 * same order. Periods run from their first day's start to the start of the day after their last,
 * in the installation's zone.
 */
final class PurchaseQueries {

    private static final String FROM = " FROM Customer c JOIN c.purchases p";
    /**
     * The purchases alone, their customer by the owner column ({@code p.purchasesOwner}): a count
     * or sum over them reads the purchase table without joining the customers' (R2, R19).
     */
    private static final String ALONE = " FROM Purchase p";
    /** Two records of the same customer, {@code p} and {@code q}, are two purchases. */
    private static final String ANOTHER_PURCHASE = "q.persistentId <> p.persistentId AND (p.orderRef IS NULL OR q.orderRef IS NULL OR q.orderRef <> p.orderRef)";

    private final UnitOfWork work;
    private final ZoneId zone;
    /** This unit of work's rules refused a query over the purchases alone: the user reads their own customers only. */
    private boolean ownRowsOnly;

    PurchaseQueries(UnitOfWork work, ZoneId zone) {
        this.work = work;
        this.zone = zone;
    }

    /** Counts each customer a query keeps once. */
    static final String COUNT = "COUNT(DISTINCT c.persistentId)";
    /** Lists the identities of the customers a query keeps. */
    static final String IDS = "DISTINCT c.persistentId";

    /** Customers with at least one purchase in the period. */
    long buyers(ReportPeriod period, Slice slice) {
        return eitherWay(slice, alone -> {
            if (!alone) {
                return buyers(COUNT, period, slice);
            }
            Jpql query = new Jpql("SELECT COUNT(DISTINCT p.purchasesOwner)" + ALONE + " WHERE 1 = 1");
            sales(query, "p", period, slice);
            return query;
        }, this::count);
    }

    /**
     * A figure's query over the purchases alone, each customer by the owner column, when the slice
     * names nothing of the customer (region, tag) and the user's rules allow it; else through the
     * customer. The rules refuse a query ranging over the purchases to a user of own accounts, whose
     * rows are known through the customer only (before any statement is sent): their figures, and
     * every later one in this unit of work, read through the customer.
     *
     * @param query the query, over the purchases alone ({@code true}) or through the customer
     * @param run runs it
     */
    private <T> T eitherWay(Slice slice, Function<Boolean, Jpql> query, Function<Jpql, T> run) {
        if (!slice.namesTheCustomer() && !ownRowsOnly) {
            try {
                return run.apply(query.apply(true));
            } catch (AccessDeniedException refused) {
                ownRowsOnly = true;
            }
        }
        return run.apply(query.apply(false));
    }

    /** Customers with at least one purchase in the period, as {@code select} of them. */
    Jpql buyers(String select, ReportPeriod period, Slice slice) {
        Jpql query = new Jpql("SELECT " + select + FROM + " WHERE 1 = 1");
        sales(query, "p", period, slice);
        slice.onCustomer(query);
        return query;
    }

    /** Customers with at least two purchases in the period. */
    long repeatBuyers(ReportPeriod period, Slice slice) {
        return count(repeatBuyers(COUNT, period, slice));
    }

    /** Customers with at least two purchases in the period, as {@code select} of them. */
    Jpql repeatBuyers(String select, ReportPeriod period, Slice slice) {
        Jpql query = new Jpql("SELECT " + select + FROM + " JOIN c.purchases q WHERE 1 = 1");
        sales(query, "p", period, slice);
        sales(query, "q", period, slice);
        query.and(ANOTHER_PURCHASE);
        slice.onCustomer(query);
        return query;
    }

    /**
     * Customers with a purchase in {@code before} and one in {@code period}, as {@code select} of
     * them. The one in the period is an EXISTS: a second join of the purchases made a row of every
     * pair of a customer's records in the two periods.
     */
    Jpql returned(String select, ReportPeriod before, ReportPeriod period, Slice slice) {
        Jpql query = new Jpql("SELECT " + select + FROM + " WHERE 1 = 1");
        sales(query, "p", before, slice);
        slice.onCustomer(query);
        query.append(" AND EXISTS (" + ownPurchase("q"));
        sales(query, "q", period, slice);
        query.append(")");
        return query;
    }

    /** Customers with a purchase in {@code before} and none in {@code period}, as {@code select} of them. */
    Jpql lost(String select, ReportPeriod before, ReportPeriod period, Slice slice) {
        Jpql query = new Jpql("SELECT " + select + FROM + " WHERE 1 = 1");
        sales(query, "p", before, slice);
        slice.onCustomer(query);
        query.append(" AND NOT EXISTS (" + ownPurchase("q"));
        sales(query, "q", period, slice);
        query.append(")");
        return query;
    }

    /** Who bought in the period before a period, and how many of them bought in the period too. */
    record Kept(long before, long again) {
    }

    /**
     * {@link Kept} for each period and its {@link ReportPeriod#previous() period before}, in one
     * pass over the sales of them all: a row per buyer with a flag per period (a sale in it),
     * counted here as the rows arrive. Asked one period at a time, each needed two statements, one
     * with an EXISTS per record (26 for a year by month); and a grouped count per period with an
     * EXISTS of a sale in the paired period was slower still (each record's EXISTS compared two
     * CASEs of every month). A single period's total is asked so too (R19): one statement, where
     * the buyers before and those who came back took two, the second an EXISTS per record.
     */
    List<Kept> keptEach(List<ReportPeriod> periods, Slice slice) {
        List<ReportPeriod> befores = periods.stream().map(ReportPeriod::previous).toList();
        List<ReportPeriod> flagged = new ArrayList<>(new LinkedHashSet<>(befores));
        periods.stream().filter(period -> !flagged.contains(period)).forEach(flagged::add);
        int[] beforeColumn = befores.stream().mapToInt(flagged::indexOf).toArray();
        int[] periodColumn = periods.stream().mapToInt(flagged::indexOf).toArray();
        long[] before = new long[periods.size()];
        long[] again = new long[periods.size()];
        flagsPerBuyer(flagged, slice, row -> {
            for (int i = 0; i < periods.size(); i++) {
                if (number(row[beforeColumn[i]]) > 0) {
                    before[i]++;
                    if (number(row[periodColumn[i]]) > 0) {
                        again[i]++;
                    }
                }
            }
        });
        List<Kept> kept = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            kept.add(new Kept(before[i], again[i]));
        }
        return kept;
    }

    /**
     * One statement over the sales {@code p} of the customers {@code c} in any of the periods that
     * the slice keeps, grouped by customer, selecting for each period 1 when the customer made one
     * in it, else 0; each row to {@code counter}. Streamed: at a million buyers the rows are not held.
     */
    private void flagsPerBuyer(List<ReportPeriod> periods, Slice slice, Consumer<Object[]> counter) {
        Instant from = periods.stream().map(period -> period.start(zone)).min(Instant::compareTo).orElseThrow();
        Instant to = periods.stream().map(period -> period.end(zone)).max(Instant::compareTo).orElseThrow();
        eitherWay(slice, alone -> {
            Jpql query = new Jpql("SELECT ");
            String separator = "";
            for (ReportPeriod period : periods) {
                query.append(separator + "MAX(CASE WHEN p.at >= ? AND p.at < ? THEN 1 ELSE 0 END)", period.start(zone), period.end(zone));
                separator = ", ";
            }
            query.append((alone ? ALONE : FROM) + " WHERE 1 = 1");
            query.and("p.kind = ?", PurchaseKind.SALE);
            query.and("p.at >= ? AND p.at < ?", from, to);
            slice.onPurchase(query, "p");
            slice.onCustomer(query);
            return query.append(alone ? " GROUP BY p.purchasesOwner" : " GROUP BY c.persistentId");
        }, query -> {
            try (Stream<Object> rows = work.stream(query.text(), query.parameters())) {
                rows.forEach(row -> counter.accept(row instanceof Object[] columns ? columns : new Object[] { row }));
            }
            return null;
        });
    }

    /** Customers with a record (a sale or a return) dated in the period, as {@code select} of them: whose amounts make its revenue. */
    Jpql recorded(String select, ReportPeriod period, Slice slice) {
        Jpql query = new Jpql("SELECT " + select + FROM + " WHERE 1 = 1");
        dated(query, "p", period);
        slice.onPurchase(query, "p");
        slice.onCustomer(query);
        return query;
    }

    /** The returning customers (a purchase in the period and one before it started), as {@code select} of them. */
    Jpql returningBuyers(String select, ReportPeriod period, Slice slice) {
        Jpql query = buyers(select, period, slice);
        before(query, period);
        return query;
    }

    /** The first {@link org.rapport.reports.api.DrillDown#LIMIT} identities a query of {@link #IDS} keeps, in their order. */
    List<Long> ids(Jpql query, int max) {
        List<Number> ids = work.page(query.text() + " ORDER BY c.persistentId", 0, max, query.parameters());
        return ids.stream().map(Number::longValue).toList();
    }

    /** How many a query of {@link #COUNT} counts. */
    long count(Jpql query) {
        return number(work.query(query.text(), query.parameters()).get(0));
    }

    /** The sum of the amounts of every record (sales and returns) dated in the period; zero without records. */
    BigDecimal revenue(ReportPeriod period, Slice slice) {
        return eitherWay(slice, alone -> {
            Jpql query = new Jpql("SELECT SUM(p.amount)" + (alone ? ALONE : FROM) + " WHERE 1 = 1");
            dated(query, "p", period);
            slice.onPurchase(query, "p");
            slice.onCustomer(query);
            return query;
        }, this::money);
    }

    /**
     * Like {@link #revenue}, of the customers who made a purchase in the period and one before
     * it started (through any channel).
     */
    BigDecimal returningRevenue(ReportPeriod period, Slice slice) {
        Jpql query = new Jpql("SELECT SUM(p.amount)" + FROM + " WHERE 1 = 1");
        dated(query, "p", period);
        slice.onPurchase(query, "p");
        slice.onCustomer(query);
        returning(query, period, slice);
        return money(query);
    }

    /** The purchases in the period of the customers who made one before it started too. */
    long returningPurchases(ReportPeriod period, Slice slice) {
        // lines of one order count once: distinct customer and order; records without an order each once
        Jpql query = new Jpql("SELECT COUNT(DISTINCT CONCAT(c.reference, CONCAT('/', p.orderRef))), SUM(CASE WHEN p.orderRef IS NULL THEN 1 ELSE 0 END)"
                + FROM + " WHERE 1 = 1");
        sales(query, "p", period, slice);
        slice.onCustomer(query);
        // p is a purchase in the period already: only the one before is left to ask for
        before(query, period);
        Object[] row = work.<Object[]>query(query.text(), query.parameters()).get(0);
        return number(row[0]) + number(row[1]);
    }

    /**
     * Keeps the customers {@code c} who made a purchase in the period and one before it. Two
     * EXISTS rather than an IN over a double self-join of the purchases: the databases ran that
     * join for every customer's purchases squared and did not finish at 10,000 customers.
     */
    private void returning(Jpql query, ReportPeriod period, Slice slice) {
        query.append(" AND EXISTS (" + ownPurchase("a"));
        sales(query, "a", period, slice);
        query.append(")");
        before(query, period);
    }

    /**
     * A subquery over customer c's own purchases as {@code alias}, its conditions to follow: read by
     * their owner column, without joining the customers again (R5).
     */
    private static String ownPurchase(String alias) {
        return "SELECT " + alias + " FROM c.purchases " + alias + " WHERE 1 = 1";
    }

    /** Keeps the customers {@code c} who made a purchase before the period started. */
    private void before(Jpql query, ReportPeriod period) {
        query.and("EXISTS (" + ownPurchase("b") + " AND b.kind = ? AND b.at < ?)", PurchaseKind.SALE, period.start(zone));
    }

    /**
     * The values of a dimension among the records dated from {@code from} (inclusive) to
     * {@code to} (exclusive) that the slice keeps; "" for none.
     */
    List<String> values(String dimension, Instant from, Instant to, Slice slice) {
        String select = switch (dimension) {
        case Dimensions.CHANNEL -> "SELECT DISTINCT p.channel" + FROM;
        case Dimensions.REGION -> "SELECT DISTINCT c.region" + FROM;
        case Dimensions.TAG -> "SELECT DISTINCT t" + FROM + " JOIN c.tags t";
        default -> throw new IllegalArgumentException(dimension);
        };
        Jpql query = new Jpql(select + " WHERE 1 = 1").and("p.at >= ? AND p.at < ?", from, to);
        slice.onPurchase(query, "p");
        slice.onCustomer(query);
        List<String> values = new ArrayList<>();
        for (Object value : work.query(query.text(), query.parameters())) {
            values.add(value == null ? "" : value.toString());
        }
        return values;
    }

    private void sales(Jpql query, String alias, ReportPeriod period, Slice slice) {
        query.and(alias + ".kind = ?", PurchaseKind.SALE);
        dated(query, alias, period);
        slice.onPurchase(query, alias);
    }

    private void dated(Jpql query, String alias, ReportPeriod period) {
        query.and(alias + ".at >= ? AND " + alias + ".at < ?", period.start(zone), period.end(zone));
    }

    private BigDecimal money(Jpql query) {
        Object sum = work.query(query.text(), query.parameters()).get(0);
        return sum == null ? new BigDecimal("0.00") : new BigDecimal(sum.toString()).setScale(2);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The unit of work the queries run in, for queries of other shapes in the same unit (segment sizes). */
    UnitOfWork work() {
        return work;
    }

    /** The installation's zone, in which periods start and end. */
    ZoneId zone() {
        return zone;
    }
}
