package org.rapport.customers.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.ui.api.CustomerHeaderFact;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.model.FieldAccess;

/**
 * A header fact read from the customer as stored, in a unit of work of its own under the user's
 * rules. The store masks a field the user may not read (empty, or false for a mark): the fact
 * asks first, and is left out when it rests on such a field, rather than show a masked value as
 * if it were the customer's.
 */
abstract class StoredCustomerFact implements CustomerHeaderFact {

    abstract FactSources sources();

    /** The fields the fact shows or rests on. */
    abstract List<EStructuralFeature> fields();

    /** The value, from the customer read in {@code work}. */
    abstract Optional<String> value(Customer customer);

    @Override
    public Optional<String> value(long customerId) {
        boolean hidden = sources().currentUser.get().map(user -> fields().stream().anyMatch(f -> user.fieldAccess(f).orElse(null) == FieldAccess.HIDDEN))
                .orElse(false);
        if (hidden) {
            return Optional.empty();
        }
        try (UnitOfWork work = sources().store.begin()) {
            return work.<Customer>find(CustomersPackage.Literals.CUSTOMER, customerId).flatMap(this::value);
        }
    }
}
