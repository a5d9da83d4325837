package org.rapport.transfer.api;

import java.util.List;

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

    private CsvFormats() {
    }
}
