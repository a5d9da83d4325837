package org.rapport.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swtchart.IAxis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportProvider.Cost;

/**
 * A dashboard taller than its pane, in the real workbench: three tiles to a row; among measures
 * of similar cost those with a tile in view are computed first; a tile out of view has its chart
 * drawn when its figures arrive, so scrolling to it shows it without computing again. The
 * measures are the test's own ({@link ScriptedMeasure}), all cheap and quick.
 */
class TilesInViewWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PART = "org.rapport.reports.ui.tests.part.inview";
    /** Five rows of three: more than the pane shows at once. */
    private static final int MEASURES = 15;

    private static MWindow window;
    /** The measures' names in the order they began to compute. */
    private static final List<String> started = new ArrayList<>();
    private static final List<ScriptedMeasure> measures = new ArrayList<>();
    private static final List<ServiceRegistration<ReportProvider>> registered = new ArrayList<>();
    private MPart made;

    @BeforeAll
    static void register() {
        window = mainWindow();
        for (int i = 1; i <= MEASURES; i++) {
            ScriptedMeasure measure = new ScriptedMeasure(String.format("ru-view-%02d", i), Set.of(CustomersPackage.Literals.CUSTOMER__REGION), Cost.CHEAP,
                    false, started);
            // long enough that the two threads begin their measures in the order they took them
            measure.takes = 60;
            measures.add(measure);
        }
        registered.addAll(DashboardDriver.register(TilesInViewWorkbenchTest.class, measures));
    }

    @AfterAll
    static void unregister() {
        registered.forEach(ServiceRegistration::unregister);
    }

    @AfterEach
    void closeWhatTheTestMade() {
        if (made != null) {
            window.getContext().get(EPartService.class).hidePart(made, true);
            made = null;
        }
        DashboardDriver.perspective(window, RapportWorkbench.PERSPECTIVE_SERVICE_DESK);
    }

    private DashboardPart openComputed() {
        String tiles = measures.stream().map(m -> m.name() + ":BAR:month").collect(Collectors.joining(";"));
        made = DashboardDriver.ownDashboard(window, PART, tiles);
        return (DashboardPart) made.getObject();
    }

    @Test
    void aRowHoldsThreeTilesAndAmongMeasuresOfSimilarCostThoseInViewAreComputedFirst() {
        DashboardPart part = openComputed();
        List<TileView> tiles = part.tiles();
        int top = tiles.get(0).control().getBounds().y;
        for (int i = 0; i < tiles.size(); i++) {
            assertEquals(top + (i / TileGrid.COLUMNS) * (tiles.get(TileGrid.COLUMNS).control().getBounds().y - top), tiles.get(i).control().getBounds().y,
                    "tile " + i + " is in row " + (i / TileGrid.COLUMNS));
        }
        assertTrue(tiles.get(TileGrid.COLUMNS).control().getBounds().y > top, "the fourth tile begins the second row");

        // scrolled to the bottom, the last rows are in view and the first is not
        part.grid().scrollTo(tiles.get(tiles.size() - 1));
        spin();
        Set<String> inView = tiles.stream().filter(part.grid()::inView).map(tile -> tile.provider().name()).collect(Collectors.toSet());
        assertTrue(inView.contains(tiles.get(tiles.size() - 1).provider().name()), "the last tile is in view: " + inView);
        assertFalse(inView.contains(tiles.get(0).provider().name()), "the first tile is out of view: " + inView);
        assertTrue(part.scheduler().costClass(tiles.get(0).provider()) == part.scheduler().costClass(tiles.get(tiles.size() - 1).provider()),
                "the measures ran, each as quick as the others: one class");

        synchronized (started) {
            started.clear();
        }
        part.refresh();
        waitUntil(WAIT, part::complete, "every tile is computed again");
        List<String> order;
        synchronized (started) {
            order = List.copyOf(started);
        }
        assertEquals(MEASURES, order.size(), "each measure once: " + order);
        // the tiles in view are taken first; with several threads the one that takes the last of
        // them may note its start after another thread took the next: that many places of slack
        int slack = TileScheduler.THREADS - 1;
        assertTrue(new HashSet<>(order.subList(0, inView.size() + slack)).containsAll(inView), "the tiles in view first, in the order " + order);
    }

    @Test
    void aTileOutOfViewHasItsChartDrawnWhenItsFiguresArriveAndShowsItWhenScrolledToWithoutComputingAgain() {
        DashboardPart part = openComputed();
        part.grid().scrollToTop();
        spin();
        TileView last = part.tiles().get(part.tiles().size() - 1);
        assertFalse(part.grid().inView(last), "the last tile is out of view");
        assertNotNull(last.result(), "its figures arrived");
        assertNotNull(last.chart(), "its chart was made");
        assertTrue(last.chart().getSeriesSet().getSeries().length > 0, "with the figures' series");
        int computed = measures.stream().mapToInt(m -> m.computed.get()).sum();

        Control plot = last.chart().getPlotArea().getControl();
        AtomicBoolean painted = new AtomicBoolean();
        Listener paint = e -> painted.set(true);
        plot.addListener(SWT.Paint, paint);
        part.grid().scrollTo(last);
        waitUntil(WAIT, painted::get, "scrolled to, its chart is painted");
        plot.removeListener(SWT.Paint, paint);
        assertTrue(part.grid().inView(last), "the last tile is in view");
        assertEquals(computed, measures.stream().mapToInt(m -> m.computed.get()).sum(), "nothing was computed again");
        assertTrue(part.complete());
    }

    @Test
    void aChartPartlyScrolledOutOfThePaneDrawsNothingBelowIt() {
        DashboardPart part = openComputed();
        Display display = part.grid().pane().getDisplay();
        // a colour nothing else in the window has: the axes' lines and ticks of every chart
        Color marker = new Color(0xff, 0x00, 0xff);
        for (TileView tile : part.tiles()) {
            for (IAxis axis : tile.chart().getAxisSet().getAxes()) {
                axis.getTick().setForeground(marker);
            }
        }
        ScrolledComposite pane = part.grid().pane();
        Rectangle client = pane.getClientArea();
        // the second row's charts half in the pane, half below its bottom edge
        TileView straddling = part.tiles().get(TileGrid.COLUMNS);
        Point chartInGrid = display.map(straddling.chart().getParent(), pane.getContent(), straddling.chart().getLocation());
        int origin = chartInGrid.y + straddling.chart().getSize().y / 2 - client.height;
        assertTrue(origin > 0, "the pane is shorter than two rows");
        pane.setOrigin(0, origin);
        spin();
        part.tiles().forEach(tile -> tile.chart().redraw());
        long settled = System.nanoTime() + Duration.ofMillis(400).toNanos();
        waitUntil(WAIT, () -> System.nanoTime() > settled, "painting settles");
        pane.getShell().update();
        spin();

        screenshot(window, "dashboard-scrolled-partly");
        Rectangle shell = pane.getShell().getBounds();
        Point below = pane.toDisplay(0, client.height);
        int height = Math.min(80, shell.y + shell.height - below.y);
        Image strip = new Image(display, client.width, height);
        GC screen = new GC(display);
        try {
            screen.copyArea(strip, below.x, below.y);
            ImageData pixels = strip.getImageData();
            int found = 0;
            for (int y = 0; y < pixels.height; y++) {
                for (int x = 0; x < pixels.width; x++) {
                    if (pixels.palette.getRGB(pixels.getPixel(x, y)).equals(marker.getRGB())) {
                        found++;
                    }
                }
            }
            assertEquals(0, found, "pixels of the charts' axes below the pane (over its scroll bar and what is under the dashboard)");
        } finally {
            screen.dispose();
            strip.dispose();
        }
    }
}
