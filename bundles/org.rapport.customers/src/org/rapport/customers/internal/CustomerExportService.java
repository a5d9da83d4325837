package org.rapport.customers.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.api.CustomerExport;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.Customer;
import org.rapport.transfer.api.Exports;

/**
 * {@link CustomerExport} through the shared {@link Exports}: the EXPORT permission on customers,
 * the watermark, the audit entries in blocks and the file renamed when complete are its; the
 * columns (the import's, so an export imports again) are ours.
 */
@Component(service = CustomerExport.class)
public class CustomerExportService implements CustomerExport {

    /** Customers per audit-log call, as {@link Exports} records them. */
    static final int AUDIT_BLOCK = Exports.AUDIT_BLOCK;

    @Reference
    private Exports exports;

    /** For DS. */
    public CustomerExportService() {
    }

    /** For tests. */
    public CustomerExportService(Exports exports) {
        this.exports = exports;
    }

    @Override
    public long exportCustomers(Path file, Progress progress) {
        return exports.export(new Exports.Request<Customer>(CustomersAreaId.ID, "customers", file, CustomerImport.CUSTOMER_COLUMNS,
                "SELECT c FROM Customer c ORDER BY c.reference", "SELECT COUNT(c) FROM Customer c", CustomerExportService::row), progress);
    }

    @Override
    public long exportCustomers(Path file, Collection<Long> ids, Progress progress) {
        if (ids.size() > SELECTION_MAX) {
            throw new IllegalArgumentException(NLS.bind(Messages.export_selection_too_large, ids.size(), SELECTION_MAX));
        }
        // identities are numbers, so they go into the query as they are; the request takes no parameters
        String chosen = ids.isEmpty() ? "0" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return exports.export(new Exports.Request<Customer>(CustomersAreaId.ID, "customers", file, CustomerImport.CUSTOMER_COLUMNS,
                "SELECT c FROM Customer c WHERE c.persistentId IN (" + chosen + ") ORDER BY c.reference",
                "SELECT COUNT(c) FROM Customer c WHERE c.persistentId IN (" + chosen + ")", CustomerExportService::row), progress);
    }

    private static List<?> row(Customer customer) {
        return List.of(customer.getReference(), customer.getName(), customer.getEmails().isEmpty() ? "" : customer.getEmails().get(0).getAddress(),
                customer.getPhones().isEmpty() ? "" : customer.getPhones().get(0).getNumber(),
                customer.getBirthday() == null ? "" : customer.getBirthday().toString(), customer.getRegion() == null ? "" : customer.getRegion(),
                customer.getChannel() == null ? "" : customer.getChannel(), String.join(";", customer.getTags()));
    }
}
