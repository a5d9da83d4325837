package org.rapport.complaints.ui.internal;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Evaluate;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.complaints.api.Categories;
import org.rapport.complaints.api.Complaints;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Channels;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.ui.api.CurrentCustomer;
import org.rapport.customers.ui.api.CustomerContext;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;

/**
 * File > New Complaint… (Ctrl+Shift+N): a complaint of the current customer (the one selected in
 * the list or whose profile is in front), then its editor; enabled when there is one and the role
 * may open complaints.
 */
public class NewComplaintHandler {

    @CanExecute
    boolean canExecute(@Optional @Named(CustomerContext.CURRENT) CurrentCustomer customer, CurrentUser user) {
        return customer != null && ComplaintsTab.may(user, Action.CREATE);
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional @Named(CustomerContext.CURRENT) CurrentCustomer current, Store store,
            Complaints complaints, Categories categories, Channels channels, ClockService clock, ComplaintEditors editors) {
        if (current == null) {
            return;
        }
        String name;
        try (UnitOfWork work = store.begin()) {
            name = work.<Customer>find(CustomersPackage.Literals.CUSTOMER, current.id()).map(Customer::getName).orElse(current.reference());
        }
        try {
            NewComplaintDialog.open(shell, current.reference(), name, complaints, categories, channels, clock).ifPresent(c -> editors.open(c.getReference()));
        } catch (RuntimeException refused) {
            MessageDialog.openError(shell, Messages.new_failed_title, refused.getMessage());
        }
    }

    /** The menu item's visibility: roles that may open complaints. */
    public static class Visible {

        @Evaluate
        public boolean evaluate(CurrentUser user) {
            return ComplaintsTab.may(user, Action.CREATE);
        }
    }
}
