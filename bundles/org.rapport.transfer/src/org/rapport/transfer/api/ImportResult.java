package org.rapport.transfer.api;

import java.nio.file.Path;

/**
 * What an import did, counted over the whole run (a resumed run includes what its earlier attempts
 * committed).
 *
 * @param importId the run's id; null when the file was refused before a run started (not UTF-8, broken quotes)
 * @param imported rows stored
 * @param rejected rows not stored (each listed in the rejects file)
 * @param duplicates lines of the duplicates report
 * @param rejectsFile where the rejects were written
 * @param duplicatesFile where the duplicates were written
 * @param cancelled whether {@link Progress#isCancelled()} stopped it (it can be resumed)
 * @param warnings values kept and flagged (lines of the warnings report)
 * @param warningsFile where the warnings were written
 */
public record ImportResult(String importId, long imported, long rejected, long duplicates, Path rejectsFile, Path duplicatesFile, boolean cancelled,
        long warnings, Path warningsFile) {
}
