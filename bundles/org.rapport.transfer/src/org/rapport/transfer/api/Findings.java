package org.rapport.transfer.api;

/**
 * What a batch found, written to the run's reports when the batch commits: rejects and warnings
 * ({@code line,field,value,reason}), duplicates ({@code line,ref,matching_ref,matched_on}).
 */
public interface Findings {

    /** A reason why the row of this line is not stored (a row may have several). */
    void reject(long line, String field, String value, String reason);

    /** A value kept and flagged. */
    void warn(long line, String field, String value, String reason);

    /** Warnings of a row that turned out not to be stored after all (a duplicate skipped). */
    void withdrawWarnings(long line);

    /** A row that matches another record. */
    void duplicate(long line, String reference, String matching, String matchedOn);
}
