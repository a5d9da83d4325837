package org.rapport.customers.ui.internal;

import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.CustomerImport.Result;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.ImportKind;
import org.rapport.customers.ui.api.CustomerEvents;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.transfer.api.RowMapper;
import org.rapport.transfer.model.TransferRun;
import org.rapport.transfer.model.TransferStatus;

/**
 * Imports customers or purchases from a CSV file over {@link CustomerImport}: the file and what it
 * holds, a preview of its first rows, which column is which field, then the import itself in the
 * wizard's progress bar (Cancel stops it after the batch in progress, resumable) and a summary of
 * what was imported, rejected and reported as duplicate. Every rule stays in the service; the
 * pages only gather its options.
 */
final class ImportWizard extends Wizard {

    /** Rows the preview shows. */
    static final int PREVIEW_ROWS = 20;

    /** How an import went: the service's result, or why it stopped, and the import id once it had one. */
    record Outcome(Result result, String importId, String failure) {

        boolean resumable() {
            return importId != null && (result == null || result.cancelled());
        }
    }

    /** An import of this file that did not finish, to go on with. */
    record Unfinished(String importId, TransferStatus status, long lastLine, long imported) {
    }

    private final CustomerImport importer;
    private final Store store;
    private final IEventBroker events;

    final ImportFilePage filePage = new ImportFilePage(this);
    final ImportPreviewPage previewPage = new ImportPreviewPage(this);
    final ImportMappingPage mappingPage = new ImportMappingPage(this);
    final ImportSummaryPage summaryPage = new ImportSummaryPage(this);

    private Path file;
    private ImportKind kind = ImportKind.CUSTOMERS;
    private CsvPreview preview;
    private Outcome outcome;
    /** The id of the import running now, from the worker thread; null when none runs. */
    private volatile String running;

    ImportWizard(CustomerImport importer, Store store, IEventBroker events) {
        this.importer = importer;
        this.store = store;
        this.events = events;
        setWindowTitle(Messages.import_title);
        setNeedsProgressMonitor(true);
    }

    /** The wizard in its dialog, for the command and for the tests. */
    static ImportWizardDialog dialog(Shell shell, CustomerImport importer, Store store, IEventBroker events) {
        return new ImportWizardDialog(shell, new ImportWizard(importer, store, events));
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(previewPage);
        addPage(mappingPage);
        addPage(summaryPage);
    }

    /** The registered mapper of this kind, whose columns the mapping page offers. */
    RowMapper mapper(ImportKind what) {
        return importer.mapper(what);
    }

    Path file() {
        return file;
    }

    ImportKind kind() {
        return kind;
    }

    /** Chooses the file; reads its beginning again only when it is another file. */
    void choose(Path chosen, ImportKind what) {
        if (chosen != null && !chosen.equals(file)) {
            preview = null;
        }
        file = chosen;
        kind = what;
    }

    /** The first rows of the file, read once per file. */
    CsvPreview preview() {
        if (preview == null && file != null) {
            preview = CsvPreview.read(file, PREVIEW_ROWS);
        }
        return preview;
    }

    /** The import running now, for the workbench tests to press Cancel in. */
    String running() {
        return running;
    }

    Outcome outcome() {
        return outcome;
    }

    /** The newest unfinished import of this file and kind, as the service would have to resume it; null for none. */
    Unfinished unfinished(Path chosen, ImportKind what) {
        String name = chosen.toAbsolutePath().normalize().toString();
        try (UnitOfWork work = store.begin()) {
            // the runs are the transfer runner's, which names a kind by its mapper's id: the kind's literal in lower case
            String kind = what.getLiteral().toLowerCase(Locale.ROOT);
            List<TransferRun> runs = work.query("SELECT r FROM TransferRun r WHERE r.fileName = ?1 ORDER BY r.startedAt DESC", name);
            return runs.stream().filter(r -> r.getKind().equals(kind) && r.getStatus() != TransferStatus.DONE).findFirst()
                    .map(r -> new Unfinished(r.getImportId(), r.getStatus(), r.getLastCommittedLine(), r.getRowsImported())).orElse(null);
        } catch (RuntimeException e) {
            // not allowed to read import runs, or the database is gone: the import itself will say so
            return null;
        }
    }

    /**
     * Runs the import in the wizard's progress bar (its Cancel stops it after the batch in
     * progress) and remembers how it went; tells the customer views when anything may have been
     * stored.
     */
    void runImport(String resumeId) {
        Options options = mappingPage.options();
        if (resumeId != null) {
            options = options.withResume(resumeId);
        }
        Options chosen = options;
        Path input = file;
        ImportKind what = kind;
        String[] started = { resumeId };
        Result[] result = { null };
        String failure = null;
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(NLS.bind(Messages.import_running, input.getFileName()), IProgressMonitor.UNKNOWN);
                try {
                    result[0] = importer.importFile(what, input, chosen, new Progress() {
                        @Override
                        public void started(String id) {
                            started[0] = id;
                            running = id;
                            monitor.subTask(NLS.bind(Messages.import_running_id, id));
                        }

                        @Override
                        public void rows(long rows) {
                            monitor.subTask(NLS.bind(Messages.import_running_rows, started[0], rows));
                        }

                        @Override
                        public boolean isCancelled() {
                            return monitor.isCanceled();
                        }
                    });
                } catch (RuntimeException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            failure = describe(e.getCause());
        } catch (InterruptedException e) {
            failure = Messages.import_cancelled;
        } finally {
            running = null;
        }
        outcome = new Outcome(result[0], result[0] != null ? result[0].importId() : started[0], failure);
        if (outcome.importId() != null) {
            events.post(CustomerEvents.CHANGED, outcome.importId());
        }
    }

    private static String describe(Throwable problem) {
        if (problem instanceof AccessDeniedException refused) {
            return NLS.bind(Messages.import_refused, refused.getMessage());
        }
        if (problem instanceof UncheckedIOException io && io.getCause() != null) {
            return io.getCause().getMessage();
        }
        return problem.getMessage() != null ? problem.getMessage() : problem.toString();
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == summaryPage && outcome != null;
    }

    @Override
    public boolean performFinish() {
        return true;
    }
}
