package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.security.api.AuditLog;
import org.rapport.security.api.AuthenticationException;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.api.UserAdministration;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * The Users, Roles and Audit views of the Administration perspective (contributed by
 * org.rapport.security.ui's model fragment), in the real workbench signed in as the harness's
 * administrator, over the services and the database behind them, with test areas registered.
 */
class AdministrationViewsTest {

    private static final String TESTER = "workbench-tester";
    private static final String PASSWORD = "tester-password";
    private static final String SALES_USER = "views-sales";

    private Workbench workbench;
    private TestAreas areas;

    @BeforeEach
    void toAdministration() {
        workbench = Workbench.find();
        // the matrix shows the areas registered: test areas, as area bundles register theirs
        areas = TestAreas.register(TestAreas.CUSTOMERS, TestAreas.POINTS);
        workbench.execute("org.rapport.app.command.perspective",
                Map.of("org.rapport.app.command.perspective.id", RapportWorkbench.PERSPECTIVE_ADMINISTRATION));
        UserAdministration administration = workbench.context().get(UserAdministration.class);
        if (administration.users().stream().noneMatch(u -> u.login().equals(SALES_USER))) {
            administration.addUser(SALES_USER, "Vera Sales", PASSWORD.toCharArray(), List.of(Roles.SALES));
        }
    }

    @AfterEach
    void unregisterAreas() {
        areas.close();
        workbench.spin();
    }

    private MPart show(String id) {
        MPart part = workbench.context().get(EPartService.class).showPart(id, PartState.ACTIVATE);
        assertNotNull(part, id);
        workbench.spin();
        return part;
    }

    private static void click(Button button) {
        assertTrue(button.isEnabled(), () -> button.getText() + " is disabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static TableItem row(Table table, int column, String text) {
        return Arrays.stream(table.getItems()).filter(i -> i.getText(column).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + text + " in " + Arrays.stream(table.getItems()).map(i -> i.getText(column)).toList()));
    }

    @Test
    void theUsersViewListsTheStoredUsersAndShowsARefusalToOthers() throws AuthenticationException {
        show("org.rapport.security.ui.part.users");
        click(workbench.widget(Button.class, "admin-users-refresh"));
        Table table = workbench.widget(Table.class, "admin-users-table");
        TableItem sales = row(table, 0, SALES_USER);
        assertEquals(List.of(SALES_USER, "Vera Sales", "Sales", "enabled"), List.of(sales.getText(0), sales.getText(1), sales.getText(2), sales.getText(3)));
        assertEquals("Administrator", row(table, 0, TESTER).getText(2), "roles by their names for people (Roles.label)");

        // the view does not rely on the perspective being hidden: the service refuses, the view says so
        Authenticator authenticator = workbench.context().get(Authenticator.class);
        try {
            authenticator.signIn(SALES_USER, PASSWORD.toCharArray());
            click(workbench.widget(Button.class, "admin-users-refresh"));
            assertEquals(0, table.getItemCount());
            assertEquals(SALES_USER + " is not an administrator: only administrators manage users and roles.",
                    workbench.widget(CLabel.class, "admin-users-message").getText());
            assertFalse(workbench.widget(Button.class, "admin-users-add").isEnabled());
        } finally {
            authenticator.signIn(TESTER, PASSWORD.toCharArray());
        }
        click(workbench.widget(Button.class, "admin-users-refresh"));
        assertTrue(table.getItemCount() >= 2);
        assertEquals("", workbench.widget(CLabel.class, "admin-users-message").getText());
    }

    @Test
    void theRolesViewShowsTheMatrixOfSalesAndRevertUndoesAnEdit() {
        MPart part = show("org.rapport.security.ui.part.roles");
        Table roles = workbench.widget(Table.class, "admin-roles-list");
        // presets by their names in the user's language, not their ids (service-agent)
        assertEquals(List.of("Administrator", "Manager", "Sales", "Service agent", "Technician"),
                Arrays.stream(roles.getItems()).limit(Roles.PRESETS.size()).map(i -> i.getText(0)).toList());
        roles.setSelection(Roles.PRESETS.indexOf(Roles.SALES));
        Event selected = new Event();
        selected.item = roles.getSelection()[0];
        roles.notifyListeners(SWT.Selection, selected);
        workbench.spin();
        assertEquals("Sales (preset)", workbench.widget(Label.class, "admin-roles-heading").getText());

        Table matrix = workbench.widget(Table.class, "admin-roles-matrix");
        assertEquals(List.of("Area", "Read", "Create", "Update", "Delete", "Export"), Arrays.stream(matrix.getColumns()).map(c -> c.getText()).toList());
        TableItem customers = row(matrix, 0, "Customers");
        assertEquals(List.of("own", "own", "own", "\u2014", "\u2014"), cells(customers));
        assertEquals(List.of("all", "\u2014", "\u2014", "\u2014", "\u2014"), cells(row(matrix, 0, "Points")));
        assertEquals(List.of("\u2014", "\u2014", "\u2014", "\u2014", "\u2014"), cells(row(matrix, 0, "Users and roles")));

        // a click on Customers/Delete makes it own: unsaved, the view is dirty; Revert undoes it
        Rectangle cell = customers.getBounds(4);
        Event down = new Event();
        down.x = cell.x + cell.width / 2;
        down.y = cell.y + cell.height / 2;
        down.button = 1;
        matrix.notifyListeners(SWT.MouseDown, down);
        workbench.spin();
        assertEquals("own", customers.getText(4));
        assertTrue(part.isDirty());
        assertEquals("*Sales (preset): unsaved changes", workbench.widget(Label.class, "admin-roles-heading").getText());
        click(workbench.widget(Button.class, "admin-roles-revert"));
        workbench.spin();
        assertEquals("\u2014", row(matrix, 0, "Customers").getText(4));
        assertFalse(part.isDirty());
        assertFalse(workbench.widget(Button.class, "admin-roles-save").isEnabled());
        assertEquals(List.of("own", "own", "own", "\u2014", "\u2014"), cells(row(matrix, 0, "Customers")), "nothing was stored");
        assertTrue(workbench.context().get(Roles.class).roles().stream().filter(r -> r.name().equals(Roles.SALES)).findFirst().orElseThrow().grants()
                .stream().noneMatch(g -> g.action() == Action.DELETE));
    }

    @Test
    void theAuditViewPagesTwoHundredEntriesAtATimeEitherWay() {
        // enough entries for two pages, cheaply: a role with many grants writes one entry per field of each
        AuditLog log = workbench.context().get(AuditLog.class);
        AuditLog.Filter all = new AuditLog.Filter(null, null, null, null, null);
        Roles roles = workbench.context().get(Roles.class);
        for (int n = 0; log.entries(all, 200, 1).isEmpty(); n++) {
            String name = "paging-" + n;
            if (roles.roles().stream().noneMatch(r -> r.name().equals(name))) {
                List<Grant> grants = roles.areas().stream().filter(Roles::ownable)
                        .flatMap(area -> Arrays.stream(Action.values()).map(action -> new Grant(area, action, Scope.ALL))).toList();
                roles.addRole(name, "for paging", grants, Map.of());
            }
        }
        show("org.rapport.security.ui.part.audit");
        Table table = workbench.widget(Table.class, "admin-audit-table");
        Button search = workbench.widget(Button.class, "admin-audit-search");
        Label position = workbench.widget(Label.class, "admin-audit-position");
        Workbench.waitUntil(workbench.display, Duration.ofSeconds(30), search::isEnabled, "the first search did not end");
        workbench.widget(Text.class, "admin-audit-user").setText("");
        click(search);
        Workbench.waitUntil(workbench.display, Duration.ofSeconds(30), search::isEnabled, "the search did not end");
        List<AuditLog.Entry> stored = log.entries(all, 0, 100_000);
        assertEquals(200, table.getItemCount());
        assertEquals("Entries 1 to 200", position.getText());
        assertFalse(workbench.widget(Button.class, "admin-audit-previous").isEnabled());

        click(workbench.widget(Button.class, "admin-audit-next"));
        Workbench.waitUntil(workbench.display, Duration.ofSeconds(30), search::isEnabled, "the next page did not come");
        int rest = Math.min(200, stored.size() - 200);
        assertEquals(rest, table.getItemCount());
        assertEquals("Entries 201 to " + (200 + rest), position.getText());
        // newest first: the second page ends with the 201st newest; with fewer than 400, with the oldest of all
        assertEquals(describe(stored.get(stored.size() - 200 - rest)), describe(table.getItem(rest - 1)));
        assertTrue(workbench.widget(Button.class, "admin-audit-previous").isEnabled());

        Combo order = workbench.widget(Combo.class, "admin-audit-order");
        order.select(1);
        click(search);
        Workbench.waitUntil(workbench.display, Duration.ofSeconds(30), search::isEnabled, "the oldest-first search did not end");
        assertEquals(describe(stored.get(0)), describe(table.getItem(0)), "oldest first: the first entry ever");
        assertEquals(describe(stored.get(199)), describe(table.getItem(199)));
        order.select(0);
    }

    private static List<String> describe(AuditLog.Entry entry) {
        return List.of(entry.login(), entry.action().getLiteral(), entry.object(), entry.feature() == null ? "" : entry.feature(),
                entry.newValue() == null ? "" : entry.newValue());
    }

    /** The entry a row shows (the texts are for people: see theAuditViewSpeaksAsPeopleDo). */
    private static List<String> describe(TableItem item) {
        return describe((AuditLog.Entry) item.getData());
    }

    private static List<String> cells(TableItem item) {
        return List.of(item.getText(1), item.getText(2), item.getText(3), item.getText(4), item.getText(5));
    }

    @Test
    void theAuditViewShowsTheEntriesNewestFirstAndFiltersByUser() {
        show("org.rapport.security.ui.part.audit");
        Table table = workbench.widget(Table.class, "admin-audit-table");
        Button search = workbench.widget(Button.class, "admin-audit-search");
        Workbench.waitUntil(workbench.display, Duration.ofSeconds(30), () -> search.isEnabled(), "the first search did not end");
        // the newest change: the tester stores a user; newest first, its entries lead (the presets' dozens come long before)
        String login = "views-audit-" + System.nanoTime() % 100_000;
        workbench.context().get(UserAdministration.class).addUser(login, null, PASSWORD.toCharArray(), List.of(Roles.TECHNICIAN));
        click(search);
        Workbench.waitUntil(workbench.display, Duration.ofSeconds(30), () -> search.isEnabled() && table.getItemCount() > 0, "no audit entries shown");
        assertTrue(table.getItemCount() > 20, "the presets and users of this run: " + table.getItemCount());
        // in words: the kind of change, the record, the fields by their labels (not CREATE, User#12, {"login":...})
        assertTrue(Arrays.stream(table.getItems()).limit(10).anyMatch(i -> i.getText(1).equals(TESTER) && i.getText(2).equals("Created")
                && i.getText(3).startsWith("User #") && i.getText(4).isEmpty() && i.getText(6).contains("Login: " + login)
                && !i.getText(6).contains("{")), "the creation of " + login + " first, as one entry holding all its values");
        assertFalse(table.getItem(0).getText(0).contains("T") && table.getItem(0).getText(0).contains("Z"), "a local time, not ISO: " + table.getItem(0).getText(0));
        String position = workbench.widget(Label.class, "admin-audit-position").getText();
        assertTrue(position.startsWith("Entries 1 to "), position);

        workbench.widget(Text.class, "admin-audit-user").setText(TESTER);
        click(search);
        Workbench.waitUntil(workbench.display, Duration.ofSeconds(30), () -> search.isEnabled(), "the search did not end");
        assertTrue(table.getItemCount() > 0);
        assertTrue(Arrays.stream(table.getItems()).allMatch(i -> i.getText(1).equals(TESTER)));

        Combo change = workbench.widget(Combo.class, "admin-audit-change");
        change.select(1 + org.rapport.security.model.AuditAction.CREATE.ordinal());
        click(search);
        Workbench.waitUntil(workbench.display, Duration.ofSeconds(30), () -> search.isEnabled(), "the search did not end");
        assertTrue(table.getItemCount() > 0);
        assertTrue(Arrays.stream(table.getItems()).allMatch(i -> i.getText(2).equals("Created")), "only creations, by the kind of change");
        change.select(0);

        workbench.widget(Text.class, "admin-audit-user").setText("nobody-at-all");
        click(search);
        Workbench.waitUntil(workbench.display, Duration.ofSeconds(30), () -> search.isEnabled(), "the search did not end");
        assertEquals(0, table.getItemCount());
        assertEquals("No entries match.", workbench.widget(Label.class, "admin-audit-position").getText());
        workbench.widget(Text.class, "admin-audit-user").setText("");
    }
}
