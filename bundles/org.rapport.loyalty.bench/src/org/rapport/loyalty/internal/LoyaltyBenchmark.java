package org.rapport.loyalty.internal;

import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.Progress;
import org.rapport.customers.internal.ChannelsService;
import org.rapport.customers.internal.CustomerImportService;
import org.rapport.customers.internal.CustomerRows;
import org.rapport.customers.internal.CustomersModel;
import org.rapport.customers.internal.PurchaseRows;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.ImportKind;
import org.rapport.customers.model.Purchase;
import org.rapport.loyalty.api.MemberTiers.Reevaluation;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.testing.AreaDatabase;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.TestUsers;
import org.rapport.transfer.internal.ImportRunner;
import org.rapport.transfer.internal.TransferModel;

/**
 * The loyalty benchmark of issue 16 on embedded Derby, each figure against a baseline in the same
 * run, on a fresh database of its own with the same members and purchases:
 * <ol>
 * <li>accrual: the points of stored purchase records through the accrual path (the ledger's
 * reaction to stored purchases, a commit per page of customers with about 1,000 records) against plain SQL writing the same
 * ledger rows, memberships and upgrades;</li>
 * <li>the quarterly tier re-evaluation of every member against plain SQL;</li>
 * <li>the purchases import with points (the CSV import whose commits earn) against raw JDBC
 * inserting the purchases and, in plain SQL, their points.</li>
 * </ol>
 * It prints a table (and writes it to {@code target/bench-results.txt}); it never fails on a slow
 * figure, only when the sides do not write the same points.
 */
class LoyaltyBenchmark {

    private static final int PURCHASES = Integer.getInteger("rapport.bench.purchases", 5_000_000);
    private static final int MEMBERS = Integer.getInteger("rapport.bench.members", 1_000_000);
    private static final int BATCH = 1_000;
    private static final long SEED = 20261207L;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final ClockService CLOCK = () -> Clock.fixed(NOW, ZONE);
    /** The quarterly run after the purchases: the 12 months of 2026. */
    private static final LocalDate QUARTER = LocalDate.of(2027, 1, 1);
    /** Two years of purchases up to the clock's day, in the order of time. */
    private static final Instant FIRST_SALE = Instant.parse("2024-12-07T00:00:00Z");
    private static final long FIRST_JDBC_ID = 1_000_000_000L;
    private static final String LOGIN = "mo";
    /** Whether to run the import with points (part 3); without it a larger run of the other two fits the same time. */
    private static final boolean IMPORT_WITH_POINTS = Boolean.parseBoolean(System.getProperty("rapport.bench.importWithPoints", "true"));
    private static final String[] PRODUCTS = { "Espresso machine", "Coffee beans 1 kg", "Green tea 250 g", "Milk frother", "Teapot", "Grinder" };
    private static final double[] PRICES = { 420, 24, 18, 65, 45, 130 };
    private static final BigDecimal GOLD = new BigDecimal("5000.00");
    private static final BigDecimal BLACK = new BigDecimal("20000.00");

    private final StringBuilder report = new StringBuilder();
    private Path out;
    private long nextId = FIRST_JDBC_ID;

    /** An administrator signed in: the import's permission check sees a real grant set. */
    private static final TestUsers USER = new TestUsers().add(TestUsers.administrator(LOGIN));

    static {
        USER.as(LOGIN);
    }

    interface Work {
        void run() throws Exception;
    }

    static double seconds(Work work) throws Exception {
        long wall = System.nanoTime();
        work.run();
        return (System.nanoTime() - wall) / 1e9;
    }

