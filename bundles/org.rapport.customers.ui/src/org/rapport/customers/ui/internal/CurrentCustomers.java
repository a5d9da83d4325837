package org.rapport.customers.ui.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.rapport.customers.ui.api.CurrentCustomer;
import org.rapport.customers.ui.api.CustomerContext;

/**
 * Publishes {@link CustomerContext#CURRENT} in the window's context, where the parts and handlers
 * of every bundle in the window find it (a part's own context is seen by its children only).
 */
@Creatable
public class CurrentCustomers {

    @Inject
    private MWindow window;

    /** The user works on this customer now; null for none. */
    public void publish(CurrentCustomer customer) {
        if (customer == null) {
            window.getContext().remove(CustomerContext.CURRENT);
        } else {
            window.getContext().set(CustomerContext.CURRENT, customer);
        }
    }

    /** The customer is no longer shown (its profile closed): if it was the current one, there is none now. */
    public void withdraw(long id) {
        if (window.getContext().get(CustomerContext.CURRENT) instanceof CurrentCustomer current && current.id() == id) {
            publish(null);
        }
    }
}
