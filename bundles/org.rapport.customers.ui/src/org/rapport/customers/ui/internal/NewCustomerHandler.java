package org.rapport.customers.ui.internal;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Evaluate;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.rapport.security.api.CurrentUser;

/** File > New Customer… (Ctrl+N, the toolbar): {@link NewCustomers}; shown and enabled for roles that may create customers. */
public class NewCustomerHandler {

    /** The command's id (fragment.e4xmi). */
    static final String COMMAND = "org.rapport.customers.ui.command.newcustomer";

    @CanExecute
    boolean canExecute(CurrentUser user) {
        return NewCustomers.mayCreate(user);
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, NewCustomers customers) {
        customers.run(shell);
    }

    /** The visibility of the menu and toolbar items (an imperative expression in fragment.e4xmi). */
    public static class Visible {

        @Evaluate
        public boolean evaluate(CurrentUser user) {
            return NewCustomers.mayCreate(user);
        }
    }
}
