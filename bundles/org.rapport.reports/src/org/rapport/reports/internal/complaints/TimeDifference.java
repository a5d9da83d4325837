package org.rapport.reports.internal.complaints;

import org.rapport.persistence.api.DatabaseKind;

/**
 * Whole seconds from one stored time to a later one, as an expression the database computes:
 * JPQL has no difference of timestamps, so each database gets its own (Derby's JDBC escape, which
 * the network client passes through too; PostgreSQL's epoch of an interval). Null when either is.
 */
final class TimeDifference {

    private TimeDifference() {
    }

    static String seconds(DatabaseKind kind, String from, String to) {
        return switch (kind) {
            case POSTGRESQL -> "SQL('CAST(EXTRACT(EPOCH FROM (? - ?)) AS BIGINT)', " + to + ", " + from + ")";
            case DERBY_EMBEDDED, DERBY_NETWORK -> "SQL('CAST({fn TIMESTAMPDIFF(SQL_TSI_SECOND, ?, ?)} AS BIGINT)', " + from + ", " + to + ")";
        };
    }
}
