package org.rapport.app.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;

/**
 * The splash while Rapport starts, until the login dialog or the window shows. The start script
 * has the JVM show {@code splash.gif} from its first moment (before OSGi, before any Rapport
 * code); this window takes over at the same place with the same picture, says what is happening
 * and keeps its bar moving while work runs on another thread, so the screen never sits black or
 * frozen while the database opens.
 */
public final class StartupSplash implements AutoCloseable {

    private static final String PICTURE = "platform:/plugin/org.rapport.app/icons/splash.png";

    private final Display display;
    private final Shell shell;
    private final Label status;
    private final Image picture;

    private StartupSplash(Display display, String text) {
        this.display = display;
        picture = ImageDescriptor.createFromURL(url()).createImage(false);
        shell = new Shell(display, SWT.NO_TRIM | SWT.ON_TOP);
        shell.setData("org.rapport.widget", "startup-splash");
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        shell.setLayout(layout);
        shell.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        if (picture != null) {
            new Label(shell, SWT.NONE).setImage(picture);
        }
        Composite progress = new Composite(shell, SWT.NONE);
        progress.setBackground(shell.getBackground());
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout inner = new GridLayout(1, false);
        inner.marginWidth = 12;
        inner.marginHeight = 8;
        progress.setLayout(inner);
        status = new Label(progress, SWT.NONE);
        status.setText(text);
        status.setBackground(shell.getBackground());
        status.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ProgressBar bar = new ProgressBar(progress, SWT.INDETERMINATE | SWT.HORIZONTAL);
        GridData barData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        barData.widthHint = picture == null ? 360 : picture.getBounds().width - 2 * inner.marginWidth;
        bar.setLayoutData(barData);
        shell.pack();
        Rectangle screen = display.getPrimaryMonitor().getBounds();
        Rectangle size = shell.getBounds();
        // where the JVM's splash was: centred on the primary screen
        shell.setLocation(screen.x + (screen.width - size.width) / 2, screen.y + (screen.height - size.height) / 2);
        shell.open();
        closeJvmSplash();
        display.update();
    }

    /** Opens the splash, saying what happens first. */
    public static StartupSplash open(Display display, String status) {
        return new StartupSplash(display, status);
    }

    /**
     * Runs the work on another thread while this window keeps painting, and returns its result.
     *
     * @throws ExecutionException with the work's failure as the cause
     */
    public <T> T whileWorking(String text, Callable<T> work) throws ExecutionException {
        status.setText(text);
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                display.wake();
            }
        }, "Rapport start-up");
        worker.setDaemon(true);
        worker.start();
        while (!result.isDone()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExecutionException(e);
        }
    }

    /** Says what happens now; the UI thread may be busy with it, so the text is painted at once. */
    public void status(String text) {
        if (!shell.isDisposed()) {
            status.setText(text);
            shell.update();
        }
    }

    @Override
    public void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
        if (picture != null) {
            picture.dispose();
        }
    }

    /**
     * The JVM's splash ({@code -splash}) closes by itself only when an AWT window opens, which
     * never happens in an SWT application. A runtime without the desktop module has none.
     */
    static void closeJvmSplash() {
        try {
            java.awt.SplashScreen jvm = java.awt.SplashScreen.getSplashScreen();
            if (jvm != null) {
                jvm.close();
            }
        } catch (LinkageError | RuntimeException e) {
            // no splash support in this runtime, or headless: nothing is shown, so nothing to close
        }
    }

    private static java.net.URL url() {
        try {
            return java.net.URI.create(PICTURE).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
