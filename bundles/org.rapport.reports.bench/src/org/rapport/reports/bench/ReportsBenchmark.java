package org.rapport.reports.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.internal.ChannelsService;
import org.rapport.customers.internal.CustomersModel;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.internal.DataSources;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.internal.customers.BuyingCustomers;
import org.rapport.reports.internal.customers.ChurnRate;
import org.rapport.reports.internal.customers.PurchaseFigures;
import org.rapport.reports.internal.customers.RepurchaseRate;
import org.rapport.reports.internal.customers.RetentionRate;
import org.rapport.reports.internal.customers.ReturningOrderValue;
import org.rapport.reports.internal.customers.Revenue;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.internal.Enforcement;
import org.rapport.security.internal.SecurityModel;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.TestUsers;

/**
 * Each customer measure over the period's total (a quarter, so retention reads two quarters),
 * computed through the store with the access rules of a manager as the product runs it, against
 * hand-written SQL for the same figure over JDBC in the same run and database: medians of
 * {@code rapport.bench.runs} runs each, after one warm-up, and the ratio. The figures must agree.
 * Results are appended to {@code rapport.bench.out}.
 */
class ReportsBenchmark {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ClockService CLOCK = () -> Clock.fixed(Instant.parse("2026-07-01T02:00:00Z"), SHANGHAI);
    private static final ReportPeriod QUARTER = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    private static final List<String> CHANNELS = Arrays.asList("store", "web-shop", "app", "hotline", null);
    private static final List<String> REGIONS = Arrays.asList("East", "West", "North", "South", "华东", null);

    /** The baseline of a measure: SQL whose parameters are instants, bound in this order. */
    private record Baseline(String measure, String sql, List<Instant> parameters, boolean share) {
    }

    private static final Instant START = QUARTER.start(SHANGHAI);
    private static final Instant END = QUARTER.end(SHANGHAI);
    private static final Instant BEFORE = QUARTER.previous().start(SHANGHAI);

    /** Each customer's purchases in a period: distinct orders plus the records without one. */
    private static final String PURCHASES_OF = "SELECT p.PURCHASES_OWNER AS OWNER, COUNT(DISTINCT p.ORDER_REF) + SUM(CASE WHEN p.ORDER_REF IS NULL THEN 1 ELSE 0 END) AS N"
            + " FROM CUST_PURCHASE p WHERE p.KIND = 'SALE' AND p.AT_ >= ? AND p.AT_ < ? GROUP BY p.PURCHASES_OWNER";
    private static final String BUYERS_BEFORE = "SELECT DISTINCT b.PURCHASES_OWNER AS OWNER FROM CUST_PURCHASE b WHERE b.KIND = 'SALE' AND b.AT_ >= ? AND b.AT_ < ?";
    private static final String AGAIN = "EXISTS (SELECT 1 FROM CUST_PURCHASE q WHERE q.PURCHASES_OWNER = x.OWNER AND q.KIND = 'SALE' AND q.AT_ >= ? AND q.AT_ < ?)";
    private static final String BOUGHT_BEFORE = "EXISTS (SELECT 1 FROM CUST_PURCHASE e WHERE e.PURCHASES_OWNER = y.OWNER AND e.KIND = 'SALE' AND e.AT_ < ?)";

