package org.rapport.reports.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Display;
import org.rapport.reports.api.ReportCancelledException;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.Reports;
import org.rapport.ui.api.Background;

/**
 * When a dashboard's tiles are computed: off the UI thread on the UI toolkit's {@link Background}
 * pool, two measures at a time; each measure's tiles in turn in one task, its total counted once;
 * the cheap measures first, and among measures of similar cost those with a tile in view, so the
 * first chart the user sees comes soon. Each tile's outcome goes to the UI thread as it arrives;
 * a new question, Cancel or closing stops what runs at its next step and drops what an earlier
 * question still delivers.
 */
final class TileScheduler {

    /** The most measures computed at once: each is a query on the database, whose machine has few cores. */
    static final int THREADS = 2;
    /** The name of the pool's threads, as thread dumps show them ({@code Rapport dashboard 1}). */
    static final String THREAD_NAME = "Rapport dashboard";
    /** Above a second, measures within about this factor of each other's time count as of similar cost. */
    private static final int SIMILAR = 4;
    private static final long SECOND = 1_000_000_000L;
    /** The class of a measure its provider calls expensive, before it ever ran: after any that ran. */
    private static final int NEVER_RAN_EXPENSIVE = Integer.MAX_VALUE;

    /** A tile to compute: its query, and the filters chosen that its measure does not have. */
    record Work(TileView tile, ReportQuery query, Set<String> notApplied) {
    }

    /** What becomes of a tile's work, on the UI thread: its results (current, and the period before when comparing) or its problem. */
    interface Outcome {
        void arrived(Work work, ReportResult current, ReportResult before, Exception failure);
    }

    private final Reports reports;
    private final Display display;
    private final Background computing = Background.pool(THREAD_NAME, THREADS);
    /** What each measure's tiles took to compute last time (nanoseconds), by measure name. */
    private final Map<String, Long> costs = new ConcurrentHashMap<>();
    /** Which question the results arriving belong to: those of an older one are dropped. */
    private volatile int generation;
    private volatile boolean cancelled;
    /** The dashboard is closed: what is running stops at its next step. */
    private volatile boolean closed;

    TileScheduler(Reports reports, Display display) {
        this.reports = reports;
        this.display = display;
    }

    /**
     * Computes these tiles (in the dashboard's order) for a new question; what an earlier one
     * still computes stops, and its results are dropped.
     *
     * @param inView whether a tile is in view now
     */
    void compute(List<Work> works, boolean comparing, Predicate<TileView> inView, Outcome outcome) {
        int mine = ++generation;
        cancelled = false;
        ReportProgress watch = new ReportProgress() {
            @Override
            public boolean isCancelled() {
                return cancelled || closed || mine != generation;
            }
        };
        for (List<Work> task : order(works, inView)) {
            computing.run(() -> computeInTurn(task, comparing, watch, (work, current, before, failure) -> {
                if (mine == generation) {
                    outcome.arrived(work, current, before, failure);
                }
            }));
        }
    }

    /**
     * A measure's tiles share its period and filters: one task each, its tiles in view first. The
     * tasks by cost class, then those with a tile in view, then the dashboard's order.
     */
    List<List<Work>> order(List<Work> works, Predicate<TileView> inView) {
        Map<String, List<Work>> byMeasure = new LinkedHashMap<>();
        for (Work work : works) {
            byMeasure.computeIfAbsent(work.tile().provider().name(), name -> new ArrayList<>()).add(work);
        }
        List<List<Work>> tasks = new ArrayList<>();
        for (List<Work> task : byMeasure.values()) {
            List<Work> seenFirst = new ArrayList<>(task);
            seenFirst.sort(Comparator.comparing((Work work) -> !inView.test(work.tile())));
            tasks.add(seenFirst);
        }
        tasks.sort(Comparator.comparingInt((List<Work> task) -> costClass(task.get(0).tile().provider()))
                .thenComparing(task -> !inView.test(task.get(0).tile())));
        return tasks;
    }

    /**
     * Measures of one class cost about the same: a measure that ran by the time it took (under a
     * second, or within a factor of {@value #SIMILAR} above it), one that did not by what its
     * provider says.
     */
    int costClass(ReportProvider provider) {
        Long took = costs.get(provider.name());
        if (took == null) {
            return provider.cost() == ReportProvider.Cost.EXPENSIVE ? NEVER_RAN_EXPENSIVE : 0;
        }
        int level = 0;
        for (long limit = SECOND; took >= limit && limit < Long.MAX_VALUE / SIMILAR; limit *= SIMILAR) {
            level++;
        }
        return level;
    }

    /** Off the UI thread: the tiles of one measure, each handed over as it arrives; the first's total stands for the others'. */
    private void computeInTurn(List<Work> task, boolean comparing, ReportProgress watch, Outcome outcome) {
        String name = task.get(0).tile().provider().name();
        ReportResult earlier = null;
        ReportResult earlierBefore = null;
        long started = System.nanoTime();
        for (Work work : task) {
            ReportResult current = null;
            ReportResult before = null;
            Exception failure = null;
            try {
                if (watch.isCancelled()) {
                    throw new ReportCancelledException();
                }
                current = reports.run(name, work.query(), earlier, watch);
                before = comparing ? reports.run(name, new ReportQuery(work.query().period().previous(), work.query().by(), work.query().filters()),
                        earlierBefore, watch) : null;
                earlier = current;
                earlierBefore = before;
            } catch (Exception e) {
                failure = e; // refused by the access rules, the database gone, cancelled: the tile says so
            }
            ReportResult[] results = { current, before };
            Exception problem = failure;
            Background.onUiThread(display, work.tile().control(), () -> outcome.arrived(work, results[0], results[1], problem));
        }
        if (!watch.isCancelled()) {
            costs.put(name, System.nanoTime() - started);
        }
    }

    /** Stops the tiles not computed yet (the one computing stops at its next step). */
    void cancel() {
        cancelled = true;
    }

    /** The dashboard closed: the running measures stop at their next step, the pool's threads end. */
    void close() {
        closed = true;
        computing.close();
    }
}
