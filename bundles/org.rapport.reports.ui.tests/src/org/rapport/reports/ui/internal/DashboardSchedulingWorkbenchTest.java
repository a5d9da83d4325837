package org.rapport.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.showPart;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportProvider.Cost;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.Reports;
import org.rapport.testing.Services;
import org.rapport.ui.api.Background;

/**
 * How a dashboard schedules its tiles, in the real workbench: the cheap measures' charts come
 * while an expensive one still computes, a measure shown twice has its total computed once, a
 * tile that fails does not stop the others, and a changed period, Cancel or closing the part stop
 * what runs without leaving a tile of the earlier question. The measures are the tests' own
 * ({@link ScriptedMeasure}), whose timing the tests decide; the Management dashboard's real
 * measures are compared with the same measures run one by one.
 */
class DashboardSchedulingWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PART = "org.rapport.reports.ui.tests.part.scheduling";

    private static MWindow window;
    private static Reports reports;
    /** Says it is expensive: the dashboard computes it after the cheap ones before it ever ran. */
    private static final ScriptedMeasure SLOW = new ScriptedMeasure("ru-slow", Set.of(CustomersPackage.Literals.CUSTOMER__REGION), Cost.EXPENSIVE, false);
    private static final ScriptedMeasure CHEAP = new ScriptedMeasure("ru-cheap", Set.of(CustomersPackage.Literals.CUSTOMER__REGION), Cost.CHEAP, false);
    private static final ScriptedMeasure BROKEN = new ScriptedMeasure("ru-broken", Set.of(CustomersPackage.Literals.CUSTOMER__REGION), Cost.CHEAP, true);
    private static final List<ServiceRegistration<ReportProvider>> registered = new ArrayList<>();
    private final List<MPart> made = new ArrayList<>();

    @BeforeAll
    static void register() {
        window = mainWindow();
        reports = Services.await(Reports.class);
        registered.addAll(DashboardDriver.register(DashboardSchedulingWorkbenchTest.class, List.of(SLOW, CHEAP, BROKEN)));
    }

    @AfterAll
    static void unregister() {
        registered.forEach(ServiceRegistration::unregister);
    }

    @AfterEach
    void closeWhatTheTestMade() {
        SLOW.open(true);
        EPartService parts = window.getContext().get(EPartService.class);
        made.forEach(part -> parts.hidePart(part, true));
        made.clear();
        DashboardDriver.perspective(window, RapportWorkbench.PERSPECTIVE_SERVICE_DESK);
    }

    private DashboardPart open(String tiles) {
        MPart part = DashboardDriver.openDashboard(window, PART, tiles);
        made.add(part);
        return (DashboardPart) part.getObject();
    }

    @Test
    void theCheapChartComesWhileTheExpensiveMeasureComputesAndItsTotalIsComputedOnce() {
        SLOW.open(false);
        int totals = SLOW.totals.get();
        DashboardPart part = open("ru-slow:LINE:month;ru-slow:BAR:;ru-cheap:BAR:month");
        TileView cheap = part.tiles().get(2);
        waitUntil(WAIT, () -> cheap.result() != null, "the cheap tile, last on the dashboard, arrives while the expensive one waits");
        assertNull(part.tiles().get(0).result(), "the expensive measure is still computing");

        SLOW.open(true);
        waitUntil(WAIT, part::complete, "every tile is computed");
        assertEquals(totals + 1, SLOW.totals.get(), "one total for the two tiles of the same measure, period and filters");
        for (TileView tile : part.tiles()) {
            assertEquals(tile.provider().name(), tile.result().report(), tile.tile() + " shows its own measure");
            assertEquals(tile.effectiveBy(), tile.result().query().by(), tile.tile() + " shows its own breakdown");
        }
        assertEquals("month", part.tiles().get(0).result().query().by());
        assertEquals(part.tiles().get(0).result().total(), part.tiles().get(1).result().total(), "the shared total");
    }

    @Test
    void aTileThatFailsSaysSoAndTheOthersAreComputed() {
        DashboardPart part = open("ru-broken:BAR:;ru-cheap:BAR:month;ru-broken:LINE:month;ru-slow:BAR:");
        waitUntil(WAIT, part::complete, "every tile is computed or failed");
        for (TileView tile : part.tiles()) {
            if (tile.provider().name().equals(BROKEN.name())) {
                assertNull(tile.result(), "no figures");
                assertTrue(tile.messageText().contains(ScriptedMeasure.BROKEN), "the tile says why: " + tile.messageText());
            } else {
                assertNotNull(tile.result(), tile.tile() + " is computed despite the broken one");
                assertEquals("1", tile.figureText(), "this month");
            }
        }
    }

    @Test
    void aChangedPeriodStopsTheRunningTilesAndNoneShowsTheEarlierPeriod() {
        SLOW.open(false);
        int cancels = SLOW.cancels.get();
        int waits = SLOW.waits.get();
        DashboardPart part = open("ru-slow:LINE:month;ru-cheap:BAR:month");
        waitUntil(WAIT, () -> part.tiles().get(1).result() != null && SLOW.waits.get() > waits, "the cheap tile is computed, the expensive one waits");
        choose(part, Periods.TWELVE_MONTHS);
        waitUntil(WAIT, () -> SLOW.cancels.get() > cancels, "the first period's run of the expensive measure stopped");
        SLOW.open(true);
        waitUntil(WAIT, part::complete, "every tile is computed for the new period");
        int months = part.period().months().size();
        assertTrue(months > 1, "twelve months: " + months);
        for (TileView tile : part.tiles()) {
            assertEquals(part.period(), tile.result().query().period(), tile.tile() + " is of the period chosen");
            assertEquals(String.valueOf(months), tile.figureText(), tile.tile() + " shows the new period's figure");
        }
    }

    @Test
    void cancelStopsTheRunningTileWhichSaysSoAndClosingThePartStopsItToo() {
        SLOW.open(false);
        int cancels = SLOW.cancels.get();
        int started = SLOW.waits.get();
        DashboardPart part = open("ru-cheap:BAR:month;ru-slow:BAR:month");
        waitUntil(WAIT, () -> part.tiles().get(0).result() != null && SLOW.waits.get() > started, "the cheap tile is computed, the expensive one waits");
        part.cancel();
        waitUntil(WAIT, part::complete, "the cancelled tile ends");
        waitUntil(WAIT, () -> SLOW.cancels.get() > cancels, "the expensive measure stopped");
        TileView slow = part.tiles().get(1);
        assertNull(slow.result(), "no figures after Cancel");
        assertEquals(Messages.cancelled, slow.messageText());

        int waits = SLOW.waits.get();
        part.refresh();
        waitUntil(WAIT, () -> SLOW.waits.get() > waits, "the expensive measure computes again");
        int closed = SLOW.cancels.get();
        window.getContext().get(EPartService.class).hidePart(made.remove(0), true);
        waitUntil(WAIT, () -> SLOW.cancels.get() > closed, "closing the part stopped the expensive measure");
    }

    @Test
    void theTilesAreComputedOnTheToolkitsNamedPoolWhoseThreadsEndWithThePart() {
        SLOW.open(false);
        int waits = SLOW.waits.get();
        DashboardPart part = open("ru-slow:BAR:month");
        waitUntil(WAIT, () -> SLOW.waits.get() > waits, "the measure computes");
        Thread worker = SLOW.ranOn;
        assertTrue(worker.getName().matches(TileScheduler.THREAD_NAME + " [1-9]"), "a thread of the dashboard's pool: " + worker.getName());
        assertTrue(worker.isDaemon(), "it never keeps the workbench from exiting");
        int number = Integer.parseInt(worker.getName().substring(TileScheduler.THREAD_NAME.length() + 1));
        assertTrue(number <= Background.threads(TileScheduler.THREADS), "at most as many threads as cores, at most two: " + worker.getName());
        assertFalse(part.complete());

        window.getContext().get(EPartService.class).hidePart(made.remove(0), true);
        waitUntil(WAIT, () -> !worker.isAlive(), "closing the part ended its pool's thread");
    }

    @Test
    void eachManagementTileShowsItsOwnMeasuresFiguresAsTheMeasureAloneComputesThem() {
        DashboardDriver.perspective(window, RapportWorkbench.PERSPECTIVE_MANAGEMENT);
        DashboardPart part = showPart(window, "org.rapport.reports.ui.part.dashboard." + Dashboards.MANAGEMENT, DashboardPart.class);
        part.refresh();
        waitUntil(WAIT, part::complete, "the Management dashboard is computed");
        assertTrue(part.tiles().size() > 1, "tiles: " + part.tiles().size());
        for (TileView tile : part.tiles()) {
            ReportResult shown = tile.result();
            assertNotNull(shown, tile.tile() + " has figures: " + tile.messageText());
            ReportResult alone = reports.run(tile.provider().name(), new ReportQuery(part.period(), tile.effectiveBy(), Map.of()), ReportProgress.NONE);
            assertEquals(alone.report(), shown.report(), tile.tile() + ": its measure");
            assertEquals(alone.query(), shown.query(), tile.tile() + ": its question");
            assertEquals(alone.total(), shown.total(), tile.tile() + ": its total");
            assertEquals(alone.rows(), shown.rows(), tile.tile() + ": its rows");
        }
    }

    private static void choose(DashboardPart part, Periods period) {
        Combo combo = part.periodCombo();
        combo.select(period.ordinal());
        combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}
