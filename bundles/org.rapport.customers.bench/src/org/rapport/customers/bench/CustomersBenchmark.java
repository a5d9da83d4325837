package org.rapport.customers.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.rapport.customers.api.Contacts;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.api.CustomerListing.Column;
import org.rapport.customers.api.CustomerListing.Filter;
import org.rapport.customers.api.CustomerListing.Row;
import org.rapport.customers.api.CustomerSearch;
import org.rapport.customers.api.DataQuality;
import org.rapport.customers.api.Progress;
import org.rapport.customers.internal.ChannelsService;
import org.rapport.customers.internal.CustomerImportService;
import org.rapport.customers.internal.CustomerRows;
import org.rapport.customers.internal.PinyinKeys;
import org.rapport.customers.internal.PurchaseRows;
import org.rapport.customers.internal.CustomerSearchService;
import org.rapport.customers.internal.CustomersModel;
import org.rapport.customers.internal.StoreCustomerListing;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.customers.model.ImportKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.internal.DataSources;
import org.rapport.security.internal.AuditTrail;
import org.rapport.security.internal.Enforcement;
import org.rapport.security.internal.SecurityModel;
import org.rapport.testing.FreshDatabase;
import org.rapport.transfer.internal.ImportRunner;
import org.rapport.transfer.internal.TransferModel;

/**
 * The customers benchmark: the CSV import, the list's name-prefix search, the e-mail search and
 * the list's pages at the start, middle and end, each against a raw-JDBC baseline on the same kind
 * of database in the same run. It prints a table (and writes it to
 * {@code target/bench-results.txt}); it never fails on a slow figure, only when the two sides do
 * not store or find the same.
 * <p>
 * Run with {@code ./mvnw -B -o verify -Pbench -pl ...} (docs/performance.md, "Customers"); the
 * sizes come from system properties set in this bundle's pom.
 */
class CustomersBenchmark {

    private static final int CUSTOMERS = Integer.getInteger("rapport.bench.customers", 1_000_000);
    private static final int PURCHASES = Integer.getInteger("rapport.bench.purchases", 5_000_000);
    /** Customers of the import measured as the product wires the store (audit trail, access rules); five purchases each. */
    private static final int AUDITED = Integer.getInteger("rapport.bench.audited", 20_000);
    private static final boolean FULL_AUDITED = Boolean.getBoolean("rapport.bench.fullAudited");
    /**
     * The full-size sides at the same time, each on a thread of its own (no searches): on a shared,
     * loaded machine both then run under the same load, where one after the other they would not.
     */
    private static final boolean CONCURRENT = Boolean.getBoolean("rapport.bench.concurrent");
    private static final int SEARCHES = Integer.getInteger("rapport.bench.searches", 200);
    private static final int WARMUP = Integer.getInteger("rapport.bench.warmup", 50);
    private static final int PAGE = 200; // what the Customers part asks for
    private static final int PAGE_REPEATS = 5;
    private static final long SEED = 20261122L;
    /** The baseline's IDs: far above what the engine's sequence hands out in these runs. */
    private static final long FIRST_JDBC_ID = 1_000_000_000L;

    private static final String ROW_SQL = "SELECT ID, REFERENCE, NAME, REGION, CHANNEL, STATUS, ACCOUNT_MANAGER, LAST_CONFIRMED_AT FROM CUST_CUSTOMER";
    /** The list's order by name, as StoreCustomerListing asks for it: Chinese names by their pinyin among the others. */
    private static final String BY_NAME = " ORDER BY SORT_KEY, ID ";
    private static final String EMAIL_SQL = "SELECT c.ID, c.REFERENCE, c.NAME, c.REGION, e.ADDRESS FROM CUST_CUSTOMER c JOIN CUST_EMAIL_ADDRESS e ON e.EMAILS_OWNER = c.ID "
            + "WHERE e.ADDRESS = ? ORDER BY c.REFERENCE";
    private static final String FIRST_PHONE_SQL = "SELECT NUMBER_ FROM CUST_PHONE WHERE PHONES_OWNER = ? ORDER BY PHONES_POS FETCH FIRST 1 ROWS ONLY";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final StringBuilder report = new StringBuilder();
    private Path out;

    /** Wall-clock and calling-thread CPU milliseconds. */
    record Sample(double wallMs, double cpuMs) {
    }

    interface Work {
        void run() throws Exception;
    }

