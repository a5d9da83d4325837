package org.rapport.loyalty.ui.internal;

import java.util.Optional;

import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/** A customer's reference by identity, read through the store (its access rules apply): the loyalty services work by reference. */
final class CustomerRefs {

    private CustomerRefs() {
    }

    static Optional<String> of(Store store, long customerId) {
        try (UnitOfWork work = store.begin()) {
            return work.<Customer>find(CustomersPackage.Literals.CUSTOMER, customerId).map(Customer::getReference);
        }
    }
}
