package org.rapport.security.api;

import java.io.IOException;
import java.io.Writer;

/**
 * Personal-data requests of a data subject (a customer), found by its reference: export
 * everything Rapport holds about them, or erase their personal data. Models declare which classes
 * are data subjects and which attributes are personal (see the extension guide). Both are
 * audited; both read through the store, so the signed-in user's access rules apply.
 */
public interface PrivacyRequests {

    /**
     * What a request covered.
     *
     * @param subject the subject as {@code EClass#id}
     * @param objects how many stored objects hold data about the subject
     * @param personalValues how many personal values were exported or erased
     */
    record Summary(String subject, int objects, int personalValues) {
    }

    /**
     * Writes everything Rapport holds about the subject as JSON: the subject and what it contains,
     * the records that refer to it, and the audit log's entries about them, under the name of the
     * exporting user. Needs the export permission on the subject's area.
     *
     * @throws IllegalArgumentException if no subject has this reference, with a message for the user
     * @throws AccessDeniedException if the signed-in user may not export the subject's area
     */
    Summary export(String reference, Writer out) throws IOException;

    /**
     * Erases the subject's personal data, in one commit: each personal attribute of the subject,
     * of what it contains and of the records that refer to it is cleared (or set to the value its
     * model names), and the key of the subject's personal values in the audit log is deleted, so
     * the log's entries about them can no longer be read. Everything else (purchases, ledgers,
     * the audit entries themselves) stays. Needs the delete permission on the subject's area.
     *
     * @throws IllegalArgumentException if no subject has this reference
     * @throws AccessDeniedException if the signed-in user may not delete in the subject's area
     */
    Summary erase(String reference);
}
