package org.rapport.persistence.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.rapport.persistence.api.AccessPolicy;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.CustomerStatus;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.testing.bench.BenchKinds;
import org.rapport.testing.bench.BenchReport;
import org.rapport.testing.bench.BenchWork;
import org.rapport.testing.bench.Stopwatch;

/**
 * The persistence benchmark: the engine against a raw-JDBC baseline on the same kind of
 * database, in the same run, on fresh databases. It prints a table of medians and ratios (and
 * writes it to {@code target/bench-results.txt}); it never fails on a slow figure, only when the
 * two sides do not produce the same results.
 * <p>
 * Run with {@code ./mvnw -B -o verify -Pbench -pl ...} (see docs/performance.md). The sizes and
 * the databases come from system properties set in this bundle's pom.
 */
class PersistenceBenchmark {

    private static final int CUSTOMERS = Integer.getInteger("rapport.bench.customers", 100_000);
    private static final int LOOKUPS = Integer.getInteger("rapport.bench.lookups", 10_000);
    private static final int SEARCHES = Integer.getInteger("rapport.bench.searches", 1_000);
    private static final int ROUNDS = Integer.getInteger("rapport.bench.rounds", 5);
    private static final int INSERT_ROUNDS = Integer.getInteger("rapport.bench.insertRounds", 5);
    private static final int WARMUP_ROUNDS = Integer.getInteger("rapport.bench.warmupRounds", 2);
    private static final int INSERT_WARMUP = Integer.getInteger("rapport.bench.insertWarmup", 50_000);
    /** Rows per transaction, on both sides. */
    private static final int COMMIT_SIZE = 1_000;
    /** Lookups or searches per unit of work (and per prepared statement on the JDBC side). */
    private static final int PER_UNIT_OF_WORK = 100;
    private static final int PAGE = 50;

    private static final String LOOKUP_JPQL = "SELECT c FROM Customer c WHERE c.reference = ?1";
    private static final String LOOKUP_SQL = "SELECT * FROM PTEST_PARTY WHERE REFERENCE = ?";
    private static final String SEARCH_JPQL = "SELECT c.reference, c.name FROM Customer c WHERE c.name LIKE ?1";
    /** The same columns the engine writes for a Customer (checked with -Drapport.persistence.sql=true). */
    private static final String INSERT_SQL = "INSERT INTO PTEST_PARTY (ID, REFERENCE, NAME, BIRTHDAY, INCOME, VIP, VISITS, LOYALTY_POINTS, RATING, "
            + "LAST_CONTACT, STATUS, ACCOUNT_MANAGER_ID, COMPANY_ID, VERSION, ECLASS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'Customer')";

    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;

    /**
     * Access rules as a service agent's: income hidden, everything else readable. What they cost
     * is the store's side of enforcement (a check per query, masking as objects are built); the
     * security bundle's answers are map lookups on top.
     */
    private static final AccessPolicy MASK_INCOME = () -> new AccessPolicy.ReadRules() {
        @Override
        public boolean masks(EClass eClass, EAttribute attribute) {
            return attribute == TestmodelPackage.Literals.CUSTOMER__INCOME;
        }

        @Override
        public void checkQuery(AccessPolicy.QueryUse use) {
            if (use.conditions().contains(TestmodelPackage.Literals.CUSTOMER__INCOME)) {
                throw new IllegalStateException("income is hidden: " + use.query());
            }
        }

        @Override
        public Optional<AccessPolicy.RowCondition> rowCondition(EClass eClass) {
            return Optional.empty();
        }

        @Override
        public void checkFound(EObject object) {
            // every customer may be read
        }
    };

    private final BenchReport report = BenchReport.toResultsFile();

    @Test
    void run() throws Exception {
        Path work = BenchWork.folder();
        header();
        for (DatabaseKind kind : BenchKinds.toRun(report)) {
            Stopwatch watch = Stopwatch.start();
            try (FreshDatabases databases = new FreshDatabases(kind, work)) {
                benchmark(kind, databases);
            }
            report.line("(%s took %.0f s)", kind, watch.stop().wallMs() / 1000);
            report.line("");
            report.write();
        }
        report.write();
    }

