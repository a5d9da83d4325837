package org.rapport.customers.bench;

import static org.rapport.customers.bench.Sizes.AUDITED;
import static org.rapport.customers.bench.Sizes.CONCURRENT;
import static org.rapport.customers.bench.Sizes.CUSTOMERS;
import static org.rapport.customers.bench.Sizes.FIRST_JDBC_ID;
import static org.rapport.customers.bench.Sizes.FULL_AUDITED;
import static org.rapport.customers.bench.Sizes.PURCHASES;
import static org.rapport.testing.bench.BenchReport.progress;
import static org.rapport.testing.bench.Stopwatch.loadAverage;
import static org.rapport.testing.bench.Stopwatch.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.Progress;
import org.rapport.customers.internal.ChannelsService;
import org.rapport.customers.internal.CustomerImportService;
import org.rapport.customers.internal.CustomerRows;
import org.rapport.customers.internal.PurchaseRows;
import org.rapport.customers.model.ImportKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.bench.BenchReport;
import org.rapport.testing.bench.Stopwatch.Sample;
import org.rapport.transfer.internal.ImportRunner;

/**
 * The CSV import of customers and purchases through {@link CustomerImport}, against the JDBC
 * baseline ({@link JdbcImport}) writing the same rows from the same files; at full size the two
 * databases are compared afterwards ({@link StoredRows}).
 */
final class ImportBench {

    private final BenchReport report;
    private final CsvData data;
    private final SearchBench searches;

    ImportBench(BenchReport report, CsvData data, SearchBench searches) {
        this.report = report;
        this.data = data;
        this.searches = searches;
    }

    /**
     * The import at the audited size: a warm-up of both sides, both again, then the import on a
     * store wired as the product wires it (audit trail, access rules).
     */
    void small(DatabaseKind kind, Path work) throws Exception {
        Path customers = work.resolve("customers-small.csv");
        Path purchases = work.resolve("purchases-small.csv");
        data.writeCustomers(customers, AUDITED);
        data.writePurchases(purchases, AUDITED, AUDITED * 5);
        double loadBefore = loadAverage();
        Sample[] small = new Sample[6]; // jdbc customers, purchases; import the same; audited import the same
        for (int round = 0; round < 2; round++) {
            try (FreshDatabase jdbc = BenchStores.fresh(kind, work.resolve("small-jdbc-" + round))) {
                BenchStores.migrated(jdbc, false).close();
                Sample[] sides = jdbcImport(jdbc, customers, purchases);
                small[0] = sides[0];
                small[1] = sides[1];
            }
            try (FreshDatabase engine = BenchStores.fresh(kind, work.resolve("small-import-" + round)); Store store = BenchStores.migrated(engine, false)) {
                Sample[] sides = serviceImport(store, customers, purchases, AUDITED, AUDITED * 5);
                small[2] = sides[0];
                small[3] = sides[1];
            }
            progress("%s small round %d: jdbc %.0f + %.0f ms, import %.0f + %.0f ms", kind, round + 1, small[0].wallMs(), small[1].wallMs(), small[2].wallMs(),
                    small[3].wallMs());
        }
        long auditRows;
        try (FreshDatabase audited = BenchStores.fresh(kind, work.resolve("small-audited")); Store store = BenchStores.migrated(audited, true)) {
            Sample[] sides = serviceImport(store, customers, purchases, AUDITED, AUDITED * 5);
            small[4] = sides[0];
            small[5] = sides[1];
            auditRows = StoredRows.count(audited, "SELECT COUNT(*) FROM SEC_AUDIT_ENTRY");
            progress("%s audited import: %.0f + %.0f ms", kind, small[4].wallMs(), small[5].wallMs());
        }
        report.line("== %s: import of %,d customers and %,d purchases, second round (load average %.1f before, %.1f after) ==", kind, AUDITED, AUDITED * 5,
                loadBefore, loadAverage());
        importHeader();
        importLine("customers (store without audit)", AUDITED, small[2], small[0], 0.7);
        importLine("purchases (store without audit)", AUDITED * 5, small[3], small[1], 0.7);
        importLine("customers (audit trail, access rules)", AUDITED, small[4], small[0], 0.5);
        importLine("purchases (audit trail, access rules)", AUDITED * 5, small[5], small[1], 0.5);
        report.line("rows per CPU-second of the calling thread, import / JDBC: customers %.2f, purchases %.2f (store without audit), %.2f, %.2f (audited)",
                small[0].cpuMs() / small[2].cpuMs(), small[1].cpuMs() / small[3].cpuMs(), small[0].cpuMs() / small[4].cpuMs(), small[1].cpuMs() / small[5].cpuMs());
        report.line("audit entries written by the audited import: %,d", auditRows);
        report.line("");
        report.write();
    }

