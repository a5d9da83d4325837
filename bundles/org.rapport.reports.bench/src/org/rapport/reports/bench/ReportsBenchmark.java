package org.rapport.reports.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rapport.core.api.Folders;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.internal.ComplaintsModel;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.internal.ChannelsService;
import org.rapport.customers.internal.CustomersModel;
import org.rapport.loyalty.api.LoyaltyAreaId;
import org.rapport.loyalty.internal.LoyaltyModel;
import org.rapport.loyalty.internal.TierService;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.HomeSettings;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.internal.DataSources;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.internal.complaints.Csat;
import org.rapport.reports.internal.complaints.FirstContactResolution;
import org.rapport.reports.internal.complaints.FirstResponse;
import org.rapport.reports.internal.complaints.HotSpots;
import org.rapport.reports.internal.complaints.RepeatContactRate;
import org.rapport.reports.internal.complaints.ResolutionRate;
import org.rapport.reports.internal.complaints.SlaCompliance;
import org.rapport.reports.internal.customers.BuyingCustomers;
import org.rapport.reports.internal.customers.ChurnRate;
import org.rapport.reports.internal.customers.PurchaseFigures;
import org.rapport.reports.internal.customers.RepurchaseRate;
import org.rapport.reports.internal.customers.RetentionRate;
import org.rapport.reports.internal.customers.ReturningOrderValue;
import org.rapport.reports.internal.customers.Revenue;
import org.rapport.reports.internal.loyalty.Points;
import org.rapport.reports.internal.loyalty.Tiers;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.internal.Enforcement;
import org.rapport.security.internal.SecurityModel;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.TestDatabases;
import org.rapport.testing.TestUsers;
import org.rapport.testing.bench.BenchReport;
import org.rapport.testing.bench.BenchWork;
import org.rapport.testing.bench.Stopwatch;
import org.rapport.transfer.internal.TransferModel;

/**
 * Every shipped measure over one quarter's total (retention and churn read the quarter before
 * too), computed as the product runs it (the store with the access rules of a manager signed in)
 * against hand-written SQL for the same figures over JDBC in the same run and database
 * ({@link Baselines}): one run each that must give the same figures, then the medians of
 * {@code rapport.bench.runs} alternating runs and their ratio. The data ({@link ReportsData})
 * is written with JDBC into the schema the store made; {@code rapport.bench.reuse=true} uses the
 * database an earlier run wrote at the same sizes again. {@code rapport.bench.skip} names measures
 * left out (comma-separated). Results are appended to {@code rapport.bench.out}.
 */
class ReportsBenchmark {

    private static final ZoneId SHANGHAI = ReportsData.ZONE;
    /** The data's end ({@link ReportsData#until()}): the 18 months before it are written. */
    private static final Instant UNTIL = ReportsData.until();
    /** The clock's time: two hours into the day the data ends with. */
    private static final Instant NOW = UNTIL.plus(Duration.ofHours(2));
    private static final ClockService CLOCK = () -> Clock.fixed(NOW, SHANGHAI);
    private static final LocalDate TODAY = LocalDate.ofInstant(UNTIL, SHANGHAI);
    /** The last full quarter before the clock's: its total is measured, retention and churn read the quarter before it too. */
    private static final ReportPeriod QUARTER = quarterBefore(TODAY);
    /** The Management dashboard's "last 12 months" at the clock's time, asked by month: the 12 full months before the clock's. */
    private static final ReportPeriod YEAR = new ReportPeriod(TODAY.withDayOfMonth(1).minusMonths(12), TODAY.withDayOfMonth(1).minusDays(1));
    /** The measures whose breakdown by month counts every month in one pass. */
    private static final List<String> GROUPED_BY_MONTH = List.of("retention-rate", "churn-rate");
    private static final BenchReport REPORT = BenchReport.toResultsFile();

