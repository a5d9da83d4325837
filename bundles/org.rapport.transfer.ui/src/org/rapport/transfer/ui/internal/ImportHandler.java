package org.rapport.transfer.ui.internal;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Evaluate;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;
import org.rapport.transfer.api.TransferImport;

/**
 * File > Import… (Ctrl+Shift+I, and the toolbar): the import wizard. Shown and enabled for roles
 * that may create or change records of the area of some registered import kind; the store
 * enforces the rules all the same, and the wizard shows its refusal.
 */
public class ImportHandler {

    /** Whether the signed-in user's roles allow an import of some registered kind. */
    static boolean mayImport(CurrentUser user, TransferImport importer) {
        return user.get().map(u -> importer.kinds().stream().map(kind -> kind.area()).distinct()
                .anyMatch(area -> u.may(area, Action.CREATE) || u.may(area, Action.UPDATE))).orElse(false);
    }

    @CanExecute
    boolean canExecute(CurrentUser user, TransferImport importer) {
        return mayImport(user, importer);
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, TransferImport importer) {
        ImportWizard.dialog(shell, importer).open();
    }

    /** The visibility of the menu and toolbar items (an imperative expression in fragment.e4xmi). */
    public static class Visible {

        @Evaluate
        public boolean evaluate(CurrentUser user, TransferImport importer) {
            return mayImport(user, importer);
        }
    }
}
