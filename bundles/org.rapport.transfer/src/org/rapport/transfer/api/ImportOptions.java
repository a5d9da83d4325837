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
 * @param encoding the file's encoding unless a byte-order mark names another ({@link TextFileReader})
 */
public record ImportOptions(Map<String, String> mapping, Path rejects, Path duplicates, String resumeId, Set<String> flags, int batchSize,
        Set<String> ignored, Path warnings, Charset encoding) {

    /** Rows per batch (one transaction) unless {@link #batchSize()} says otherwise. */
    public static final int DEFAULT_BATCH = 1_000;

    public ImportOptions {
        mapping = Map.copyOf(mapping);
        flags = Set.copyOf(flags);
        ignored = Set.copyOf(ignored);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize " + batchSize);
        }
        if (encoding == null) {
            encoding = TextFileReader.DEFAULT;
        }
    }

    /** Options for a file in {@link TextFileReader#DEFAULT}. */
    public ImportOptions(Map<String, String> mapping, Path rejects, Path duplicates, String resumeId, Set<String> flags, int batchSize, Set<String> ignored,
            Path warnings) {
        this(mapping, rejects, duplicates, resumeId, flags, batchSize, ignored, warnings, TextFileReader.DEFAULT);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Map.of(), null, null, null, Set.of(), DEFAULT_BATCH, Set.of(), null);
    }

    /** These options for a file in another encoding. */
    public ImportOptions withEncoding(Charset newEncoding) {
        return new ImportOptions(mapping, rejects, duplicates, resumeId, flags, batchSize, ignored, warnings, newEncoding);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }
}
