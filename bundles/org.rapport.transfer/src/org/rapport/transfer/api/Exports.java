package org.rapport.transfer.api;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * CSV exports for any area: the signed-in user needs the EXPORT permission on the area, the file
 * starts with a watermark comment naming the user and the time, is readable by its owner only and
 * appears only once complete (written as {@code FILE.part} and renamed); then every exported
 * object is recorded in the audit log, in blocks. A failed or cancelled export leaves no file and
 * records nothing.
 */
public interface Exports {

    /** Objects per audit-log call (each its own unit of work); a cancel is asked after each block. */
    int AUDIT_BLOCK = 1_000;

    /**
     * What to export.
     *
     * @param area the security area whose EXPORT permission is needed, e.g. {@code customers}
     * @param label what is exported as the watermark names it, e.g. {@code customers}
     * @param file the CSV file to write
     * @param header the columns
     * @param query a JPQL query of the objects, in the order to write them (read through the access rules)
     * @param count a JPQL count of the same objects, for the progress
     * @param row an object's values, one per column ({@code null} writes an empty value)
     */
    record Request<T extends EObject>(String area, String label, Path file, List<String> header, String query, String count,
            Function<T, List<?>> row) {
    }

    /**
     * Writes the export.
     *
     * @return how many objects were written (a cancelled export leaves no file)
     * @throws org.rapport.security.api.AccessDeniedException without the EXPORT permission
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    <T extends EObject> long export(Request<T> request, Progress progress);
}
