package org.rapport.app.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;

/**
 * Opens every dialog of the workbench centred over the window it belongs to. JFace places a
 * dialog a third of its height above its parent's centre, so a tall one (the duplicates, the
 * import wizard) met the top of the screen, away from the window it was about; every area's
 * dialogs get this, without each calling it.
 */
final class DialogPlacement implements Listener {

    private DialogPlacement() {
    }

    /** Places each dialog as it first shows, for the life of the display. */
    static void install(Display display) {
        display.addFilter(SWT.Show, new DialogPlacement());
    }

    @Override
    public void handleEvent(Event event) {
        // dialogs have a title bar; pop-ups (tooltips, drop-downs, proposals) have none and stay where they are put
        if (event.widget instanceof Shell dialog && (dialog.getStyle() & SWT.TITLE) != 0 && (dialog.getStyle() & SWT.TOOL) == 0
                && dialog.getParent() instanceof Shell parent && !parent.isDisposed() && parent.isVisible() && dialog.getData(PLACED) == null) {
            dialog.setData(PLACED, Boolean.TRUE); // once: a dialog shown again stays where the user moved it
            dialog.setLocation(centred(dialog.getBounds(), parent.getBounds(), parent.getMonitor()));
        }
    }

    private static final String PLACED = "org.rapport.app.placed";

    /** The top-left corner that centres a dialog over its parent, kept on the parent's monitor. */
    static org.eclipse.swt.graphics.Point centred(Rectangle dialog, Rectangle parent, Monitor monitor) {
        Rectangle screen = monitor.getClientArea();
        int x = parent.x + (parent.width - dialog.width) / 2;
        int y = parent.y + (parent.height - dialog.height) / 2;
        x = Math.max(screen.x, Math.min(x, screen.x + screen.width - dialog.width));
        y = Math.max(screen.y, Math.min(y, screen.y + screen.height - dialog.height));
        return new org.eclipse.swt.graphics.Point(x, y);
    }
}