    @Test
    void run() throws Exception {
        Path work = Path.of(System.getProperty("rapport.bench.work", "target/bench-work"));
        out = Path.of(System.getProperty("rapport.bench.out", "target/bench-results.txt"));
        Files.createDirectories(work);
        line("Rapport loyalty benchmark: services against plain SQL and raw JDBC, embedded Derby, run %s", ZonedDateTime.now().withNano(0));
        line("JDK %s, %d processors, max heap %d MB, load average %.1f; %,d purchases of %,d customers", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load(), PURCHASES, MEMBERS);
        Path csv = work.resolve("purchases.csv");
        writePurchases(csv);

        // 3: the import with points, against raw JDBC with the points in plain SQL
        double importWithPoints = Double.NaN;
        long pointsImported = -1;
        if (IMPORT_WITH_POINTS) {
            try (Side side = new Side(work.resolve("import"))) {
                importWithPoints = seconds(() -> side.importer().importFile(ImportKind.PURCHASES, csv, CustomerImport.Options.defaults(), Progress.NONE));
                pointsImported = side.points();
                line("import with points: %.1f s, %,.0f purchases/s (load %.1f)", importWithPoints, PURCHASES / importWithPoints, load());
            }
        }
        // 1 and 2 through the services: the import without points, then the accrual path over the stored purchases, then the quarterly run
        double importWithoutPoints;
        double accrual;
        double reevaluation;
        long pointsAccrued;
        Reevaluation run;
        TiersAfter serviceTiers;
        TiersAfter sqlTiers;
        try (Side side = new Side(work.resolve("services"))) {
            importWithoutPoints = seconds(() -> side.importer().importFile(ImportKind.PURCHASES, csv,
                    CustomerImport.Options.defaults().withoutPoints(true), Progress.NONE));
            line("import without points: %.1f s, %,.0f purchases/s (load %.1f)", importWithoutPoints, PURCHASES / importWithoutPoints, load());
            accrual = seconds(() -> side.accrue());
            pointsAccrued = side.points();
            line("accrual path: %.1f s, %,.0f purchases/s (load %.1f)", accrual, PURCHASES / accrual, load());
            startingTiers(side);
            Reevaluation[] done = new Reevaluation[1];
            reevaluation = seconds(() -> done[0] = side.tiers.reevaluate(QUARTER));
            run = done[0];
            line("re-evaluation: %.1f s for %,d members, %,d up, %,d down (load %.1f)", reevaluation, run.members(), run.upgraded(), run.downgraded(), load());
            serviceTiers = side.tiersAfter();
        }
        // the baselines
        double jdbcPurchases;
        double sqlAccrual;
        double sqlReevaluation;
        long pointsSql;
        int[] sqlRun;
        try (Side side = new Side(work.resolve("baseline")); Connection connection = DataSources.open(side.database.settings).getConnection()) {
            connection.setAutoCommit(false);
            jdbcPurchases = seconds(() -> jdbcPurchases(connection, csv));
            line("raw JDBC purchases: %.1f s, %,.0f purchases/s (load %.1f)", jdbcPurchases, PURCHASES / jdbcPurchases, load());
            sqlAccrual = seconds(() -> sqlAccrual(connection));
            pointsSql = side.points();
            line("plain-SQL accrual: %.1f s, %,.0f purchases/s (load %.1f)", sqlAccrual, PURCHASES / sqlAccrual, load());
            startingTiers(side);
            int[][] result = new int[1][];
            sqlReevaluation = seconds(() -> result[0] = sqlReevaluation(connection));
            sqlRun = result[0];
            line("plain-SQL re-evaluation: %.1f s for %,d members, %,d up, %,d down (load %.1f)", sqlReevaluation, sqlRun[0], sqlRun[1], sqlRun[2], load());
            sqlTiers = side.tiersAfter();
        }
        line("");
        line("| figure | service | baseline | ratio | aim |");
        line("|---|---|---|---|---|");
        line("| accrual of %,d purchases | %,.0f /s | %,.0f /s (plain SQL) | %.2fx throughput | >= 0.7x |", PURCHASES, PURCHASES / accrual, PURCHASES / sqlAccrual,
                sqlAccrual / accrual);
        line("| tier re-evaluation of %,d members | %.1f s | %.1f s (plain SQL) | %.2fx time | <= 1.5x |", run.members(), reevaluation, sqlReevaluation,
                reevaluation / sqlReevaluation);
        if (IMPORT_WITH_POINTS) {
            line("| purchases import with points | %,.0f /s | %,.0f /s (raw JDBC + plain SQL) | %.2fx throughput | >= 0.5x |", PURCHASES / importWithPoints,
                    PURCHASES / (jdbcPurchases + sqlAccrual), (jdbcPurchases + sqlAccrual) / importWithPoints);
        }
        line("| (purchases import without points) | %,.0f /s | %,.0f /s (raw JDBC) | %.2fx throughput | |", PURCHASES / importWithoutPoints,
                PURCHASES / jdbcPurchases, jdbcPurchases / importWithoutPoints);
        line("points written: import %,d, accrual path %,d, plain SQL %,d", pointsImported, pointsAccrued, pointsSql);
        line("re-evaluation, counted in the databases afterwards: service %s; plain SQL %s", serviceTiers, sqlTiers);
        if (IMPORT_WITH_POINTS && pointsImported != pointsSql || pointsAccrued != pointsSql || run.members() != sqlRun[0]) {
            throw new AssertionError("the sides do not agree: points " + pointsImported + " / " + pointsAccrued + " / " + pointsSql + ", members " + run.members()
                    + " / " + sqlRun[0]);
        }
        // like for like: the same starting tiers, the same tiers after, as many changes written, each side's own count matching what the database holds
        if (!serviceTiers.equals(sqlTiers) || serviceTiers.changes() != run.upgraded() + run.downgraded() || sqlTiers.changes() != sqlRun[1] + sqlRun[2]
                || run.upgraded() != sqlRun[1] || run.downgraded() != sqlRun[2]) {
            throw new AssertionError("the re-evaluations do not agree: service " + serviceTiers + " (" + run + "), plain SQL " + sqlTiers + " (" + Arrays.toString(sqlRun) + ")");
        }
    }

