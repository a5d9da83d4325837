package org.rapport.customers.api;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.customers.model.ImportKind;
import org.rapport.transfer.api.Delimiter;

/**
 * Imports customers or purchases from a CSV file (UTF-8, a header row naming the columns), through
 * the store: the signed-in user's permissions and the audit trail apply. Rows are validated one by
 * one. A row is rejected only for what cannot be stored (a missing reference or name, a date or
 * number that cannot be read, a value too long for its column, an unknown customer for a purchase):
 * it is not stored and goes to the rejects file ({@code line,field,value,reason}, one line per
 * problem). A flaw that can be kept is kept and flagged (an invalid e-mail or phone is stored and
 * marked invalid, an unknown channel is stored as {@link Channels#OTHER}) and goes to the warnings
 * file, in the same columns. Rows are committed in batches, each with its {@code ImportRun}'s last
 * committed line, so an import that was killed or failed is resumed with {@link Options#resumeId()}
 * and every row is stored exactly once. See the user guide, "Importing and exporting customers".
 */
public interface CustomerImport {

    /** The columns of a customers file, in the order an export writes them. */
    List<String> CUSTOMER_COLUMNS = List.of("ref", "name", "email", "phone", "birthday", "region", "channel", "tags");
    /** Columns a customers file may have besides {@link #CUSTOMER_COLUMNS}. */
    List<String> CUSTOMER_EXTRA_COLUMNS = List.of("account_manager");
    /** The columns of a purchases file. */
    List<String> PURCHASE_COLUMNS = List.of("customer_ref", "date", "amount", "quantity", "product", "channel");
    /**
     * Columns a purchases file may have besides {@link #PURCHASE_COLUMNS}: the order (receipt,
     * invoice) and its line, which make a re-import skip what is stored already, and the kind of
     * record ({@code sale} or {@code return}), which a negative amount or quantity also tells.
     */
    List<String> PURCHASE_EXTRA_COLUMNS = List.of("order_ref", "line", "kind");
    /**
     * A mapping key that starts with this maps a channel value of the file to a channel code, for
     * values no channel is spelt as: {@code channel.Tmall=web-shop}.
     */
    String CHANNEL_MAPPING_PREFIX = "channel.";

    /**
     * The id of the commit reaction that earns loyalty points for stored purchases (the loyalty
     * area's): named here so that an import can skip it without the customers area depending on
     * loyalty.
     */
    String POINTS_REACTION = "loyalty-points";

    /** Rows per batch (one transaction) unless {@link Options#batchSize()} says otherwise. */
    int DEFAULT_BATCH = 1_000;

    /**
     * How to import.
     *
     * @param mapping our column name to the file's header, for files with other headers, and
     *        {@link #CHANNEL_MAPPING_PREFIX}{@code VALUE} to a channel code; empty for none
     * @param rejects the rejects file; null for {@code FILE.rejects.csv} next to the input
     * @param duplicates the duplicates report; null for {@code FILE.duplicates.csv}
     * @param resumeId the id of an unfinished import of the same file to continue; null for a new one
     * @param createCustomers purchases only: create a customer (named by its reference) for an unknown
     *        {@code customer_ref} instead of rejecting the row
     * @param batchSize rows per transaction
     * @param ignored headers of the file's columns to skip (in any case), for files with columns
     *        Rapport does not take; other unknown columns are refused, so a misspelt header is not
     *        skipped silently
     * @param warnings the warnings report (values kept and flagged); null for {@code FILE.warnings.csv}
     * @param noPoints purchases only: the purchases earn no loyalty points (they skip the commit
     *        reaction {@link #POINTS_REACTION}), for a migration whose balances come from the old system
     * @param encoding the file's encoding unless a byte-order mark names another; null when not named:
     *        UTF-8 for a new import, what its first run read for a resume
     * @param delimiter the separator between the file's fields (with {@code ;} or a tab an amount may
     *        have a decimal comma: {@link Delimiter#decimal}); null when not named: {@code ,} for a new
     *        import, what its first run read for a resume
     */
    record Options(Map<String, String> mapping, Path rejects, Path duplicates, String resumeId, boolean createCustomers, int batchSize, Set<String> ignored,
            Path warnings, boolean noPoints, Charset encoding, Delimiter delimiter) {

        public Options {
            mapping = Map.copyOf(mapping);
            ignored = Set.copyOf(ignored);
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize " + batchSize);
            }
        }

