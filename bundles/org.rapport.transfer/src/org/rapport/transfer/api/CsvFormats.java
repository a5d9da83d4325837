package org.rapport.transfer.api;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;

/** The one place for the CSV formats of imports, reports and exports (Apache Commons CSV). */
public final class CsvFormats {

    /** What imports read: RFC 4180; lines starting with {@code #} are comments (an export's watermark); empty lines kept, to skip them by line. */
    public static final CSVFormat INPUT = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreEmptyLines(false).get();
    /** The rejects, warnings and duplicates reports. */
    public static final CSVFormat REPORT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    /** What exports write: RFC 4180 with {@code \n} line ends and the watermark as a {@code #} comment. */
    public static final CSVFormat OUTPUT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').setCommentMarker('#').get();
    /** The columns of the rejects and warnings reports. */
    public static final List<String> PROBLEMS_HEADER = List.of("line", "field", "value", "reason");
    /** The columns of the duplicates report. */
    public static final List<String> DUPLICATES_HEADER = List.of("line", "ref", "matching_ref", "matched_on");

    /** A plain number, signed or not: no spreadsheet reads it as a formula, so a phone number {@code +8613800138000} stays as it is. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");

    private CsvFormats() {
    }

    /**
     * A cell value as spreadsheet-safe exports write it: a value a spreadsheet would run as a
     * formula (starting with {@code = + - @}, a tab or a carriage return, and no plain number) gets
     * a single quote in front, which spreadsheets show as text (OWASP's advice against CSV
     * injection). {@link #fromSpreadsheetSafe} takes it off again when the file is imported.
     */
    public static String spreadsheetSafe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return triggers(value.charAt(0)) && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    /** An imported cell as it was before {@link #spreadsheetSafe}: a single quote before {@code = + - @}, a tab or a carriage return is dropped. */
    public static String fromSpreadsheetSafe(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && triggers(value.charAt(1)) ? value.substring(1) : value;
    }

    private static boolean triggers(char first) {
        return "=+-@\t\r".indexOf(first) >= 0;
    }
}
