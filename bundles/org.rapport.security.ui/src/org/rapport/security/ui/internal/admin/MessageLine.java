package org.rapport.security.ui.internal.admin;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.ui.api.Confirm;

/**
 * The line at the top of an administration view that tells what went wrong (or right): the
 * services' messages, never a stack trace. It takes no room while empty. Its parent must have a
 * {@code GridLayout}.
 */
final class MessageLine {

    private final CLabel label;

    MessageLine(Composite parent, String name) {
        label = new CLabel(parent, SWT.NONE);
        label.setData(Admin.WIDGET, name);
        GridDataFactory.fillDefaults().grab(true, false).span(((org.eclipse.swt.layout.GridLayout) parent.getLayout()).numColumns, 1).applyTo(label);
        clear();
    }

    void error(String message) {
        show(message, Dialog.DLG_IMG_MESSAGE_ERROR);
    }

    void info(String message) {
        show(message, Dialog.DLG_IMG_MESSAGE_INFO);
    }

    void clear() {
        show(null, null);
    }

    String text() {
        return label.getText();
    }

    /**
     * Runs a service call, showing what it refuses (no access, a broken rule, a store failure)
     * instead of letting it escape.
     *
     * @return whether it succeeded
     */
    boolean run(Runnable call) {
        try {
            call.run();
            return true;
        } catch (AccessDeniedException | IllegalArgumentException e) {
            error(e.getMessage());
        } catch (RuntimeException e) {
            error(Admin.failure(e));
        }
        return false;
    }

    /** Asks before a change that loses something; Cancel is the default, {@code action} names the button that goes ahead. */
    boolean ask(String title, String question, String action) {
        return Confirm.destructive(label.getShell(), title, question, action);
    }

    /** Runs a change; when it succeeds, reloads the view and says what was done. */
    void change(Runnable call, Runnable reload, String done) {
        if (run(call)) {
            reload.run();
            info(done);
        }
    }

    private void show(String message, String image) {
        boolean empty = message == null || message.isBlank();
        label.setText(empty ? "" : message);
        label.setImage(empty ? null : JFaceResources.getImage(image));
        ((GridData) label.getLayoutData()).exclude = empty;
        label.setVisible(!empty);
        label.getParent().layout(true, true);
    }
}
