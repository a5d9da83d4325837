package org.rapport.persistence.api;

/** The database could not be reached (server down, network, wrong credentials, locked file). */
public class DatabaseUnreachableException extends StoreException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
