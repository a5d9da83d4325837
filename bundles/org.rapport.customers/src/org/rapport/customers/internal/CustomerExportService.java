package org.rapport.customers.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.CustomerExport;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.Customer;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.AuditLog;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;

/**
 * {@link CustomerExport}: streams the customers from a database cursor into the CSV file and
 * records the export in the audit log in blocks, so memory stays flat however many there are.
 */
@Component(service = CustomerExport.class)
public class CustomerExportService implements CustomerExport {

    /** Customers per audit-log call (each its own unit of work). */
    static final int AUDIT_BLOCK = 1_000;
    static final CSVFormat OUTPUT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').setCommentMarker('#').get();

    @Reference
    private Store store;
    @Reference
    private CurrentUser currentUser;
    @Reference
    private AuditLog auditLog;
    @Reference
    private ClockService clock;

    /** For DS. */
    public CustomerExportService() {
    }

    /** For tests. */
    public CustomerExportService(Store store, CurrentUser currentUser, AuditLog auditLog, ClockService clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public long exportCustomers(Path file, Progress progress) {
        SessionUser user = currentUser.require();
        if (!user.may(CustomersAreaId.ID, Action.EXPORT)) {
            throw new AccessDeniedException(NLS.bind(Messages.export_denied, user.login()));
        }
        String what = NLS.bind("CSV {0}: {1}", file.getFileName(), String.join(", ", CustomerImport.CUSTOMER_COLUMNS));
        long count = 0;
        progress.started(null);
        // written under another name and renamed when complete: a cancelled or failed export
        // never leaves a file that looks like a whole export
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        boolean complete = false;
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), OUTPUT);
                UnitOfWork work = store.begin();
                Stream<Customer> customers = work.stream("SELECT c FROM Customer c ORDER BY c.reference")) {
            printer.printComment(NLS.bind("Rapport customers exported by {0} ({1}) at {2}", new Object[] { user.login(), user.displayName(),
                    clock.now().truncatedTo(ChronoUnit.SECONDS) }));
            printer.printRecord(CustomerImport.CUSTOMER_COLUMNS);
            // counted through the same unit of work and access rules as the stream, so the total is what is exported
            progress.total(work.<Number>query("SELECT COUNT(c) FROM Customer c").get(0).longValue());
            List<Customer> block = new ArrayList<>(AUDIT_BLOCK);
            for (Iterator<Customer> it = customers.iterator(); it.hasNext();) {
                Customer customer = it.next();
                printer.printRecord(customer.getReference(), customer.getName(),
                        customer.getEmails().isEmpty() ? "" : customer.getEmails().get(0).getAddress(),
                        customer.getPhones().isEmpty() ? "" : customer.getPhones().get(0).getNumber(),
                        customer.getBirthday() == null ? "" : customer.getBirthday().toString(), customer.getRegion(),
                        customer.getChannel() == null ? "" : customer.getChannel(), String.join(";", customer.getTags()));
                block.add(customer);
                count++;
                if (count % Progress.EVERY == 0) {
                    progress.rows(count);
                }
                if (block.size() >= AUDIT_BLOCK) {
                    printer.flush();
                    auditLog.recordExport(block, what);
                    block.clear();
                    if (progress.isCancelled()) {
                        return count; // the finally block removes the partial file
                    }
                }
            }
            printer.flush();
            if (!block.isEmpty()) {
                auditLog.recordExport(block, what);
            }
            complete = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            finish(partial, file, complete);
        }
        return count;
    }

    private static void finish(Path partial, Path file, boolean complete) {
        try {
            if (complete) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
