package org.rapport.ui.api;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The question before an action that loses something for good (erase, delete, merge, discard,
 * reset). Its default button is Cancel, so a hasty Enter loses nothing; the action's button says
 * what it does ("Erase", "Delete"), never a bare OK, and the question names what is lost.
 */
public final class Confirm {

    private Confirm() {
    }

    /** Asks; true only when the person pressed the action's button. */
    public static boolean destructive(Shell shell, String title, String whatIsLost, String action) {
        MessageDialog dialog = new MessageDialog(shell, title, null, whatIsLost, MessageDialog.WARNING, 1, action, IDialogConstants.CANCEL_LABEL);
        return dialog.open() == 0;
    }
}