    /** A fresh embedded database with the models, the ledger and the tiers, and the members as customers (not measured). */
    private final class Side implements AutoCloseable {
        private final AreaDatabase area;
        final FreshDatabase database;
        final Store store;
        final LedgerService ledger;
        final TierService tiers;

        Side(Path home) throws Exception {
            area = AreaDatabase.open(DatabaseKind.DERBY_EMBEDDED, home, List.of(new CustomersModel(), new LoyaltyModel(), new TransferModel()),
                    List.of(new LedgerJournal()), false);
            database = area.database;
            store = area.store;
            ledger = new LedgerService(store, CLOCK, USER, List.of(new BaseAccrual(), new BirthdayDouble()));
            tiers = new TierService(store, CLOCK, USER);
            ((EclipseLinkStore) store).setReactions(List.of(new PurchasePoints(ledger)));
            try (BatchWriter writer = store.batchWriter(BATCH)) {
                for (int i = 0; i < MEMBERS; i++) {
                    Customer customer = CustomersFactory.eINSTANCE.createCustomer();
                    customer.setReference(reference(i));
                    customer.setName("Member " + i);
                    customer.setStatus(CustomerStatus.ACTIVE);
                    customer.setAccountManager(LOGIN);
                    writer.add(customer);
                }
            }
        }

        CustomerImportService importer() {
            ChannelsService channels = new ChannelsService(store, USER, CLOCK);
            return new CustomerImportService(new ImportRunner(store, USER, CLOCK, List.of(new CustomerRows(CLOCK, channels), new PurchaseRows(CLOCK, channels))));
        }

        /**
         * The accrual path over the stored purchases, a unit of work per page of customers with about 1,000 purchases: a
         * purchase read on its own does not know its customer (the container is set when the customer's list is read).
         */
        void accrue() {
            int customersPerPage = Math.max(1, (int) ((long) BATCH * MEMBERS / Math.max(1, PURCHASES)));
            long after = 0;
            while (true) {
                try (UnitOfWork work = store.begin()) {
                    List<Customer> page = work.page("SELECT c FROM Customer c WHERE c.persistentId > ?1 ORDER BY c.persistentId", 0, customersPerPage, after);
                    if (page.isEmpty()) {
                        return;
                    }
                    List<Purchase> purchases = new ArrayList<>();
                    page.forEach(c -> purchases.addAll(c.getPurchases()));
                    ledger.purchasesStored(work, purchases);
                    work.commit();
                    after = CustomerLedger.id(page.get(page.size() - 1));
                }
            }
        }

