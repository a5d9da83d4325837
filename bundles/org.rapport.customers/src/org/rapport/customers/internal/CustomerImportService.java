package org.rapport.customers.internal;

import java.nio.file.Path;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.ImportException;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.ImportKind;
import org.rapport.transfer.api.ImportOptions;
import org.rapport.transfer.api.ImportResult;
import org.rapport.transfer.api.TransferImport;

/**
 * {@link CustomerImport}, the customers' own name for their two import kinds: the shared runner
 * ({@link TransferImport}) with the {@link CustomerRows} or {@link PurchaseRows} mapper. Kept so its
 * callers (the commands, the import wizard, the benchmark) need not know the transfer API.
 */
@Component(service = CustomerImport.class)
public class CustomerImportService implements CustomerImport {

    @Reference
    private TransferImport transfer;

    /** For DS. */
    public CustomerImportService() {
    }

    /** For tests and benchmarks: over a runner that has the customers' mappers. */
    public CustomerImportService(TransferImport transfer) {
        this.transfer = transfer;
    }

    /** The id of the mapper that imports this kind. */
    static String kindId(ImportKind kind) {
        return kind == ImportKind.CUSTOMERS ? CustomerRows.ID : PurchaseRows.ID;
    }

    private static Set<String> flags(Options options) {
        Set<String> flags = new java.util.HashSet<>();
        if (options.createCustomers()) {
            flags.add(PurchaseRows.CREATE_CUSTOMERS);
        }
        if (options.noPoints()) {
            flags.add(PurchaseRows.NO_POINTS);
        }
        return Set.copyOf(flags);
    }

    @Override
    public Result importFile(ImportKind kind, Path file, Options options, Progress progress) {
        ImportOptions transferOptions = new ImportOptions(options.mapping(), options.rejects(), options.duplicates(), options.resumeId(),
                flags(options), options.batchSize(), options.ignored(), options.warnings(), options.encoding(), options.delimiter());
        ImportResult result;
        try {
            result = transfer.importFile(kindId(kind), file, transferOptions, progress);
        } catch (org.rapport.transfer.api.ImportException e) {
            throw new ImportException(e.getMessage(), e);
        }
        return new Result(result.importId(), result.imported(), result.rejected(), result.duplicates(), result.rejectsFile(), result.duplicatesFile(),
                result.cancelled(), result.warnings(), result.warningsFile());
    }
}
