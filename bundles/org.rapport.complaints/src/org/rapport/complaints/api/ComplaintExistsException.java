package org.rapport.complaints.api;

/** A complaint with this reference is stored already: an import reports it as a duplicate. */
public class ComplaintExistsException extends ComplaintsException {

    private static final long serialVersionUID = 1L;

    public ComplaintExistsException(String message) {
        super(message);
    }
}
