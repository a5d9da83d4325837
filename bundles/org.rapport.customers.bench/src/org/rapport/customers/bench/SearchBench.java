package org.rapport.customers.bench;

import static org.rapport.customers.bench.JdbcListing.PAGE;
import static org.rapport.customers.bench.Sizes.CUSTOMERS;
import static org.rapport.customers.bench.Sizes.FIRST_JDBC_ID;
import static org.rapport.customers.bench.Sizes.SEARCHES;
import static org.rapport.customers.bench.Sizes.SEED;
import static org.rapport.customers.bench.Sizes.WARMUP;
import static org.rapport.testing.bench.Stopwatch.loadAverage;
import static org.rapport.testing.bench.Stopwatch.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.api.CustomerListing.Column;
import org.rapport.customers.api.CustomerListing.Filter;
import org.rapport.customers.api.CustomerSearch;
import org.rapport.customers.internal.CustomerSearchService;
import org.rapport.customers.internal.StoreCustomerListing;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.bench.BenchReport;
import org.rapport.testing.bench.Stopwatch.Sample;

/**
 * The list's name-prefix and reference searches, the e-mail search and the list's pages at the
 * start, middle and end, through the services the UI and CLI use against the same answers read
 * by hand ({@link JdbcListing}), on a database that holds the customers of {@link CsvData}.
 */
final class SearchBench {

    private static final int PAGE_REPEATS = 5;

    private final BenchReport report;
    private final CsvData data;

    SearchBench(BenchReport report, CsvData data) {
        this.report = report;
        this.data = data;
    }

    /**
     * The searches and pages alone, on the baseline's customers (what the full import does before
     * the purchases). With {@code rapport.bench.reuse}, a database the baseline filled in an earlier
     * run with as many customers is used again (the store migrates it first, so a new changeset is
     * measured on a full table too).
     */
    void onBaselineCustomers(DatabaseKind kind, Path work) throws Exception {
        Path folder = work.resolve("search");
        Path filled = work.resolve("search-filled-" + CUSTOMERS);
        boolean reuse = kind == DatabaseKind.DERBY_EMBEDDED && Boolean.getBoolean("rapport.bench.reuse") && Files.exists(filled);
        // the marker holds the password the database was made with (the test databases get a new one each)
        try (FreshDatabase database = reuse ? FreshDatabase.reopenEmbedded(folder, Files.readString(filled).strip()) : BenchStores.fresh(kind, folder)) {
            Sample migration = time(() -> BenchStores.migrated(database, false).close());
            report.line("%s: %s database, migrated in %.0f ms", kind, reuse ? "the earlier run's" : "a new", migration.wallMs());
            if (!reuse) {
                Files.deleteIfExists(filled);
                Path customers = work.resolve("customers-search.csv");
                data.writeCustomers(customers, CUSTOMERS);
                try (Connection connection = BenchStores.connect(database)) {
                    Sample sample = time(() -> new JdbcImport(connection, Signed.NOW, Signed.LOGIN, FIRST_JDBC_ID).customers(customers));
                    report.line("%s: the baseline wrote %,d customers at %,.0f rows/s", kind, CUSTOMERS, CUSTOMERS / (sample.wallMs() / 1000));
                }
                Files.writeString(filled, database.settings.password());
            }
            try (Store store = BenchStores.openEnforced(database); Connection reads = BenchStores.connect(database)) {
                run(kind, store, reads);
            }
        }
    }

    /** The searches, then the pages, on a store wired as the product wires it and a connection of the baseline's. */
    void run(DatabaseKind kind, Store store, Connection connection) throws Exception {
        CustomerListing listing = new StoreCustomerListing(store, Signed.CLOCK);
        try (JdbcListing jdbc = new JdbcListing(connection, kind)) {
            jdbc.prepareAll();
            searches(kind, listing, new CustomerSearchService(store, Signed.CLOCK), jdbc);
            pages(listing, jdbc);
        }
        report.line("");
        report.write();
    }

