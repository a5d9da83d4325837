package org.rapport.complaints.internal;

import static org.rapport.complaints.internal.BenchSettings.ALL;
import static org.rapport.complaints.internal.BenchSettings.CLOCK;
import static org.rapport.complaints.internal.BenchSettings.GAP_MINUTES;
import static org.rapport.complaints.internal.BenchSettings.LOGIN;
import static org.rapport.complaints.internal.BenchSettings.NOW;
import static org.rapport.complaints.internal.BenchSettings.OPEN;
import static org.rapport.complaints.internal.BenchSettings.RUNS;
import static org.rapport.complaints.internal.SqlQueuePage.PAGE;
import static org.rapport.testing.bench.Stopwatch.loadAverage;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rapport.complaints.api.ComplaintQueue.Column;
import org.rapport.complaints.api.ComplaintQueue.Filter;
import org.rapport.complaints.api.ComplaintQueue.Row;
import org.rapport.complaints.api.Complaints;
import org.rapport.testing.TestUsers;
import org.rapport.testing.bench.BenchReport;
import org.rapport.testing.bench.BenchWork;
import org.rapport.testing.bench.Stopwatch;

/**
 * The complaints benchmark of issue 17 on embedded Derby, each figure against a plain-SQL baseline
 * doing the same work in the same run:
 * <ol>
 * <li>one escalation tick over {@code rapport.bench.open} open complaints, after no desktop ran it
 * for {@code rapport.bench.gap.minutes} (what it finds to escalate: the complaints one of whose
 * clocks ran out in that time), the service on one database and {@link SqlTick} on a second with
 * the same rows, and again on a third, asking the events' positions as the engine's append
 * does; each after a warm-up tick of its own over {@code rapport.bench.warmup.open} (10,000)
 * open complaints, so both measure compiled code, as a desktop's tick is after its first minutes;</li>
 * <li>the queue's first page (100 rows in urgency order, as {@link StoreComplaintQueue} pages it)
 * over {@code rapport.bench.complaints} complaints, the open ones and every status, against
 * {@link SqlQueuePage}, medians of {@code rapport.bench.runs} (5) after a warm-up.</li>
 * </ol>
 * The rows ({@link BenchRows}) are written before, not measured. It prints a table (and writes it
 * to {@code target/bench-results.txt}); it never fails on a slow figure, only when the sides do
 * not escalate alike or page alike.
 */
class ComplaintsBenchmark {

    /** Open complaints of the warm-up ticks, each side's on a database of its own; 0: none. */
    private static final int WARM_UP = Integer.getInteger("rapport.bench.warmup.open", 10_000);
    private static final TestUsers USER = new TestUsers().add(TestUsers.administrator(LOGIN));

    static {
        USER.as(LOGIN);
    }

    private final BenchReport report = BenchReport.toResultsFile();

    /** One side's tick: its time, what it escalated and the state it left. */
    private record Tick(Stopwatch.Sample time, int escalated, String state) {
        double seconds() {
            return time.wallMs() / 1000;
        }
    }

    @Test
    void run() throws Exception {
        Path work = BenchWork.folder();
        line("Rapport complaints benchmark: services against plain SQL, embedded Derby, run %s", ZonedDateTime.now().withNano(0));
        line("JDK %s, %d processors, max heap %d MB, load average %.1f; tick over %,d open complaints after %d min without one; queue over %,d complaints",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, loadAverage(), OPEN,
                GAP_MINUTES, ALL);

        if (WARM_UP > 0) {
            // the tick runs every minute in a desktop's long-lived JVM: measure warm code. Cold, the side run
            // first paid the compilation of Derby's code too, which the baselines after it then used compiled (C10)
            line("warm-up: each side's tick once over %,d open complaints of their own, not measured", WARM_UP);
            serviceTick(work.resolve("warm-service"), WARM_UP);
            sqlTick(work.resolve("warm-sql"), WARM_UP, SqlTick.GROUPED_POSITIONS, "plain SQL");
            sqlTick(work.resolve("warm-sql-by-owner"), WARM_UP, SqlTick.OWNER_POSITIONS, "plain SQL, positions by owner key");
            line("measured:");
        }
        Tick service = serviceTick(work.resolve("tick-service"), OPEN);
        Tick sql = sqlTick(work.resolve("tick-sql"), OPEN, SqlTick.GROUPED_POSITIONS, "plain SQL");
        // the same baseline asking the positions as the engine has since finding C5: the grouped query reads every owner's whole index range
        Tick sqlByOwner = sqlTick(work.resolve("tick-sql-by-owner"), OPEN, SqlTick.OWNER_POSITIONS, "plain SQL, positions by owner key");
        QueueTimes queue = queue(work.resolve("queue"));

        line("");
        line("| figure | service | baseline | ratio | aim |");
        line("|---|---|---|---|---|");
        tickRow(service, sql, "plain SQL");
        tickRow(service, sqlByOwner, "plain SQL, positions by owner key");
        queueRow("open complaints", queue.openService, queue.openSql);
        queueRow("every status", queue.allService, queue.allSql);
        if (service.escalated != sql.escalated || !service.state.equals(sql.state) || service.escalated != sqlByOwner.escalated
                || !service.state.equals(sqlByOwner.state)) {
            throw new AssertionError("the sides do not escalate alike: " + service.escalated + " / " + sql.escalated + " / " + sqlByOwner.escalated
                    + "\n" + service.state + "\n" + sql.state + "\n" + sqlByOwner.state);
        }
        line("all sides left: %s", service.state);
    }

