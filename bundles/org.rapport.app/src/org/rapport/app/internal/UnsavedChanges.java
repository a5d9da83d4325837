package org.rapport.app.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The question asked before signing out, switching user or closing Rapport while editors hold
 * unsaved changes. Closing loses them, so Cancel is the default button and the message names the
 * editors; "save" goes on only when every editor saved.
 */
public final class UnsavedChanges {

    static final int SAVE = 0;
    static final int DISCARD = 1;

    private UnsavedChanges() {
    }

    /**
     * Whether the workbench may close its editors now: true when nothing is unsaved or the user
     * saved or discarded every change, false when they cancelled or a save failed.
     *
     * @param leaving what is about to happen, a message with the editors' names as {0}
     */
    public static boolean mayClose(Shell shell, EPartService parts, Messages messages, String leaving) {
        List<MPart> dirty = List.copyOf(parts.getDirtyParts());
        if (dirty.isEmpty()) {
            return true;
        }
        MessageDialog question = new MessageDialog(shell, messages.unsaved_title, null, MessageFormat.format(leaving, names(dirty, messages)),
                MessageDialog.WARNING, 2, messages.unsaved_save, messages.unsaved_discard, IDialogConstants.CANCEL_LABEL);
        int answer = question.open();
        if (answer == DISCARD) {
            // the editors close with the workbench: nothing else may ask about them again
            dirty.forEach(part -> part.setDirty(false));
            return true;
        }
        if (answer != SAVE) {
            return false;
        }
        for (MPart part : dirty) {
            parts.savePart(part, false);
        }
        List<MPart> unsaved = dirty.stream().filter(MPart::isDirty).toList();
        if (!unsaved.isEmpty()) {
            MessageDialog.openError(shell, messages.unsaved_title, MessageFormat.format(messages.unsaved_not_saved, names(unsaved, messages)));
            return false;
        }
        return true;
    }

    private static String names(List<MPart> parts, Messages messages) {
        return parts.stream().map(MPart::getLocalizedLabel).collect(Collectors.joining(messages.list_separator));
    }
}
