package org.rapport.complaints.ui.internal.admin;

import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.spin;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.rapport.app.api.RapportWorkbench;

/** The Administration perspective in front, and screenshots of its views in the light theme and the dark one, for people to look at. */
public final class AdminScreens {

    private AdminScreens() {
    }

    /** Switches to the Administration perspective, where the categories and the catalogue views are. */
    public static void administration(MWindow window) {
        perspective(window, RapportWorkbench.PERSPECTIVE_ADMINISTRATION);
    }

    /** Back to the Service desk, where the workbench opens and the other tests of this fragment expect the queue. */
    public static void serviceDesk(MWindow window) {
        perspective(window, RapportWorkbench.PERSPECTIVE_SERVICE_DESK);
    }

    private static void perspective(MWindow window, String id) {
        run(window, "org.rapport.app.command.perspective", Map.<String, Object>of("org.rapport.app.command.perspective.id", id));
    }

    /** The window as it is now, as {@code name} (light) and {@code name-dark}; the light theme is back afterwards. */
    public static void inBothThemes(MWindow window, String name) {
        screenshot(window, name);
        theme(window, "org.rapport.app.theme.dark");
        screenshot(window, name + "-dark");
        theme(window, "org.rapport.app.theme.light");
    }

    private static void theme(MWindow window, String id) {
        run(window, "org.rapport.app.command.theme", Map.<String, Object>of("org.rapport.app.command.theme.id", id));
    }

    private static void run(MWindow window, String commandId, Map<String, Object> parameters) {
        ParameterizedCommand command = window.getContext().get(ECommandService.class).createCommand(commandId, parameters);
        window.getContext().get(EHandlerService.class).executeHandler(command);
        spin();
    }
}
