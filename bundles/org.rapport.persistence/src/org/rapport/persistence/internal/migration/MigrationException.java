package org.rapport.persistence.internal.migration;

/** A contribution's migrations could not be read, checked or applied. */
public class MigrationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String contributionId;

    public MigrationException(String contributionId, String message, Throwable cause) {
        super(message, cause);
        this.contributionId = contributionId;
    }

    public String contributionId() {
        return contributionId;
    }
}
