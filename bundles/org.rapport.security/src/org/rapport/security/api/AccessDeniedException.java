package org.rapport.security.api;

/** The current user may not do what was asked; nothing was changed. The message says what is missing. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
