package org.rapport.customers.api;

/**
 * An import that could not start or go on: a file that is not UTF-8, unknown or missing columns, an
 * unfinished run of the same file, a resume of a file that changed. The message is for the user,
 * in the user's language; nothing of the file was stored by the call that threw it unless the
 * message says so.
 */
public class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
