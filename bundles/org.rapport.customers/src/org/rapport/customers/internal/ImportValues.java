package org.rapport.customers.internal;

import java.time.Instant;

import org.eclipse.osgi.util.NLS;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.transfer.api.Findings;
import org.rapport.transfer.api.Row;

/** What the customers and purchases row mappers read and create alike. */
final class ImportValues {

    private ImportValues() {
    }

    /** A trimmed text, null when blank; a reject when required and blank or longer than max. */
    static String text(Row row, String field, int max, boolean required, Findings findings) {
        String raw = row.get(field);
        String value = raw.strip();
        if (value.isEmpty()) {
            if (required) {
                findings.reject(row.line(), field, raw, Messages.import_reason_required);
            }
            return null;
        }
        if (value.length() > max) {
            findings.reject(row.line(), field, raw, NLS.bind(Messages.import_reason_too_long, max));
        }
        return value;
    }

    /** A new active customer, as an import creates it. */
    static Customer newCustomer(String reference, String name, String manager, Instant now) {
        Customer customer = CustomersFactory.eINSTANCE.createCustomer();
        customer.setReference(reference);
        customer.setName(name);
        customer.setAccountManager(manager);
        customer.setStatus(CustomerStatus.ACTIVE);
        customer.setCreatedAt(now);
        return customer;
    }
}
