package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

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
import org.rapport.app.internal.PerspectiveAccess;
import org.rapport.app.internal.Perspectives;
import org.rapport.security.api.AuthenticationException;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.UserAdministration;

/**
 * The workbench was signed in before it opened (the harness sets RAPPORT_USER and RAPPORT_PASSWORD
 * on an empty database, so that user became the first administrator), and shows what the roles
 * may use. Other users are stored through {@link UserAdministration} with the preset roles, so
 * the filter sees the grants a real sign-in gives them, and the filter is applied as the product's
 * start applies it. The perspectives follow the areas' declarations: test areas are registered as
 * area bundles register theirs.
 */
class SignedInWorkbenchTest {

    private static final String TESTER = "workbench-tester";
    private static final String PASSWORD = "tester-password";

    private Workbench workbench;
    private SessionUser signedIn;
    private TestAreas areas;

    @BeforeEach
    void findWorkbench() {
        workbench = Workbench.find();
        signedIn = workbench.application.getContext().get(SessionUser.class);
        areas = TestAreas.register(TestAreas.CUSTOMERS, TestAreas.POINTS);
    }

    @AfterEach
    void backToTheSignedInUser() {
        areas.close();
        if (signedIn != null) {
            showAs(signedIn);
        }
    }

    @Test
    void theSignedInAdministratorIsInTheContextAndTheCurrentUser() {
        assertNotNull(signedIn, "no SessionUser in the application context");
        assertEquals(TESTER, signedIn.login());
        assertTrue(signedIn.isAdministrator());
        showAs(signedIn);
        CurrentUser current = workbench.context().get(CurrentUser.class);
        assertEquals(TESTER, current.require().login());
        assertEquals(RapportWorkbench.PERSPECTIVES, perspectives().all().stream().map(MPerspective::getElementId).toList());
        for (String perspective : RapportWorkbench.PERSPECTIVES) {
            assertTrue(menuItem(menuItemOf(perspective)).isVisible(), perspective);
        }
    }

    @Test
    void aSalesUserSeesOnlySalesWithoutTheOtherMenuItemsOrKeys() throws AuthenticationException {
        showAs(stored("sales-tester", Roles.SALES));

        assertEquals(List.of(RapportWorkbench.PERSPECTIVE_SALES), perspectives().all().stream().map(MPerspective::getElementId).toList());
        assertEquals(RapportWorkbench.PERSPECTIVE_SALES, perspectives().active().orElseThrow().getElementId(),
                "the active perspective must be one the user may use");
        for (String perspective : RapportWorkbench.PERSPECTIVES) {
            assertEquals(perspective.equals(RapportWorkbench.PERSPECTIVE_SALES), menuItem(menuItemOf(perspective)).isVisible(), perspective);
        }
        var command = workbench.context().get(ECommandService.class).createCommand("org.rapport.app.command.perspective",
                Map.of("org.rapport.app.command.perspective.id", RapportWorkbench.PERSPECTIVE_ADMINISTRATION));
        assertFalse(workbench.context().get(EHandlerService.class).canExecute(command), "Ctrl+Shift+4 must not reach Administration");
    }

    @Test
    void aManagerSeesManagementButNotAdministration() throws AuthenticationException {
        showAs(stored("manager-tester", Roles.MANAGER));

        List<String> shown = perspectives().all().stream().map(MPerspective::getElementId).toList();
        assertTrue(shown.contains(RapportWorkbench.PERSPECTIVE_MANAGEMENT), shown.toString());
        assertFalse(shown.contains(RapportWorkbench.PERSPECTIVE_ADMINISTRATION), shown.toString());
        assertTrue(menuItem(menuItemOf(RapportWorkbench.PERSPECTIVE_MANAGEMENT)).isVisible());
        assertFalse(menuItem(menuItemOf(RapportWorkbench.PERSPECTIVE_ADMINISTRATION)).isVisible());
    }

    /**
     * A user stored with one preset role (the signed-in administrator adds them), as the sign-in
     * would return them; the administrator stays the current user.
     */
    private SessionUser stored(String login, String role) throws AuthenticationException {
        UserAdministration administration = workbench.context().get(UserAdministration.class);
        assertNotNull(administration, "no UserAdministration service");
        if (administration.users().stream().noneMatch(u -> u.login().equals(login))) {
            administration.addUser(login, null, PASSWORD.toCharArray(), List.of(role));
        }
        SessionUser user = workbench.context().get(Authenticator.class).authenticate(login, PASSWORD.toCharArray());
        assertEquals(List.of(role), List.copyOf(user.roles()));
        return user;
    }

    /** What the start does for the signed-in user (LifeCycle's model hook), with the perspective rules of the registered areas. */
    private void showAs(SessionUser user) {
        LifeCycle.showPermitted(workbench.application, workbench.context().get(EModelService.class), workbench.context().get(PerspectiveAccess.class), user);
        workbench.spin();
    }

    /** The Window menu item of a perspective: org.rapport.app.menuitem.perspective_&lt;last part of its id&gt;. */
    private static String menuItemOf(String perspective) {
        return "org.rapport.app.menuitem.perspective_" + perspective.substring(perspective.lastIndexOf('.') + 1);
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