    private void header() {
        report.line("Rapport persistence benchmark: engine (EclipseLink on EMF) against raw JDBC, run %s", ZonedDateTime.now().withNano(0));
        report.line("JDK %s (%s), %d processors, max heap %d MB, %s", System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name") + " "
                        + System.getProperty("os.arch"));
        report.line("insert: %,d customers, commit every %,d, %d warm-up round(s) of %,d, median of %d rounds, each on fresh databases",
                CUSTOMERS, COMMIT_SIZE, 1, INSERT_WARMUP, INSERT_ROUNDS);
        report.line("lookups: %,d by reference, %d per unit of work; searches: %,d name prefixes, first %d rows; %d warm-up and %d measured rounds (median)",
                LOOKUPS, PER_UNIT_OF_WORK, SEARCHES, PAGE, WARMUP_ROUNDS, ROUNDS);
        report.line("engine and JDBC rounds alternate (which goes first alternates too)");
        report.line("");
    }

    private void benchmark(DatabaseKind kind, FreshDatabases databases) throws Exception {
        double loadBefore = Stopwatch.loadAverage();
        BenchReport.progress("%s: load average %.1f", kind, loadBefore);
        // --- insert: each side writes into a fresh database of its own, so both start empty
        try (FreshDatabases.Fresh a = databases.create(); FreshDatabases.Fresh b = databases.create()) {
            engineInsert(a, INSERT_WARMUP);
            jdbcInsert(b, INSERT_WARMUP);
        }
        Stopwatch.Sample[][] inserts = new Stopwatch.Sample[2][INSERT_ROUNDS];
        FreshDatabases.Fresh kept = null;
        long heapBefore = 0;
        long heapAfter = 0;
        for (int round = 0; round < INSERT_ROUNDS; round++) {
            boolean last = round == INSERT_ROUNDS - 1;
            for (int side = 0; side < 2; side++) {
                boolean engine = (side == 0) == (round % 2 == 0);
                FreshDatabases.Fresh fresh = databases.create();
                if (engine) {
                    heapBefore = usedHeapAfterGc();
                    inserts[0][round] = engineInsert(fresh, CUSTOMERS);
                    heapAfter = usedHeapAfterGc();
                } else {
                    inserts[1][round] = jdbcInsert(fresh, CUSTOMERS);
                }
                Stopwatch.Sample sample = inserts[engine ? 0 : 1][round];
                BenchReport.progress("%s insert round %d %s: %,.0f rows/s (%,.0f rows per CPU-second)", kind, round + 1, engine ? "engine" : "jdbc",
                        rate(sample.wallMs()), rate(sample.cpuMs()));
                if (engine && last) {
                    kept = fresh; // the lookups and searches run on the engine's database
                } else {
                    fresh.close();
                }
            }
        }

        // --- reads: both sides on the same database, filled by the engine
        Stopwatch.Sample[][] lookups;
        Stopwatch.Sample[][] searches;
        Stopwatch.Sample[][] guardedLookups;
        long[] memory;
        try (FreshDatabases.Fresh database = kept; EclipseLinkStore store = database.openStore(); Connection connection = database.connect()) {
            check(store, connection);
            List<String> references = CustomerData.randomReferences(CUSTOMERS, LOOKUPS, 42);
            lookups = alternate(kind + " lookups", () -> engineLookups(store, references), () -> jdbcLookups(connection, references));
            List<String> prefixes = CustomerData.randomPrefixes(SEARCHES, 4711);
            String searchSql = "SELECT REFERENCE, NAME FROM PTEST_PARTY WHERE NAME LIKE ? AND ECLASS = 'Customer'"
                    + (kind == DatabaseKind.POSTGRESQL ? " LIMIT " + PAGE : " FETCH FIRST " + PAGE + " ROWS ONLY");
            searches = alternate(kind + " searches", () -> engineSearches(store, prefixes), () -> jdbcSearches(connection, searchSql, prefixes));
            memory = memory(store, connection);
            // last: a policy leaves its listener on the store's descriptors
            store.setAccessPolicy(MASK_INCOME);
            guardedLookups = alternate(kind + " lookups, access rules on", () -> engineLookups(store, references), () -> jdbcLookups(connection, references));
            try (UnitOfWork work = store.begin()) {
                Customer masked = work.<Customer>query(LOOKUP_JPQL, references.get(0)).get(0);
                expect(0, masked.getIncome() == null ? 0 : 1, "customers with income shown under rules that hide it");
            }
        }
        double loadAfter = Stopwatch.loadAverage();

        report.line("== %s == (load average %.1f before, %.1f after, on %d cores)", kind, loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
        report.line("%-38s %12s %12s %8s %9s  %s", "median, wall clock", "engine", "raw JDBC", "ratio", "aim", "");
        double engineRate = rate(median(inserts[0], false));
        double jdbcRate = rate(median(inserts[1], false));
        row(String.format(Locale.ROOT, "insert %,d customers [rows/s]", CUSTOMERS), engineRate, jdbcRate, engineRate / jdbcRate, ">= 0.80",
                engineRate / jdbcRate >= 0.8);
        double lookupRatio = median(lookups[0], false) / median(lookups[1], false);
        row(String.format(Locale.ROOT, "%,d lookups -> objects [ms]", LOOKUPS), median(lookups[0], false), median(lookups[1], false), lookupRatio,
                "<= 1.50", lookupRatio <= 1.5);
        double guardedRatio = median(guardedLookups[0], false) / median(guardedLookups[1], false);
        row(String.format(Locale.ROOT, "%,d lookups, income masked [ms]", LOOKUPS), median(guardedLookups[0], false), median(guardedLookups[1], false),
                guardedRatio, "<= 1.50", guardedRatio <= 1.5);
        double searchRatio = median(searches[0], false) / median(searches[1], false);
        row(String.format(Locale.ROOT, "%,d prefix searches -> rows [ms]", SEARCHES), median(searches[0], false), median(searches[1], false),
                searchRatio, "<= 1.30", searchRatio <= 1.3);
        report.line("%-38s %12s %12s %8s", "median, CPU time of the calling thread", "engine", "raw JDBC", "ratio");
        double engineCpuRate = rate(median(inserts[0], true));
        double jdbcCpuRate = rate(median(inserts[1], true));
        report.line("%-38s %,12.0f %,12.0f %8.2f", "insert [rows per CPU-second]", engineCpuRate, jdbcCpuRate, engineCpuRate / jdbcCpuRate);
        report.line("%-38s %,12.0f %,12.0f %8.2f", "lookups [CPU ms]", median(lookups[0], true), median(lookups[1], true),
                median(lookups[0], true) / median(lookups[1], true));
        report.line("%-38s %,12.0f %,12.0f %8.2f", "lookups, income masked [CPU ms]", median(guardedLookups[0], true), median(guardedLookups[1], true),
                median(guardedLookups[0], true) / median(guardedLookups[1], true));
        report.line("%-38s %,12.0f %,12.0f %8.2f", "searches [CPU ms]", median(searches[0], true), median(searches[1], true),
                median(searches[0], true) / median(searches[1], true));
        report.line("rounds (wall): insert engine %s rows/s, jdbc %s rows/s", rounded(inserts[0], true), rounded(inserts[1], true));
        report.line("               lookups engine %s ms, jdbc %s ms", rounded(lookups[0], false), rounded(lookups[1], false));
        report.line("               searches engine %s ms, jdbc %s ms", rounded(searches[0], false), rounded(searches[1], false));
        report.line("               lookups with access rules engine %s ms, jdbc %s ms", rounded(guardedLookups[0], false), rounded(guardedLookups[1], false));
        report.line("heap used after the engine's last insert round, after System.gc() (rough): %,d MB (%,d MB before it)", heapAfter >> 20,
                heapBefore >> 20);
        report.line("heap per customer held, %,d customers (rough): JDBC rows %,d B; engine, streamed (one read-only copy) %,d B;", HELD, memory[0] / HELD,
                memory[1] / HELD);
        report.line("  engine, in a unit of work (read copy, working copy, backup for change detection) %,d B: %.1fx the JDBC rows", memory[2] / HELD,
                (double) memory[2] / memory[0]);
    }

    /** How many customers the memory measurement holds at once. */
    private static final int HELD = 20_000;

    /**
     * Heap held by the same customers: as JDBC rows, as streamed objects (no unit of work keeps
     * them: one copy), and as a unit of work's objects (the session's read copy, the working copy
     * and the backup it compares at commit). Returns those three, in bytes.
     */
    private static long[] memory(EclipseLinkStore store, Connection connection) throws Exception {
        long[] held = new long[3];
        long before = usedHeapAfterGc();
        List<Object[]> rows = new java.util.ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM PTEST_PARTY WHERE ECLASS = 'Customer' ORDER BY REFERENCE");
                ResultSet result = select.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (rows.size() < HELD && result.next()) {
                Object[] row = new Object[columns];
                for (int column = 0; column < columns; column++) {
                    row[column] = result.getObject(column + 1);
                }
                rows.add(row);
            }
        }
        held[0] = usedHeapAfterGc() - before;
        java.lang.ref.Reference.reachabilityFence(rows);
        rows = null;
        try (UnitOfWork work = store.begin()) {
            before = usedHeapAfterGc();
            List<Object> streamed;
            try (java.util.stream.Stream<Object> customers = work.stream("SELECT c FROM Customer c ORDER BY c.reference")) {
                streamed = customers.limit(HELD).toList();
            }
            held[1] = usedHeapAfterGc() - before;
            java.lang.ref.Reference.reachabilityFence(streamed);
        }
        try (UnitOfWork work = store.begin()) {
            before = usedHeapAfterGc();
            List<Object> managed = work.page("SELECT c FROM Customer c ORDER BY c.reference", 0, HELD);
            held[2] = usedHeapAfterGc() - before;
            java.lang.ref.Reference.reachabilityFence(managed);
        }
        return held;
    }