    private void searches(DatabaseKind kind, CustomerListing listing, CustomerSearch search, JdbcListing jdbc) throws Exception {
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
        for (int i = 0; i < total; i++) {
            boolean measured = i >= WARMUP;
            int at = i - WARMUP;
            String prefix = prefixes.get(i);
            TextSql text = TextSql.of(kind, prefix);
            jdbc.prepareCount(text);
            String email = emails.get(i);
            String reference = references.get(i);
            List<?>[] pages = new List<?>[2];
            List<?>[] referencePages = new List<?>[2];
            long[] numbers = new long[2];
            // the two sides alternate which goes first; both must find the same
            for (int side = 0; side < 2; side++) {
                boolean service = (side == 0) == (i % 2 == 0);
                int s = service ? 0 : 1;
                List<?>[] hits = new List<?>[1];
                Sample r = time(() -> pages[s] = service ? listing.rows(new Filter(prefix, null, null), Column.NAME, true, 0, PAGE) : jdbc.nameRows(text));
                Sample c = time(() -> numbers[s] = service ? listing.count(new Filter(prefix, null, null)) : jdbc.nameCount(text));
                Sample e = time(() -> hits[0] = service ? search.search(email, CustomerSearch.DEFAULT_LIMIT) : jdbc.email(email));
                Sample f = time(() -> referencePages[s] = service ? listing.rows(new Filter(reference, null, null), Column.NAME, true, 0, PAGE)
                        : jdbc.references(reference));
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
        report.line("== %s: searches over %,d customers (%d measured after %d warm-up; load average %.1f) ==", kind, CUSTOMERS, SEARCHES, WARMUP, loadAverage());
        report.line("prefixes as typed (%s, ...): on average %,.0f customers match", String.join(", ", prefixes.subList(0, 6)), (double) matched / SEARCHES);
        report.line("%-44s %9s %9s %9s %9s %7s %7s  %s", "wall clock, ms", "p50", "p95", "JDBC p50", "JDBC p95", "p50 x", "p95 x", "aim: p95 <= 1.5x and < 50 ms");
        latencyLine("list page (first 200 rows), name prefix", rows);
        latencyLine("list count, name prefix", counts);
        latencyLine("CustomerSearch.search, exact e-mail", byEmail);
        latencyLine("list page, reference prefix (\"" + references.get(0) + "\")", byReference);
        report.write();
    }

    /** Pages of the whole list by name, as the Customers part scrolls, and its count. */
    private void pages(CustomerListing listing, JdbcListing jdbc) throws Exception {
        report.line("%-44s %9s %9s %7s", "list page of 200 by name, ms (median of " + PAGE_REPEATS + ")", "service", "JDBC", "ratio");
        double[][] countTimes = new double[2][PAGE_REPEATS];
        for (int r = -1; r < PAGE_REPEATS; r++) {
            Sample service = time(() -> listing.count(Filter.ALL));
            Sample baseline = time(jdbc::countAll);
            if (r >= 0) {
                countTimes[0][r] = service.wallMs();
                countTimes[1][r] = baseline.wallMs();
            }
        }
        pageLine("count, no filter", countTimes);
        for (int first : new int[] { 0, CUSTOMERS / 2, CUSTOMERS - PAGE }) {
            double[][] times = new double[2][PAGE_REPEATS];
            List<?>[] found = new List<?>[2];
            for (int r = -1; r < PAGE_REPEATS; r++) {
                Sample service = time(() -> found[0] = listing.rows(Filter.ALL, Column.NAME, true, first, PAGE));
                Sample baseline = time(() -> found[1] = jdbc.page(first));
                if (r >= 0) {
                    times[0][r] = service.wallMs();
                    times[1][r] = baseline.wallMs();
                }
            }
            if (!found[0].equals(found[1])) {
                throw new AssertionError("page at " + first + " differs");
            }
            pageLine(String.format(Locale.ROOT, "rows %,d-%,d", first + 1, first + PAGE), times);
            report.write();
        }
    }

    private void latencyLine(String what, double[][] times) {
        double p50 = percentile(times[0], 50);
        double p95 = percentile(times[0], 95);
        double j50 = percentile(times[1], 50);
        double j95 = percentile(times[1], 95);
        report.line("%-44s %9.2f %9.2f %9.2f %9.2f %7.2f %7.2f  %s", what, p50, p95, j50, j95, p50 / j50, p95 / j95, p95 <= 1.5 * j95 && p95 < 50 ? "met"
                : "missed" + (p95 > 1.5 * j95 ? " (ratio)" : "") + (p95 >= 50 ? " (50 ms)" : ""));
    }

    private void pageLine(String what, double[][] times) {
        double service = percentile(times[0], 50);
        double jdbc = percentile(times[1], 50);
        report.line("%-44s %9.1f %9.1f %7.2f", what, service, jdbc, service / jdbc);
    }

    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int at = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }
}
