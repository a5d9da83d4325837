package org.rapport.customers.ui.internal;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.rapport.app.api.RapportWorkbench;
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
    private EPartService parts;
    @Inject
    private EModelService models;
    @Inject
    private MApplication application;
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
        String key = Long.toString(id);
        for (MPart part : parts.getParts()) {
            if (DESCRIPTOR.equals(part.getElementId()) && key.equals(part.getPersistedState().get(CUSTOMER_ID))) {
                parts.showPart(part, PartState.ACTIVATE);
                return part;
            }
        }
        MPart part = parts.createPart(DESCRIPTOR);
        part.getPersistedState().put(CUSTOMER_ID, key);
        if (name != null) {
            part.setLabel(name);
        }
        MPartStack stack = (MPartStack) models.find(RapportWorkbench.STACK_MAIN, application);
        stack.getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