    private static double rate(double milliseconds) {
        return CUSTOMERS / (milliseconds / 1000);
    }

    // ---------------------------------------------------------------- insert

    /** Writes customers 0 to count - 1 through the batch path. */
    private static Stopwatch.Sample engineInsert(FreshDatabases.Fresh database, int count) {
        try (EclipseLinkStore store = database.openStore()) {
            Stopwatch watch = Stopwatch.start();
            try (BatchWriter writer = store.batchWriter(COMMIT_SIZE)) {
                for (int n = 0; n < count; n++) {
                    writer.add(CustomerData.customer(n));
                }
            }
            return watch.stop();
        }
    }

    /** Writes the same customers with batched INSERTs, committing as often as the engine. */
    private static Stopwatch.Sample jdbcInsert(FreshDatabases.Fresh database, int count) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            Stopwatch watch = Stopwatch.start();
            try (PreparedStatement insert = connection.prepareStatement(INSERT_SQL)) {
                int queued = 0;
                for (int n = 0; n < count; n++) {
                    Customer customer = CustomerData.customer(n);
                    insert.setLong(1, n + 1L); // our own counter
                    insert.setString(2, customer.getReference());
                    insert.setString(3, customer.getName());
                    insert.setDate(4, customer.getBirthday() == null ? null : Date.valueOf(customer.getBirthday()));
                    insert.setBigDecimal(5, customer.getIncome());
                    insert.setBoolean(6, customer.isVip());
                    insert.setInt(7, customer.getVisits());
                    insert.setLong(8, customer.getLoyaltyPoints());
                    insert.setDouble(9, customer.getRating());
                    insert.setNull(10, Types.TIMESTAMP);
                    insert.setString(11, customer.getStatus() == null ? null : customer.getStatus().getLiteral());
                    insert.setNull(12, Types.BIGINT);
                    insert.setNull(13, Types.BIGINT);
                    insert.addBatch();
                    if (++queued == COMMIT_SIZE) {
                        insert.executeBatch();
                        connection.commit();
                        queued = 0;
                    }
                }
                if (queued > 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            return watch.stop();
        }
    }

