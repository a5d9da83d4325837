package org.rapport.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.core.api.PrivateFiles;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportExports;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.pdf.ReportPdf;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.AuditLog;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;
import org.rapport.transfer.api.CsvFormats;

/**
 * {@link ReportExports} as the customers' export does it: the EXPORT permission on every area the
 * measure reads, the file readable by its owner only and put in place only when whole, the
 * exporting user named in it, and then the audit entry (one per class the figures are computed
 * over: the figures, not records, were exported). A failure leaves no file and no entry; a file
 * whose entry cannot be written is taken back.
 */
@Component(service = ReportExports.class)
public class ReportExportsService implements ReportExports {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Reference
    private CurrentUser currentUser;
    @Reference
    private AuditLog auditLog;
    @Reference
    private ClockService clock;

    /** For DS. */
    public ReportExportsService() {
    }

    /** For tests. */
    public ReportExportsService(CurrentUser currentUser, AuditLog auditLog, ClockService clock) {
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void csv(ReportProvider measure, ReportResult result, Path file) {
        SessionUser user = allowed(measure);
        Path target = checked(file);
        // the watermark is part of the file's format, the same in every locale
        String watermark = NLS.bind("Rapport report {0} exported by {1} ({2}) at {3}: {4}",
                new Object[] { measure.name(), user.login(), user.displayName(), clock.now().truncatedTo(ChronoUnit.SECONDS), what(result) });
        write(measure, result, target, "CSV", () -> PrivateFiles.writeWhole(target, out -> {
            CSVPrinter printer = new CSVPrinter(out, CsvFormats.OUTPUT);
            printer.printComment(watermark);
            List<String> header = new ArrayList<>(List.of("key", "label"));
            for (FigureColumn column : result.columns()) {
                header.add(column.key());
                header.add(column.key() + "_base");
            }
            printer.printRecord(header);
            for (ReportRow row : result.rows()) {
                printer.printRecord(cells(row));
            }
            printer.printRecord(cells(result.total()));
            printer.flush();
            return null;
        }));
    }

    @Override
    public void pdf(ReportProvider measure, ReportResult result, Path file) {
        SessionUser user = allowed(measure);
        Path target = checked(file);
        String exportedBy = NLS.bind(Messages.pdf_exported_by,
                new Object[] { user.displayName(), user.login(), MINUTES.format(clock.now().atZone(clock.zone())), clock.zone().getId() });
        write(measure, result, target, "PDF", () -> PrivateFiles.writeWholeBytes(target, out -> {
            ReportPdf.write(measure, result, exportedBy, out);
            return null;
        }));
    }

    /** A file's writing, which may fail. */
    @FunctionalInterface
    private interface Writing {
        void run() throws IOException;
    }

    private void write(ReportProvider measure, ReportResult result, Path file, String format, Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // only a whole file in place is an export: recorded now, and a file that cannot be recorded is taken back
        try {
            String what = format + " " + file.getFileName() + ": " + measure.name() + " " + what(result);
            for (EClass over : MeasureAreas.classes(measure).keySet()) {
                auditLog.recordFiguresExport(over, what);
            }
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the failure being reported matters more; the file is the user's own, readable by them only
            }
            throw e;
        }
    }

    /** The period, breakdown and filters, as the watermark and the audit entry name them. */
    private static String what(ReportResult result) {
        StringBuilder what = new StringBuilder(result.query().period().toString());
        if (result.query().by() != null) {
            what.append(" by ").append(result.query().by());
        }
        for (Map.Entry<String, String> filter : result.query().filters().entrySet()) {
            what.append(", ").append(filter.getKey()).append('=').append(filter.getValue());
        }
        return what.toString();
    }

    private static List<String> cells(ReportRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(row.key() == null ? "" : CsvFormats.spreadsheetSafe(row.key()));
        cells.add(CsvFormats.spreadsheetSafe(row.label()));
        for (Figure figure : row.figures()) {
            cells.add(figure.hasData() ? FigureText.forMachines(figure).toPlainString() : "");
            cells.add(figure.base() == null ? "" : figure.base().toString());
        }
        return cells;
    }

    /** The signed-in user, who must hold EXPORT on every area the measure reads. */
    private SessionUser allowed(ReportProvider measure) {
        SessionUser user = currentUser.require();
        for (String area : MeasureAreas.classes(measure).values()) {
            if (!user.may(area, Action.EXPORT)) {
                throw new AccessDeniedException(NLS.bind(Messages.export_denied, new Object[] { user.login(), measure.name(), area }));
            }
        }
        return user;
    }

    private static Path checked(Path file) {
        return PrivateFiles.target(file, new PrivateFiles.Refusal() {
            @Override
            public RuntimeException isFolder(Path folder) {
                return new ReportException(NLS.bind(Messages.export_to_folder, folder));
            }

            @Override
            public RuntimeException noFolder(Path target, Path folder) {
                return new ReportException(NLS.bind(Messages.export_no_folder, target, folder));
            }
        });
    }
}