    /** Both sides at full size, each into a database of its own; the searches then run on the baseline's. */
    void full(DatabaseKind kind, Path work) throws Exception {
        Path customers = work.resolve("customers.csv");
        Path purchases = work.resolve("purchases.csv");
        Sample made = time(() -> {
            data.writeCustomers(customers, CUSTOMERS);
            data.writePurchases(purchases, CUSTOMERS, PURCHASES);
        });
        progress("%s: files written in %.0f s (%,d and %,d bytes)", kind, made.wallMs() / 1000, Files.size(customers), Files.size(purchases));
        double loadBefore = loadAverage();
        Sample[] jdbcFull = new Sample[2];
        Sample[] importFull;
        long[] jdbcCounts;
        long[] importCounts;
        List<String> mismatches;
        try (FreshDatabase jdbc = BenchStores.fresh(kind, work.resolve("full-jdbc")); FreshDatabase imported = BenchStores.fresh(kind, work.resolve("full-import"))) {
            BenchStores.migrated(jdbc, false).close();
            if (CONCURRENT) {
                importFull = concurrentSides(jdbc, imported, customers, purchases, jdbcFull);
            } else {
                baselineWithSearches(kind, jdbc, customers, purchases, jdbcFull);
                // rapport.bench.fullAudited: the import's side on a store wired as the product wires it (audit trail, access rules)
                try (Store store = BenchStores.migrated(imported, FULL_AUDITED)) {
                    importFull = serviceImport(store, customers, purchases, CUSTOMERS, PURCHASES);
                }
            }
            progress("%s full import: %.0f + %.0f ms", kind, importFull[0].wallMs(), importFull[1].wallMs());
            jdbcCounts = StoredRows.counts(jdbc);
            importCounts = StoredRows.counts(imported);
            mismatches = StoredRows.compare(jdbc, imported);
        }
        report.line("== %s: import of %,d customers and %,d purchases%s (load average %.1f before, %.1f after) ==", kind, CUSTOMERS, PURCHASES,
                CONCURRENT ? ", both sides at the same time" : "", loadBefore, loadAverage());
        importHeader();
        String side = FULL_AUDITED ? "as users run it: audited" : "store without audit";
        double aim = FULL_AUDITED ? 0.5 : 0.7;
        importLine("customers (" + side + ")", CUSTOMERS, importFull[0], jdbcFull[0], aim);
        importLine("purchases (" + side + ")", PURCHASES, importFull[1], jdbcFull[1], aim);
        report.line("rows per CPU-second of the calling thread, import / JDBC: customers %.2f, purchases %.2f", jdbcFull[0].cpuMs() / importFull[0].cpuMs(),
                jdbcFull[1].cpuMs() / importFull[1].cpuMs());
        report.line("rows in the tables, import / JDBC: customers %,d / %,d, e-mails %,d / %,d, phones %,d / %,d, tags %,d / %,d, purchases %,d / %,d",
                importCounts[0], jdbcCounts[0], importCounts[1], jdbcCounts[1], importCounts[2], jdbcCounts[2], importCounts[3], jdbcCounts[3], importCounts[4],
                jdbcCounts[4]);
        report.line(mismatches.isEmpty() ? "the two databases agree on 100 sampled customers (every column but the IDs, with their lists)"
                : "MISMATCH between the import's and the baseline's rows: " + mismatches);
        report.line("");
        report.write();

        if (!Arrays.equals(jdbcCounts, importCounts) || !mismatches.isEmpty()) {
            throw new AssertionError("the import and the baseline stored different rows, see " + report.file());
        }
    }

