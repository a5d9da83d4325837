package org.rapport.customers.ui.internal;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.rapport.app.api.WorkArea;
import org.rapport.customers.model.Customer;
import org.rapport.customers.ui.api.CustomerProfiles;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/** Opens customer profiles in the shared work area, one editor per customer; {@link CustomerProfiles} for other bundles. */
@Creatable
public class CustomerEditors implements CustomerProfiles {

    /** The part descriptor of the customer editor (see fragment.e4xmi). */
    public static final String DESCRIPTOR = "org.rapport.customers.ui.partdescriptor.customer";
    /** The editor's persisted state key for the customer's identity. */
    public static final String CUSTOMER_ID = "customerId";

    @Inject
    private WorkArea workArea;
    @Inject
    private Store store;

    @Override
    public void open(long id) {
        open(id, null);
    }

    @Override
    public boolean open(String reference) {
        // one indexed lookup through the store, whose access rules decide whether the user finds it
        Customer found;
        try (UnitOfWork work = store.begin()) {
            List<Customer> customers = work.query("SELECT c FROM Customer c WHERE c.reference = ?1", reference);
            found = customers.isEmpty() ? null : customers.get(0);
            if (found != null) {
                open(((PersistentObject) found).persistentId(), found.getName());
            }
        }
        return found != null;
    }

    /** Brings the customer's editor to the front, opening it if it is not open yet; the name is the tab's label until the editor reads it. */
    public MPart open(long id, String name) {
        return workArea.open(DESCRIPTOR, CUSTOMER_ID, Long.toString(id), name);
    }
}
