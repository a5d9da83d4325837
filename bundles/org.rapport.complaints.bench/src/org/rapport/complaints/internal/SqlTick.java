package org.rapport.complaints.internal;

import static org.rapport.complaints.internal.BenchSettings.FIRST_ID;
import static org.rapport.complaints.internal.BenchSettings.NOW;
import static org.rapport.complaints.internal.BenchSettings.TICK_BATCH;
import static org.rapport.complaints.internal.BenchSettings.instant;
import static org.rapport.complaints.internal.BenchSettings.timestamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.ComplaintsFactory;

/** The escalation tick written in plain SQL: the baseline of the benchmark's tick. */
final class SqlTick {

    private SqlTick() {
    }

    /**
     * The tick in plain SQL: the complaints whose next escalation is due by its index, 200 at a
     * time; per complaint the level its clocks ask for (the same rule, on a transient complaint
     * built from the row), the update with its version check and the escalation event at the end
     * of its list; a commit per 200.
     */
    static int run(Connection connection, String positionsQuery) throws SQLException {
        int escalated = 0;
        long nextEvent = 5 * FIRST_ID;
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, VERSION, REFERENCE, STATUS, ESCALATION_LEVEL, ACKNOWLEDGE_DUE,"
                + " ACKNOWLEDGED_AT, SOLUTION_MINUTES, SOLUTION_DUE, SOLVED_AT, RESOLVE_DUE, RESOLVED_AT FROM CMP_COMPLAINT WHERE ESCALATION_DUE <= ?"
                + " ORDER BY ESCALATION_DUE, REFERENCE FETCH FIRST " + TICK_BATCH + " ROWS ONLY");
                PreparedStatement update = connection.prepareStatement("UPDATE CMP_COMPLAINT SET ESCALATION_LEVEL = ?, STATUS = ?, ESCALATION_DUE = ?,"
                        + " VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO CMP_COMPLAINT_EVENT (ID, VERSION, AT_, KIND, ACTOR, FROM_STATUS,"
                        + " TO_STATUS, LEVEL, NOTE, EVENTS_OWNER, EVENTS_POS) VALUES (?, 1, ?, 'ESCALATION', ?, ?, ?, ?, ?, ?, ?)")) {
            select.setTimestamp(1, timestamp(NOW));
            while (true) {
                Map<Long, Complaint> due = new HashMap<>();
                Map<Long, Long> versions = new HashMap<>();
                List<Long> order = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Complaint complaint = ComplaintsFactory.eINSTANCE.createComplaint();
                        complaint.setReference(rows.getString(3));
                        complaint.setStatus(ComplaintStatus.get(rows.getString(4)));
                        complaint.setEscalationLevel(rows.getInt(5));
                        complaint.setAcknowledgeDue(instant(rows.getTimestamp(6)));
                        complaint.setAcknowledgedAt(instant(rows.getTimestamp(7)));
                        complaint.setSolutionMinutes((Integer) rows.getObject(8));
                        complaint.setSolutionDue(instant(rows.getTimestamp(9)));
                        complaint.setSolvedAt(instant(rows.getTimestamp(10)));
                        complaint.setResolveDue(instant(rows.getTimestamp(11)));
                        complaint.setResolvedAt(instant(rows.getTimestamp(12)));
                        due.put(rows.getLong(1), complaint);
                        versions.put(rows.getLong(1), rows.getLong(2));
                        order.add(rows.getLong(1));
                    }
                }
                if (order.isEmpty()) {
                    connection.commit();
                    return escalated;
                }
                Map<Long, Integer> positions = lastPositions(connection, positionsQuery, order);
                for (long id : order) {
                    Complaint complaint = due.get(id);
                    List<String> breached = ServiceClocks.breached(complaint, NOW);
                    int level = Math.min(ServiceClocks.TOP_LEVEL, 1 + breached.size());
                    ComplaintStatus before = complaint.getStatus();
                    if (!ServiceClocks.DONE.contains(before) && level > complaint.getEscalationLevel()) {
                        complaint.setEscalationLevel(level);
                        if (before != ComplaintStatus.WAITING) {
                            complaint.setStatus(ComplaintStatus.ESCALATED);
                        }
                        insert.setLong(1, nextEvent++);
                        insert.setTimestamp(2, timestamp(NOW));
                        insert.setString(3, Complaints.SYSTEM);
                        insert.setString(4, before.getLiteral());
                        insert.setString(5, complaint.getStatus().getLiteral());
                        insert.setInt(6, level);
                        insert.setString(7, NLS.bind(Messages.escalated_by_clock, Labels.clock(breached.get(level - 2)), level));
                        insert.setLong(8, id);
                        insert.setInt(9, positions.getOrDefault(id, -1) + 1);
                        insert.addBatch();
                        escalated++;
                    }
                    update.setInt(1, complaint.getEscalationLevel());
                    update.setString(2, complaint.getStatus().getLiteral());
                    update.setTimestamp(3, timestamp(ServiceClocks.escalationDue(complaint)));
                    update.setLong(4, id);
                    update.setLong(5, versions.get(id));
                    update.addBatch();
                }
                int[] updated = update.executeBatch();
                if (Arrays.stream(updated).anyMatch(n -> n == 0)) {
                    throw new SQLException("changed meanwhile");
                }
                insert.executeBatch();
                connection.commit();
            }
        }
    }

    /** The highest event position of the complaints in the {@code IN} list, grouped: how the baseline asked until finding C5. */
    static final String GROUPED_POSITIONS = "SELECT EVENTS_OWNER, MAX(EVENTS_POS) FROM CMP_COMPLAINT_EVENT WHERE EVENTS_OWNER IN (%s) GROUP BY EVENTS_OWNER";
    /** The same, the complaints by key each with its highest position in a subquery: how the engine's append asks since C5. */
    static final String OWNER_POSITIONS = "SELECT c.ID, (SELECT MAX(e.EVENTS_POS) FROM CMP_COMPLAINT_EVENT e WHERE e.EVENTS_OWNER = c.ID)"
            + " FROM CMP_COMPLAINT c WHERE c.ID IN (%s)";

    /** The last position in each complaint's list of events, as a list adding to its end needs it. */
    private static Map<Long, Integer> lastPositions(Connection connection, String query, List<Long> owners) throws SQLException {
        String marks = owners.stream().map(id -> "?").collect(Collectors.joining(","));
        Map<Long, Integer> positions = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(String.format(query, marks))) {
            for (int i = 0; i < owners.size(); i++) {
                select.setLong(i + 1, owners.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int highest = rows.getInt(2);
                    if (!rows.wasNull()) {
                        positions.put(rows.getLong(1), highest);
                    }
                }
            }
        }
        return positions;
    }
}
