package org.rapport.customers.ui.internal;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Evaluate;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.persistence.api.Store;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;

/**
 * File > Import Customers or Purchases… (Ctrl+Shift+I, and the toolbar): the import wizard. Shown
 * and enabled for roles that may create customers or change them (purchases); the store enforces
 * the rules all the same, and the wizard shows its refusal.
 */
public class ImportHandler {

    /** Whether the signed-in user's roles allow an import at all. */
    static boolean mayImport(CurrentUser user) {
        return user.get().map(u -> u.may(CustomersAreaId.ID, Action.CREATE) || u.may(CustomersAreaId.ID, Action.UPDATE)).orElse(false);
    }

    @CanExecute
    boolean canExecute(CurrentUser user) {
        return mayImport(user);
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, CustomerImport importer, Store store, IEventBroker events) {
        ImportWizard.dialog(shell, importer, store, events).open();
    }

    /** The visibility of the menu and toolbar items (an imperative expression in fragment.e4xmi). */
    public static class Visible {

        @Evaluate
        public boolean evaluate(CurrentUser user) {
            return mayImport(user);
        }
    }
}
