package org.rapport.transfer.internal;

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

import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.AuditLog;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;
import org.rapport.transfer.api.CsvFormats;
import org.rapport.transfer.api.Exports;
import org.rapport.transfer.api.Progress;

/**
 * {@link Exports}: streams the objects from a database cursor into the CSV file and records the
 * export in the audit log in blocks, so memory stays flat however many there are.
 */
@Component(service = Exports.class)
public class ExportService implements Exports {

    @Reference
    private Store store;
    @Reference
    private CurrentUser currentUser;
    @Reference
    private AuditLog auditLog;
    @Reference
    private ClockService clock;

    /** For DS. */
    public ExportService() {
    }

    /** For tests. */
    public ExportService(Store store, CurrentUser currentUser, AuditLog auditLog, ClockService clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public <T extends EObject> long export(Request<T> request, Progress progress) {
        SessionUser user = currentUser.require();
        if (!user.may(request.area(), Action.EXPORT)) {
            throw new AccessDeniedException(NLS.bind(Messages.export_denied, user.login(), request.area()));
        }
        Path file = request.file();
        String what = NLS.bind("CSV {0}: {1}", file.getFileName(), String.join(", ", request.header()));
        long count = 0;
        progress.started(null);
        // written under another name and renamed when complete: a cancelled or failed export
        // never leaves a file that looks like a whole export
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        boolean complete = false;
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), CsvFormats.OUTPUT);
                UnitOfWork work = store.begin();
                Stream<T> objects = work.stream(request.query())) {
            // the watermark is part of the file's format, the same in every locale
            printer.printComment(NLS.bind("Rapport {0} exported by {1} ({2}) at {3}", new Object[] { request.label(), user.login(), user.displayName(),
                    clock.now().truncatedTo(ChronoUnit.SECONDS) }));
            printer.printRecord(request.header());
            // counted through the same unit of work and access rules as the stream, so the total is what is exported
            progress.total(work.<Number>query(request.count()).get(0).longValue());
            List<T> block = new ArrayList<>(AUDIT_BLOCK);
            for (Iterator<T> it = objects.iterator(); it.hasNext();) {
                T object = it.next();
                printer.printRecord(request.row().apply(object).stream().map(value -> value == null ? "" : CsvFormats.spreadsheetSafe(String.valueOf(value))).toList());
                block.add(object);
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