    // ---------------------------------------------------------------- lookups

    private static Stopwatch.Sample engineLookups(EclipseLinkStore store, List<String> references) {
        Stopwatch watch = Stopwatch.start();
        long found = 0;
        for (int from = 0; from < references.size(); from += PER_UNIT_OF_WORK) {
            try (UnitOfWork work = store.begin()) {
                for (String reference : references.subList(from, Math.min(from + PER_UNIT_OF_WORK, references.size()))) {
                    List<Customer> customers = work.query(LOOKUP_JPQL, reference);
                    found += customers.size();
                }
            }
        }
        Stopwatch.Sample sample = watch.stop();
        expect(references.size(), found, "engine lookups");
        return sample;
    }

    private static Stopwatch.Sample jdbcLookups(Connection connection, List<String> references) throws SQLException {
        Stopwatch watch = Stopwatch.start();
        long found = 0;
        for (int from = 0; from < references.size(); from += PER_UNIT_OF_WORK) {
            try (PreparedStatement select = connection.prepareStatement(LOOKUP_SQL)) {
                for (String reference : references.subList(from, Math.min(from + PER_UNIT_OF_WORK, references.size()))) {
                    select.setString(1, reference);
                    List<Customer> customers = new ArrayList<>(1);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            customers.add(customer(rows));
                        }
                    }
                    found += customers.size();
                }
            }
        }
        Stopwatch.Sample sample = watch.stop();
        expect(references.size(), found, "jdbc lookups");
        return sample;
    }

    /** A row of PTEST_PARTY as the same EMF object the engine builds, by hand. */
    private static Customer customer(ResultSet row) throws SQLException {
        Customer customer = F.createCustomer();
        ((PersistentObject) customer).internalSetPersistentId(row.getLong("ID"));
        ((PersistentObject) customer).internalSetPersistentVersion(row.getLong("VERSION"));
        customer.setReference(row.getString("REFERENCE"));
        customer.setName(row.getString("NAME"));
        Date birthday = row.getDate("BIRTHDAY");
        customer.setBirthday(birthday == null ? null : birthday.toLocalDate());
        customer.setIncome(row.getBigDecimal("INCOME"));
        customer.setVip(row.getBoolean("VIP"));
        customer.setVisits(row.getInt("VISITS"));
        customer.setLoyaltyPoints(row.getLong("LOYALTY_POINTS"));
        customer.setRating(row.getDouble("RATING"));
        Timestamp lastContact = row.getTimestamp("LAST_CONTACT");
        customer.setLastContact(lastContact == null ? null : lastContact.toLocalDateTime().toInstant(ZoneOffset.UTC));
        String status = row.getString("STATUS");
        customer.setStatus(status == null ? null : CustomerStatus.get(status));
        return customer;
    }

    // ---------------------------------------------------------------- projection searches

    private static Stopwatch.Sample engineSearches(EclipseLinkStore store, List<String> prefixes) {
        Stopwatch watch = Stopwatch.start();
        long rows = 0;
        for (int from = 0; from < prefixes.size(); from += PER_UNIT_OF_WORK) {
            try (UnitOfWork work = store.begin()) {
                for (String prefix : prefixes.subList(from, Math.min(from + PER_UNIT_OF_WORK, prefixes.size()))) {
                    List<Object[]> page = work.page(SEARCH_JPQL, 0, PAGE, prefix + "%");
                    rows += page.size();
                }
            }
        }
        Stopwatch.Sample sample = watch.stop();
        expect(expectedSearchRows(prefixes), rows, "engine search rows");
        return sample;
    }

    private static Stopwatch.Sample jdbcSearches(Connection connection, String sql, List<String> prefixes) throws SQLException {
        Stopwatch watch = Stopwatch.start();
        long rows = 0;
        for (int from = 0; from < prefixes.size(); from += PER_UNIT_OF_WORK) {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (String prefix : prefixes.subList(from, Math.min(from + PER_UNIT_OF_WORK, prefixes.size()))) {
                    select.setString(1, prefix + "%");
                    List<Object[]> page = new ArrayList<>(PAGE);
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next()) {
                            page.add(new Object[] { result.getString(1), result.getString(2) });
                        }
                    }
                    rows += page.size();
                }
            }
        }
        Stopwatch.Sample sample = watch.stop();
        expect(expectedSearchRows(prefixes), rows, "jdbc search rows");
        return sample;
    }

    private static Long expectedRows;

    /** How many rows the searches return in all, counted in Java from the generated names. */
    private static long expectedSearchRows(List<String> prefixes) {
        if (expectedRows == null) {
            List<String> names = new ArrayList<>(CUSTOMERS);
            for (int n = 0; n < CUSTOMERS; n++) {
                names.add(CustomerData.name(n));
            }
            long total = 0;
            for (String prefix : prefixes) {
                total += Math.min(PAGE, names.stream().filter(name -> name.startsWith(prefix)).limit(PAGE).count());
            }
            expectedRows = total;
        }
        return expectedRows;
    }

    // ---------------------------------------------------------------- checks and rounds

    /** Both sides must read the same thing, or the figures mean nothing. */
    private static void check(EclipseLinkStore store, Connection connection) throws SQLException {
        String reference = CustomerData.reference(CUSTOMERS / 2);
        try (UnitOfWork work = store.begin(); PreparedStatement select = connection.prepareStatement(LOOKUP_SQL)) {
            Customer engine = work.<Customer> query(LOOKUP_JPQL, reference).get(0);
            select.setString(1, reference);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                Customer jdbc = customer(rows);
                if (!EcoreUtil.equals(engine, jdbc) || ((PersistentObject) engine).persistentId() != ((PersistentObject) jdbc).persistentId()) {
                    throw new AssertionError("the engine and the JDBC baseline read different customers for " + reference);
                }
                if (!EcoreUtil.equals(engine, CustomerData.customer(CUSTOMERS / 2))) {
                    throw new AssertionError("the engine did not store customer " + reference + " as generated");
                }
            }
        }
    }

    private static void expect(long expected, long actual, String what) {
        if (expected != actual) {
            throw new AssertionError(what + ": " + actual + " instead of " + expected);
        }
    }

    @FunctionalInterface
    private interface Measure {
        Stopwatch.Sample run() throws Exception;
    }

    /** Warm-up rounds of each side, then measured rounds alternating engine and JDBC; [0] engine, [1] JDBC. */
    private Stopwatch.Sample[][] alternate(String what, Measure engine, Measure jdbc) throws Exception {
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            Stopwatch.Sample e = engine.run();
            Stopwatch.Sample j = jdbc.run();
            BenchReport.progress("%s warm-up %d: engine %.0f ms (cpu %.0f), jdbc %.0f ms (cpu %.0f)", what, round + 1, e.wallMs(), e.cpuMs(), j.wallMs(),
                    j.cpuMs());
        }
        Stopwatch.Sample[][] samples = new Stopwatch.Sample[2][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            if (round % 2 == 0) {
                samples[0][round] = engine.run();
                samples[1][round] = jdbc.run();
            } else {
                samples[1][round] = jdbc.run();
                samples[0][round] = engine.run();
            }
            BenchReport.progress("%s round %d: engine %.0f ms (cpu %.0f), jdbc %.0f ms (cpu %.0f)", what, round + 1, samples[0][round].wallMs(),
                    samples[0][round].cpuMs(), samples[1][round].wallMs(), samples[1][round].cpuMs());
        }
        return samples;
    }

    private static double median(Stopwatch.Sample[] samples, boolean cpu) {
        double[] sorted = Arrays.stream(samples).mapToDouble(s -> cpu ? s.cpuMs() : s.wallMs()).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Each round's wall-clock figure: milliseconds, or rows per second. */
    private static String rounded(Stopwatch.Sample[] samples, boolean asRate) {
        return Arrays.stream(samples).map(s -> String.format(Locale.ROOT, "%,.0f", asRate ? rate(s.wallMs()) : s.wallMs())).toList().toString();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---------------------------------------------------------------- output

    private void row(String measure, double engine, double jdbc, double ratio, String aim, boolean met) {
        report.line("%-38s %,12.0f %,12.0f %8.2f %9s  %s", measure, engine, jdbc, ratio, aim, met ? "meets the aim" : "MISSES the aim");
    }
}