    /** The service's tick on its own copy of the rows. */
    private Tick serviceTick(Path home, int open) throws Exception {
        try (BenchSide side = new BenchSide(home, open, open)) {
            line("tick data: %,d open complaints written in %.1f s, %,d with an escalation due (load %.1f)", open, side.written, side.due(), loadAverage());
            Complaints complaints = new ComplaintService(side.store, CLOCK, USER, null);
            int[] count = new int[1];
            Stopwatch.Sample time = Stopwatch.time(() -> count[0] = complaints.tick(NOW).size());
            Tick tick = new Tick(time, count[0], side.state());
            line("tick, service: %.2f s (CPU %.2f s), %,d escalated (load %.1f)", tick.seconds(), time.cpuMs() / 1000, tick.escalated, loadAverage());
            return tick;
        }
    }

    /** The plain-SQL tick on its own copy of the rows, with this query for the events' last positions. */
    private Tick sqlTick(Path home, int open, String positionsQuery, String name) throws Exception {
        try (BenchSide side = new BenchSide(home, open, open); Connection connection = side.connection()) {
            int[] count = new int[1];
            Stopwatch.Sample time = Stopwatch.time(() -> count[0] = SqlTick.run(connection, positionsQuery));
            Tick tick = new Tick(time, count[0], side.state());
            line("tick, %s: %.2f s (CPU %.2f s), %,d escalated (load %.1f)", name, tick.seconds(), time.cpuMs() / 1000, tick.escalated, loadAverage());
            return tick;
        }
    }

    private void tickRow(Tick service, Tick baseline, String name) throws Exception {
        line("| escalation tick over %,d open complaints (%,d escalated) | %.2f s (CPU %.2f s) | %.2f s (CPU %.2f s, %s) | %.2fx time (CPU %.2fx) | <= 1.5x |",
                OPEN, service.escalated, service.seconds(), service.time.cpuMs() / 1000, baseline.seconds(), baseline.time.cpuMs() / 1000, name,
                service.seconds() / baseline.seconds(), service.time.cpuMs() / baseline.time.cpuMs());
    }

    /** The seconds of each run of the queue's first page, each side. */
    private record QueueTimes(double[] openService, double[] openSql, double[] allService, double[] allSql) {
    }

    /** The queue's first page, read only: one database for both sides, alternating. */
    private QueueTimes queue(Path home) throws Exception {
        QueueTimes times = new QueueTimes(new double[RUNS], new double[RUNS], new double[RUNS], new double[RUNS]);
        try (BenchSide side = new BenchSide(home, ALL, OPEN); Connection connection = side.connection()) {
            line("queue data: %,d complaints (%,d open) written in %.1f s (load %.1f)", ALL, OPEN, side.written, loadAverage());
            StoreComplaintQueue queue = new StoreComplaintQueue(side.store, CLOCK);
            Filter all = new Filter(null, null, null, null, false, null);
            List<String> pageService = references(queue.rows(Filter.OPEN, Column.URGENCY, true, 0, PAGE));
            List<String> pageSql = SqlQueuePage.firstPage(connection, true);
            List<String> pageAllService = references(queue.rows(all, Column.URGENCY, true, 0, PAGE));
            List<String> pageAllSql = SqlQueuePage.firstPage(connection, false);
            if (!pageService.equals(pageSql) || !pageAllService.equals(pageAllSql)) {
                throw new AssertionError("the sides page differently:\n" + pageService + "\n" + pageSql);
            }
            for (int i = 0; i < RUNS; i++) {
                times.openService[i] = Stopwatch.seconds(() -> queue.rows(Filter.OPEN, Column.URGENCY, true, 0, PAGE));
                times.openSql[i] = Stopwatch.seconds(() -> SqlQueuePage.firstPage(connection, true));
                times.allService[i] = Stopwatch.seconds(() -> queue.rows(all, Column.URGENCY, true, 0, PAGE));
                times.allSql[i] = Stopwatch.seconds(() -> SqlQueuePage.firstPage(connection, false));
            }
            line("queue, open complaints: service %s s, plain SQL %s s (load %.1f)", runs(times.openService), runs(times.openSql), loadAverage());
            line("queue, every status: service %s s, plain SQL %s s (load %.1f)", runs(times.allService), runs(times.allSql), loadAverage());
        }
        return times;
    }

    private void queueRow(String name, double[] service, double[] sql) throws Exception {
        line("| queue's first page, %s of %,d | %.3f s | %.3f s (plain SQL) | %.2fx time | <= 1.5x |", name, ALL, median(service), median(sql),
                median(service) / median(sql));
    }

    private static List<String> references(List<Row> rows) {
        return rows.stream().map(Row::reference).toList();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String runs(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.3f", v)).collect(Collectors.joining(" "));
    }

    /** A line of the report, in its file at once: a run stopped later keeps what it measured. */
    private void line(String format, Object... arguments) throws Exception {
        report.line(format, arguments);
        report.write();
    }
}
