package org.rapport.customers.ui.internal;

import java.util.function.Predicate;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.customers.model.Customer;
import org.rapport.customers.ui.api.CustomerEditing;
import org.rapport.ui.api.EditHistory;

/** The edits of one open profile, as its tabs see them: the toolkit's history over one customer. */
final class ProfileEditing extends EditHistory implements CustomerEditing {

    private final Customer customer;

    /** @param mayChange whether the user may change a feature */
    ProfileEditing(Customer customer, Predicate<EStructuralFeature> mayChange) {
        super(mayChange);
        this.customer = customer;
    }

    @Override
    public Customer customer() {
        return customer;
    }
}
