package org.rapport.customers.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/**
 * Profile tabs of a remembered layout, as the workbench starts: their titles (the customer's name)
 * and tooltips (the reference) were saved with the layout, and the user may no longer read that
 * customer (reassigned, deleted, a role changed). So the titles are taken down before anything
 * shows, the customers are read again off the UI thread through the store's access rules, and
 * a tab gets its name back only when its customer is found; the others are closed. A model
 * processor of the customers' fragment, run at every start.
 */
public class RestoredProfiles {

    @Execute
    void check(MApplication application, EModelService models, Store store, UISynchronize ui) {
        // an editor already made has read its customer through the access rules itself
        List<MPart> restored = models.findElements(application, CustomerEditors.DESCRIPTOR, MPart.class).stream().filter(p -> p.getObject() == null).toList();
        if (restored.isEmpty()) {
            return;
        }
        Map<MPart, Long> ids = new HashMap<>();
        for (MPart part : restored) {
            part.setLabel(Messages.profile_restoring);
            part.setTooltip(null);
            idOf(part).ifPresentOrElse(id -> ids.put(part, id), () -> close(part));
        }
        Thread reader = new Thread(() -> {
            Map<MPart, Customer> found = read(store, ids);
            ui.asyncExec(() -> ids.keySet().forEach(part -> {
                Customer customer = found.get(part);
                if (customer == null) {
                    close(part);
                } else if (part.getObject() == null) { // a rendered editor has set its own title
                    part.setLabel(customer.getName());
                    part.setTooltip(customer.getReference());
                }
            }));
        }, "Rapport restored profiles");
        reader.setDaemon(true);
        reader.start();
    }

    /** The customers the user may read now, by part; one unit of work. */
    static Map<MPart, Customer> read(Store store, Map<MPart, Long> ids) {
        Map<MPart, Customer> found = new HashMap<>();
        try (UnitOfWork work = store.begin()) {
            ids.forEach((part, id) -> {
                try {
                    work.<Customer>find(CustomersPackage.Literals.CUSTOMER, id).ifPresent(c -> found.put(part, c));
                } catch (RuntimeException refused) {
                    // not readable by this user: the tab closes
                }
            });
        } catch (RuntimeException unavailable) {
            // no database: every tab closes rather than show what nobody checked
        }
        return found;
    }

    private static Optional<Long> idOf(MPart part) {
        try {
            return Optional.of(Long.parseLong(part.getPersistedState().get(CustomerEditors.CUSTOMER_ID)));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static void close(MPart part) {
        part.setToBeRendered(false);
        MElementContainer<MUIElement> parent = part.getParent();
        if (parent != null) {
            parent.getChildren().remove(part);
        }
    }
}
