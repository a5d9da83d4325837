package org.rapport.transfer.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.core.api.PrivateFiles;
import org.rapport.persistence.api.PersistentObject;
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
 * {@link Exports}: streams the objects from a database cursor into the CSV file, readable by its
 * owner only, and records the export in the audit log in blocks once the file is complete, so a
 * failed or cancelled export leaves neither a file nor an entry. Memory stays flat but for the
 * exported identities (8 bytes an object).
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
        Path file = PrivateFiles.target(request.file(), new PrivateFiles.Refusal() {
            @Override
            public RuntimeException isFolder(Path folder) {
                return new UncheckedIOException(new IOException(NLS.bind(Messages.export_to_folder, folder)));
            }

            @Override
            public RuntimeException noFolder(Path target, Path folder) {
                return new UncheckedIOException(new IOException(NLS.bind(Messages.export_no_folder, target, folder)));
            }
        });
        String what = NLS.bind("CSV {0}: {1}", file.getFileName(), String.join(", ", request.header()));
        progress.started(null);
        // written under another name and renamed when complete: a cancelled or failed export
        // never leaves a file that looks like a whole export
        Exported exported = new Exported();
        try {
            PrivateFiles.writeWhole(file, out -> {
                write(request, out, exported, user, progress);
                return null;
            });
        } catch (Cancelled cancelled) {
            return exported.count; // nothing was moved into place
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // only a whole file in place is an export: recorded now, and a file that cannot be recorded is taken back
        try {
            exported.record(auditLog, what);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
        return exported.count;
    }

    /** The user cancelled: the file is not complete, so it never appears. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** Writes the CSV. */
    private <T extends EObject> void write(Request<T> request, Writer out, Exported exported, SessionUser user, Progress progress) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CsvFormats.OUTPUT);
                UnitOfWork work = store.begin();
                Stream<T> objects = work.stream(request.query())) {
            // the watermark is part of the file's format, the same in every locale
            printer.printComment(NLS.bind("Rapport {0} exported by {1} ({2}) at {3}", new Object[] { request.label(), user.login(), user.displayName(),
                    clock.now().truncatedTo(ChronoUnit.SECONDS) }));
            printer.printRecord(request.header());
            // counted through the same unit of work and access rules as the stream, so the total is what is exported
            progress.total(work.<Number>query(request.count()).get(0).longValue());
            for (Iterator<T> it = objects.iterator(); it.hasNext();) {
                T object = it.next();
                printer.printRecord(request.row().apply(object).stream().map(value -> value == null ? "" : CsvFormats.spreadsheetSafe(String.valueOf(value))).toList());
                exported.add(object);
                if (exported.count % Progress.EVERY == 0) {
                    progress.rows(exported.count);
                }
                if (exported.count % AUDIT_BLOCK == 0 && progress.isCancelled()) {
                    throw new Cancelled();
                }
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the failure being reported matters more; the file is the user's own, readable by them only
        }
    }

    /**
     * The identities of the exported objects by class, 8 bytes each, until the file is complete:
     * the objects themselves would not let memory stay flat.
     */
    private static final class Exported {
        private final Map<EClass, long[]> ids = new LinkedHashMap<>();
        private final Map<EClass, Integer> sizes = new HashMap<>();
        long count;

        void add(EObject object) {
            EClass eClass = object.eClass();
            long[] of = ids.computeIfAbsent(eClass, c -> new long[64]);
            int size = sizes.getOrDefault(eClass, 0);
            if (size == of.length) {
                of = Arrays.copyOf(of, of.length * 2);
                ids.put(eClass, of);
            }
            of[size] = ((PersistentObject) object).persistentId();
            sizes.put(eClass, size + 1);
            count++;
        }

        /** In blocks of {@link Exports#AUDIT_BLOCK}, each in a unit of work of its own. */
        void record(AuditLog auditLog, String what) {
            for (Map.Entry<EClass, long[]> entry : ids.entrySet()) {
                int size = sizes.get(entry.getKey());
                for (int from = 0; from < size; from += AUDIT_BLOCK) {
                    auditLog.recordExport(entry.getKey(), Arrays.copyOfRange(entry.getValue(), from, Math.min(size, from + AUDIT_BLOCK)), what);
                }
            }
        }
    }
}