    static Sample time(Work work) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        work.run();
        return new Sample((System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    @Test
    void run() throws Exception {
        Path work = Path.of(System.getProperty("rapport.bench.work", "target/bench-work"));
        out = Path.of(System.getProperty("rapport.bench.out", "target/bench-results.txt"));
        Files.createDirectories(work);
        line("Rapport customers benchmark: services against raw JDBC, run %s", ZonedDateTime.now().withNano(0));
        line("JDK %s (%s), %d processors, max heap %d MB, load average %.1f", System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        line("");
        for (String name : System.getProperty("rapport.bench.kinds", "DERBY_EMBEDDED").split(",")) {
            DatabaseKind kind = DatabaseKind.valueOf(name.strip());
            if (kind == DatabaseKind.POSTGRESQL && (System.getenv("RAPPORT_TEST_PG_URL") == null || System.getenv("RAPPORT_TEST_PG_URL").isBlank())) {
                line("%s: skipped, RAPPORT_TEST_PG_URL is not set (. .ci/postgres.sh && rapport_prepare_postgres)", kind);
                continue;
            }
            long start = System.nanoTime();
            benchmark(kind, work.resolve(kind.name().toLowerCase(Locale.ROOT)));
            line("(%s took %.0f s)", kind, (System.nanoTime() - start) / 1e9);
            line("");
        }
    }

    private void benchmark(DatabaseKind kind, Path work) throws Exception {
        Files.createDirectories(work);
        List<String> parts = List.of(System.getProperty("rapport.bench.parts", "small,full").split(","));
        CsvData data = new CsvData(SEED);
        if (parts.contains("small")) {
            smallImports(kind, work, data);
        }
        if (parts.contains("full")) {
            fullImport(kind, work, data);
        }
        if (parts.contains("search")) {
            // the searches and pages alone, on the baseline's customers (what "full" does before the purchases)
            // with rapport.bench.reuse, a database the baseline filled in an earlier run with as many customers is used again
            // (the store migrates it first, so a new changeset is measured on a full table too)
            Path folder = work.resolve("search");
            Path filled = work.resolve("search-filled-" + CUSTOMERS);
            boolean reuse = kind == DatabaseKind.DERBY_EMBEDDED && Boolean.getBoolean("rapport.bench.reuse") && Files.exists(filled);
            // the marker holds the password the database was made with (the test databases get a new one each)
            try (FreshDatabase database = reuse ? FreshDatabase.reopenEmbedded(reopened(folder, Files.readString(filled).strip())) : fresh(kind, folder)) {
                Sample migration = time(() -> migrated(database, false).close());
                line("%s: %s database, migrated in %.0f ms", kind, reuse ? "the earlier run's" : "a new", migration.wallMs());
                if (!reuse) {
                    Files.deleteIfExists(filled);
                    Path customers = work.resolve("customers-search.csv");
                    data.writeCustomers(customers, CUSTOMERS);
                    try (Connection connection = DataSources.open(database.settings).getConnection()) {
                        Sample sample = time(() -> new JdbcImport(connection, Signed.NOW, Signed.LOGIN, FIRST_JDBC_ID).customers(customers));
                        line("%s: the baseline wrote %,d customers at %,.0f rows/s", kind, CUSTOMERS, CUSTOMERS / (sample.wallMs() / 1000));
                    }
                    Files.writeString(filled, database.settings.password());
                }
                try (Store store = openEnforced(database); Connection reads = DataSources.open(database.settings).getConnection()) {
                    searches(kind, data, store, reads);
                }
            }
        }
        if (parts.contains("import-customers")) {
            // the import of the full-size customers file alone, for its progress over a growing table
            Path customers = work.resolve("customers-only.csv");
            data.writeCustomers(customers, CUSTOMERS);
            try (FreshDatabase database = fresh(kind, work.resolve("customers-only")); Store store = migrated(database, false)) {
                CustomerImport importer = importer(store);
                Sample sample = time(() -> importer.importFile(ImportKind.CUSTOMERS, customers, CustomerImport.Options.defaults(), progress("customers")));
                line("%s: import of %,d customers alone: %,.0f rows/s (%,.0f per CPU-second)", kind, CUSTOMERS, CUSTOMERS / (sample.wallMs() / 1000),
                        CUSTOMERS / (sample.cpuMs() / 1000));
                write();
            }
        }
    }

    /**
     * The import at the audited size: a warm-up of both sides, both again, then the import on a
     * store wired as the product wires it (audit trail, access rules).
     */
    private void smallImports(DatabaseKind kind, Path work, CsvData data) throws Exception {
        Path customers = work.resolve("customers-small.csv");
        Path purchases = work.resolve("purchases-small.csv");
        data.writeCustomers(customers, AUDITED);
        data.writePurchases(purchases, AUDITED, AUDITED * 5);
        double loadBefore = loadAverage();
        Sample[] small = new Sample[6]; // jdbc customers, purchases; import the same; audited import the same
        for (int round = 0; round < 2; round++) {
            try (FreshDatabase jdbc = fresh(kind, work.resolve("small-jdbc-" + round))) {
                migrated(jdbc, false).close();
                Sample[] sides = jdbcImport(jdbc, customers, purchases);
                small[0] = sides[0];
                small[1] = sides[1];
            }
            try (FreshDatabase engine = fresh(kind, work.resolve("small-import-" + round)); Store store = migrated(engine, false)) {
                Sample[] sides = serviceImport(store, customers, purchases, AUDITED, AUDITED * 5);
                small[2] = sides[0];
                small[3] = sides[1];
            }
            progress("%s small round %d: jdbc %.0f + %.0f ms, import %.0f + %.0f ms", kind, round + 1, small[0].wallMs(), small[1].wallMs(), small[2].wallMs(),
                    small[3].wallMs());
        }
        long auditRows;
        try (FreshDatabase audited = fresh(kind, work.resolve("small-audited")); Store store = migrated(audited, true)) {
            Sample[] sides = serviceImport(store, customers, purchases, AUDITED, AUDITED * 5);
            small[4] = sides[0];
            small[5] = sides[1];
            auditRows = count(audited, "SELECT COUNT(*) FROM SEC_AUDIT_ENTRY");
            progress("%s audited import: %.0f + %.0f ms", kind, small[4].wallMs(), small[5].wallMs());
        }
        line("== %s: import of %,d customers and %,d purchases, second round (load average %.1f before, %.1f after) ==", kind, AUDITED, AUDITED * 5, loadBefore,
                loadAverage());
        importHeader();
        importLine("customers (store without audit)", AUDITED, small[2], small[0]);
        importLine("purchases (store without audit)", AUDITED * 5, small[3], small[1]);
        importLine("customers (audit trail, access rules)", AUDITED, small[4], small[0], 0.5);
        importLine("purchases (audit trail, access rules)", AUDITED * 5, small[5], small[1], 0.5);
        line("rows per CPU-second of the calling thread, import / JDBC: customers %.2f, purchases %.2f (store without audit), %.2f, %.2f (audited)",
                small[0].cpuMs() / small[2].cpuMs(), small[1].cpuMs() / small[3].cpuMs(), small[0].cpuMs() / small[4].cpuMs(), small[1].cpuMs() / small[5].cpuMs());
        line("audit entries written by the audited import: %,d", auditRows);
        line("");
        write();
    }

    private void importHeader() {
        line("rows per second of the file (customers: a line is the customer, its e-mail, its phone and its tags; purchases: one purchase)");
        line("%-52s %12s %12s %7s %9s", "", "import", "raw JDBC", "ratio", "aim >= 0.7");
    }

    /** Both sides at full size, each into a database of its own; the searches then run on the import's. */
    private void fullImport(DatabaseKind kind, Path work, CsvData data) throws Exception {
        Path customers = work.resolve("customers.csv");
        Path purchases = work.resolve("purchases.csv");
        Sample made = time(() -> {
            data.writeCustomers(customers, CUSTOMERS);
            data.writePurchases(purchases, CUSTOMERS, PURCHASES);
        });
        progress("%s: files written in %.0f s (%,d and %,d bytes)", kind, made.wallMs() / 1000, Files.size(customers), Files.size(purchases));
        double loadBefore = loadAverage();
        Sample[] jdbcFull;
        Sample[] importFull;
        long[] jdbcCounts;
        long[] importCounts;
        List<String> mismatches;
        // the searches run on the baseline's database first (the same rows, checked below), so their figures come
        // early in a run that takes hours
        try (FreshDatabase jdbc = fresh(kind, work.resolve("full-jdbc")); FreshDatabase imported = fresh(kind, work.resolve("full-import"))) {
            migrated(jdbc, false).close();
            jdbcFull = new Sample[2];
            if (CONCURRENT) {
                importFull = concurrentSides(jdbc, imported, customers, purchases, jdbcFull);
            } else {
                try (Connection connection = DataSources.open(jdbc.settings).getConnection()) {
                    JdbcImport baseline = new JdbcImport(connection, Signed.NOW, Signed.LOGIN, FIRST_JDBC_ID);
                    jdbcFull[0] = time(() -> baseline.customers(customers));
                    progress("%s full jdbc customers: %.0f ms", kind, jdbcFull[0].wallMs());
                    // the searches touch customers, e-mails and phones only: their figures come before the hours of purchases
                    try (Store store = openEnforced(jdbc); Connection reads = DataSources.open(jdbc.settings).getConnection()) {
                        searches(kind, data, store, reads);
                    }
                    jdbcFull[1] = time(() -> baseline.purchases(purchases));
                    progress("%s full jdbc purchases: %.0f ms", kind, jdbcFull[1].wallMs());
                }
                // rapport.bench.fullAudited: the import's side on a store wired as the product wires it (audit trail, access rules)
                try (Store store = migrated(imported, FULL_AUDITED)) {
                    importFull = serviceImport(store, customers, purchases, CUSTOMERS, PURCHASES);
                }
            }
            progress("%s full import: %.0f + %.0f ms", kind, importFull[0].wallMs(), importFull[1].wallMs());
            jdbcCounts = counts(jdbc);
            importCounts = counts(imported);
            mismatches = compare(jdbc, imported, data);
        }
        line("== %s: import of %,d customers and %,d purchases%s (load average %.1f before, %.1f after) ==", kind, CUSTOMERS, PURCHASES,
                CONCURRENT ? ", both sides at the same time" : "", loadBefore, loadAverage());
        importHeader();
        String side = FULL_AUDITED ? "as users run it: audited" : "store without audit";
        double aim = FULL_AUDITED ? 0.5 : 0.7;
        importLine("customers (" + side + ")", CUSTOMERS, importFull[0], jdbcFull[0], aim);
        importLine("purchases (" + side + ")", PURCHASES, importFull[1], jdbcFull[1], aim);
        line("rows per CPU-second of the calling thread, import / JDBC: customers %.2f, purchases %.2f", jdbcFull[0].cpuMs() / importFull[0].cpuMs(),
                jdbcFull[1].cpuMs() / importFull[1].cpuMs());
        line("rows in the tables, import / JDBC: customers %,d / %,d, e-mails %,d / %,d, phones %,d / %,d, tags %,d / %,d, purchases %,d / %,d", importCounts[0],
                jdbcCounts[0], importCounts[1], jdbcCounts[1], importCounts[2], jdbcCounts[2], importCounts[3], jdbcCounts[3], importCounts[4], jdbcCounts[4]);
        line(mismatches.isEmpty() ? "the two databases agree on 100 sampled customers (every column but the IDs, with their lists)"
                : "MISMATCH between the import's and the baseline's rows: " + mismatches);
        line("");
        write();

        if (!Arrays.equals(jdbcCounts, importCounts) || !mismatches.isEmpty()) {
            throw new AssertionError("the import and the baseline stored different rows, see " + out);
        }
    }

    /**
     * Both full-size sides at once, the baseline's on this thread and the import's on another, each
     * timed on its own thread (wall clock and that thread's CPU).
     *
     * @param jdbcFull filled with the baseline's customers and purchases
     * @return the import's customers and purchases
     */
    private Sample[] concurrentSides(FreshDatabase jdbc, FreshDatabase imported, Path customers, Path purchases, Sample[] jdbcFull) throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Sample[]> importSide = other.submit(() -> {
                try (Store store = migrated(imported, FULL_AUDITED)) {
                    return serviceImport(store, customers, purchases, CUSTOMERS, PURCHASES);
                }
            });
            try (Connection connection = DataSources.open(jdbc.settings).getConnection()) {
                JdbcImport baseline = new JdbcImport(connection, Signed.NOW, Signed.LOGIN, FIRST_JDBC_ID);
                jdbcFull[0] = time(() -> baseline.customers(customers));
                progress("full jdbc customers (beside the import): %.0f ms", jdbcFull[0].wallMs());
                jdbcFull[1] = time(() -> baseline.purchases(purchases));
                progress("full jdbc purchases (beside the import): %.0f ms", jdbcFull[1].wallMs());
            }
            return importSide.get();
        } finally {
            other.shutdown();
        }
    }

    /** A new database in a folder emptied first (an earlier run's database there has another password). */
    /** The settings of an embedded database that {@link #fresh} made in this folder with this password. */
    private static org.rapport.persistence.api.DatabaseSettings reopened(Path folder, String password) {
        org.rapport.persistence.api.DatabaseSettings made = org.rapport.testing.TestDatabases.embeddedDerby(folder);
        return new org.rapport.persistence.api.DatabaseSettings(made.kind(), made.url(), made.user(), password, made.encryption(), made.bootPassword(),
                made.home());
    }

    private static FreshDatabase fresh(DatabaseKind kind, Path folder) throws Exception {
        org.rapport.core.api.Folders.deleteTree(folder);
        Files.createDirectories(folder);
        return FreshDatabase.create(kind, folder);
    }

    private void importLine(String what, long rows, Sample engine, Sample jdbc) {
        importLine(what, rows, engine, jdbc, 0.7);
    }

    private void importLine(String what, long rows, Sample engine, Sample jdbc, double aim) {
        double engineRate = rows / (engine.wallMs() / 1000);
        double jdbcRate = rows / (jdbc.wallMs() / 1000);
        line("%-52s %,12.0f %,12.0f %7.2f %9s", what, engineRate, jdbcRate, engineRate / jdbcRate, engineRate / jdbcRate >= aim ? "met" : "missed");
    }

    // ---- the import, both ways

    /** The customers' import as DS wires it: the transfer runner with the customers' two mappers. */
    private static CustomerImport importer(Store store) {
        Signed user = new Signed();
        ChannelsService channels = new ChannelsService(store, user, Signed.CLOCK);
        return new CustomerImportService(new ImportRunner(store, user, Signed.CLOCK,
                List.of(new CustomerRows(Signed.CLOCK, channels), new PurchaseRows(Signed.CLOCK, channels))));
    }

    /** The store as the product opens it: migrated; with the audit trail and the access rules when {@code audited}. */
    private static Store migrated(FreshDatabase database, boolean audited) {
        if (!audited) {
            return database.migratedStore(List.of(new SecurityModel(), new TransferModel(), new CustomersModel()));
        }
        return openEnforced(database);
    }

    /** As the product wires it: the audit trail and the access rules' enforcement as journals, the enforcement as policy. */
    private static Store openEnforced(FreshDatabase database) {
        Signed user = new Signed();
        AuditTrail trail = new AuditTrail(Signed.CLOCK, user::get);
        Enforcement enforcement = new Enforcement(user::get);
        Store store = database.migratedStore(List.of(new SecurityModel(), new TransferModel(), new CustomersModel()), List.of(trail, enforcement), enforcement);
        // where the trail reads the data subjects' keys: the component looks the store up, the security tests call this
        // package-private hook; the benchmark reaches it the only way it can from another bundle
        try {
            java.lang.reflect.Method useStore = AuditTrail.class.getDeclaredMethod("useStore", Store.class);
            useStore.setAccessible(true);
            useStore.invoke(trail, store);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the audit trail's store hook", e);
        }
        return store;
    }

    private Sample[] serviceImport(Store store, Path customers, Path purchases, long customerRows, long purchaseRows) throws Exception {
        CustomerImport importer = importer(store);
        CustomerImport.Result[] results = new CustomerImport.Result[2];
        Sample a = time(() -> results[0] = importer.importFile(ImportKind.CUSTOMERS, customers, CustomerImport.Options.defaults(), progress("customers")));
        Sample b = time(() -> results[1] = importer.importFile(ImportKind.PURCHASES, purchases, CustomerImport.Options.defaults(), progress("purchases")));
        if (results[0].imported() != customerRows || results[1].imported() != purchaseRows || results[0].rejected() + results[1].rejected() > 0) {
            throw new AssertionError("the import stored " + results[0] + " and " + results[1]);
        }
        return new Sample[] { a, b };
    }

    private Progress progress(String what) {
        long start = System.nanoTime();
        return new Progress() {
            @Override
            public void rows(long rows) {
                if (rows % 100_000 == 0) {
                    progress("  import %s: %,d rows, %.0f rows/s", what, rows, rows / ((System.nanoTime() - start) / 1e9));
                }
            }
        };
    }

    private Sample[] jdbcImport(FreshDatabase database, Path customers, Path purchases) throws Exception {
        try (Connection connection = DataSources.open(database.settings).getConnection()) {
            JdbcImport baseline = new JdbcImport(connection, Signed.NOW, Signed.LOGIN, FIRST_JDBC_ID);
            Sample a = time(() -> baseline.customers(customers));
            Sample b = time(() -> baseline.purchases(purchases));
            return new Sample[] { a, b };
        }
    }

    private static long[] counts(FreshDatabase database) throws SQLException {
        String[] tables = { "CUST_CUSTOMER", "CUST_EMAIL_ADDRESS", "CUST_PHONE", "CUST_CUSTOMER_TAGS", "CUST_PURCHASE" };
        long[] counts = new long[tables.length];
        for (int i = 0; i < tables.length; i++) {
            counts[i] = count(database, "SELECT COUNT(*) FROM " + tables[i]);
        }
        return counts;
    }

    private static long count(FreshDatabase database, String sql) throws SQLException {
        try (Connection connection = DataSources.open(database.settings).getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Every column but the IDs of 100 customers spread over the file, with their lists, from both databases; the differences. */
    static List<String> compare(FreshDatabase jdbc, FreshDatabase imported, CsvData data) throws SQLException {
        List<String> differences = new ArrayList<>();
        try (Connection a = DataSources.open(jdbc.settings).getConnection(); Connection b = DataSources.open(imported.settings).getConnection()) {
            for (int i = 0; i < 100 && differences.size() < 5; i++) {
                String reference = CsvData.reference((int) ((long) i * CUSTOMERS / 100));
                List<String> left = customerRows(a, reference);
                List<String> right = customerRows(b, reference);
                if (!left.equals(right)) {
                    differences.add(reference + ": jdbc " + left + " import " + right);
                }
            }
        }
        return differences;
    }

    private static List<String> customerRows(Connection connection, String reference) throws SQLException {
        List<String> rows = new ArrayList<>();
        rows.addAll(rows(connection, "SELECT ACCOUNT_MANAGER, BIRTHDAY, CHANNEL, COMPANY, CREATED_AT, GENDER, INCOME, LAST_CONFIRMED_AT, MARKETING_CONSENT, "
                + "NAME, NOTES, OCCUPATION, VERSION, REFERENCE, REGION, STATUS, ADDRESS_ID FROM CUST_CUSTOMER WHERE REFERENCE = ?", reference));
        rows.addAll(rows(connection, "SELECT e.ADDRESS, e.LABEL, e.VERSION, e.VALID, e.EMAILS_POS FROM CUST_EMAIL_ADDRESS e JOIN CUST_CUSTOMER c "
                + "ON e.EMAILS_OWNER = c.ID WHERE c.REFERENCE = ? ORDER BY e.EMAILS_POS", reference));
        rows.addAll(rows(connection, "SELECT p.NUMBER_, p.LABEL, p.VERSION, p.VALID, p.PHONES_POS FROM CUST_PHONE p JOIN CUST_CUSTOMER c "
                + "ON p.PHONES_OWNER = c.ID WHERE c.REFERENCE = ? ORDER BY p.PHONES_POS", reference));
        rows.addAll(rows(connection, "SELECT t.ELEMENT, t.POSITION FROM CUST_CUSTOMER_TAGS t JOIN CUST_CUSTOMER c ON t.OWNER_ID = c.ID WHERE c.REFERENCE = ? "
                + "ORDER BY t.POSITION", reference));
        rows.addAll(rows(connection, "SELECT p.AMOUNT, p.AT_, p.CHANNEL, p.VERSION, p.PRODUCT, p.QUANTITY, p.STORE, p.PURCHASES_POS, p.KIND FROM CUST_PURCHASE p "
                + "JOIN CUST_CUSTOMER c ON p.PURCHASES_OWNER = c.ID WHERE c.REFERENCE = ? ORDER BY p.PURCHASES_POS", reference));
        return rows;
    }

    private static List<String> rows(Connection connection, String sql, String reference) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, reference);
            try (ResultSet found = statement.executeQuery()) {
                int columns = found.getMetaData().getColumnCount();
                while (found.next()) {
                    StringBuilder row = new StringBuilder("(");
                    for (int c = 1; c <= columns; c++) {
                        row.append(c > 1 ? "|" : "").append(found.getString(c));
                    }
                    rows.add(row.append(')').toString());
                }
            }
        }
        return rows;
    }

