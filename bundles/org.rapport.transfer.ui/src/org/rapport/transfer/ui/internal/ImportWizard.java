package org.rapport.transfer.ui.internal;

import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.transfer.api.Delimiter;
import org.rapport.transfer.api.ImportOptions;
import org.rapport.transfer.api.ImportResult;
import org.rapport.transfer.api.Progress;
import org.rapport.transfer.api.RowMapper;
import org.rapport.transfer.api.TextFileReader;
import org.rapport.transfer.api.TransferImport;
import org.rapport.transfer.api.UnfinishedImport;

/**
 * Imports a CSV file of any registered import kind over {@link TransferImport}: the file and which
 * kind it holds, a preview of its first rows, which column is which of the kind's columns (and
 * the kind's switches), then the import itself in the wizard's progress bar (Cancel stops it after
 * the batch in progress, resumable) and a summary of what was imported, rejected and reported as
 * duplicate. Every rule stays in the runner and the kind's mapper; the pages only gather the
 * options. The views that show what was imported follow the store's commit events.
 */
final class ImportWizard extends Wizard {

    /** Rows the preview shows. */
    static final int PREVIEW_ROWS = 20;

    /** How an import went: the service's result, or why it stopped, and the import id once it had one. */
    record Outcome(ImportResult result, String importId, String failure) {

        boolean resumable() {
            return importId != null && (result == null || result.cancelled());
        }
    }

    private final TransferImport importer;

    final ImportFilePage filePage = new ImportFilePage(this);
    final ImportPreviewPage previewPage = new ImportPreviewPage(this);
    final ImportMappingPage mappingPage = new ImportMappingPage(this);
    final ImportSummaryPage summaryPage = new ImportSummaryPage(this);

    private Path file;
    private RowMapper kind;
    private Charset encoding = TextFileReader.DEFAULT;
    private Delimiter delimiter = Delimiter.COMMA;
    private CsvPreview preview;
    private Outcome outcome;
    /** The id of the import running now, from the worker thread; null when none runs. */
    private volatile String running;

    ImportWizard(TransferImport importer) {
        this.importer = importer;
        setWindowTitle(Messages.import_title);
        setNeedsProgressMonitor(true);
    }

    /** The wizard in its dialog, for the command and for the tests. */
    static ImportWizardDialog dialog(Shell shell, TransferImport importer) {
        return new ImportWizardDialog(shell, new ImportWizard(importer));
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(previewPage);
        addPage(mappingPage);
        addPage(summaryPage);
    }

    /** The registered import kinds, as the file page offers them. */
    List<RowMapper> kinds() {
        return importer.kinds();
    }

    Path file() {
        return file;
    }

    RowMapper kind() {
        return kind;
    }

    Charset encoding() {
        return encoding;
    }

    Delimiter delimiter() {
        return delimiter;
    }

    /** Chooses the file; reads its beginning again only when it is another file, encoding or separator. */
    void choose(Path chosen, RowMapper what, Charset readAs, Delimiter splitAt) {
        if (chosen != null && (!chosen.equals(file) || !readAs.equals(encoding) || splitAt != delimiter)) {
            preview = null;
        }
        file = chosen;
        kind = what;
        encoding = readAs;
        delimiter = splitAt;
    }

    /** The first rows of the file, read once per file. */
    CsvPreview preview() {
        if (preview == null && file != null) {
            preview = CsvPreview.read(file, encoding, delimiter, PREVIEW_ROWS);
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

    /** The newest unfinished import of this file and kind; null for none. */
    UnfinishedImport unfinished(Path chosen, RowMapper what) {
        return importer.unfinished(what.id(), chosen).orElse(null);
    }

    /**
     * Runs the import in the wizard's progress bar (its Cancel stops it after the batch in
     * progress) and remembers how it went.
     */
    void runImport(String resumeId) {
        ImportOptions chosen = mappingPage.options(resumeId).withEncoding(encoding).withDelimiter(delimiter);
        Path input = file;
        String what = kind.id();
        String[] started = { resumeId };
        ImportResult[] result = { null };
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
