package org.rapport.testing.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.Services;

/**
 * Drives the real Rapport workbench from tests that run on its UI thread ({@code useUIThread}):
 * finds the main window, shows parts, runs commands as their keys would, presses buttons, finds
 * fields by their labels, waits while the event loop runs, answers dialogs and takes screenshots.
 * Every area's workbench tests use it, so they stay short.
 */
public final class WorkbenchDriver {

    private WorkbenchDriver() {
    }

    public static Display display() {
        Display display = Display.getCurrent();
        assertNotNull(display, "tests run on the UI thread");
        return display;
    }

    /** The main window, once the workbench shows it. */
    public static MWindow mainWindow() {
        Display display = display();
        MWindow[] found = new MWindow[1];
        waitUntil(Duration.ofSeconds(60), () -> {
            found[0] = Arrays.stream(display.getShells()).map(s -> s.getData("modelElement")).filter(MWindow.class::isInstance).map(MWindow.class::cast)
                    .filter(w -> RapportWorkbench.MAIN_WINDOW.equals(w.getElementId())).findFirst().orElse(null);
            return found[0] != null;
        }, "the main window did not open");
        return found[0];
    }

    /** Shows a part (by its element id) in front and active; returns its object, the part's class. */
    public static <T> T showPart(MWindow window, String id, Class<T> type) {
        MPart part = window.getContext().get(EPartService.class).showPart(id, PartState.ACTIVATE);
        assertNotNull(part, "the part " + id + " is in the workbench");
        spin();
        return type.cast(part.getObject());
    }

    /** The active part of the window. */
    public static MPart activePart(MWindow window) {
        return window.getContext().get(EPartService.class).getActivePart();
    }

    /** Runs a command as its key binding would, through the handlers active now; fails when it cannot run. */
    public static Object command(MWindow window, String id) {
        ParameterizedCommand command = window.getContext().get(ECommandService.class).createCommand(id, null);
        assertNotNull(command, "no command " + id);
        EHandlerService handlers = window.getContext().get(EHandlerService.class);
        assertTrue(handlers.canExecute(command), id + " can run");
        Object result = handlers.executeHandler(command);
        spin();
        return result;
    }

    /** Brings a perspective to the front as Window > (perspective) and its keys do. */
    public static void perspective(MWindow window, String id) {
        run(window, "org.rapport.app.command.perspective", Map.<String, Object>of("org.rapport.app.command.perspective.id", id));
    }

    /** Switches the theme as View > Theme does ({@code org.rapport.app.theme.light} or {@code .dark}). */
    public static void theme(MWindow window, String id) {
        run(window, "org.rapport.app.command.theme", Map.<String, Object>of("org.rapport.app.command.theme.id", id));
    }

    private static void run(MWindow window, String id, Map<String, Object> parameters) {
        ParameterizedCommand command = window.getContext().get(ECommandService.class).createCommand(id, parameters);
        window.getContext().get(EHandlerService.class).executeHandler(command);
        spin();
    }

    /**
     * Closes the open parts made from these descriptors (editors, profiles) without asking to save,
     * so the next test starts from the window as it opened.
     */
    public static void closeParts(MWindow window, String... descriptors) {
        EPartService parts = window.getContext().get(EPartService.class);
        List<String> ids = List.of(descriptors);
        for (MPart part : new ArrayList<>(parts.getParts())) {
            if (part.getObject() != null && ids.contains(part.getElementId())) {
                part.setDirty(false);
                parts.hidePart(part, true);
            }
        }
        spin();
    }

    /** Whether a command could run now. */
    public static boolean canRun(MWindow window, String id) {
        ParameterizedCommand command = window.getContext().get(ECommandService.class).createCommand(id, null);
        return window.getContext().get(EHandlerService.class).canExecute(command);
    }

    /**
     * The text field that follows the label with this text, as forms lay them out: the next
     * control, or the first control of the composite that follows (a field with a line for its
     * problems under it); null if none.
     */
    public static Text textAfter(Control control, String label) {
        if (control instanceof Composite composite) {
            Control[] children = composite.getChildren();
            for (int i = 0; i < children.length; i++) {
                if (children[i] instanceof org.eclipse.swt.widgets.Label l && label.equals(l.getText()) && i + 1 < children.length) {
                    Control next = children[i + 1];
                    if (next instanceof Composite cell && !(next instanceof Text) && cell.getChildren().length > 0) {
                        next = cell.getChildren()[0];
                    }
                    if (next instanceof Text text) {
                        return text;
                    }
                }
                Text found = textAfter(children[i], label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The first editable text field under a control whose text is this; null if none. */
    public static Text findText(Control control, String text) {
        if (control instanceof Text field && field.getEditable() && field.getText().equals(text)) {
            return field;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Text found = findText(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The main window as it looks now, in target/screenshots. */
    public static void screenshot(MWindow window, String name) {
        screenshot((Shell) window.getWidget(), name);
    }

    /** Presses a button as a click would, after checking that a person could. */
    public static void press(Button button) {
        assertNotNull(button);
        assertTrue(button.isEnabled() && button.isVisible(), "the button " + button.getText() + " can be pressed");
        button.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    /** The first button under a control with this text (mnemonics aside). */
    public static Button button(Control control, String text) {
        if (control instanceof Button button && button.getText().replace("&", "").equals(text.replace("&", ""))) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = button(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Acts on the next shell with this title once it opens: for the modal dialogs (confirmations)
     * that a button opens and whose event loop runs until someone answers.
     */
    public static void whenShellOpens(String title, Consumer<Shell> action) {
        Display display = display();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell shell = Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst()
                    .orElse(null);
            if (shell == null) {
                display.timerExec(50, poll[0]);
            } else {
                action.accept(shell);
            }
        };
        display.timerExec(50, poll[0]);
    }

    /** A shell as it looks now, in target/screenshots (suffixed with the language when it is not English), for people to look at. */
    public static void screenshot(Shell shell, String name) {
        Display display = shell.getDisplay();
        // GTK paints on its frame clock: let it catch up with the last changes before the copy
        long settled = System.nanoTime() + Duration.ofMillis(400).toNanos();
        waitUntil(Duration.ofSeconds(5), () -> System.nanoTime() > settled, "painting settles");
        shell.update();
        spin();
        Rectangle bounds = shell.getBounds();
        GC gc = new GC(display);
        Image image = new Image(display, bounds.width, bounds.height);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            String language = System.getProperty("osgi.nl", "en");
            String suffix = language.startsWith("en") ? "" : "-" + language;
            loader.save(folder.resolve(name + suffix + ".png").toString(), SWT.IMAGE_PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Removes what a JPQL query with one parameter finds for each of the values, in one commit:
     * the clean-up that lets other tests count what they seeded, e.g.
     * {@code remove("SELECT c FROM Customer c WHERE c.reference LIKE ?1", List.of("D-%"))}.
     */
    public static void remove(String query, List<String> values) {
        Store store = Services.await(Store.class);
        try (UnitOfWork work = store.begin()) {
            for (String value : values) {
                List<org.eclipse.emf.ecore.EObject> found = work.query(query, value);
                found.forEach(work::remove);
            }
            work.commit();
        }
    }

    public static void spin() {
        Display display = display();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    public static void waitUntil(Duration timeout, BooleanSupplier condition, String failure) {
        Display display = display();
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError(failure);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Every control of this type under a control (itself included), in the order of the widget tree. */
    public static <T> List<T> all(Control control, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(all(child, type));
            }
        }
        return found;
    }
}
