package org.rapport.customers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ui.WorkbenchDriver;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.api.CustomerListing.Column;
import org.rapport.customers.api.CustomerListing.Filter;
import org.rapport.customers.internal.NameKeys;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.internal.DataSources;
import org.rapport.testing.Services;
import org.rapport.testing.bench.BenchReport;
import org.rapport.testing.bench.Stopwatch;

/**
 * The Customers part in the real workbench (signed in as the run's administrator, on the embedded
 * database of {@code target/home}), scrolled from top to bottom by program: the heap it needs over
 * a small list and over {@code rapport.bench.customers} customers, and how long the rows of a
 * position take to show. It prints figures and writes them to {@code target/bench-results.txt};
 * it never fails on a large figure, only when the list does not show what the store holds.
 */
class CustomersPartBenchmark {

    private static final int CUSTOMERS = Integer.getInteger("rapport.bench.customers", 1_000_000);
    private static final int SMALL = 1_000;
    /** Positions visited from top to bottom, besides the top (deep pages take the database long: see docs/performance.md). */
    private static final int STEPS = Integer.getInteger("rapport.bench.steps", 10);
    /** Rows scrolled through screen by screen at the top, as someone paging down would. */
    private static final int CONTIGUOUS = 20_000;
    private static final String PART = "org.rapport.customers.ui.part.customers";
    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "Berg", "Keller", "Novak", "Rossi", "Smith" };
    private static final String[] GIVEN = { "伟", "芳", "娜", "秀英", "Anna", "Lukas", "Emma", "Noah", "Mia", "Paul" };

    private static Display display;
    private final BenchReport report = BenchReport.toResultsFile();

    @Test
    void scrollAMillionCustomers() throws Exception {
        display = Display.getCurrent();
        assertNotNull(display, "runs on the UI thread");
        MWindow window = mainWindow();
        Store store = Services.await(Store.class);
        report.line("Rapport Customers part benchmark, run %s; JDK %s, max heap %d MB, load average %.1f", ZonedDateTime.now().withNano(0),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, Stopwatch.loadAverage());

        insert(store, 0, SMALL);
        CustomersPart part = show(window);
        long beforeScroll = usedAfterGc();
        Scroll small = scroll(part, SMALL);
        report.line("small list (%,d customers): used heap after GC %,d MB before scrolling, at most %,d MB while scrolling", SMALL, mb(beforeScroll),
                mb(small.maxUsed));

        long start = System.nanoTime();
        insert(store, SMALL, CUSTOMERS - SMALL);
        BenchReport.progress("inserted %,d customers in %.0f s", CUSTOMERS - SMALL, (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        part.refresh();
        WorkbenchDriver.waitUntil(Duration.ofMinutes(10), () -> part.table().getItemCount() == CUSTOMERS, "the list counts every customer");
        report.line("counted %,d customers in %.1f s (the count shown: %s)", CUSTOMERS, (System.nanoTime() - start) / 1e9, part.countText());
        long beforeBig = usedAfterGc();
        Scroll big = scroll(part, CUSTOMERS);
        long afterBig = usedAfterGc();
        report.line("%,d customers: used heap after GC %,d MB before scrolling, at most %,d MB while scrolling, %,d MB after; TableItems made: %,d", CUSTOMERS,
                mb(beforeBig), mb(big.maxUsed), mb(afterBig), big.itemsRead);
        report.line("so the list of %,d customers takes %,d MB more than the small list's at most (aim: the part under 300 MB)", CUSTOMERS, mb(big.maxUsed - small.maxUsed));
        report.line("time until the rows at a position show (setTopIndex, rows read in the background), ms: %s", big.positions);
        report.line("contiguous scrolling of the first %,d rows, screen by screen: %.0f ms in all, %.1f ms a screen", Math.min(CONTIGUOUS, CUSTOMERS),
                big.contiguousMs, big.contiguousMs / big.screens);

        // the page reads themselves, as the part asks for them
        CustomerListing listing = Services.await(CustomerListing.class);
        StringBuilder pages = new StringBuilder();
        for (int first : new int[] { 0, CUSTOMERS / 2, CUSTOMERS - CustomersPart.PAGE }) {
            double[] times = new double[5];
            for (int r = -1; r < times.length; r++) {
                long t = System.nanoTime();
                listing.rows(Filter.ALL, Column.NAME, true, first, CustomersPart.PAGE);
                if (r >= 0) {
                    times[r] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(times);
            pages.append(String.format(Locale.ROOT, "%s at %,d: %.0f ms; ", pages.isEmpty() ? "" : "", first, times[times.length / 2]));
        }
        report.line("CustomerListing.rows, a page of %d by name (median of 5): %s", CustomersPart.PAGE, pages);
        report.write();
    }

    /** What scrolling one list showed. */
    private record Scroll(long maxUsed, long itemsRead, String positions, double contiguousMs, int screens) {
    }

    /**
     * Scrolls from top to bottom in {@code STEPS} jumps, each waiting until the rows in view show,
     * sampling the heap after GC at each; then screen by screen through the first
     * {@value #CONTIGUOUS} rows.
     */
    private Scroll scroll(CustomersPart part, int items) {
        Table table = part.table();
        int visible = Math.max(1, table.getClientArea().height / table.getItemHeight());
        long maxUsed = 0;
        long read = 0;
        List<String> positions = new ArrayList<>();
        for (int step = 0; step <= STEPS; step++) {
            int top = (int) ((long) Math.max(0, items - visible) * step / STEPS);
            long t = System.nanoTime();
            showRows(table, top, visible);
            read += visible;
            double ms = (System.nanoTime() - t) / 1e6;
            positions.add(String.format(Locale.ROOT, "%,d: %.0f", top, ms));
            maxUsed = Math.max(maxUsed, usedAfterGc());
            BenchReport.progress("  at %,d of %,d: rows shown after %.0f ms; used heap after GC at most %,d MB", top, items, ms, mb(maxUsed));
        }
        long t = System.nanoTime();
        int screens = 0;
        for (int top = 0; top < Math.min(CONTIGUOUS, items); top += visible) {
            showRows(table, top, visible);
            read += visible;
            screens++;
        }
        double contiguous = (System.nanoTime() - t) / 1e6;
        maxUsed = Math.max(maxUsed, usedAfterGc());
        return new Scroll(maxUsed, read, String.join(", ", positions), contiguous, Math.max(1, screens));
    }

    /** Scrolls the row to the top and waits until every row in view shows a customer (not "loading"). */
    private static void showRows(Table table, int top, int visible) {
        table.setTopIndex(top);
        int last = Math.min(table.getItemCount(), top + visible) - 1;
        WorkbenchDriver.waitUntil(Duration.ofMinutes(15), () -> {
            for (int i = top; i <= last; i++) {
                String name = table.getItem(i).getText(1); // reads the row as painting would
                if (name.isEmpty() || Messages.row_loading.equals(name)) {
                    return false;
                }
            }
            return true;
        }, "rows " + top + "-" + last + " did not show");
    }

    private static CustomersPart show(MWindow window) {
        EPartService parts = window.getContext().get(EPartService.class);
        MPart part = parts.showPart(PART, PartState.ACTIVATE);
        assertNotNull(part, "the Customers part is in the workbench");
        WorkbenchDriver.spin();
        CustomersPart customers = (CustomersPart) part.getObject();
        customers.refresh();
        WorkbenchDriver.waitUntil(Duration.ofSeconds(60), () -> customers.table().getItemCount() == SMALL, "the list shows the small list");
        assertInNameOrder(Services.await(CustomerListing.class).rows(Filter.ALL, Column.NAME, true, 0, CustomersPart.PAGE));
        return customers;
    }

    /**
     * The list's order by name is the store's sort key's: a page that is not in it means the rows
     * written here lack the keys the store writes, and every deep page would be read another way
     * than the product reads it.
     */
    private static void assertInNameOrder(List<CustomerListing.Row> page) {
        for (int i = 1; i < page.size(); i++) {
            String before = NameKeys.of(page.get(i - 1).name()).sortKey();
            String after = NameKeys.of(page.get(i).name()).sortKey();
            assertTrue(before.compareTo(after) <= 0, "the list by name shows " + page.get(i - 1).name() + " before " + page.get(i).name());
        }
    }

    /**
     * Customers written with JDBC into the workbench's own database (the store has the tables):
     * reference, name with its keys, region, channel, status, as the list shows them; IDs far above
     * the engine's sequence.
     */
    private static void insert(Store store, int from, int count) throws Exception {
        Random random = new Random(4711 + from);
        Timestamp created = Timestamp.from(Instant.parse("2026-03-01T09:00:00Z"));
        String[] channels = { "STORE", "WEB", "APP", "PHONE", "PARTNER", "EVENT" };
        String[] regions = { "Shanghai", "Beijing", "Berlin", "Zurich", "Milan", "Chengdu" };
        try (Connection connection = DataSources.open(store.settings()).getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO CUST_CUSTOMER (ID, ACCOUNT_MANAGER, CHANNEL, CREATED_AT, GENDER, "
                        + "MARKETING_CONSENT, NAME, VERSION, REFERENCE, REGION, STATUS, NAME_KEY, PINYIN_KEY, PINYIN_INITIALS, SORT_KEY) "
                        + "VALUES (?, 'workbench-tester', ?, ?, 'UNKNOWN', 0, ?, 1, ?, ?, 'ACTIVE', ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = from; i < from + count; i++) {
                String surname = SURNAMES[random.nextInt(SURNAMES.length)];
                String given = GIVEN[random.nextInt(GIVEN.length)];
                insert.setLong(1, 2_000_000_000L + i);
                insert.setString(2, channels[random.nextInt(channels.length)]);
                insert.setTimestamp(3, created);
                String name = surname.length() == 1 ? surname + given : given + " " + surname;
                insert.setString(4, name);
                // the keys the store keeps with the name: the list sorts by the sort key, and a page deep in it starts from one
                NameKeys.of(name).bind(insert, 7);
                insert.setString(5, String.format(Locale.ROOT, "U-%07d", i + 1));
                insert.setString(6, regions[random.nextInt(regions.length)]);
                insert.addBatch();
                if ((i + 1) % 1000 == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private static MWindow mainWindow() {
        MWindow[] found = new MWindow[1];
        WorkbenchDriver.waitUntil(Duration.ofSeconds(60), () -> {
            found[0] = Arrays.stream(display.getShells()).map(s -> s.getData("modelElement")).filter(MWindow.class::isInstance).map(MWindow.class::cast)
                    .filter(w -> RapportWorkbench.MAIN_WINDOW.equals(w.getElementId())).findFirst().orElse(null);
            return found[0] != null;
        }, "the main window did not open");
        return found[0];
    }

    /** Used heap after three collections, the UI's events handled in between. */
    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            WorkbenchDriver.spin();
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long mb(long bytes) {
        return bytes >> 20;
    }
}
