package org.rapport.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IModelResourceHandler;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.tests.Workbench;
import org.rapport.security.api.SessionUser;

/**
 * Switch User once showed the next person the profiles the last one left open: each user's
 * layout is now remembered in a folder of their own.
 */
class UserLayoutsTest {

    @Test
    void theWorkbenchKeepsItsLayoutPerUser() {
        assertInstanceOf(UserLayouts.class, Workbench.find().context().get(IModelResourceHandler.class),
                "the product's model resource handler keeps layouts per user");
    }

    @Test
    void oneUsersLayoutIsNotTheNextUsers(@TempDir Path data) throws Exception {
        IEclipseContext application = Workbench.find().context().get(MApplication.class).getContext();
        Location instance = ((Location) application.get(E4Workbench.INSTANCE_LOCATION)).createLocation(null, data.toUri().toURL(), false);

        UserLayouts sams = layouts(application, instance, "sam");
        MApplication samsModel = (MApplication) sams.loadMostRecentModel().getContents().get(0);
        samsModel.getChildren().get(0).setLabel("Wang Fang"); // what a profile tab would show
        sams.save();
        assertTrue(Files.isRegularFile(data.resolve("users/user-sam/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi")));

        MApplication adasModel = (MApplication) layouts(application, instance, "ada").loadMostRecentModel().getContents().get(0);
        assertNotEquals("Wang Fang", adasModel.getChildren().get(0).getLabel(), "the next user starts from their own layout");
        MApplication samsAgain = (MApplication) layouts(application, instance, "sam").loadMostRecentModel().getContents().get(0);
        assertEquals("Wang Fang", samsAgain.getChildren().get(0).getLabel(), "the user finds their own layout again");
    }

    @Test
    void aLoginNamesNoOtherFolder() throws Exception {
        URL base = Path.of("/tmp/rapport-workspace").toUri().toURL();
        for (String login : List.of("..", "../ada", "a/b", "王芳")) {
            Path folder = Path.of(UserLayouts.folderOf(base, login).toURI());
            assertEquals(Path.of("/tmp/rapport-workspace/users"), folder.getParent(), login + " stays under users/: " + folder);
        }
        assertNotEquals(UserLayouts.folderOf(base, "ada"), UserLayouts.folderOf(base, "Ada.x"));
    }

    private static UserLayouts layouts(IEclipseContext application, Location instance, String login) {
        IEclipseContext context = application.createChild(login);
        context.set(SessionUser.class, new SessionUser(login, login, Set.of(), List.of(), Map.of()));
        context.set(E4Workbench.INSTANCE_LOCATION, instance);
        // the harness starts with -clearPersistedState; a real start remembers
        context.set(IWorkbench.CLEAR_PERSISTED_STATE, Boolean.FALSE);
        context.set(IWorkbench.PERSIST_STATE, Boolean.TRUE);
        return ContextInjectionFactory.make(UserLayouts.class, context);
    }
}
