package org.rapport.customers.ui.internal;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.rapport.customers.ui.api.CurrentCustomer;
import org.rapport.customers.ui.api.CustomerContext;

/** Find Duplicates (Ctrl+Shift+D) of the current customer: the one of the active profile, or the one selected in the Customers list. */
public class FindDuplicatesHandler {

    @CanExecute
    boolean canExecute(@Optional @Named(CustomerContext.CURRENT) CurrentCustomer customer) {
        return customer != null;
    }

    @Execute
    void execute(@Named(CustomerContext.CURRENT) CurrentCustomer customer, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, DuplicatesAction action) {
        action.open(shell, customer.id());
    }
}
