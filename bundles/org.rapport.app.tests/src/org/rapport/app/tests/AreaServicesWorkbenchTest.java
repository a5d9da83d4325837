package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.security.api.Area.each;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.app.internal.PerspectiveAccess;
import org.rapport.security.api.Area;
import org.rapport.security.api.AuthenticationException;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.api.UserAdministration;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * An area that registers its {@link Area} service while the workbench runs (its bundle installed
 * later) reaches the roles, the presets, the permission matrix and the perspectives, and leaves
 * them with its service: the shell and the administration views name no area.
 */
class AreaServicesWorkbenchTest {

    private static final String PASSWORD = "tester-password";
    private static final String TECHNICIAN = "area-technician";

    /** An area with an icon, whose views show in Management for whoever reads all of it. */
    record QueueArea() implements Area {
        @Override
        public String id() {
            return "queue";
        }

        @Override
        public String label() {
            return "Queue desk";
        }

        @Override
        public Optional<URL> icon() {
            return Optional.of(FrameworkUtil.getBundle(AreaServicesWorkbenchTest.class).getEntry("icons/servicedesk.png"));
        }

        @Override
        public Map<String, List<Access>> presetGrants() {
            return Map.of(Roles.TECHNICIAN, each(Scope.ALL, Action.READ, Action.UPDATE), Roles.SALES, each(Scope.OWN, Action.READ));
        }

        @Override
        public List<PerspectiveRule> perspectives() {
            return List.of(new PerspectiveRule(RapportWorkbench.PERSPECTIVE_MANAGEMENT, Action.READ, Scope.ALL));
        }
    }

    private Workbench workbench;
    private Roles roles;

    @BeforeEach
    void findWorkbench() {
        workbench = Workbench.find();
        roles = workbench.context().get(Roles.class);
        UserAdministration administration = workbench.context().get(UserAdministration.class);
        if (administration.users().stream().noneMatch(u -> u.login().equals(TECHNICIAN))) {
            administration.addUser(TECHNICIAN, null, PASSWORD.toCharArray(), List.of(Roles.TECHNICIAN));
        }
    }

    @Test
    void anAreaRegisteredAtRunTimeReachesTheRolesThePresetsAndTheMatrixAndLeavesWithItsService() {
        Table matrix = matrixOf(Roles.TECHNICIAN);
        assertFalse(roles.areas().contains("queue"));
        assertEquals(List.of(), rows(matrix, "Queue desk"));

        try (TestAreas registered = TestAreas.register(new QueueArea())) {
            workbench.spin();
            assertTrue(roles.areas().contains("queue"), roles.areas().toString());
            assertEquals("Queue desk", roles.area("queue").orElseThrow().label());
            assertTrue(preset(Roles.TECHNICIAN).containsAll(List.of(new Grant("queue", Action.READ, Scope.ALL), new Grant("queue", Action.UPDATE, Scope.ALL))),
                    "the presets stored at the start got the new area's grants");
            assertTrue(preset(Roles.SALES).contains(new Grant("queue", Action.READ, Scope.OWN)));

            // the open view follows: a row under the area's own label and icon, the technician's grants in it
            List<TableItem> queue = rows(matrix, "Queue desk");
            assertEquals(1, queue.size(), "one row for the area");
            assertEquals(List.of("all", "\u2014", "all", "\u2014", "\u2014"),
                    List.of(queue.get(0).getText(1), queue.get(0).getText(2), queue.get(0).getText(3), queue.get(0).getText(4), queue.get(0).getText(5)));
            assertNotNull(queue.get(0).getImage(0), "the area's icon");
        }
        workbench.spin();
        assertFalse(roles.areas().contains("queue"));
        assertEquals(List.of(), rows(matrix, "Queue desk"), "gone with its service");
        assertTrue(roles.area("queue").isEmpty());
    }

    @Test
    void perspectivesFollowTheAreasThatShowThem() throws AuthenticationException {
        PerspectiveAccess access = workbench.context().get(PerspectiveAccess.class);
        assertNotNull(access, "PerspectiveAccess is a service of the shell");
        SessionUser administrator = workbench.application.getContext().get(SessionUser.class);
        // Management shows no installed area: empty, so only for whoever holds every area
        assertFalse(access.may(technician(), RapportWorkbench.PERSPECTIVE_MANAGEMENT));
        assertTrue(access.may(administrator, RapportWorkbench.PERSPECTIVE_MANAGEMENT));

        try (TestAreas registered = TestAreas.register(new QueueArea())) {
            SessionUser technician = technician();
            assertTrue(access.may(technician, RapportWorkbench.PERSPECTIVE_MANAGEMENT), "the queue shows in Management and technicians read all of it");
            assertFalse(access.may(technician, RapportWorkbench.PERSPECTIVE_SALES));
            assertFalse(access.may(technician, RapportWorkbench.PERSPECTIVE_ADMINISTRATION), "users and roles are the platform's own");
            assertTrue(access.may(technician, "com.example.perspective.own"), "an extension's perspective decides for itself");
        }
        assertFalse(access.may(technician(), RapportWorkbench.PERSPECTIVE_MANAGEMENT), "no area of the technician's shows there any more");

        // the rules of several areas: any that admits the user opens the perspective
        PerspectiveAccess customersOnly = new PerspectiveAccess(List.of(TestAreas.CUSTOMERS, new QueueArea()));
        SessionUser ownAccounts = new SessionUser("s", "S", java.util.Set.of(Roles.SALES), List.of(new Grant("customers", Action.READ, Scope.OWN),
                new Grant("customers", Action.UPDATE, Scope.OWN)), Map.of());
        assertTrue(customersOnly.may(ownAccounts, RapportWorkbench.PERSPECTIVE_SALES));
        assertFalse(customersOnly.may(ownAccounts, RapportWorkbench.PERSPECTIVE_SERVICE_DESK), "Service desk needs every customer readable");
        assertFalse(customersOnly.may(ownAccounts, RapportWorkbench.PERSPECTIVE_MANAGEMENT));
    }

    private SessionUser technician() throws AuthenticationException {
        return workbench.context().get(Authenticator.class).authenticate(TECHNICIAN, PASSWORD.toCharArray());
    }

    private List<Grant> preset(String name) {
        return roles.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().grants();
    }

    /** The Roles view's matrix with a preset selected. */
    private Table matrixOf(String role) {
        workbench.execute("org.rapport.app.command.perspective",
                Map.of("org.rapport.app.command.perspective.id", RapportWorkbench.PERSPECTIVE_ADMINISTRATION));
        assertNotNull(workbench.context().get(EPartService.class).showPart("org.rapport.security.ui.part.roles", PartState.ACTIVATE));
        workbench.spin();
        Table list = workbench.widget(Table.class, "admin-roles-list");
        list.setSelection(Roles.PRESETS.indexOf(role));
        Event selected = new Event();
        selected.item = list.getSelection()[0];
        list.notifyListeners(SWT.Selection, selected);
        workbench.spin();
        return workbench.widget(Table.class, "admin-roles-matrix");
    }

    private static List<TableItem> rows(Table table, String area) {
        return Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(area)).toList();
    }
}