        public static Options defaults() {
            return new Options(Map.of(), null, null, null, false, DEFAULT_BATCH, Set.of(), null, false, null, null);
        }

        public Options withMapping(Map<String, String> newMapping) {
            return new Options(newMapping, rejects, duplicates, resumeId, createCustomers, batchSize, ignored, warnings, noPoints, encoding, delimiter);
        }

        public Options withRejects(Path file) {
            return new Options(mapping, file, duplicates, resumeId, createCustomers, batchSize, ignored, warnings, noPoints, encoding, delimiter);
        }

        public Options withDuplicates(Path file) {
            return new Options(mapping, rejects, file, resumeId, createCustomers, batchSize, ignored, warnings, noPoints, encoding, delimiter);
        }

        public Options withResume(String id) {
            return new Options(mapping, rejects, duplicates, id, createCustomers, batchSize, ignored, warnings, noPoints, encoding, delimiter);
        }

        public Options withCreateCustomers(boolean create) {
            return new Options(mapping, rejects, duplicates, resumeId, create, batchSize, ignored, warnings, noPoints, encoding, delimiter);
        }

        public Options withIgnored(Set<String> headers) {
            return new Options(mapping, rejects, duplicates, resumeId, createCustomers, batchSize, headers, warnings, noPoints, encoding, delimiter);
        }

        public Options withWarnings(Path file) {
            return new Options(mapping, rejects, duplicates, resumeId, createCustomers, batchSize, ignored, file, noPoints, encoding, delimiter);
        }

        public Options withoutPoints(boolean skip) {
            return new Options(mapping, rejects, duplicates, resumeId, createCustomers, batchSize, ignored, warnings, skip, encoding, delimiter);
        }

        public Options withEncoding(Charset newEncoding) {
            return new Options(mapping, rejects, duplicates, resumeId, createCustomers, batchSize, ignored, warnings, noPoints, newEncoding, delimiter);
        }

        public Options withDelimiter(Delimiter newDelimiter) {
            return new Options(mapping, rejects, duplicates, resumeId, createCustomers, batchSize, ignored, warnings, noPoints, encoding, newDelimiter);
        }

        public Options withBatchSize(int size) {
            return new Options(mapping, rejects, duplicates, resumeId, createCustomers, size, ignored, warnings, noPoints, encoding, delimiter);
        }
    }

    /**
     * What an import did, counted over the whole run (a resumed run includes what its earlier
     * attempts committed).
     *
     * @param importId the run's id; null when the file was refused before a run started (broken quotes)
     * @param imported rows stored
     * @param rejected rows not stored (each listed in the rejects file)
     * @param duplicates customers: those stored whose e-mail or phone another customer has;
     *        purchases: records not stored because their order is stored already (both listed in
     *        the duplicates report)
     * @param rejectsFile where the rejects were written
     * @param duplicatesFile where the duplicates were written
     * @param cancelled whether {@link Progress#isCancelled()} stopped it (it can be resumed)
     * @param warnings values kept and flagged (lines of the warnings report)
     * @param warningsFile where the warnings were written
     */
    record Result(String importId, long imported, long rejected, long duplicates, Path rejectsFile, Path duplicatesFile, boolean cancelled, long warnings,
            Path warningsFile) {
    }

    /**
     * Imports a file.
     *
     * @throws ImportException if the file cannot be imported (not UTF-8, unknown or missing columns,
     *         an unfinished run of the same file without {@code resumeId}, a resume of another file)
     * @throws org.rapport.security.api.AccessDeniedException if nobody is signed in or the user
     *         may not create customers (or change them, for purchases)
     * @throws java.io.UncheckedIOException if the file cannot be read or a report written
     */
    Result importFile(ImportKind kind, Path file, Options options, Progress progress);
}
