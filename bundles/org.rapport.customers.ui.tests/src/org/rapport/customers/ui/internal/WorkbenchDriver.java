package org.rapport.customers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

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
import org.rapport.app.api.RapportWorkbench;
import org.rapport.customers.model.Customer;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.Services;

/** What the workbench tests of the wizard and the duplicates dialog share: the window, the event loop, buttons, screenshots, clean-up. */
final class WorkbenchDriver {

    static final String CUSTOMERS_PART = "org.rapport.customers.ui.part.customers";

    private WorkbenchDriver() {
    }

    static Display display() {
        Display display = Display.getCurrent();
        assertNotNull(display, "tests run on the UI thread");
        return display;
    }

    /** The main window, once the workbench shows it. */
    static MWindow mainWindow() {
        Display display = display();
        MWindow[] found = new MWindow[1];
        waitUntil(Duration.ofSeconds(60), () -> {
            found[0] = Arrays.stream(display.getShells()).map(s -> s.getData("modelElement")).filter(MWindow.class::isInstance).map(MWindow.class::cast)
                    .filter(w -> RapportWorkbench.MAIN_WINDOW.equals(w.getElementId())).findFirst().orElse(null);
            return found[0] != null;
        }, "the main window did not open");
        return found[0];
    }

    /** The Customers list, in front, counted anew. */
    static CustomersPart customersPart(MWindow window) {
        MPart part = window.getContext().get(EPartService.class).showPart(CUSTOMERS_PART, PartState.ACTIVATE);
        spin();
        CustomersPart customers = (CustomersPart) part.getObject();
        customers.search().setText("");
        customers.refresh();
        return customers;
    }

    /** Presses a button as a click would, after checking that a person could. */
    static void press(Button button) {
        assertNotNull(button);
        assertTrue(button.isEnabled() && button.isVisible(), "the button " + button.getText() + " can be pressed");
        button.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    /** The first button under a control with this text (mnemonics aside). */
    static Button button(Control control, String text) {
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
    static void whenShellOpens(String title, Consumer<Shell> action) {
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
    static void screenshot(Shell shell, String name) {
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

    /** Removes the customers whose reference starts with one of these, so the other tests count what they seeded. */
    static void removeCustomers(List<String> prefixes) {
        Store store = Services.await(Store.class);
        try (UnitOfWork work = store.begin()) {
            for (String prefix : prefixes) {
                List<Customer> found = work.query("SELECT c FROM Customer c WHERE c.reference LIKE ?1", prefix + "%");
                found.forEach(work::remove);
            }
            work.commit();
        }
    }

    static void spin() {
        Display display = display();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    static void waitUntil(Duration timeout, BooleanSupplier condition, String failure) {
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
}
