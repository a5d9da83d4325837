package org.rapport.transfer.api;

/** A file that cannot be imported as asked; the message says why and what to do. */
public class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }
}
