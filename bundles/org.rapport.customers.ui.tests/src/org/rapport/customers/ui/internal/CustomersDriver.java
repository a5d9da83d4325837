package org.rapport.customers.ui.internal;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.rapport.testing.ui.WorkbenchDriver;

/** What the customers' workbench tests add to the {@link WorkbenchDriver}: the list, and clean-up by reference. */
final class CustomersDriver {

    static final String CUSTOMERS_PART = "org.rapport.customers.ui.part.customers";

    private CustomersDriver() {
    }

    /** The Customers list, in front, counted anew. */
    static CustomersPart customersPart(MWindow window) {
        CustomersPart customers = WorkbenchDriver.showPart(window, CUSTOMERS_PART, CustomersPart.class);
        customers.search().setText("");
        customers.refresh();
        return customers;
    }

    /** Removes the customers whose reference starts with one of these, so the other tests count what they seeded. */
    static void removeCustomers(List<String> prefixes) {
        WorkbenchDriver.remove("SELECT c FROM Customer c WHERE c.reference LIKE ?1", prefixes.stream().map(p -> p + "%").toList());
    }
}