    private static final List<Baseline> BASELINES = List.of(
            new Baseline("customers", "SELECT COUNT(DISTINCT p.PURCHASES_OWNER), 0 FROM CUST_PURCHASE p WHERE p.KIND = 'SALE' AND p.AT_ >= ? AND p.AT_ < ?",
                    List.of(START, END), false),
            new Baseline("revenue", "SELECT SUM(p.AMOUNT), 0 FROM CUST_PURCHASE p WHERE p.AT_ >= ? AND p.AT_ < ?", List.of(START, END), false),
            new Baseline("repurchase-rate", "SELECT SUM(CASE WHEN x.N >= 2 THEN 1 ELSE 0 END), COUNT(*) FROM (" + PURCHASES_OF + ") x", List.of(START, END), true),
            new Baseline("retention-rate", "SELECT a.N, b.N FROM (SELECT COUNT(*) AS N FROM (" + BUYERS_BEFORE + ") x WHERE " + AGAIN
                    + ") a, (SELECT COUNT(*) AS N FROM (" + BUYERS_BEFORE + ") w) b", List.of(BEFORE, START, START, END, BEFORE, START), true),
            new Baseline("churn-rate", "SELECT a.N, b.N FROM (SELECT COUNT(*) AS N FROM (" + BUYERS_BEFORE + ") x WHERE NOT " + AGAIN
                    + ") a, (SELECT COUNT(*) AS N FROM (" + BUYERS_BEFORE + ") w) b", List.of(BEFORE, START, START, END, BEFORE, START), true),
            new Baseline("average-order-value-returning",
                    "SELECT a.S, b.N FROM (SELECT SUM(r.AMOUNT) AS S FROM CUST_PURCHASE r WHERE r.AT_ >= ? AND r.AT_ < ? AND r.PURCHASES_OWNER IN (SELECT y.OWNER FROM ("
                            + PURCHASES_OF + ") y WHERE " + BOUGHT_BEFORE + ")) a, (SELECT SUM(y.N) AS N FROM (" + PURCHASES_OF + ") y WHERE " + BOUGHT_BEFORE + ") b",
                    List.of(START, END, START, END, START, START, END, START), false));

    @Test
    void measuresAgainstHandWrittenSql() throws Exception {
        int customers = Integer.getInteger("rapport.bench.customers", 20_000);
        int purchases = Integer.getInteger("rapport.bench.purchases", 200_000);
        int runs = Integer.getInteger("rapport.bench.runs", 3);
        Path work = Path.of(System.getProperty("rapport.bench.work", "target/bench-work"));
        Files.createDirectories(work);
        SessionUser manager = new SessionUser("mo", "Mo", Set.of(Roles.MANAGER), List.of(new Grant(CustomersAreaId.ID, Action.READ, Scope.ALL), new Grant(CustomersAreaId.ID, Action.CREATE, Scope.ALL)), Map.of());
        TestUsers signedIn = new TestUsers().add(manager);
        signedIn.as(manager.login());
        try (FreshDatabase database = FreshDatabase.create(DatabaseKind.DERBY_EMBEDDED, Files.createTempDirectory(work, "db"))) {
            Enforcement enforcement = new Enforcement(signedIn::get);
            try (Store store = database.migratedStore(List.of(new SecurityModel(), new CustomersModel()), List.of(enforcement), enforcement)) {
                long started = System.nanoTime();
                generate(store, customers, purchases);
                String sizes = customers + " customers, " + purchases + " purchase records (Derby embedded)";
                report("reports benchmark: " + sizes + ", generated in " + seconds(System.nanoTime() - started) + " s");
                PurchaseFigures figures = new PurchaseFigures(store, CLOCK, new ChannelsService(store, signedIn, CLOCK));
                List<ReportProvider> measures = List.of(new BuyingCustomers(figures), new Revenue(figures), new RepurchaseRate(figures), new RetentionRate(figures),
                        new ChurnRate(figures), new ReturningOrderValue(figures));
                try (Connection connection = DataSources.open(database.settings).getConnection()) {
                    for (int i = 0; i < measures.size(); i++) {
                        compare(measures.get(i), BASELINES.get(i), connection, runs);
                    }
                }
            }
        }
    }

