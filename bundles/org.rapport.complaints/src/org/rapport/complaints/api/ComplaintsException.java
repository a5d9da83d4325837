package org.rapport.complaints.api;

/** Refused input or action in the complaints area; the message says what and where, for the user. */
public class ComplaintsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ComplaintsException(String message) {
        super(message);
    }

    public ComplaintsException(String message, Throwable cause) {
        super(message, cause);
    }
}