        long points() throws SQLException {
            try (Connection connection = DataSources.open(database.settings).getConnection(); Statement statement = connection.createStatement();
                    ResultSet sum = statement.executeQuery("SELECT SUM(POINTS) FROM LOY_LEDGER_ENTRY")) {
                return sum.next() ? sum.getLong(1) : 0;
            }
        }

        /**
         * The members' tiers after the quarterly run, read back in plain SQL: per tier how many
         * members, a digest of which customer is in which tier, and how many changes the run wrote.
         */
        TiersAfter tiersAfter() throws SQLException {
            Map<String, Integer> perTier = new java.util.TreeMap<>();
            long digest = 0;
            long changes;
            try (Connection connection = DataSources.open(database.settings).getConnection(); Statement statement = connection.createStatement()) {
                try (ResultSet found = statement.executeQuery("SELECT c.REFERENCE, m.TIER, t.TO_TIER, t.HISTORY_POS FROM LOY_MEMBERSHIP m "
                        + "JOIN CUST_CUSTOMER c ON c.ID = m.CUSTOMER_ID LEFT JOIN LOY_TIER_CHANGE t ON t.HISTORY_OWNER = m.ID ORDER BY m.ID, t.HISTORY_POS")) {
                    String member = null;
                    String tier = null;
                    while (found.next()) {
                        if (!found.getString(1).equals(member)) {
                            if (member != null) {
                                perTier.merge(tier, 1, Integer::sum);
                                digest += mix((member + ":" + tier).hashCode());
                            }
                            member = found.getString(1);
                            tier = found.getString(2);
                        }
                        if (found.getString(3) != null) {
                            tier = found.getString(3);
                        }
                    }
                    if (member != null) {
                        perTier.merge(tier, 1, Integer::sum);
                        digest += mix((member + ":" + tier).hashCode());
                    }
                }
                try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM LOY_TIER_CHANGE WHERE AT_ = ?")) {
                    count.setTimestamp(1, java.sql.Timestamp.from(QUARTER.atStartOfDay(ZONE).toInstant()));
                    try (ResultSet found = count.executeQuery()) {
                        found.next();
                        changes = found.getLong(1);
                    }
                }
            }
            return new TiersAfter(perTier, digest, changes);
        }

