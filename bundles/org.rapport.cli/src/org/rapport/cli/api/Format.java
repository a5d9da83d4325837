package org.rapport.cli.api;

import java.util.Locale;

/**
 * How a command that prints records prints them, chosen with {@code --format}. Scripts should
 * ask for {@link #CSV} or {@link #JSON} instead of scraping text.
 */
public enum Format {
    /** One line per record, columns separated by tabs, no header: the commands' documented default. */
    TSV,
    /** Aligned columns under a header, for people. */
    TABLE,
    /** RFC 4180 CSV with a header line (Apache Commons CSV). */
    CSV,
    /** One JSON array of objects, one object per record, keyed by the column names (Gson). */
    JSON;

    /** The word on the command line: {@code tsv}, {@code table}, {@code csv}, {@code json}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