    private static void compare(ReportProvider measure, Baseline baseline, Connection connection, int runs) throws Exception {
        assertEquals(measure.name(), baseline.measure());
        ReportQuery query = ReportQuery.of(QUARTER);
        Figure ours = measure.compute(query, ReportProgress.NONE).total().figures().get(0);
        BigDecimal theirs = sql(connection, baseline);
        assertEquals(0, ours.hasData() ? ours.value().compareTo(theirs) : (theirs == null ? 0 : 1), measure.name() + ": " + ours + " but SQL says " + theirs);
        long[] store = new long[runs];
        long[] jdbc = new long[runs];
        for (int run = 0; run < runs; run++) {
            long at = System.nanoTime();
            measure.compute(query, ReportProgress.NONE);
            store[run] = System.nanoTime() - at;
            at = System.nanoTime();
            sql(connection, baseline);
            jdbc[run] = System.nanoTime() - at;
        }
        long ourMedian = median(store);
        long sqlMedian = median(jdbc);
        report(String.format("%-32s %10s ms  SQL %10s ms  ratio %5.2f  (figure %s)", measure.name(), millis(ourMedian), millis(sqlMedian),
                (double) ourMedian / Math.max(1, sqlMedian), ours.value()));
    }

    /** The baseline's figure: a share or a mean from its two columns, or the first. */
    private static BigDecimal sql(Connection connection, Baseline baseline) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(baseline.sql())) {
            for (int i = 0; i < baseline.parameters().size(); i++) {
                statement.setTimestamp(i + 1, Timestamp.from(baseline.parameters().get(i)));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                BigDecimal first = rows.getBigDecimal(1);
                BigDecimal second = rows.getBigDecimal(2);
                if (baseline.measure().equals("average-order-value-returning")) {
                    return second == null || second.signum() == 0 ? null : first.divide(second, Figure.SCALE, RoundingMode.HALF_UP);
                }
                if (!baseline.share()) {
                    return first == null ? new BigDecimal("0.00") : first;
                }
                return second.signum() == 0 ? null : first.divide(second, Figure.SCALE, RoundingMode.HALF_UP);
            }
        }
    }

    /** Customers with records over 18 months (2025 and the first half of 2026): orders of 1-3 lines, records without an order, returns. */
    private static void generate(Store store, int customers, int purchases) {
        Random random = new Random(42);
        CustomersFactory f = CustomersFactory.eINSTANCE;
        Instant from = LocalDate.of(2025, 1, 1).atStartOfDay(SHANGHAI).toInstant();
        long span = LocalDate.of(2026, 7, 1).atStartOfDay(SHANGHAI).toInstant().getEpochSecond() - from.getEpochSecond();
        int perCustomer = Math.max(1, purchases / customers);
        try (BatchWriter writer = store.batchWriter(2_000)) {
            for (int i = 0; i < customers; i++) {
                Customer customer = f.createCustomer();
                customer.setReference("B-" + i);
                customer.setName("Bench " + i);
                customer.setRegion(REGIONS.get(random.nextInt(REGIONS.size())));
                int records = random.nextInt(2 * perCustomer + 1);
                for (int k = 0; k < records;) {
                    Instant at = from.plusSeconds((long) (random.nextDouble() * span));
                    String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
                    String order = random.nextInt(5) < 2 ? "O-" + i + "-" + k : null;
                    int lines = order == null ? 1 : 1 + random.nextInt(3);
                    for (int line = 0; line < lines && k < records; line++, k++) {
                        Purchase purchase = f.createPurchase();
                        purchase.setAt(at.plusSeconds(line));
                        purchase.setKind(random.nextInt(20) == 0 ? PurchaseKind.RETURN : PurchaseKind.SALE);
                        BigDecimal amount = BigDecimal.valueOf(random.nextInt(100_000), 2);
                        purchase.setAmount(purchase.getKind() == PurchaseKind.RETURN ? amount.negate() : amount);
                        purchase.setQuantity(1);
                        purchase.setProduct("P" + random.nextInt(50));
                        purchase.setChannel(channel);
                        purchase.setOrderRef(order);
                        customer.getPurchases().add(purchase);
                    }
                }
                writer.add(customer);
            }
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String millis(long nanos) {
        return String.valueOf(nanos / 1_000_000);
    }

    private static String seconds(long nanos) {
        return String.valueOf(nanos / 1_000_000_000);
    }

    private static void report(String line) throws IOException {
        System.out.println(line);
        String out = System.getProperty("rapport.bench.out");
        if (out != null) {
            Files.writeString(Path.of(out), line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
