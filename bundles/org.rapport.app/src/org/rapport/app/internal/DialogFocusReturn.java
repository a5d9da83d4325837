package org.rapport.app.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Gives the keyboard back to the window a dialog belonged to when the dialog closes. A window
 * manager usually does that; without one (a kiosk session, a remote X display, Xvfb) the input
 * focus stayed with the closed dialog, and every key of the window, Ctrl+Q and Ctrl+S in a
 * profile field among them, did nothing until the window was activated again by hand.
 */
final class DialogFocusReturn implements Listener {

    private DialogFocusReturn() {
    }

    /** Watches every dialog, for the life of the display. */
    static void install(Display display) {
        display.addFilter(SWT.Dispose, new DialogFocusReturn());
    }

    @Override
    public void handleEvent(Event event) {
        // only a dialog the user was in: a dialog closing while another program is active leaves that program alone
        if (event.widget instanceof Shell dialog && (dialog.getStyle() & SWT.TITLE) != 0 && dialog.getParent() instanceof Shell parent
                && dialog.getDisplay().getActiveShell() == dialog) {
            dialog.getDisplay().asyncExec(() -> {
                if (!parent.isDisposed() && parent.isVisible() && parent.getDisplay().getActiveShell() == null) {
                    parent.forceActive();
                }
            });
        }
    }
}
