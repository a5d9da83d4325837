package org.rapport.complaints.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.ComplaintStatus;

/** The queue's first page written in plain SQL: the baseline of the benchmark's queue. */
final class SqlQueuePage {

    /** Rows of the page, as the queue part's. */
    static final int PAGE = 100;

    private SqlQueuePage() {
    }

    /** The urgency order of {@link StoreComplaintQueue} written in SQL: the first page's references. */
    static List<String> firstPage(Connection connection, boolean openOnly) throws SQLException {
        String ack = "(c.ACKNOWLEDGED_AT IS NULL AND c.ACKNOWLEDGE_DUE IS NOT NULL)";
        String sol = "(c.SOLVED_AT IS NULL AND c.SOLUTION_DUE IS NOT NULL)";
        String res = "(c.RESOLVED_AT IS NULL AND c.RESOLVE_DUE IS NOT NULL)";
        String nextDue = "CASE WHEN " + ack + " AND (NOT " + sol + " OR c.ACKNOWLEDGE_DUE <= c.SOLUTION_DUE) AND (NOT " + res
                + " OR c.ACKNOWLEDGE_DUE <= c.RESOLVE_DUE) THEN c.ACKNOWLEDGE_DUE WHEN " + sol + " AND (NOT " + res
                + " OR c.SOLUTION_DUE <= c.RESOLVE_DUE) THEN c.SOLUTION_DUE WHEN " + res + " THEN c.RESOLVE_DUE ELSE c.OPENED_AT END";
        String running = "CASE WHEN " + ack + " OR " + sol + " OR " + res + " THEN 0 ELSE 1 END";
        String handled = "CASE WHEN c.RESOLVED_AT IS NULL THEN 0 ELSE 1 END";
        List<ComplaintStatus> statuses = List.copyOf(Lifecycle.OPEN);
        String where = openOnly ? " WHERE c.STATUS IN (" + statuses.stream().map(s -> "?").collect(Collectors.joining(",")) + ")" : "";
        String sql = "SELECT c.ID, c.REFERENCE, cu.ID, cu.REFERENCE, cu.NAME, c.SUBJECT, c.SEVERITY, c.STATUS, c.ESCALATION_LEVEL, c.ASSIGNEE, k.NAME,"
                + " c.OPENED_AT, c.ACKNOWLEDGE_DUE, c.ACKNOWLEDGED_AT, c.SOLUTION_DUE, c.SOLVED_AT, c.RESOLVE_DUE, c.RESOLVED_AT, " + handled
                + " AS HANDLED, " + running + " AS RUNNING, " + nextDue + " AS NEXT_DUE FROM CMP_COMPLAINT c JOIN CUST_CUSTOMER cu ON cu.ID = c.CUSTOMER_ID"
                + " LEFT JOIN CMP_CATEGORY k ON k.ID = c.CATEGORY_ID" + where
                + " ORDER BY HANDLED, RUNNING, NEXT_DUE, c.ID OFFSET 0 ROWS FETCH FIRST " + PAGE + " ROWS ONLY";
        List<String> references = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (openOnly) {
                for (int i = 0; i < statuses.size(); i++) {
                    select.setString(i + 1, statuses.get(i).getLiteral());
                }
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    references.add(rows.getString(2));
                    for (int column = 3; column <= 21; column++) {
                        rows.getObject(column); // every column read, as the service reads them into its rows
                    }
                }
            }
        }
        connection.commit();
        return references;
    }
}
