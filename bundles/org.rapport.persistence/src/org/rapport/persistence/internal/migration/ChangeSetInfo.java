package org.rapport.persistence.internal.migration;

import java.time.Instant;

/**
 * One changeset of a contribution.
 *
 * @param id          the changeset's id in the changelog
 * @param author      the changeset's author
 * @param description Liquibase's summary of the changes, such as {@code createTable tableName=CUSTOMER}
 * @param executedAt  when it was applied, or {@code null} while it is pending
 */
public record ChangeSetInfo(String id, String author, String description, Instant executedAt) {

    /** The changeset's identity as Liquibase knows it in one history: {@code id::author}. */
    public String key() {
        return id + "::" + author;
    }

    @Override
    public String toString() {
        return key() + (executedAt == null ? " (pending)" : " (applied " + executedAt + ")") + " " + description;
    }
}
