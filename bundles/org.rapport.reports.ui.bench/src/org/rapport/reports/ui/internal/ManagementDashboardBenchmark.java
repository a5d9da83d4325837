package org.rapport.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
import org.rapport.testing.ui.WorkbenchDriver;

/**
 * The Management dashboard in the real workbench (signed in as the run's administrator, on the
 * embedded database of {@code target/home}) over the reports benchmark's data
 * ({@link ReportsData}, {@code rapport.bench.customers}, {@code .purchases}, {@code .complaints}),
 * written with JDBC into that database and ending now: from the perspective's opening, the time
 * until the first chart is painted with figures and until every tile has its result; then the same
 * for a refresh (warm) and for the last twelve months. Each tile's arrival is listed. It prints the
 * figures and appends them to {@code target/bench-results.txt}; it never fails on a slow figure,
 * only when a tile ends without its result.
 */
class ManagementDashboardBenchmark {

    private static final String PART = "org.rapport.reports.ui.part.dashboard.management";
    private static final Duration LIMIT = Duration.ofMinutes(60);

    private MWindow window;
    private Display display;

    @Test
    void openTheManagementDashboard() throws Exception {
        display = WorkbenchDriver.display();
        window = WorkbenchDriver.mainWindow();
        Store store = Services.await(Store.class);
        Services.await(Reports.class);
        ReportsData.Sizes sizes = ReportsData.Sizes.fromSystemProperties();
        line(String.format(Locale.ROOT, "Management dashboard benchmark, run %s: %s (Derby embedded, the workbench's database), load average %.1f, JDK %s",
                ZonedDateTime.now().withNano(0), sizes, load(), System.getProperty("java.version")));
        // another perspective first: the Management dashboard is made when its perspective opens, after the data is there
        perspective(RapportWorkbench.PERSPECTIVE_SERVICE_DESK);
        long started = System.nanoTime();
        try (Connection connection = DataSources.open(store.settings()).getConnection()) {
            ReportsData.Written written = ReportsData.write(connection, sizes, Instant.now(), ZoneId.systemDefault());
            line(String.format(Locale.ROOT, "  generated in %.0f s: %s", (System.nanoTime() - started) / 1e9, written));
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
        line(String.format(Locale.ROOT, "  %s: first chart painted after %,d ms, every tile (%d) complete after %,d ms; load average %.1f", what,
                firstPaint[0] == 0 ? -1 : (firstPaint[0] - start) / 1_000_000, dashboard.tiles().size(), (complete - start) / 1_000_000, load()));
        line("    tiles, result arrived after: " + tiles.stream().collect(Collectors.joining("; ")));
    }

    private void perspective(String id) {
        ParameterizedCommand command = window.getContext().get(ECommandService.class).createCommand("org.rapport.app.command.perspective",
                Map.of("org.rapport.app.command.perspective.id", id));
        window.getContext().get(EHandlerService.class).executeHandler(command);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void line(String text) throws IOException {
        System.out.println(text);
        Files.writeString(Path.of(System.getProperty("rapport.bench.out", "target/bench-results.txt")), text + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