    // ---- searches and pages

    private void searches(DatabaseKind kind, CsvData data, Store store, Connection connection) throws Exception {
        CustomerListing listing = new StoreCustomerListing(store, Signed.CLOCK);
        CustomerSearch search = new CustomerSearchService(store, Signed.CLOCK);
        Random random = new Random(SEED + 1);
        int total = WARMUP + SEARCHES;
        List<String> prefixes = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            prefixes.add(CsvData.prefix(random));
            emails.add(data.customer(random.nextInt(CUSTOMERS)).email());
            // the start of a reference as people type it, in lower case: "b-00123" (100 customers)
            references.add(CsvData.reference(random.nextInt(CUSTOMERS)).substring(0, 7).toLowerCase(Locale.ROOT));
        }
        double[][] rows = new double[2][SEARCHES];
        double[][] counts = new double[2][SEARCHES];
        double[][] byEmail = new double[2][SEARCHES];
        double[][] byReference = new double[2][SEARCHES];
        long matched = 0;
        java.util.Map<String, PreparedStatement> textStatements = new java.util.HashMap<>();
        try (PreparedStatement emailSql = connection.prepareStatement(EMAIL_SQL); PreparedStatement phoneSql = connection.prepareStatement(FIRST_PHONE_SQL);
                // by hand one would ask for the reference as the data spells it (upper case), one index range
                PreparedStatement referenceSql = connection.prepareStatement(ROW_SQL + " WHERE REFERENCE LIKE ?" + BY_NAME + limit(kind, PAGE))) {
            for (int i = 0; i < total; i++) {
                boolean measured = i >= WARMUP;
                int at = i - WARMUP;
                String prefix = prefixes.get(i);
                TextSql text = TextSql.of(kind, prefix);
                PreparedStatement textCountSql = prepared(textStatements, connection, text.count());
                String email = emails.get(i);
                // the two sides alternate which goes first; both must find the same
                String reference = references.get(i);
                List<?>[] pages = new List<?>[2];
                List<?>[] referencePages = new List<?>[2];
                long[] numbers = new long[2];
                for (int side = 0; side < 2; side++) {
                    boolean service = (side == 0) == (i % 2 == 0);
                    int s = service ? 0 : 1;
                    List<?>[] hits = new List<?>[1];
                    Sample r = time(() -> pages[s] = service ? listing.rows(new Filter(prefix, null, null), Column.NAME, true, 0, PAGE) : jdbcPinyinRows(textStatements, connection, text));
                    Sample c = time(() -> numbers[s] = service ? listing.count(new Filter(prefix, null, null)) : jdbcCount(textCountSql, text.countParameters()));
                    Sample e = time(() -> hits[0] = service ? search.search(email, CustomerSearch.DEFAULT_LIMIT) : jdbcEmail(emailSql, phoneSql, email));
                    Sample f = time(() -> referencePages[s] = service ? listing.rows(new Filter(reference, null, null), Column.NAME, true, 0, PAGE)
                            : jdbcReferences(referenceSql, reference));
                    if (measured) {
                        rows[s][at] = r.wallMs();
                        counts[s][at] = c.wallMs();
                        byEmail[s][at] = e.wallMs();
                        byReference[s][at] = f.wallMs();
                    }
                    if (hits[0].size() != 1) {
                        throw new AssertionError("e-mail " + email + " found " + hits[0]);
                    }
                }
                if (!referencePages[0].equals(referencePages[1]) || referencePages[0].isEmpty()) {
                    throw new AssertionError("reference " + reference + ": the list shows " + referencePages[0] + ", JDBC " + referencePages[1]);
                }
                if (!pages[0].equals(pages[1]) || numbers[0] != numbers[1]) {
                    throw new AssertionError("prefix " + prefix + ": the list shows " + numbers[0] + " " + pages[0] + ", JDBC " + numbers[1] + " " + pages[1]);
                }
                matched += measured ? numbers[0] : 0;
            }
        } finally {
            for (PreparedStatement statement : textStatements.values()) {
                statement.close();
            }
        }
        line("== %s: searches over %,d customers (%d measured after %d warm-up; load average %.1f) ==", kind, CUSTOMERS, SEARCHES, WARMUP, loadAverage());
        line("prefixes as typed (%s, ...): on average %,.0f customers match", String.join(", ", prefixes.subList(0, 6)), (double) matched / SEARCHES);
        line("%-44s %9s %9s %9s %9s %7s %7s  %s", "wall clock, ms", "p50", "p95", "JDBC p50", "JDBC p95", "p50 x", "p95 x", "aim: p95 <= 1.5x and < 50 ms");
        latencyLine("list page (first 200 rows), name prefix", rows);
        latencyLine("list count, name prefix", counts);
        latencyLine("CustomerSearch.search, exact e-mail", byEmail);
        latencyLine("list page, reference prefix (\"" + references.get(0) + "\")", byReference);
        write();

