package org.rapport.complaints.ui.internal.admin;

import static org.rapport.testing.ui.WorkbenchDriver.spin;

import java.util.Map;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.rapport.app.api.RapportWorkbench;

/** What the tests of the administration views do to the workbench around them. */
public final class AdministrationViews {

    private AdministrationViews() {
    }

    /** The views are in the Administration perspective, where their parts are found. */
    public static void administration(MWindow window) {
        run(window, "org.rapport.app.command.perspective", Map.of("org.rapport.app.command.perspective.id", RapportWorkbench.PERSPECTIVE_ADMINISTRATION));
    }

    public static void theme(MWindow window, String id) {
        run(window, "org.rapport.app.command.theme", Map.of("org.rapport.app.command.theme.id", id));
    }

    private static void run(MWindow window, String command, Map<String, Object> parameters) {
        window.getContext().get(EHandlerService.class).executeHandler(window.getContext().get(ECommandService.class).createCommand(command, parameters));
        spin();
    }
}
