package org.rapport.complaints.ui.internal.admin;

import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.theme;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;

/** Screenshots of the administration views in the light theme and the dark one, for people to look at. */
public final class AdminScreens {

    private AdminScreens() {
    }

    /** The window as it is now, as {@code name} (light) and {@code name-dark}; the light theme is back afterwards. */
    public static void inBothThemes(MWindow window, String name) {
        screenshot(window, name);
        theme(window, "org.rapport.app.theme.dark");
        screenshot(window, name + "-dark");
        theme(window, "org.rapport.app.theme.light");
    }
}