    @Test
    void measuresAgainstHandWrittenSql() throws Exception {
        ReportsData.Sizes sizes = ReportsData.Sizes.fromSystemProperties();
        int runs = Integer.getInteger("rapport.bench.runs", 3);
        Set<String> skipped = Arrays.stream(System.getProperty("rapport.bench.skip", "").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        Path work = BenchWork.folder();
        Path folder = work.resolve("db-" + sizes.customers() + "-" + sizes.purchases() + "-" + sizes.complaints() + "-" + TODAY);
        Path filled = work.resolve(folder.getFileName() + ".filled");
        boolean reuse = Boolean.getBoolean("rapport.bench.reuse") && Files.exists(filled);
        SessionUser manager = new SessionUser("mo", "Mo", Set.of(Roles.MANAGER), List.of(read(CustomersAreaId.ID), read(ComplaintsAreaId.ID),
                read(ComplaintsAreaId.SETTINGS), read(LoyaltyAreaId.ID)), Map.of());
        TestUsers signedIn = new TestUsers().add(manager);
        signedIn.as(manager.login());
        report("reports benchmark, run %s: %s (Derby embedded), data until %s, %s and by month %s, load average %.1f, JDK %s, max heap %,d MB",
                ZonedDateTime.now().withNano(0), sizes, TODAY, QUARTER, YEAR, Stopwatch.loadAverage(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        try (FreshDatabase database = reuse ? FreshDatabase.reopenEmbedded(reopened(folder, Files.readString(filled).strip())) : fresh(folder)) {
            Enforcement enforcement = new Enforcement(signedIn::get);
            try (Store store = database.migratedStore(List.of(new SecurityModel(), new TransferModel(), new CustomersModel(), new LoyaltyModel(),
                    new ComplaintsModel()), List.of(enforcement), enforcement); Connection connection = DataSources.open(database.settings).getConnection()) {
                if (reuse) {
                    report("  the database of an earlier run at these sizes, used again");
                } else {
                    Files.deleteIfExists(filled);
                    ReportsData.Written[] written = { null };
                    double seconds = Stopwatch.seconds(() -> written[0] = ReportsData.write(connection, sizes, UNTIL, SHANGHAI));
                    report("  generated in %.0f s, the rows' files written (once per size and day) and bulk-imported (%,.0f rows/s): %s; load average %.1f",
                            seconds, written[0].rows() / seconds, written[0], Stopwatch.loadAverage());
                    Files.writeString(filled, database.settings.password());
                }
                asHome(folder, database.settings);
                PurchaseFigures figures = new PurchaseFigures(store, CLOCK, new ChannelsService(store, signedIn, CLOCK));
                List<ReportProvider> measures = List.of(new BuyingCustomers(figures), new Revenue(figures), new RepurchaseRate(figures),
                        new RetentionRate(figures), new ChurnRate(figures), new ReturningOrderValue(figures), new HotSpots(store, CLOCK),
                        new FirstResponse(store, CLOCK), new ResolutionRate(store, CLOCK), new Csat(store, CLOCK), new SlaCompliance(store, CLOCK),
                        new FirstContactResolution(store, CLOCK), new RepeatContactRate(store, CLOCK), new Points(store, CLOCK), new Tiers(store, CLOCK, new TierService(store, CLOCK, signedIn)));
                Map<String, Baseline> baselines = Baselines.of(QUARTER.start(SHANGHAI), QUARTER.end(SHANGHAI), QUARTER.previous().start(SHANGHAI), NOW)
                        .stream().collect(Collectors.toMap(Baseline::measure, Function.identity()));
                assertEquals(measures.stream().map(ReportProvider::name).collect(Collectors.toSet()), baselines.keySet(), "a baseline for every measure");
                report("  %-30s %12s %12s %7s   %s", "measure (" + QUARTER + " total)", "reports", "SQL", "ratio", "figures (both sides)");
                for (ReportProvider measure : measures) {
                    if (skipped.contains(measure.name())) {
                        report("  %-30s skipped (rapport.bench.skip)", measure.name());
                    } else {
                        compare(measure, baselines.get(measure.name()), connection, runs);
                    }
                }
                int monthRuns = Integer.getInteger("rapport.bench.months.runs", 1);
                report("  %-30s %12s %12s %12s %7s %7s", "measure (" + YEAR + " by month)", "by month", "month by month", "SQL", "ratio", "old/new");
                for (ReportProvider measure : measures) {
                    if (GROUPED_BY_MONTH.contains(measure.name()) && !skipped.contains(measure.name())) {
                        compareByMonth(measure, connection, monthRuns);
                    }
                }
            }
        }
    }

    private static Grant read(String area) {
        return new Grant(area, Action.READ, Scope.ALL);
    }

    /**
     * The measure's total against the baseline: the same figures first (a fast wrong answer must
     * not pass), then the medians of alternating runs.
     */
    private static void compare(ReportProvider measure, Baseline baseline, Connection connection, int runs) throws Exception {
        ReportQuery query = ReportQuery.of(QUARTER);
        long at = System.nanoTime();
        List<Figure> ours = measure.compute(query, ReportProgress.NONE).total().figures();
        long firstOurs = System.nanoTime() - at;
        at = System.nanoTime();
        List<BigDecimal> theirs = baseline.run(connection);
        long firstSql = System.nanoTime() - at;
        assertTrue(theirs.size() <= ours.size(), measure.name() + ": the baseline has more figures than the measure");
        for (int i = 0; i < theirs.size(); i++) {
            Figure figure = ours.get(i);
            BigDecimal expected = theirs.get(i);
            boolean same = figure.hasData() ? expected != null && figure.value().compareTo(expected) == 0 : expected == null;
            assertTrue(same, measure.name() + ", figure " + (i + 1) + ": the measure says " + figure.value() + ", the SQL " + expected);
        }
        long[] store = new long[runs];
        long[] jdbc = new long[runs];
        for (int run = 0; run < runs; run++) {
            at = System.nanoTime();
            measure.compute(query, ReportProgress.NONE);
            store[run] = System.nanoTime() - at;
            at = System.nanoTime();
            baseline.run(connection);
            jdbc[run] = System.nanoTime() - at;
        }
        long ourMedian = runs == 0 ? firstOurs : median(store);
        long sqlMedian = runs == 0 ? firstSql : median(jdbc);
        report("  %-30s %,9d ms %,9d ms %7.2f   %s  (first run %,d / %,d ms; load average %.1f)", measure.name(), ourMedian / 1_000_000,
                sqlMedian / 1_000_000, (double) ourMedian / Math.max(1, sqlMedian), theirs.stream().map(String::valueOf).collect(Collectors.joining(" ")),
                firstOurs / 1_000_000, firstSql / 1_000_000, Stopwatch.loadAverage());
    }

    /**
     * A year by month, as the dashboard asks it: the breakdown (its months in one grouped pass,
     * and the total), against the same measure asked for the total and for each month on its own
     * (what the breakdown cost before, a month at a time) and against the hand-written SQL run for
     * the total and each month. Every month's figures are checked equal to the SQL's first.
     */
    private static void compareByMonth(ReportProvider measure, Connection connection, int runs) throws Exception {
        List<ReportPeriod> months = YEAR.months().stream().map(ReportPeriod::of).toList();
        List<Baseline> sql = new ArrayList<>();
        sql.add(baseline(measure, YEAR));
        months.forEach(month -> sql.add(baseline(measure, month)));
        ReportQuery byMonth = new ReportQuery(YEAR, "month", Map.of());
        ReportResult result = measure.compute(byMonth, ReportProgress.NONE);
        for (int i = 0; i < months.size(); i++) {
            List<BigDecimal> theirs = sql.get(i + 1).run(connection);
            Figure figure = result.rows().get(i).figures().get(0);
            boolean same = figure.hasData() ? theirs.get(0) != null && figure.value().compareTo(theirs.get(0)) == 0 : theirs.get(0) == null;
            assertTrue(same, measure.name() + " " + months.get(i) + ": the measure says " + figure.value() + ", the SQL " + theirs.get(0));
        }
        long[] grouped = new long[runs];
        long[] oneByOne = new long[runs];
        long[] jdbc = new long[runs];
        for (int run = 0; run < runs; run++) {
            long at = System.nanoTime();
            measure.compute(byMonth, ReportProgress.NONE);
            grouped[run] = System.nanoTime() - at;
            at = System.nanoTime();
            measure.compute(ReportQuery.of(YEAR), ReportProgress.NONE);
            for (ReportPeriod month : months) {
                measure.compute(ReportQuery.of(month), ReportProgress.NONE);
            }
            oneByOne[run] = System.nanoTime() - at;
            at = System.nanoTime();
            for (Baseline each : sql) {
                each.run(connection);
            }
            jdbc[run] = System.nanoTime() - at;
        }
        long ours = median(grouped);
        long before = median(oneByOne);
        long theirs = median(jdbc);
        report("  %-30s %,9d ms %,12d ms %,9d ms %7.2f %7.2f  (load average %.1f)", measure.name(), ours / 1_000_000, before / 1_000_000,
                theirs / 1_000_000, (double) ours / Math.max(1, theirs), (double) before / Math.max(1, ours), Stopwatch.loadAverage());
    }

    private static Baseline baseline(ReportProvider measure, ReportPeriod period) {
        return Baselines.of(period.start(SHANGHAI), period.end(SHANGHAI), period.previous().start(SHANGHAI), NOW).stream()
                .filter(b -> b.measure().equals(measure.name())).findFirst().orElseThrow();
    }

    private static FreshDatabase fresh(Path folder) throws Exception {
        Folders.deleteTree(folder);
        Files.createDirectories(folder);
        return FreshDatabase.create(DatabaseKind.DERBY_EMBEDDED, folder);
    }

    /** The settings of the database an earlier run made in the folder; the marker holds its password (each test database gets a new one). */
    private static DatabaseSettings reopened(Path folder, String password) {
        DatabaseSettings made = TestDatabases.embeddedDerby(folder);
        return new DatabaseSettings(made.kind(), made.url(), made.user(), password, made.encryption(), made.bootPassword(), made.home());
    }

    /**
     * Makes the database's folder a Rapport home whose database it is ({@code HOME/db}), so the
     * dashboard's benchmark can open the workbench on the same data without importing it again:
     * {@code -Drapport.bench.home=FOLDER} (once this run has ended; the database is embedded).
     */
    private static void asHome(Path folder, DatabaseSettings settings) throws IOException {
        Files.writeString(HomeSettings.file(folder), "# the reports benchmark's database, for the dashboard's benchmark (rapport.bench.home)\ndb.user="
                + settings.user() + "\ndb.password=" + settings.password() + "\n");
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A line of the report, in its file at once, so a run stopped early keeps what it measured. */
    private static void report(String format, Object... arguments) throws IOException {
        REPORT.line(format, arguments);
        REPORT.write();
    }

    /** The last full quarter before the day's. */
    private static ReportPeriod quarterBefore(LocalDate day) {
        LocalDate start = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).minusMonths(3);
        return new ReportPeriod(start, start.plusMonths(3).minusDays(1));
    }
}
