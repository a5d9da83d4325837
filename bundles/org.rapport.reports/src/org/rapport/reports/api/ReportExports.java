package org.rapport.reports.api;

import java.nio.file.Path;

/**
 * A report's result written to a file for people and other programs (a DS service the workbench
 * and {@code rapport-ctl report} share): the signed-in user needs the EXPORT permission on every
 * data area the measure reads; the file names the exporting user and the time, is readable by its
 * owner only and appears only when complete; then the export is recorded in the audit log (who,
 * when, which measure, period, filters and file). A failed export leaves no file and records
 * nothing.
 */
public interface ReportExports {

    /**
     * CSV (RFC 4180, UTF-8): a comment line naming the measure, period, filters, user and time,
     * then a header {@code key,label,COLUMN,COLUMN_base...} and one line per row, the total last
     * with an empty key. Shares are fractions (0.425), figures with no data are empty.
     */
    void csv(ReportProvider measure, ReportResult result, Path file);

    /**
     * PDF: the measure's title and definition, the period, the filters, the exporting user's name
     * and the time, the figures' table, and a chart drawn from the result (bars per row of a
     * breakdown), in the user's language with a CJK font embedded.
     *
     * @throws ReportException if no font for the text can be found (the message says where it was looked for)
     */
    void pdf(ReportProvider measure, ReportResult result, Path file);
}
