package org.rapport.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.press;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.showPart;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.customers.api.Channels;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.Reports;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.Roles;
import org.rapport.security.api.UserAdministration;
import org.rapport.testing.Services;

/**
 * The dashboards in the real workbench: each perspective's shows a tile for each of its measures
 * the user is offered and no other; a filter changes a figure; a click on a bar opens the customer
 * list filtered to the customers behind it, with a chip that says so, and from there a profile.
 * Run in English and in Chinese ({@code -Drapport.test.nl=zh_CN}); the assertions read the texts
 * from the bundle's messages.
 */
class DashboardWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CUSTOMERS_LIST = "org.rapport.customers.ui.part.customers";
    private static final String TECHNICIAN = "ru-technician";
    private static final String PASSWORD = "technician-password-1";
    private static final String PROFILE = "org.rapport.customers.ui.partdescriptor.customer";

    private static MWindow window;
    private static Reports reports;
    private static ServiceRegistration<ReportProvider> seeded;
    private static final List<MPart> made = new ArrayList<>();

    @BeforeAll
    static void seed() {
        window = mainWindow();
        reports = Services.await(Reports.class);
        Store store = Services.await(Store.class);
        try (UnitOfWork work = store.begin()) {
            // North: 3 in the store, 2 from the web shop; South: 1 in the store
            String[][] customers = { { "RU-001", "Gao Yan", "North", Channels.STORE }, { "RU-002", "Hu Jun", "North", Channels.STORE },
                    { "RU-003", "Jiang Li", "North", Channels.STORE }, { "RU-004", "Kong Mei", "North", Channels.WEB_SHOP },
                    { "RU-005", "Lu Qiang", "North", Channels.WEB_SHOP }, { "RU-006", "Meng Xia", "South", Channels.STORE } };
            // bought this month: RU-001 twice, RU-002 and RU-006 once; a repurchase rate of 1 in 3
            Map<String, Integer> purchases = Map.of("RU-001", 2, "RU-002", 1, "RU-006", 1);
            for (String[] each : customers) {
                Customer customer = CustomersFactory.eINSTANCE.createCustomer();
                customer.setReference(each[0]);
                customer.setName(each[1]);
                customer.setRegion(each[2]);
                customer.setChannel(each[3]);
                for (int i = 0; i < purchases.getOrDefault(each[0], 0); i++) {
                    Purchase purchase = CustomersFactory.eINSTANCE.createPurchase();
                    purchase.setAt(Instant.now().minusSeconds(60 + i));
                    purchase.setKind(PurchaseKind.SALE);
                    purchase.setAmount(new BigDecimal("120.00"));
                    purchase.setQuantity(1);
                    purchase.setProduct("Tea");
                    purchase.setChannel(each[3]);
                    purchase.setOrderRef(each[0] + "-" + i);
                    customer.getPurchases().add(purchase);
                }
                work.add(customer);
            }
            work.commit();
        }
        seeded = Services.contextOf(DashboardWorkbenchTest.class).registerService(ReportProvider.class, new SeededCustomersMeasure(store), null);
        waitUntil(WAIT, () -> reports.find(SeededCustomersMeasure.NAME).isPresent(), "the reports service offers the seeded measure");
    }

    @AfterAll
    static void unregister() {
        seeded.unregister();
    }

    @AfterEach
    void closeWhatTheTestMade() {
        EPartService parts = window.getContext().get(EPartService.class);
        made.forEach(part -> parts.hidePart(part, true));
        made.clear();
        perspective(RapportWorkbench.PERSPECTIVE_SERVICE_DESK);
    }

    private static void perspective(String id) {
        DashboardDriver.perspective(window, id);
    }

    private static DashboardPart dashboard(String perspective, String id) {
        perspective(perspective);
        DashboardPart part = showPart(window, "org.rapport.reports.ui.part.dashboard." + id, DashboardPart.class);
        waitUntil(WAIT, part::complete, "every tile of the " + id + " dashboard is computed");
        return part;
    }

    /** The dashboard's stack given most of the window's height (the work area above it shrunk), for the screenshot; then back. */
    private static void screenshotMaximized(String partId, String name) {
        MPart part = window.getContext().get(EPartService.class).findPart(partId);
        org.eclipse.e4.ui.model.application.ui.MUIElement stack = part.getParent();
        List<org.eclipse.e4.ui.model.application.ui.MUIElement> both = List.copyOf(stack.getParent().getChildren());
        List<String> weights = both.stream().map(e -> e.getContainerData()).toList();
        both.forEach(e -> e.setContainerData(e == stack ? "85" : "15"));
        long settled = System.nanoTime() + 1_500_000_000L;
        waitUntil(WAIT, () -> System.nanoTime() > settled, "the layout settles");
        screenshot(window, name);
        for (int i = 0; i < both.size(); i++) {
            both.get(i).setContainerData(weights.get(i));
        }
        spin();
    }

    /** A dashboard part of the tests' own tiles, in Management's bottom stack. */
    private static DashboardPart ownDashboard(String tiles) {
        MPart part = DashboardDriver.ownDashboard(window, "org.rapport.reports.ui.tests.part.dashboard", tiles);
        made.add(part);
        return (DashboardPart) part.getObject();
    }

    @Test
    void eachDashboardShowsATileForEveryMeasureOfItsOfferedAndNoOther() {
        Set<String> offered = reports.available().stream().map(ReportProvider::name).collect(Collectors.toSet());
        for (String[] perspective : new String[][] { { RapportWorkbench.PERSPECTIVE_SERVICE_DESK, Dashboards.SERVICE_DESK },
                { RapportWorkbench.PERSPECTIVE_SALES, Dashboards.SALES }, { RapportWorkbench.PERSPECTIVE_MANAGEMENT, Dashboards.MANAGEMENT } }) {
            DashboardPart part = dashboard(perspective[0], perspective[1]);
            List<Dashboards.Tile> expected = Dashboards.of(perspective[1]).tiles().stream().filter(tile -> offered.contains(tile.measure())).toList();
            assertEquals(expected, part.tiles().stream().map(TileView::tile).toList(), perspective[1] + ": the offered measures, in order");
            for (TileView tile : part.tiles()) {
                assertFalse(tile.figureText().equals(Messages.computing), tile.tile() + " has its figure");
            }
            if (Dashboards.SALES.equals(perspective[1])) {
                TileView repurchase = part.tiles().get(0);
                assertEquals("repurchase-rate", repurchase.tile().measure());
                assertEquals(FigureText.of(Figure.share(1, 3), FigureColumn.Unit.SHARE), repurchase.figureText(), "the core's measure, this month");
                assertNotNull(repurchase.chart(), "drawn");
            }
            screenshotMaximized("org.rapport.reports.ui.part.dashboard." + perspective[1], "dashboard-" + perspective[1]);
        }
    }

    @Test
    void theManagementDashboardsTopRowHasOneTileOfEachOfItsFirstThemes() {
        List<Dashboards.Tile> tiles = Dashboards.of(Dashboards.MANAGEMENT).tiles();
        // retention, satisfaction, hot spots: the costly retention beside two complaint measures, which come in seconds
        assertEquals(List.of(new Dashboards.Tile("retention-rate", Dashboards.ChartKind.LINE, "month"), new Dashboards.Tile("csat", Dashboards.ChartKind.LINE, "month"),
                new Dashboards.Tile("hot-spots", Dashboards.ChartKind.BAR, "category")), tiles.subList(0, TileGrid.COLUMNS));
        assertEquals(List.of("retention-rate:region", "churn-rate:channel", "nps:month", "tiers:tier", "points:month", "resolution-rate:month", "segment-sizes:month"),
                tiles.subList(TileGrid.COLUMNS, tiles.size()).stream().map(t -> t.measure() + ":" + t.by()).toList(), "then the other rows, loyalty in the third");
    }

    @Test
    void aUsersOwnTilesStayAsTheyWereKept() {
        String own = SeededCustomersMeasure.NAME + ":LINE:month;" + SeededCustomersMeasure.NAME + ":BAR:region";
        DashboardPart part = ownDashboard(own);
        MPart model = window.getContext().get(EPartService.class).findPart("org.rapport.reports.ui.tests.part.dashboard");
        List<Dashboards.Tile> kept = Dashboards.parse(Dashboards.MANAGEMENT, "", own).tiles();
        assertEquals(kept, part.tiles().stream().map(TileView::tile).toList(), "the user's tiles, in the user's order, not Management's");
        part.rebuild();
        waitUntil(WAIT, part::complete, "computed again");
        assertEquals(kept, part.tiles().stream().map(TileView::tile).toList());
        assertEquals(own, model.getPersistedState().get(Dashboards.TILES), "what the part keeps is untouched");
    }

    @Test
    void aMeasureTheUserMayNotReadHasNoTile() throws Exception {
        DashboardPart sales = dashboard(RapportWorkbench.PERSPECTIVE_SALES, Dashboards.SALES);
        int asAdministrator = sales.tiles().size();
        assertTrue(asAdministrator > 0, "the administrator is offered the customer measures");
        UserAdministration users = Services.await(UserAdministration.class);
        if (users.users().stream().noneMatch(u -> u.login().equals(TECHNICIAN))) {
            users.addUser(TECHNICIAN, "Tao Technician", PASSWORD.toCharArray(), List.of(Roles.TECHNICIAN));
        }
        Authenticator authenticator = Services.await(Authenticator.class);
        try {
            authenticator.signIn(TECHNICIAN, PASSWORD.toCharArray());
            Set<String> offered = reports.available().stream().map(ReportProvider::name).collect(Collectors.toSet());
            sales.rebuild();
            waitUntil(WAIT, sales::complete, "the dashboard is computed for the technician");
            assertEquals(Dashboards.of(Dashboards.SALES).tiles().stream().filter(tile -> offered.contains(tile.measure())).toList(),
                    sales.tiles().stream().map(TileView::tile).toList());
            assertTrue(sales.tiles().size() < asAdministrator, "a technician does not read purchases: fewer tiles, " + sales.tiles().size());
            if (sales.tiles().isEmpty()) {
                assertEquals(Messages.dashboard_empty, sales.emptyText());
            }
        } finally {
            authenticator.signIn("workbench-tester", "tester-password".toCharArray());
            sales.rebuild();
        }
    }

    @Test
    void aFilterChangesTheFigureAndAMeasureWithoutTheDimensionSaysItIsNotFiltered() {
        DashboardPart part = ownDashboard(SeededCustomersMeasure.NAME + ":BAR:region");
        TileView tile = part.tiles().get(0);
        assertEquals("6", tile.figureText());
        assertEquals(List.of("North", "South"), tile.drawn().stream().map(r -> r.key()).toList());
        assertNotNull(tile.chart(), "a chart is drawn");

        Combo channel = part.filter("channel");
        assertNotNull(channel, "the measure has the channel: a filter offers it");
        waitUntil(WAIT, () -> part.filterKeys("channel").contains(Channels.WEB_SHOP), "the channels are offered");
        channel.select(part.filterKeys("channel").indexOf(Channels.WEB_SHOP) + 1);
        channel.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        waitUntil(WAIT, () -> part.complete() && "2".equals(tile.figureText()), "two seeded customers came from the web shop: " + tile.figureText());
        assertEquals(List.of("North"), tile.drawn().stream().map(r -> r.key()).toList());
        screenshotMaximized("org.rapport.reports.ui.tests.part.dashboard", "dashboard-filtered");
    }

    @Test
    void aClickOnABarListsTheCustomersBehindItAndTheChipClearsIt() {
        DashboardPart part = ownDashboard(SeededCustomersMeasure.NAME + ":BAR:region");
        TileView tile = part.tiles().get(0);
        tile.click(0); // North
        Table list = waitForList(5);
        Label chip = (Label) find(list.getShell(), "customers-only-text");
        assertTrue(chip.isVisible() && chip.getText().contains("Seeded customers in North"), "the chip says what the list shows: " + chip.getText());
        screenshot(window, "dashboard-drilled");

        // from the list, the profile: Enter on a row as a person would, once the row is read
        waitUntil(WAIT, () -> list.getItem(0).getText(0).startsWith("RU-"), "the first row is read");
        list.setSelection(0);
        list.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        list.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        EPartService parts = window.getContext().get(EPartService.class);
        MPart[] profile = new MPart[1];
        waitUntil(WAIT, () -> {
            profile[0] = parts.getParts().stream().filter(p -> PROFILE.equals(p.getElementId()) && p.isToBeRendered() && p.getWidget() != null).findFirst()
                    .orElse(null);
            return profile[0] != null;
        }, "the profile opens");
        made.add(profile[0]);
        assertTrue(Set.of("Gao Yan", "Hu Jun", "Jiang Li", "Kong Mei", "Lu Qiang").contains(profile[0].getLabel()), "a customer of the North: " + profile[0].getLabel());

        showPart(window, CUSTOMERS_LIST, Object.class);
        press((Button) find(list.getShell(), "customers-only-clear"));
        waitUntil(WAIT, () -> list.getItemCount() > 5 && !chip.isVisible(), "cleared: everyone again");
    }

    private static Table waitForList(int expected) {
        return DashboardDriver.waitForTable(window, CUSTOMERS_LIST, expected, "the customer list shows the " + expected + " customers behind the bar");
    }

    private static Control find(Composite composite, String id) {
        return DashboardDriver.find(composite, id);
    }

    static Shell shell() {
        return (Shell) window.getWidget();
    }
}
