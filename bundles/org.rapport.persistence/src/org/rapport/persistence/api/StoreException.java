package org.rapport.persistence.api;

/** A store operation that failed; nothing of the failed commit was written. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