        // --- pages of the whole list by name, as the Customers part scrolls
        line("%-44s %9s %9s %7s", "list page of 200 by name, ms (median of " + PAGE_REPEATS + ")", "service", "JDBC", "ratio");
        try (PreparedStatement pageSql = connection.prepareStatement(ROW_SQL + BY_NAME + offset(kind));
                PreparedStatement countAll = connection.prepareStatement("SELECT COUNT(*) FROM CUST_CUSTOMER")) {
            double[][] countTimes = new double[2][PAGE_REPEATS];
            for (int r = -1; r < PAGE_REPEATS; r++) {
                Sample service = time(() -> listing.count(Filter.ALL));
                Sample jdbc = time(() -> {
                    try (ResultSet found = countAll.executeQuery()) {
                        found.next();
                    }
                });
                if (r >= 0) {
                    countTimes[0][r] = service.wallMs();
                    countTimes[1][r] = jdbc.wallMs();
                }
            }
            pageLine("count, no filter", countTimes);
            for (int first : new int[] { 0, CUSTOMERS / 2, CUSTOMERS - PAGE }) {
                double[][] times = new double[2][PAGE_REPEATS];
                List<?>[] found = new List<?>[2];
                for (int r = -1; r < PAGE_REPEATS; r++) {
                    Sample service = time(() -> found[0] = listing.rows(Filter.ALL, Column.NAME, true, first, PAGE));
                    Sample jdbc = time(() -> found[1] = jdbcPage(pageSql, first));
                    if (r >= 0) {
                        times[0][r] = service.wallMs();
                        times[1][r] = jdbc.wallMs();
                    }
                }
                if (!found[0].equals(found[1])) {
                    throw new AssertionError("page at " + first + " differs");
                }
                pageLine(String.format(Locale.ROOT, "rows %,d-%,d", first + 1, first + PAGE), times);
                write();
            }
        }
        line("");
        write();
    }

    private void latencyLine(String what, double[][] times) {
        double p50 = percentile(times[0], 50);
        double p95 = percentile(times[0], 95);
        double j50 = percentile(times[1], 50);
        double j95 = percentile(times[1], 95);
        line("%-44s %9.2f %9.2f %9.2f %9.2f %7.2f %7.2f  %s", what, p50, p95, j50, j95, p50 / j50, p95 / j95, p95 <= 1.5 * j95 && p95 < 50 ? "met"
                : "missed" + (p95 > 1.5 * j95 ? " (ratio)" : "") + (p95 >= 50 ? " (50 ms)" : ""));
    }

    private void pageLine(String what, double[][] times) {
        double service = percentile(times[0], 50);
        double jdbc = percentile(times[1], 50);
        line("%-44s %9.1f %9.1f %7.2f", what, service, jdbc, service / jdbc);
    }

    private static String limit(DatabaseKind kind, int rows) {
        return kind == DatabaseKind.POSTGRESQL ? "LIMIT " + rows : "FETCH FIRST " + rows + " ROWS ONLY";
    }

    private static String offset(DatabaseKind kind) {
        return kind == DatabaseKind.POSTGRESQL ? "LIMIT " + PAGE + " OFFSET ?" : "OFFSET ? ROWS FETCH NEXT " + PAGE + " ROWS ONLY";
    }

    private static PreparedStatement prepared(java.util.Map<String, PreparedStatement> statements, Connection connection, String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /**
     * A typed name's page and count as one would write them by hand for the list's answer
     * (StoreCustomerListing's look-up): each branch one index range read in the list's order with
     * a limit, their union ordered again; the count one count per branch of the rows that no
     * branch before it holds. Latin letters: the sort key's range (Latin names and Chinese ones by
     * pinyin) and, for two letters or more, the pinyin initials'; with spaces, the names as typed
     * and the pinyin without them apart; a Chinese text: the sort key's range of its pinyin with
     * the name key as filter, counted by the name key's range.
     */
    private record TextSql(String rows, List<Object> rowParameters, String count, List<Object> countParameters, String initials,
            List<Object> initialsParameters) {

        static TextSql of(DatabaseKind kind, String prefix) {
            String stripped = prefix.strip();
            String escaped = stripped.replace("!", "!!").replace("%", "!%").replace("_", "!_");
            String name = CustomerListing.nameKey(escaped) + "%";
            String typed = PinyinKeys.typed(stripped);
            List<String> branches = new ArrayList<>();
            List<String> outside = new ArrayList<>();
            List<List<Object>> values = new ArrayList<>();
            if (typed == null) {
                String start = PinyinKeys.hasHan(stripped) ? PinyinKeys.startOf(stripped) : null;
                String rows = start == null ? ROW_SQL + " WHERE NAME_KEY LIKE ? ESCAPE '!'" + BY_NAME + limit(kind, PAGE)
                        : ROW_SQL + " WHERE SORT_KEY LIKE ? AND NAME_KEY LIKE ? ESCAPE '!'" + BY_NAME + limit(kind, PAGE);
                return new TextSql(rows, start == null ? List.of(name) : List.of(start + "%", name),
                        "SELECT COUNT(*) FROM CUST_CUSTOMER WHERE NAME_KEY LIKE ? ESCAPE '!'", List.of(name), null, List.of());
            }
            String pinyin = typed + "%";
            if (typed.equals(CustomerListing.nameKey(stripped))) {
                branches.add("SORT_KEY LIKE ?");
                outside.add("(SORT_KEY IS NULL OR SORT_KEY NOT LIKE ?)");
                values.add(List.of(pinyin));
            } else {
                branches.add("SORT_KEY LIKE ? ESCAPE '!' AND NAME_KEY LIKE ? ESCAPE '!'");
                outside.add("(SORT_KEY IS NULL OR SORT_KEY NOT LIKE ? ESCAPE '!' OR NAME_KEY IS NULL OR NAME_KEY NOT LIKE ? ESCAPE '!')");
                values.add(List.of(name, name));
                branches.add("SORT_KEY LIKE ? AND PINYIN_KEY IS NOT NULL");
                outside.add("(SORT_KEY IS NULL OR SORT_KEY NOT LIKE ? OR PINYIN_KEY IS NULL)");
                values.add(List.of(pinyin));
            }
            int ordered = branches.size();
            if (typed.length() > 1) {
                branches.add("PINYIN_INITIALS LIKE ?");
                outside.add("(PINYIN_INITIALS IS NULL OR PINYIN_INITIALS NOT LIKE ?)");
                values.add(List.of(pinyin));
            }
            List<Object> rowParameters = new ArrayList<>();
            List<Object> countParameters = new ArrayList<>();
            List<String> selects = new ArrayList<>();
            List<String> counts = new ArrayList<>();
            for (int i = 0; i < branches.size(); i++) {
                if (i >= ordered) {
                    // not in the list's order: its first identities from its index alone (its rows sorted would read the whole range)
                    counts.add(count(branches, outside, values, i, countParameters));
                    continue;
                }
                selects.add("SELECT * FROM (" + ROW_SQL.replace(" FROM", ", SORT_KEY FROM") + " WHERE " + branches.get(i) + BY_NAME + limit(kind, PAGE)
                        + ") B" + i);
                rowParameters.addAll(values.get(i));
                counts.add(count(branches, outside, values, i, countParameters));
            }
            String rows = selects.size() == 1 ? ROW_SQL.replace(" FROM", ", SORT_KEY FROM") + " WHERE " + branches.get(0) + BY_NAME + limit(kind, PAGE)
                    : String.join(" UNION ", selects) + BY_NAME + limit(kind, PAGE);
            String count = branches.size() == 1 ? "SELECT COUNT(*) FROM CUST_CUSTOMER WHERE " + branches.get(0) : "VALUES (" + String.join(" + ", counts) + ")";
            String initials = ordered < branches.size() ? "SELECT ID FROM CUST_CUSTOMER WHERE " + branches.get(ordered) + BY_NAME + limit(kind, PAGE) : null;
            return new TextSql(rows, rowParameters, count, countParameters, initials, initials == null ? List.of() : values.get(ordered));
        }

        private static String count(List<String> branches, List<String> outside, List<List<Object>> values, int i, List<Object> countParameters) {
            StringBuilder count = new StringBuilder("(SELECT COUNT(*) FROM CUST_CUSTOMER WHERE " + branches.get(i));
            countParameters.addAll(values.get(i));
            for (int before = 0; before < i; before++) {
                count.append(" AND ").append(outside.get(before));
                countParameters.addAll(values.get(before));
            }
            return count.append(")").toString();
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /**
     * The page: the branches in the list's order as one statement; when the initials' identities
     * (read first, from their index alone) find anyone, their rows by identity, merged in by the
     * sort key (Derby orders as Java does).
     */
    private static List<Row> jdbcPinyinRows(java.util.Map<String, PreparedStatement> statements, Connection connection, TextSql text) throws SQLException {
        PreparedStatement ordered = prepared(statements, connection, text.rows());
        bind(ordered, text.rowParameters());
        if (text.initials() == null) {
            return rowsOf(connection, read(ordered));
        }
        PreparedStatement initials = prepared(statements, connection, text.initials());
        bind(initials, text.initialsParameters());
        List<Long> ids = new ArrayList<>();
        try (ResultSet found = initials.executeQuery()) {
            while (found.next()) {
                ids.add(found.getLong(1));
            }
        }
        List<Object[]> rows = read(ordered);
        if (ids.isEmpty()) {
            return rowsOf(connection, rows);
        }
        java.util.Set<Long> have = new java.util.HashSet<>();
        rows.forEach(row -> have.add((Long) row[0]));
        ids.removeIf(have::contains);
        if (!ids.isEmpty()) {
            String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement byId = connection.prepareStatement(ROW_SQL.replace(" FROM", ", SORT_KEY FROM") + " WHERE ID IN (" + in + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    byId.setLong(i + 1, ids.get(i));
                }
                rows.addAll(read(byId));
            }
        }
        rows.sort(java.util.Comparator.comparing((Object[] row) -> (String) row[8], java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(row -> (Long) row[0]));
        return rowsOf(connection, rows.subList(0, Math.min(PAGE, rows.size())));
    }

    private static List<Row> jdbcReferences(PreparedStatement statement, String typed) throws SQLException {
        statement.setString(1, typed.toUpperCase(Locale.ROOT) + "%");
        return rowsOf(statement);
    }

    private static List<Row> jdbcPage(PreparedStatement statement, int first) throws SQLException {
        statement.setInt(1, first);
        return rowsOf(statement);
    }

    /**
     * The rows as the list shows them: each customer's first phone number and e-mail address (the
     * earliest stored) with how many more, and the flags; one query per kind of contact for the
     * whole page, as one would write it by hand.
     */
    private static List<Row> rowsOf(PreparedStatement statement) throws SQLException {
        return rowsOf(statement.getConnection(), read(statement));
    }

    /** The statement's rows: the list's eight columns, and the sort key where the statement has a ninth. */
    private static List<Object[]> read(PreparedStatement statement) throws SQLException {
        List<Object[]> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            boolean keyed = rows.getMetaData().getColumnCount() > 8;
            while (rows.next()) {
                java.sql.Timestamp confirmed = rows.getTimestamp(8);
                found.add(new Object[] { rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                        rows.getString(7), confirmed == null ? null : confirmed.toInstant(), keyed ? rows.getString(9) : null });
            }
        }
        return found;
    }

    private static List<Row> rowsOf(Connection connection, List<Object[]> found) throws SQLException {
        java.util.Set<Long> invalid = new java.util.HashSet<>();
        java.util.Map<Long, CustomerListing.Contact> phones = firstContacts(connection, found,
                "SELECT PHONES_OWNER, NUMBER_, VALID FROM CUST_PHONE WHERE PHONES_OWNER IN (%s) ORDER BY PHONES_OWNER, ID", Contacts::isValidPhone, invalid);
        java.util.Map<Long, CustomerListing.Contact> emails = firstContacts(connection, found,
                "SELECT EMAILS_OWNER, ADDRESS, VALID FROM CUST_EMAIL_ADDRESS WHERE EMAILS_OWNER IN (%s) ORDER BY EMAILS_OWNER, ID", Contacts::isValidEmail,
                invalid);
        java.time.Instant now = Signed.NOW;
        List<Row> rows = new ArrayList<>(found.size());
        for (Object[] row : found) {
            long id = (Long) row[0];
            java.util.Set<DataQuality.Flag> flags = java.util.EnumSet.noneOf(DataQuality.Flag.class);
            if (invalid.contains(id)) {
                flags.add(DataQuality.Flag.INVALID_CONTACT);
            }
            if (DataQuality.unconfirmed((java.time.Instant) row[7], now)) {
                flags.add(DataQuality.Flag.UNCONFIRMED);
            }
            rows.add(new Row(id, (String) row[1], (String) row[2], (String) row[3], (String) row[4], CustomerStatus.valueOf((String) row[5]),
                    (String) row[6], (java.time.Instant) row[7], flags, phones.get(id), emails.get(id)));
        }
        return rows;
    }

    /** The first contact of each customer of the page and how many more; adds the owners of a bad one to {@code invalid}. */
    private static java.util.Map<Long, CustomerListing.Contact> firstContacts(Connection connection, List<Object[]> customers, String sql,
            java.util.function.Predicate<String> wellFormed, java.util.Set<Long> invalid) throws SQLException {
        java.util.Map<Long, CustomerListing.Contact> first = new java.util.HashMap<>();
        if (customers.isEmpty()) {
            return first;
        }
        String ids = String.join(",", java.util.Collections.nCopies(customers.size(), "?"));
        try (PreparedStatement contacts = connection.prepareStatement(String.format(Locale.ROOT, sql, ids))) {
            for (int i = 0; i < customers.size(); i++) {
                contacts.setLong(i + 1, (Long) customers.get(i)[0]);
            }
            try (ResultSet rows = contacts.executeQuery()) {
                while (rows.next()) {
                    long owner = rows.getLong(1);
                    String value = rows.getString(2);
                    boolean bad = rows.getInt(3) != 1 || value == null || !wellFormed.test(value);
                    if (bad) {
                        invalid.add(owner);
                    }
                    CustomerListing.Contact kept = first.get(owner);
                    first.put(owner, kept == null ? new CustomerListing.Contact(value, bad, 0)
                            : new CustomerListing.Contact(kept.value(), kept.invalid(), kept.more() + 1));
                }
            }
        }
        return first;
    }

    private static long jdbcCount(PreparedStatement statement, List<Object> parameters) throws SQLException {
        bind(statement, parameters);
        try (ResultSet found = statement.executeQuery()) {
            found.next();
            return found.getLong(1);
        }
    }

    /** What a hit shows (reference, name, e-mail, first phone, region) for the customers with this e-mail address. */
    private static List<CustomerSearch.Hit> jdbcEmail(PreparedStatement email, PreparedStatement phone, String typed) throws SQLException {
        List<CustomerSearch.Hit> hits = new ArrayList<>();
        email.setString(1, Contacts.normaliseEmail(typed));
        try (ResultSet found = email.executeQuery()) {
            while (found.next()) {
                phone.setLong(1, found.getLong(1));
                String number;
                try (ResultSet phones = phone.executeQuery()) {
                    number = phones.next() ? phones.getString(1) : null;
                }
                hits.add(new CustomerSearch.Hit(found.getString(2), found.getString(3), found.getString(5), number, found.getString(4)));
            }
        }
        return hits;
    }

    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int at = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }

    // ---- output

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception | Error unknown) {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    private void line(String format, Object... arguments) {
        String text = String.format(Locale.ROOT, format, arguments);
        report.append(text).append('\n');
        System.out.println(text);
    }

    private static void progress(String format, Object... arguments) {
        System.out.println("[" + java.time.LocalTime.now().withNano(0) + "] " + String.format(Locale.ROOT, format, arguments));
    }

    private void write() throws java.io.IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
    }
}
