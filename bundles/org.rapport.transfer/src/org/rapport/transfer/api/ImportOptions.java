package org.rapport.transfer.api;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * How to import.
 *
 * @param mapping our column name to the file's header, for files with other headers, and keys the
 *        mapper owns ({@link RowMapper#ownsMappingKey}); empty for none
 * @param rejects the rejects file; null for {@code FILE.rejects.csv} next to the input
 * @param duplicates the duplicates report; null for {@code FILE.duplicates.csv}
 * @param resumeId the id of an unfinished import of the same file to continue; null for a new one
 * @param flags switches of the kind, e.g. {@code create-customers} for purchases
 * @param batchSize rows per transaction
 * @param ignored headers of the file's columns to skip (in any case); other unknown columns are refused
 * @param warnings the warnings report; null for {@code FILE.warnings.csv}
 * @param encoding the file's encoding unless a byte-order mark names another ({@link TextFileReader}); null
 *        when not named: a new import reads {@link TextFileReader#DEFAULT}, a resume what its first run read
 * @param delimiter the separator between the file's fields; null when not named: a new import reads
 *        {@link Delimiter#COMMA}, a resume what its first run read
 */
public record ImportOptions(Map<String, String> mapping, Path rejects, Path duplicates, String resumeId, Set<String> flags, int batchSize,
        Set<String> ignored, Path warnings, Charset encoding, Delimiter delimiter) {

    /** Rows per batch (one transaction) unless {@link #batchSize()} says otherwise. */
    public static final int DEFAULT_BATCH = 1_000;

    public ImportOptions {
        mapping = Map.copyOf(mapping);
        flags = Set.copyOf(flags);
        ignored = Set.copyOf(ignored);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize " + batchSize);
        }
    }

    /** Options for a file with the default separator, or the first run's on a resume. */
    public ImportOptions(Map<String, String> mapping, Path rejects, Path duplicates, String resumeId, Set<String> flags, int batchSize, Set<String> ignored,
            Path warnings, Charset encoding) {
        this(mapping, rejects, duplicates, resumeId, flags, batchSize, ignored, warnings, encoding, null);
    }

    /** Options for a file in {@link TextFileReader#DEFAULT} (or the first run's encoding on a resume). */
    public ImportOptions(Map<String, String> mapping, Path rejects, Path duplicates, String resumeId, Set<String> flags, int batchSize, Set<String> ignored,
            Path warnings) {
        this(mapping, rejects, duplicates, resumeId, flags, batchSize, ignored, warnings, null, null);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Map.of(), null, null, null, Set.of(), DEFAULT_BATCH, Set.of(), null);
    }

    /** These options for a file in another encoding. */
    public ImportOptions withEncoding(Charset newEncoding) {
        return new ImportOptions(mapping, rejects, duplicates, resumeId, flags, batchSize, ignored, warnings, newEncoding, delimiter);
    }

    /** These options for a file with another separator between its fields. */
    public ImportOptions withDelimiter(Delimiter newDelimiter) {
        return new ImportOptions(mapping, rejects, duplicates, resumeId, flags, batchSize, ignored, warnings, encoding, newDelimiter);
    }

    /** The encoding a new import reads: the one named, else {@link TextFileReader#DEFAULT}. */
    public Charset encodingOrDefault() {
        return encoding != null ? encoding : TextFileReader.DEFAULT;
    }

    /** The separator a new import reads: the one named, else {@link Delimiter#COMMA}. */
    public Delimiter delimiterOrDefault() {
        return delimiter != null ? delimiter : Delimiter.COMMA;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }
}
