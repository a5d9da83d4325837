package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.app.internal.LifeCycle;
import org.rapport.app.internal.Perspectives;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * The workbench was signed in before it opened (the harness sets RAPPORT_USER and RAPPORT_PASSWORD
 * on an empty database, so that user became the first administrator), and shows what the roles
 * may use.
 */
class SignedInWorkbenchTest {

    private Workbench workbench;
    private SessionUser signedIn;

    @BeforeEach
    void findWorkbench() {
        workbench = Workbench.find();
        signedIn = workbench.application.getContext().get(SessionUser.class);
    }

    @AfterEach
    void backToTheSignedInUser() {
        LifeCycle.showPermitted(workbench.application, workbench.context().get(EModelService.class), signedIn);
        workbench.spin();
    }

    @Test
    void theSignedInAdministratorIsInTheContextAndTheCurrentUser() {
        assertNotNull(signedIn, "no SessionUser in the application context");
        assertEquals("workbench-tester", signedIn.login());
        assertTrue(signedIn.isAdministrator());
        CurrentUser current = workbench.context().get(CurrentUser.class);
        assertEquals("workbench-tester", current.require().login());
        assertEquals(RapportWorkbench.PERSPECTIVES, perspectives().all().stream().map(MPerspective::getElementId).toList());
    }

    @Test
    void aSalesUserSeesNeitherManagementNorAdministrationNorTheirMenuItemsOrKeys() {
        SessionUser sales = user(Roles.SALES, List.of(new Grant(Roles.CUSTOMERS, Action.READ, Scope.OWN), new Grant(Roles.CUSTOMERS, Action.UPDATE, Scope.OWN),
                new Grant(Roles.CUSTOMERS, Action.CREATE, Scope.OWN), new Grant(Roles.LOYALTY, Action.READ, Scope.ALL),
                new Grant(Roles.REPORTS, Action.READ, Scope.ALL)));
        LifeCycle.showPermitted(workbench.application, workbench.context().get(EModelService.class), sales);
        workbench.spin();

        assertEquals(List.of(RapportWorkbench.PERSPECTIVE_SALES), perspectives().all().stream().map(MPerspective::getElementId).toList());
        assertEquals(RapportWorkbench.PERSPECTIVE_SALES, perspectives().active().orElseThrow().getElementId(),
                "the active perspective must be one the user may use");
        assertFalse(menuItem("org.rapport.app.menuitem.perspective_administration").isVisible());
        assertTrue(menuItem("org.rapport.app.menuitem.perspective_sales").isVisible());
        var command = workbench.context().get(ECommandService.class).createCommand("org.rapport.app.command.perspective",
                Map.of("org.rapport.app.command.perspective.id", RapportWorkbench.PERSPECTIVE_ADMINISTRATION));
        assertFalse(workbench.context().get(EHandlerService.class).canExecute(command), "Ctrl+Shift+4 must not reach Administration");
    }

    @Test
    void aManagerSeesManagementButNotAdministration() {
        List<Grant> all = Roles.DATA_AREAS.stream().flatMap(area -> Action.VALUES.stream().map(a -> new Grant(area, a, Scope.ALL))).toList();
        LifeCycle.showPermitted(workbench.application, workbench.context().get(EModelService.class), user(Roles.MANAGER, all));
        workbench.spin();
        List<String> shown = perspectives().all().stream().map(MPerspective::getElementId).toList();
        assertTrue(shown.contains(RapportWorkbench.PERSPECTIVE_MANAGEMENT), shown.toString());
        assertFalse(shown.contains(RapportWorkbench.PERSPECTIVE_ADMINISTRATION), shown.toString());
    }

    private static SessionUser user(String role, List<Grant> grants) {
        return new SessionUser("someone", "Someone", Set.of(role), grants, Map.of());
    }

    private Perspectives perspectives() {
        return new Perspectives(workbench.context().get(EModelService.class), workbench.context().get(EPartService.class), workbench.application,
                workbench.window);
    }

    private MHandledMenuItem menuItem(String id) {
        List<MHandledMenuItem> items = workbench.context().get(EModelService.class).findElements(workbench.window, id, MHandledMenuItem.class, null,
                EModelService.IN_MAIN_MENU);
        assertEquals(1, items.size(), id);
        return items.get(0);
    }
}
