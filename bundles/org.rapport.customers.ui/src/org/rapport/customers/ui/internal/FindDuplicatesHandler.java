package org.rapport.customers.ui.internal;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.rapport.customers.api.CustomerListing.Row;
import org.rapport.customers.model.Customer;
import org.rapport.persistence.api.PersistentObject;

/** Find Duplicates (Ctrl+Shift+D) of the customer of the active profile, or of the one selected in the Customers list. */
public class FindDuplicatesHandler {

    /** The customer the active part is about, or null. */
    static Long subject(MPart part) {
        if (part == null) {
            return null;
        }
        if (part.getObject() instanceof CustomerEditorPart editor && editor.customer() instanceof Customer customer) {
            return ((PersistentObject) customer).persistentId();
        }
        if (part.getObject() instanceof CustomersPart list && !list.table().isDisposed()) {
            Row row = DuplicatesAction.selected(list.table());
            return row == null ? null : row.id();
        }
        return null;
    }

    @CanExecute
    boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return subject(part) != null;
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, DuplicatesAction action) {
        Long id = subject(part);
        if (id != null) {
            action.open(shell, id);
        }
    }
}
