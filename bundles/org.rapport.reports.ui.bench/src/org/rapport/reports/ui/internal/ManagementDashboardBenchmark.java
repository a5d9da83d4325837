package org.rapport.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.Test;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.internal.DataSources;
import org.rapport.reports.api.Reports;
import org.rapport.reports.bench.ReportsData;
import org.rapport.testing.Services;
import org.rapport.testing.bench.BenchReport;
import org.rapport.testing.bench.Stopwatch;
import org.rapport.testing.ui.WorkbenchDriver;

/**
 * The Management dashboard in the real workbench (signed in as the run's administrator, on the
 * embedded database of {@code rapport.bench.home}, {@code target/home} by default) over the reports
 * benchmark's data ({@link ReportsData}, {@code rapport.bench.customers}, {@code .purchases},
 * {@code .complaints}), bulk-imported from the row files the reports benchmark wrote for the same
 * sizes and day (in {@code rapport.bench.work}) into that database, ending today; a home outside
 * {@code target} keeps the imported data for the next run. From the perspective's opening, the time
 * until the first chart is painted with figures and until every tile has its result; then the same
 * for a refresh (warm) and for the last twelve months. Each tile's arrival is listed. It prints the
 * figures and appends them to {@code target/bench-results.txt}; it never fails on a slow figure,
 * only when a tile ends without its result.
 */
class ManagementDashboardBenchmark {

    private static final String PART = "org.rapport.reports.ui.part.dashboard.management";
    private static final Duration LIMIT = Duration.ofMinutes(60);
    private static final BenchReport REPORT = BenchReport.toResultsFile();

    private MWindow window;
    private Display display;

    @Test
    void openTheManagementDashboard() throws Exception {
        display = WorkbenchDriver.display();
        window = WorkbenchDriver.mainWindow();
        Store store = Services.await(Store.class);
        Services.await(Reports.class);
        ReportsData.Sizes sizes = ReportsData.Sizes.fromSystemProperties();
        line("Management dashboard benchmark, run %s: %s (Derby embedded, the workbench's database in %s), data until %s, load average %.1f, JDK %s",
                ZonedDateTime.now().withNano(0), sizes, System.getProperty("rapport.home"), ReportsData.until(), Stopwatch.loadAverage(),
                System.getProperty("java.version"));
        // another perspective first: the Management dashboard is made when its perspective opens, after the data is there
        perspective(RapportWorkbench.PERSPECTIVE_SERVICE_DESK);
        try (Connection connection = DataSources.open(store.settings()).getConnection()) {
            if (customers(connection) > 0) {
                line("  the data an earlier run imported into this database (rapport.bench.home), used again: %,d customers", customers(connection));
            } else {
                ReportsData.Written[] written = { null };
                double seconds = Stopwatch.seconds(() -> written[0] = ReportsData.write(connection, sizes, ReportsData.until(), ReportsData.ZONE));
                line("  generated in %.0f s (the reports benchmark's row files, bulk-imported): %s; load average %.1f", seconds, written[0],
                        Stopwatch.loadAverage());
            }
        }

        MPart before = window.getContext().get(EPartService.class).findPart(PART);
        assertTrue(before == null || before.getObject() == null, "the Management dashboard is not made before its perspective opens");
        long opened = System.nanoTime();
        perspective(RapportWorkbench.PERSPECTIVE_MANAGEMENT);
        MPart part = window.getContext().get(EPartService.class).showPart(PART, PartState.ACTIVATE);
        assertNotNull(part, "the Management dashboard is in the workbench");
        DashboardPart dashboard = (DashboardPart) part.getObject();
        assertNotNull(dashboard, "the Management dashboard was made when its perspective opened");
        measure("opening the perspective (this month)", dashboard, opened);

        long refreshed = System.nanoTime();
        dashboard.rebuild();
        measure("Refresh (this month, warm)", dashboard, refreshed);

        Combo period = dashboard.periodCombo();
        long chosen = System.nanoTime();
        period.select(Periods.TWELVE_MONTHS.ordinal());
        period.notifyListeners(SWT.Selection, new Event());
        measure("choosing the last 12 months", dashboard, chosen);
    }

    /**
     * Dispatches the UI's events until every tile has its result, noting when each tile's result
     * arrived and when the first chart with figures was painted, from {@code start}.
     */
    private void measure(String what, DashboardPart dashboard, long start) throws IOException {
        Map<TileView, Long> arrived = new IdentityHashMap<>();
        long[] firstPaint = { 0 };
        Map<Chart, Boolean> watched = new IdentityHashMap<>();
        long deadline = start + LIMIT.toNanos();
        while (!(dashboard.complete() && arrived.size() == dashboard.tiles().size())) {
            assertTrue(System.nanoTime() < deadline, what + ": the dashboard did not complete in " + LIMIT);
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> {
                });
                display.sleep();
            }
            for (TileView tile : dashboard.tiles()) {
                if (tile.result() != null && !arrived.containsKey(tile)) {
                    arrived.put(tile, System.nanoTime());
                }
                Chart chart = tile.chart();
                if (chart != null && tile.result() != null && watched.put(chart, true) == null) {
                    // painted with this result's series: the first paint after it arrived
                    Listener painted = e -> {
                        if (firstPaint[0] == 0 && chart.getSeriesSet().getSeries().length > 0) {
                            firstPaint[0] = System.nanoTime();
                        }
                    };
                    chart.getPlotArea().getControl().addListener(SWT.Paint, painted);
                    chart.getPlotArea().getControl().redraw();
                }
            }
            if (dashboard.complete() && arrived.size() < dashboard.tiles().size()) {
                List<String> failed = dashboard.tiles().stream().filter(t -> t.result() == null).map(t -> t.tile().measure() + ": " + t.messageText()).toList();
                throw new AssertionError(what + ": tiles ended without their result: " + failed);
            }
        }
        long complete = System.nanoTime();
        // the last chart's paint: wait for it, a little, so a paint pending at completion counts
        WorkbenchDriver.waitUntil(Duration.ofSeconds(30), () -> firstPaint[0] != 0 || watched.isEmpty(), what + ": no chart painted");
        List<String> tiles = new ArrayList<>();
        for (TileView tile : dashboard.tiles()) {
            tiles.add(String.format(Locale.ROOT, "%s%s %,d ms", tile.tile().measure(), tile.effectiveBy() == null ? "" : " by " + tile.effectiveBy(),
                    (arrived.get(tile) - start) / 1_000_000));
        }
        line("  %s: first chart painted after %,d ms, every tile (%d) complete after %,d ms; load average %.1f", what,
                firstPaint[0] == 0 ? -1 : (firstPaint[0] - start) / 1_000_000, dashboard.tiles().size(), (complete - start) / 1_000_000, Stopwatch.loadAverage());
        line("    tiles, result arrived after: %s", tiles.stream().collect(Collectors.joining("; ")));
    }

    private void perspective(String id) {
        ParameterizedCommand command = window.getContext().get(ECommandService.class).createCommand("org.rapport.app.command.perspective",
                Map.of("org.rapport.app.command.perspective.id", id));
        window.getContext().get(EHandlerService.class).executeHandler(command);
    }

    private static long customers(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM CUST_CUSTOMER")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** A line of the report, in its file at once, so a run stopped early keeps what it measured. */
    private static void line(String format, Object... arguments) throws IOException {
        REPORT.line(format, arguments);
        REPORT.write();
    }
}
