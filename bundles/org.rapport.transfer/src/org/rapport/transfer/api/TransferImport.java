package org.rapport.transfer.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The resumable CSV import, for every registered {@link RowMapper}. A first pass reads the whole
 * file: its SHA-256, whether it is UTF-8 and whether its quoting is sound (a file that fails
 * either is refused whole, with the line, in the rejects file). The second pass validates the rows
 * and commits them in batches, each in one unit of work that also moves the run's last committed
 * line, so an import that was killed or failed is resumed with {@link ImportOptions#resumeId()}
 * and every row is stored exactly once.
 */
public interface TransferImport {

    /** The registered import kinds, by id. */
    List<RowMapper> kinds();

    /** The import kind with this id. */
    Optional<RowMapper> kind(String id);

    /**
     * The newest import of this file (by its absolute path) and kind that did not finish, for a
     * wizard to offer its resume; empty when there is none, or when the signed-in user may not
     * read import runs (the import itself then says what stops it).
     */
    Optional<UnfinishedImport> unfinished(String kind, Path file);

    /**
     * Imports a file of one kind.
     *
     * @throws ImportException if the file cannot be imported (no such kind, no header, unknown or
     *         missing columns, an unfinished run of the same file without a resume id, a resume of
     *         another file)
     * @throws org.rapport.security.api.AccessDeniedException if nobody is signed in or the store's
     *         access rules refuse what a batch writes
     * @throws java.io.UncheckedIOException if the file cannot be read or a report written
     */
    ImportResult importFile(String kind, Path file, ImportOptions options, Progress progress);
}
