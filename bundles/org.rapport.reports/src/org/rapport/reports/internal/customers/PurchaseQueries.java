package org.rapport.reports.internal.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.ReportPeriod;

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
    /** Two records of the same customer, {@code p} and {@code q}, are two purchases. */
    private static final String ANOTHER_PURCHASE = "q.persistentId <> p.persistentId AND (p.orderRef IS NULL OR q.orderRef IS NULL OR q.orderRef <> p.orderRef)";

    private final UnitOfWork work;
    private final ZoneId zone;

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
        return count(buyers(COUNT, period, slice));
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

    /** Customers with a purchase in {@code before} and one in {@code period}. */
    long returned(ReportPeriod before, ReportPeriod period, Slice slice) {
        return count(returned(COUNT, before, period, slice));
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

    /**
     * {@link #buyers(ReportPeriod, Slice)} of each of periods that do not overlap
     * ({@link PeriodGroups#disjoint}), in one statement grouped by the period.
     */
    long[] buyersEach(List<ReportPeriod> periods, Slice slice) {
        PeriodGroups groups = new PeriodGroups(periods, zone);
        Jpql query = grouped(groups, COUNT, "");
        query.and("p.kind = ?", PurchaseKind.SALE);
        slice.onPurchase(query, "p");
        slice.onCustomer(query);
        return counts(groups, query);
    }

    /** {@link #repeatBuyers(ReportPeriod, Slice)} of each of periods that do not overlap, in one statement grouped by the period. */
    long[] repeatBuyersEach(List<ReportPeriod> periods, Slice slice) {
        PeriodGroups groups = new PeriodGroups(periods, zone);
        Jpql query = grouped(groups, COUNT, " JOIN c.purchases q");
        query.and("p.kind = ? AND q.kind = ?", PurchaseKind.SALE, PurchaseKind.SALE);
        query.and("q.at >= ? AND q.at < ?", groups.start(), groups.end());
        slice.onPurchase(query, "p");
        slice.onPurchase(query, "q");
        query.and(ANOTHER_PURCHASE);
        query.and(groups.indexOf("q") + " = " + groups.indexOf("p"), both(groups.bounds(), groups.bounds()));
        slice.onCustomer(query);
        return counts(groups, query);
    }

    /**
     * {@link #returned(ReportPeriod, ReportPeriod, Slice)} for each pair of {@code befores} and
     * {@code periods} at the same index, the befores not overlapping (nor the periods), in one
     * statement grouped by the period before: the purchase in the period is an EXISTS of one in
     * the period whose index is the one before's.
     */
    long[] returnedEach(List<ReportPeriod> befores, List<ReportPeriod> periods, Slice slice) {
        PeriodGroups before = new PeriodGroups(befores, zone);
        PeriodGroups after = new PeriodGroups(periods, zone);
        Jpql query = grouped(before, COUNT, "");
        query.and("p.kind = ?", PurchaseKind.SALE);
        slice.onPurchase(query, "p");
        slice.onCustomer(query);
        query.append(" AND EXISTS (" + ownPurchase("q"));
        query.and("q.kind = ? AND q.at >= ? AND q.at < ?", PurchaseKind.SALE, after.start(), after.end());
        slice.onPurchase(query, "q");
        query.and(after.indexOf("q") + " = " + before.indexOf("p"), both(after.bounds(), before.bounds()));
        query.append(")");
        return counts(before, query);
    }

    /** Who bought in the period before a period, and how many of them bought in the period too. */
    record Kept(long before, long again) {
    }

    /**
     * {@link Kept} for each of periods that do not overlap, with their {@link ReportPeriod#previous()
     * periods before}: two grouped statements for periods whose periods before do not overlap
     * either (months), two more for each further set of them that do.
     */
    List<Kept> keptEach(List<ReportPeriod> periods, Slice slice) {
        List<ReportPeriod> befores = periods.stream().map(ReportPeriod::previous).toList();
        Kept[] kept = new Kept[periods.size()];
        for (List<Integer> group : PeriodGroups.disjoint(befores)) {
            List<ReportPeriod> before = group.stream().map(befores::get).toList();
            long[] buyers = buyersEach(before, slice);
            long[] again = returnedEach(before, group.stream().map(periods::get).toList(), slice);
            for (int i = 0; i < group.size(); i++) {
                kept[group.get(i)] = new Kept(buyers[i], again[i]);
            }
        }
        return List.of(kept);
    }

    /** {@link #revenue(ReportPeriod, Slice)} of each of periods that do not overlap, in one statement grouped by the period. */
    List<BigDecimal> revenueEach(List<ReportPeriod> periods, Slice slice) {
        PeriodGroups groups = new PeriodGroups(periods, zone);
        Jpql query = grouped(groups, "SUM(p.amount)", "");
        slice.onPurchase(query, "p");
        slice.onCustomer(query);
        List<BigDecimal> sums = new ArrayList<>();
        for (Object sum : rows(groups, query)) {
            sums.add(sum == null ? new BigDecimal("0.00") : new BigDecimal(sum.toString()).setScale(2));
        }
        return sums;
    }

    /**
     * A statement selecting the index of the period of each record {@code p} dated in one of
     * them and {@code aggregate}, of customers {@code c} and their records p (and {@code joins});
     * conditions to follow, then {@link #rows} groups it by the period.
     */
    private static Jpql grouped(PeriodGroups groups, String aggregate, String joins) {
        Jpql query = new Jpql("SELECT MIN(").append(groups.indexOf("p"), groups.bounds()).append("), " + aggregate + FROM + joins + " WHERE 1 = 1");
        return query.and("p.at >= ? AND p.at < ?", groups.start(), groups.end());
    }

    /** The grouped statement's aggregate by period (null for a period without records). */
    private List<Object> rows(PeriodGroups groups, Jpql query) {
        query.append(" GROUP BY " + groups.indexOf("p"), groups.bounds());
        return Arrays.asList(groups.byPeriod(work.query(query.text(), query.parameters())));
    }

    private long[] counts(PeriodGroups groups, Jpql query) {
        return rows(groups, query).stream().mapToLong(PurchaseQueries::number).toArray();
    }

    private static Object[] both(Object[] first, Object[] second) {
        Object[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
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
        Jpql query = new Jpql("SELECT SUM(p.amount)" + FROM + " WHERE 1 = 1");
        dated(query, "p", period);
        slice.onPurchase(query, "p");
        slice.onCustomer(query);
        return money(query);
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
     * A subquery over customer c's own purchases as {@code alias}, its conditions to follow. Not
     * {@code FROM c.purchases q}: the store's read rules take that subquery's purchases for a range
     * of their own, which a user of own accounts may not query.
     */
    private static String ownPurchase(String alias) {
        return "SELECT " + alias + " FROM Customer d" + alias + " JOIN d" + alias + ".purchases " + alias + " WHERE d" + alias + " = c";
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
