package org.rapport.customers.api;

import java.nio.file.Path;
import java.util.Collection;

/**
 * Exports every customer the signed-in user may read to a CSV file in the import format
 * ({@link CustomerImport#CUSTOMER_COLUMNS}, UTF-8), so an export imports again. The first line is a
 * {@code #} comment naming the exporting user and the time (the watermark). Fields the user may
 * not see are exported empty (the store masks them). The export is streamed from the database and
 * recorded in the audit log, one entry per customer.
 */
public interface CustomerExport {

    /**
     * Exports all customers to a file (replaced if it exists), telling the progress how many
     * there are ({@link Progress#total}) before the first. The file is written under the name
     * {@code FILE.part} and renamed when complete: a cancelled or failed export leaves no file and
     * an existing one as it was (the customers written before the cancel are in the audit log all
     * the same: they left the database).
     *
     * @return how many customers were exported, or written before the export was cancelled
     * @throws org.rapport.security.api.AccessDeniedException if nobody is signed in or the user
     *         lacks the EXPORT permission on {@code customers}
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    long exportCustomers(Path file, Progress progress);

    /** At most this many customers go into one {@link #exportCustomers(Path, Collection, Progress) export of a selection}. */
    int SELECTION_MAX = 5_000;

    /**
     * Exports the chosen customers (those of them the user may read) as {@link #exportCustomers(Path, Progress)} does all.
     *
     * @param ids the customers' identities, at most {@value #SELECTION_MAX}
     * @throws IllegalArgumentException for more than {@value #SELECTION_MAX}
     */
    long exportCustomers(Path file, Collection<Long> ids, Progress progress);
}