        @Override
        public void close() throws Exception {
            area.close();
        }
    }

    /** What a side's database holds after its quarterly run. */
    record TiersAfter(Map<String, Integer> perTier, long digest, long changes) {
    }

    private static long mix(long value) {
        long z = value * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        return z ^ (z >>> 31);
    }

    /**
     * The same starting tiers on both sides (not measured): the accrual paths leave different
     * histories (the service's upgrades at once judge a page of customers at its latest purchase,
     * the baseline's a page of purchases), so the histories are replaced by the tiers the quarterly
     * run of 1 October 2026 gave: Silver in the membership, and for a member at Gold or Black one
     * change to it. The changes take negative identities, below any the sides give, so that either
     * side's notion of the last change (the highest identity, the highest position) sees them first.
     */
    private void startingTiers(Side side) throws Exception {
        LocalDate october = QUARTER.minusMonths(3);
        Instant to = october.atStartOfDay(ZONE).toInstant();
        Instant from = october.minusMonths(12).atStartOfDay(ZONE).toInstant();
        try (Connection connection = DataSources.open(side.database.settings).getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            // the history is append-only: its guard against deletes goes first (a run writes no delete, so neither side misses it)
            statement.executeUpdate("DROP TRIGGER LOY_TIER_CHANGE_NO_DELETE");
            statement.executeUpdate("DELETE FROM LOY_TIER_CHANGE");
            statement.executeUpdate("UPDATE LOY_MEMBERSHIP SET TIER = 'Silver'");
            try (PreparedStatement sums = connection.prepareStatement("SELECT m.ID, SUM(p.AMOUNT) FROM LOY_MEMBERSHIP m JOIN CUST_PURCHASE p ON p.PURCHASES_OWNER = m.CUSTOMER_ID "
                    + "WHERE p.AT_ >= ? AND p.AT_ < ? GROUP BY m.ID ORDER BY m.ID");
                    PreparedStatement change = connection.prepareStatement("INSERT INTO LOY_TIER_CHANGE (ID, VERSION, FROM_TIER, TO_TIER, REASON, AT_, CHANGED_BY, "
                            + "HISTORY_OWNER, HISTORY_POS) VALUES (?, 1, 'Silver', ?, 'starting tier', ?, ?, ?, 0)")) {
                sums.setTimestamp(1, java.sql.Timestamp.from(from));
                sums.setTimestamp(2, java.sql.Timestamp.from(to));
                long id = 0;
                int inBatch = 0;
                try (ResultSet found = sums.executeQuery()) {
                    while (found.next()) {
                        String tier = tier(found.getBigDecimal(2));
                        if (!tier.equals("Silver")) {
                            change.setLong(1, --id);
                            change.setString(2, tier);
                            change.setTimestamp(3, java.sql.Timestamp.from(to));
                            change.setString(4, LOGIN);
                            change.setLong(5, found.getLong(1));
                            change.addBatch();
                            if (++inBatch == BATCH) {
                                change.executeBatch();
                                inBatch = 0;
                            }
                        }
                    }
                }
                change.executeBatch();
                line("starting tiers as of %s: %,d members above Silver", october, -id);
            }
            connection.commit();
        }
    }

    private static String reference(int customer) {
        return "M-" + customer;
    }

    /** Purchases in the order of time over two years, each of a member drawn by Pareto-distributed shares (a few buy most). */
    private static void writePurchases(Path file) throws Exception {
        Random random = new Random(SEED);
        double[] cumulative = new double[MEMBERS];
        double total = 0;
        for (int i = 0; i < MEMBERS; i++) {
            total += Math.pow(1 - random.nextDouble(), -1 / 1.16);
            cumulative[i] = total;
        }
        long span = java.time.Duration.between(FIRST_SALE, NOW).getSeconds();
        try (BufferedWriter csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            csv.write("customer_ref,date,amount,quantity,product,channel\n");
            for (int p = 0; p < PURCHASES; p++) {
                int at = Arrays.binarySearch(cumulative, random.nextDouble() * total);
                int customer = at < 0 ? -at - 1 : at;
                int product = random.nextInt(PRODUCTS.length);
                double amount = Math.max(1, PRICES[product] * Math.exp(random.nextGaussian() * 0.35));
                Instant when = FIRST_SALE.plusSeconds(span * p / Math.max(1, PURCHASES));
                csv.write(String.format(Locale.ROOT, "%s,%s,%.2f,1,%s,store%n", reference(customer), when, amount, PRODUCTS[product]));
            }
        }
    }

    /** The baseline's purchases: the file's rows inserted with JDBC batches, a commit per 1,000, each customer looked up once per batch. */
    private void jdbcPurchases(Connection connection, Path csv) throws Exception {
        Map<String, long[]> owners = new HashMap<>();
        try (PreparedStatement owner = connection.prepareStatement("SELECT ID FROM CUST_CUSTOMER WHERE REFERENCE = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO CUST_PURCHASE (ID, AMOUNT, AT_, CHANNEL, VERSION, PRODUCT, QUANTITY, STORE, "
                        + "PURCHASES_OWNER, PURCHASES_POS, KIND, ORDER_REF, ORDER_LINE, IMPORT_ID) VALUES (?, ?, ?, 'store', 1, ?, 1, NULL, ?, ?, 'SALE', NULL, NULL, ?)")) {
            int inBatch = 0;
            for (String row : Files.readAllLines(csv, StandardCharsets.UTF_8).subList(1, PURCHASES + 1)) {
                String[] cells = row.split(",");
                long[] customer = owners.get(cells[0]);
                if (customer == null) {
                    owner.setString(1, cells[0]);
                    try (ResultSet found = owner.executeQuery()) {
                        found.next();
                        customer = new long[] { found.getLong(1), 0 };
                    }
                    owners.put(cells[0], customer);
                }
                insert.setLong(1, nextId++);
                insert.setBigDecimal(2, new BigDecimal(cells[2]));
                insert.setTimestamp(3, java.sql.Timestamp.from(Instant.parse(cells[1])));
                insert.setString(4, cells[4]);
                insert.setLong(5, customer[0]);
                insert.setLong(6, customer[1]++);
                insert.setString(7, "imp-20261207-000000-000000");
                insert.addBatch();
                if (++inBatch == BATCH) {
                    insert.executeBatch();
                    connection.commit();
                    inBatch = 0;
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /**
     * The baseline's accrual in plain SQL, per 1,000 purchases in the order they were stored: the
     * purchases read, which of them earned before, the customers' memberships; the new memberships,
     * one base-accrual entry per purchase (a point per whole unit), and the upgrades of members whose
     * 12 months up to the batch's latest purchase reach Gold or Black (their current tier read first).
     */
    private void sqlAccrual(Connection connection) throws SQLException {
        long after = 0;
        Instant recordedAt = NOW;
        try (PreparedStatement page = connection.prepareStatement(
                "SELECT ID, PURCHASES_OWNER, AT_, AMOUNT FROM CUST_PURCHASE WHERE ID > ? ORDER BY ID FETCH FIRST " + BATCH + " ROWS ONLY");
                PreparedStatement entry = connection.prepareStatement("INSERT INTO LOY_LEDGER_ENTRY (ID, AMOUNT, AT_, EXPIRES_ON, KIND, VERSION, POINTS, REASON, "
                        + "RECORDED_AT, RECORDED_BY, RELATED_REF, RULE_ID, SOURCE_REF, CUSTOMER_ID, DEBT_ID) VALUES (?, ?, ?, ?, 'ACCRUAL', 1, ?, NULL, ?, ?, NULL, 'base', ?, ?, NULL)");
                PreparedStatement member = connection.prepareStatement("INSERT INTO LOY_MEMBERSHIP (ID, VERSION, SINCE, TIER, CUSTOMER_ID) VALUES (?, 1, ?, 'Silver', ?)");
                PreparedStatement change = connection.prepareStatement("INSERT INTO LOY_TIER_CHANGE (ID, VERSION, FROM_TIER, TO_TIER, REASON, AT_, CHANGED_BY, "
                        + "HISTORY_OWNER, HISTORY_POS) VALUES (?, 1, ?, ?, 'upgrade', ?, ?, ?, ?)")) {
            while (true) {
                page.setLong(1, after);
                List<long[]> rows = new ArrayList<>();
                List<Instant> at = new ArrayList<>();
                List<BigDecimal> amounts = new ArrayList<>();
                try (ResultSet found = page.executeQuery()) {
                    while (found.next()) {
                        rows.add(new long[] { found.getLong(1), found.getLong(2) });
                        at.add(found.getTimestamp(3).toInstant());
                        amounts.add(found.getBigDecimal(4));
                    }
                }
                if (rows.isEmpty()) {
                    connection.commit(); // the last page's read
                    return;
                }
                after = rows.get(rows.size() - 1)[0];
                List<Long> owners = rows.stream().map(r -> r[1]).distinct().toList();
                List<String> refs = rows.stream().map(r -> "purchase:" + r[0]).toList();
                Set<String> earned = new HashSet<>(strings(connection, "SELECT SOURCE_REF FROM LOY_LEDGER_ENTRY WHERE SOURCE_REF IN (%s) AND POINTS > 0", refs));
                Map<Long, Long> memberships = new HashMap<>();
                for (Object[] row : rows(connection, "SELECT CUSTOMER_ID, ID FROM LOY_MEMBERSHIP WHERE CUSTOMER_ID IN (%s)", owners)) {
                    memberships.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
                }
                for (int i = 0; i < rows.size(); i++) {
                    long customer = rows.get(i)[1];
                    if (earned.contains(refs.get(i))) {
                        continue;
                    }
                    if (!memberships.containsKey(customer)) {
                        long id = nextId++;
                        memberships.put(customer, id);
                        member.setLong(1, id);
                        member.setTimestamp(2, java.sql.Timestamp.from(at.get(i)));
                        member.setLong(3, customer);
                        member.addBatch();
                    }
                    long points = amounts.get(i).setScale(0, RoundingMode.DOWN).longValueExact();
                    if (points <= 0) {
                        continue;
                    }
                    entry.setLong(1, nextId++);
                    entry.setBigDecimal(2, amounts.get(i));
                    entry.setTimestamp(3, java.sql.Timestamp.from(at.get(i)));
                    entry.setDate(4, java.sql.Date.valueOf(at.get(i).atZone(ZONE).toLocalDate().plusMonths(24)));
                    entry.setLong(5, points);
                    entry.setTimestamp(6, java.sql.Timestamp.from(recordedAt));
                    entry.setString(7, LOGIN);
                    entry.setString(8, refs.get(i));
                    entry.setLong(9, customer);
                    entry.addBatch();
                }
                member.executeBatch();
                entry.executeBatch();
                upgrades(connection, change, owners, memberships, at.get(at.size() - 1));
                connection.commit();
            }
        }
    }

    /** Upgrades at once: members whose 12 months up to {@code end} reach a better tier than their current one. */
    private void upgrades(Connection connection, PreparedStatement change, List<Long> owners, Map<Long, Long> memberships, Instant end) throws SQLException {
        Instant start = end.atZone(ZONE).minusMonths(12).toInstant();
        Map<Long, String> reaching = new HashMap<>();
        try (PreparedStatement spend = connection.prepareStatement("SELECT PURCHASES_OWNER, SUM(AMOUNT) FROM CUST_PURCHASE WHERE PURCHASES_OWNER IN ("
                + marks(owners.size()) + ") AND AT_ > ? AND AT_ <= ? GROUP BY PURCHASES_OWNER")) {
            int i = 1;
            for (Long owner : owners) {
                spend.setLong(i++, owner);
            }
            spend.setTimestamp(i++, java.sql.Timestamp.from(start));
            spend.setTimestamp(i, java.sql.Timestamp.from(end));
            try (ResultSet found = spend.executeQuery()) {
                while (found.next()) {
                    String tier = tier(found.getBigDecimal(2));
                    if (!tier.equals("Silver")) {
                        reaching.put(found.getLong(1), tier);
                    }
                }
            }
        }
        if (reaching.isEmpty()) {
            return;
        }
        Map<Long, Object[]> current = current(connection, reaching.keySet().stream().map(memberships::get).toList());
        for (Map.Entry<Long, String> reached : reaching.entrySet()) {
            long membership = memberships.get(reached.getKey());
            Object[] now = current.getOrDefault(membership, new Object[] { "Silver", -1 });
            if (rank(reached.getValue()) > rank((String) now[0])) {
                change.setLong(1, nextId++);
                change.setString(2, (String) now[0]);
                change.setString(3, reached.getValue());
                change.setTimestamp(4, java.sql.Timestamp.from(end));
                change.setString(5, LOGIN);
                change.setLong(6, membership);
                change.setInt(7, (Integer) now[1] + 1);
                change.addBatch();
            }
        }
        change.executeBatch();
    }

    /** The quarterly run in plain SQL: the 12 months' spend of every member, the current tiers, the changes; a commit per 500 members. */
    private int[] sqlReevaluation(Connection connection) throws SQLException {
        Instant to = QUARTER.atStartOfDay(ZONE).toInstant();
        Instant from = QUARTER.minusMonths(12).atStartOfDay(ZONE).toInstant();
        Map<Long, BigDecimal> spend = new HashMap<>();
        try (PreparedStatement sums = connection.prepareStatement("SELECT PURCHASES_OWNER, SUM(AMOUNT) FROM CUST_PURCHASE WHERE AT_ >= ? AND AT_ < ? GROUP BY PURCHASES_OWNER")) {
            sums.setTimestamp(1, java.sql.Timestamp.from(from));
            sums.setTimestamp(2, java.sql.Timestamp.from(to));
            try (ResultSet found = sums.executeQuery()) {
                while (found.next()) {
                    spend.put(found.getLong(1), found.getBigDecimal(2));
                }
            }
        }
        int members = 0;
        int up = 0;
        int down = 0;
        long after = 0;
        try (PreparedStatement page = connection.prepareStatement("SELECT ID, CUSTOMER_ID, TIER FROM LOY_MEMBERSHIP WHERE ID > ? ORDER BY ID FETCH FIRST 500 ROWS ONLY");
                PreparedStatement change = connection.prepareStatement("INSERT INTO LOY_TIER_CHANGE (ID, VERSION, FROM_TIER, TO_TIER, REASON, AT_, CHANGED_BY, "
                        + "HISTORY_OWNER, HISTORY_POS) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            while (true) {
                page.setLong(1, after);
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet found = page.executeQuery()) {
                    while (found.next()) {
                        rows.add(new Object[] { found.getLong(1), found.getLong(2), found.getString(3) });
                    }
                }
                if (rows.isEmpty()) {
                    connection.commit(); // the last page's read
                    return new int[] { members, up, down };
                }
                Map<Long, Object[]> current = current(connection, rows.stream().map(r -> (Long) r[0]).toList());
                for (Object[] row : rows) {
                    long membership = (Long) row[0];
                    Object[] now = current.getOrDefault(membership, new Object[] { row[2], -1 });
                    BigDecimal spent = spend.getOrDefault((Long) row[1], BigDecimal.ZERO);
                    String reached = tier(spent);
                    if (!reached.equals(now[0])) {
                        change.setLong(1, nextId++);
                        change.setString(2, (String) now[0]);
                        change.setString(3, reached);
                        // the reason the service writes, so that both sides write rows of the same size
                        change.setString(4, "Quarterly re-evaluation as of " + QUARTER + ": a spend of " + spent.toPlainString() + " in the 12 months before qualifies for " + reached);
                        change.setTimestamp(5, java.sql.Timestamp.from(to));
                        change.setString(6, LOGIN);
                        change.setLong(7, membership);
                        change.setInt(8, (Integer) now[1] + 1);
                        change.addBatch();
                        if (rank(reached) > rank((String) now[0])) {
                            up++;
                        } else {
                            down++;
                        }
                    }
                    after = membership;
                }
                members += rows.size();
                change.executeBatch();
                connection.commit();
            }
        }
    }

    /** The current tier and the last history position of these memberships that have a history. */
    private static Map<Long, Object[]> current(Connection connection, List<Long> memberships) throws SQLException {
        Map<Long, Object[]> current = new HashMap<>();
        for (Object[] row : rows(connection, "SELECT HISTORY_OWNER, TO_TIER, HISTORY_POS FROM LOY_TIER_CHANGE WHERE HISTORY_OWNER IN (%s)", memberships)) {
            long owner = ((Number) row[0]).longValue();
            int position = ((Number) row[2]).intValue();
            Object[] last = current.get(owner);
            if (last == null || (Integer) last[1] < position) {
                current.put(owner, new Object[] { row[1], position });
            }
        }
        return current;
    }

    private static String tier(BigDecimal spend) {
        return spend.compareTo(BLACK) >= 0 ? "Black" : spend.compareTo(GOLD) >= 0 ? "Gold" : "Silver";
    }

    private static int rank(String tier) {
        return switch (tier) {
        case "Black" -> 2;
        case "Gold" -> 1;
        default -> 0;
        };
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static List<Object[]> rows(Connection connection, String sql, List<?> values) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        if (values.isEmpty()) {
            return rows;
        }
        try (PreparedStatement statement = connection.prepareStatement(String.format(Locale.ROOT, sql, marks(values.size())))) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet found = statement.executeQuery()) {
                int columns = found.getMetaData().getColumnCount();
                while (found.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = found.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static List<String> strings(Connection connection, String sql, List<String> values) throws SQLException {
        return rows(connection, sql, values).stream().map(r -> (String) r[0]).toList();
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void line(String format, Object... args) throws Exception {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    }
}
