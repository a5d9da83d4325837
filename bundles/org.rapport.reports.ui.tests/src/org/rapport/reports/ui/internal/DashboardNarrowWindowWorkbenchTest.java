package org.rapport.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.app.api.RapportWorkbench;

/**
 * The Management dashboard in a window of 800 by 600 pixels: the period, the comparison, Refresh,
 * Export, Cancel and the filters all show inside the dashboard (its bar wraps rather than run off
 * the right edge), and each takes the keyboard's focus; the Sales dashboard, whose part is
 * shorter, scrolls down to a row of tiles.
 */
class DashboardNarrowWindowWorkbenchTest {

    private static final String MANAGEMENT = "org.rapport.reports.ui.part.dashboard.management";
    private static final String SALES = "org.rapport.reports.ui.part.dashboard.sales";
    private static final List<String> BAR = List.of("dashboard-period", "dashboard-compare", "dashboard-refresh", "dashboard-export",
            "dashboard-cancel");

    private MWindow window;
    private Rectangle before;

    @BeforeEach
    void narrow() {
        window = mainWindow();
        Shell shell = (Shell) window.getWidget();
        before = shell.getBounds();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 800, 600);
        spin();
    }

    @AfterEach
    void restore() {
        ((Shell) window.getWidget()).setBounds(before);
        spin();
        DashboardDriver.perspective(window, RapportWorkbench.PERSPECTIVE_SERVICE_DESK);
    }

    /** The perspective's dashboard, laid out in the small window, and a screenshot of it. */
    private MPart open(String perspective, String dashboard, String screenshot) {
        DashboardDriver.perspective(window, perspective);
        MPart part = window.getContext().get(EPartService.class).showPart(dashboard, EPartService.PartState.ACTIVATE);
        spin();
        Composite content = (Composite) part.getWidget();
        waitUntil(DashboardDriver.WAIT, () -> content.getSize().x > 0 && content.getSize().x <= 800, "the dashboard is laid out in the small window");
        content.layout(true, true);
        spin();
        screenshot(window, screenshot);
        return part;
    }

    @Test
    void atEightHundredBySixHundredEveryControlOfTheBarShowsAndTakesTheFocus() {
        MPart part = open(RapportWorkbench.PERSPECTIVE_MANAGEMENT, MANAGEMENT, "dashboard-800x600");
        DashboardPart dashboard = (DashboardPart) part.getObject();
        Composite content = (Composite) part.getWidget();

        List<Control> controls = new ArrayList<>();
        for (String id : BAR) {
            Control control = DashboardDriver.find(content, id);
            assertNotNull(control, id);
            controls.add(control);
        }
        assertTrue(dashboard.filterCount() > 0, "the Management dashboard has filters");
        controls.addAll(dashboard.filterCombos());
        int width = content.getClientArea().width;
        for (Control control : controls) {
            Point at = control.getDisplay().map(control.getParent(), content, control.getLocation());
            int right = at.x + control.getSize().x;
            assertTrue(control.isVisible() && at.x >= 0 && right <= width,
                    control.getData(DashboardPart.WIDGET) + " shows inside the dashboard (" + at.x + " to " + right + " of " + width + ")");
            if (control.isEnabled()) {
                assertTrue(control.setFocus(), control.getData(DashboardPart.WIDGET) + " takes the focus");
            }
        }
    }

    @Test
    void atEightHundredBySixHundredTheSalesDashboardScrollsDownToARowOfTiles() {
        MPart part = open(RapportWorkbench.PERSPECTIVE_SALES, SALES, "dashboard-sales-800x600");
        DashboardPart dashboard = (DashboardPart) part.getObject();
        Composite content = (Composite) part.getWidget();
        assertTrue(dashboard.grid().pane().getSize().y >= TileGrid.LEAST_HEIGHT,
                "the tiles' pane has the height of a row of charts: " + dashboard.grid().pane().getSize().y + " in a part of " + content.getSize().y);
        ScrolledComposite outer = (ScrolledComposite) DashboardDriver.find(content, "dashboard-scroller");
        assertTrue(outer.getVerticalBar().isVisible(), "the part is shorter than the dashboard, which scrolls down");
        TileView first = dashboard.tiles().get(0);
        outer.showControl(first.control());
        spin();
        Point at = first.control().getDisplay().map(first.control().getParent(), content, first.control().getLocation());
        assertTrue(at.y >= 0 && at.y < content.getClientArea().height, "scrolled down, the first tile shows: at " + at.y);
    }
}