    /**
     * The baseline's side at full size. The searches run on its database between the customers and
     * the purchases (the same rows as the import's, checked afterwards): they touch customers,
     * e-mails and phones only, so their figures come early in a run that takes hours.
     *
     * @param jdbcFull filled with the baseline's customers and purchases
     */
    private void baselineWithSearches(DatabaseKind kind, FreshDatabase jdbc, Path customers, Path purchases, Sample[] jdbcFull) throws Exception {
        try (Connection connection = BenchStores.connect(jdbc)) {
            JdbcImport baseline = new JdbcImport(connection, Signed.NOW, Signed.LOGIN, FIRST_JDBC_ID);
            jdbcFull[0] = time(() -> baseline.customers(customers));
            progress("%s full jdbc customers: %.0f ms", kind, jdbcFull[0].wallMs());
            try (Store store = BenchStores.openEnforced(jdbc); Connection reads = BenchStores.connect(jdbc)) {
                searches.run(kind, store, reads);
            }
            jdbcFull[1] = time(() -> baseline.purchases(purchases));
            progress("%s full jdbc purchases: %.0f ms", kind, jdbcFull[1].wallMs());
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
                try (Store store = BenchStores.migrated(imported, FULL_AUDITED)) {
                    return serviceImport(store, customers, purchases, CUSTOMERS, PURCHASES);
                }
            });
            try (Connection connection = BenchStores.connect(jdbc)) {
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

    /** The import of the full-size customers file alone, for its progress over a growing table. */
    void customersAlone(DatabaseKind kind, Path work) throws Exception {
        Path customers = work.resolve("customers-only.csv");
        data.writeCustomers(customers, CUSTOMERS);
        try (FreshDatabase database = BenchStores.fresh(kind, work.resolve("customers-only")); Store store = BenchStores.migrated(database, false)) {
            CustomerImport importer = importer(store);
            Sample sample = time(() -> importer.importFile(ImportKind.CUSTOMERS, customers, CustomerImport.Options.defaults(), rowsProgress("customers")));
            report.line("%s: import of %,d customers alone: %,.0f rows/s (%,.0f per CPU-second)", kind, CUSTOMERS, CUSTOMERS / (sample.wallMs() / 1000),
                    CUSTOMERS / (sample.cpuMs() / 1000));
            report.write();
        }
    }

    private void importHeader() {
        report.line("rows per second of the file (customers: a line is the customer, its e-mail, its phone and its tags; purchases: one purchase)");
        report.line("%-52s %12s %12s %7s %9s", "", "import", "raw JDBC", "ratio", "aim >= 0.7");
    }

    private void importLine(String what, long rows, Sample engine, Sample jdbc, double aim) {
        double engineRate = rows / (engine.wallMs() / 1000);
        double jdbcRate = rows / (jdbc.wallMs() / 1000);
        report.line("%-52s %,12.0f %,12.0f %7.2f %9s", what, engineRate, jdbcRate, engineRate / jdbcRate, engineRate / jdbcRate >= aim ? "met" : "missed");
    }

    /** The customers' import as DS wires it: the transfer runner with the customers' two mappers. */
    private static CustomerImport importer(Store store) {
        Signed user = new Signed();
        ChannelsService channels = new ChannelsService(store, user, Signed.CLOCK);
        return new CustomerImportService(new ImportRunner(store, user, Signed.CLOCK,
                List.of(new CustomerRows(Signed.CLOCK, channels), new PurchaseRows(Signed.CLOCK, channels))));
    }

    private static Sample[] serviceImport(Store store, Path customers, Path purchases, long customerRows, long purchaseRows) throws Exception {
        CustomerImport importer = importer(store);
        CustomerImport.Result[] results = new CustomerImport.Result[2];
        Sample a = time(() -> results[0] = importer.importFile(ImportKind.CUSTOMERS, customers, CustomerImport.Options.defaults(), rowsProgress("customers")));
        Sample b = time(() -> results[1] = importer.importFile(ImportKind.PURCHASES, purchases, CustomerImport.Options.defaults(), rowsProgress("purchases")));
        if (results[0].imported() != customerRows || results[1].imported() != purchaseRows || results[0].rejected() + results[1].rejected() > 0) {
            throw new AssertionError("the import stored " + results[0] + " and " + results[1]);
        }
        return new Sample[] { a, b };
    }

    /** Every 100,000 rows, the import's rate so far. */
    private static Progress rowsProgress(String what) {
        long start = System.nanoTime();
        return new Progress() {
            @Override
            public void rows(long rows) {
                if (rows % 100_000 == 0) {
                    BenchReport.progress("  import %s: %,d rows, %.0f rows/s", what, rows, rows / ((System.nanoTime() - start) / 1e9));
                }
            }
        };
    }

    private static Sample[] jdbcImport(FreshDatabase database, Path customers, Path purchases) throws Exception {
        try (Connection connection = BenchStores.connect(database)) {
            JdbcImport baseline = new JdbcImport(connection, Signed.NOW, Signed.LOGIN, FIRST_JDBC_ID);
            Sample a = time(() -> baseline.customers(customers));
            Sample b = time(() -> baseline.purchases(purchases));
            return new Sample[] { a, b };
        }
    }
}
