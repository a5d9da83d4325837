package org.rapport.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * The line above a dashboard's tiles takes no room while it has nothing to say, also when the
 * dashboard was made before its window showed (the workbench restoring the Management
 * perspective at start), where SWT calls no control visible yet.
 */
class StatusLineTest {

    @Test
    void anEmptyLineTakesNoRoomAlsoWhenMadeBeforeItsWindowShows() {
        Shell shell = new Shell(Display.getDefault()); // not opened, as the workbench's window while it restores its parts
        try {
            shell.setLayout(new GridLayout());
            StatusLine line = new StatusLine(shell);
            line.say("");
            assertFalse(line.label().getVisible(), "an empty line is hidden");
            assertTrue(((GridData) line.label().getLayoutData()).exclude, "and takes no room");

            line.say(Messages.cancelled_status);
            assertTrue(line.label().getVisible(), "a line with something to say is shown");
            assertFalse(((GridData) line.label().getLayoutData()).exclude);
            assertEquals(Messages.cancelled_status, line.text());

            line.say("");
            assertFalse(line.label().getVisible(), "hidden again");
        } finally {
            shell.dispose();
        }
    }
}
