package org.rapport.customers.ui.internal;

import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.CustomerDuplicates;
import org.rapport.customers.ui.api.CustomerEvents;
import org.rapport.persistence.api.Store;

/**
 * Find duplicates… from wherever a customer is at hand (the profile's header, the Customers list's
 * context menu ({@link ListMenu}), Ctrl+Shift+D): the duplicates dialog, and what a merge means for the open views.
 */
@Creatable
public class DuplicatesAction {

    @Inject
    Channels channels;
    @Inject
    CustomerDuplicates duplicates;
    @Inject
    Store store;
    @Inject
    private EPartService parts;
    @Inject
    private CustomerEditors editors;
    @Inject
    private IEventBroker events;

    /** The dialog for one customer. */
    DuplicatesDialog dialog(Shell shell, long customerId) {
        return new DuplicatesDialog(shell, this, customerId);
    }

    void open(Shell shell, long customerId) {
        dialog(shell, customerId).open();
    }

    /** The open profile of a customer. */
    Optional<MPart> editorOf(long customerId) {
        String key = Long.toString(customerId);
        return parts.getParts().stream()
                .filter(p -> CustomerEditors.DESCRIPTOR.equals(p.getElementId()) && key.equals(p.getPersistedState().get(CustomerEditors.CUSTOMER_ID)))
                .filter(p -> p.getObject() != null).findFirst();
    }

    /**
     * After a merge: the removed customer's profile closes (it is gone), the survivor's reopens with
     * what it received, and the lists read the store again.
     */
    void merged(long survivor, long removed, String survivorName) {
        editorOf(removed).ifPresent(part -> {
            part.setDirty(false);
            parts.hidePart(part, true);
        });
        editorOf(survivor).ifPresent(part -> {
            parts.hidePart(part, true);
            editors.open(survivor, survivorName);
        });
        events.post(CustomerEvents.CHANGED, survivor);
    }
}
