package org.rapport.persistence.internal.migration;

import java.util.List;

/**
 * Where one contribution's schema stands.
 *
 * @param contributionId the contribution
 * @param historyTable   the table that records its applied changesets
 * @param applied        changesets of the changelog that have been applied, in order
 * @param pending        changesets of the changelog that the next update applies, in order
 * @param unknown        changesets in the history that the changelog no longer has (for example
 *                       recorded by a newer version of the area): the database is ahead of the code
 * @param skipped        changesets of the changelog for other databases ({@code dbms="..."}), which never run here
 */
public record MigrationStatus(String contributionId, String historyTable, List<ChangeSetInfo> applied, List<ChangeSetInfo> pending,
        List<ChangeSetInfo> unknown, List<ChangeSetInfo> skipped) {

    public boolean upToDate() {
        return pending.isEmpty();
    }

    /** How many changesets the changelog has, for any database: the next one is numbered after them. */
    public int changeSetsInChangelog() {
        return applied.size() + pending.size() + skipped.size();
    }
}
