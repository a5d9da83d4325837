package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.rapport.app.api.RapportWorkbench;

/** Finds the running Rapport workbench and drives it the way a user's commands do. */
public final class Workbench {

    /** The e4 renderers keep each widget's model element under this key. */
    private static final String MODEL_ELEMENT = "modelElement";

    final Display display;
    final MWindow window;
    final MApplication application;

    private Workbench(Display display, MWindow window) {
        this.display = display;
        this.window = window;
        this.application = window.getContext().get(MApplication.class);
    }

    public static Workbench find() {
        Display display = Display.getCurrent();
        assertNotNull(display, "tests must run on the UI thread (useUIThread)");
        MWindow[] found = new MWindow[1];
        waitUntil(display, Duration.ofSeconds(60), () -> {
            found[0] = Arrays.stream(display.getShells()).map(s -> s.getData(MODEL_ELEMENT))
                    .filter(MWindow.class::isInstance).map(MWindow.class::cast)
                    .filter(w -> RapportWorkbench.MAIN_WINDOW.equals(w.getElementId())).findFirst().orElse(null);
            return found[0] != null;
        }, "the Rapport main window did not open");
        return new Workbench(display, found[0]);
    }

    Shell shell() {
        return (Shell) window.getWidget();
    }

    public IEclipseContext context() {
        return window.getContext();
    }

    /** Runs a command with its parameters through the handler service, as a menu item or key would. */
    Object execute(String commandId, Map<String, Object> parameters) {
        ParameterizedCommand command = context().get(ECommandService.class).createCommand(commandId, parameters);
        assertNotNull(command, () -> "no command " + commandId);
        EHandlerService handlers = context().get(EHandlerService.class);
        assertTrue(handlers.canExecute(command), () -> "command cannot run now: " + commandId + " " + parameters);
        Object result = handlers.executeHandler(command);
        spin();
        return result;
    }

    /** Lets posted events and layouts run. */
    void spin() {
        while (display.readAndDispatch()) {
            // drain
        }
    }

    void waitUntil(BooleanSupplier condition, String failure) {
        waitUntil(display, Duration.ofSeconds(10), condition, failure);
    }

    static void waitUntil(Display display, Duration timeout, BooleanSupplier condition, String failure) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), failure);
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** The first widget below the shell whose "org.rapport.widget" data is the given name. */
    <T extends Widget> T widget(Class<T> type, String name) {
        T found = find(shell(), type, name);
        assertNotNull(found, () -> "no " + type.getSimpleName() + " named " + name);
        return found;
    }

    private static <T extends Widget> T find(Control control, Class<T> type, String name) {
        if (type.isInstance(control) && name.equals(control.getData("org.rapport.widget"))) {
            return type.cast(control);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
