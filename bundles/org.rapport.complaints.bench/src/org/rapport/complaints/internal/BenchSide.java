package org.rapport.complaints.internal;

import static org.rapport.complaints.internal.BenchSettings.NOW;
import static org.rapport.complaints.internal.BenchSettings.timestamp;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.rapport.core.api.Folders;
import org.rapport.customers.internal.CustomersModel;
import org.rapport.loyalty.internal.LoyaltyModel;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.internal.DataSources;
import org.rapport.security.internal.SecurityModel;
import org.rapport.testing.AreaDatabase;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.bench.Stopwatch;
import org.rapport.transfer.internal.TransferModel;

/** One side's fresh embedded database with the models and the generated rows (written, not measured). */
final class BenchSide implements AutoCloseable {

    private final AreaDatabase area;
    private final FreshDatabase database;
    final Store store;
    /** Seconds the rows took to write. */
    final double written;

    /** A database made anew in {@code home}: one a stopped run left there half made would refuse the connection. */
    BenchSide(Path home, int complaints, int open) throws Exception {
        Folders.deleteTree(home);
        area = AreaDatabase.open(DatabaseKind.DERBY_EMBEDDED, home,
                List.of(new SecurityModel(), new TransferModel(), new CustomersModel(), new LoyaltyModel(), new ComplaintsModel()), List.of(), false);
        database = area.database;
        store = area.store;
        try (Connection connection = connection()) {
            written = Stopwatch.seconds(() -> BenchRows.of(complaints, open).importInto(connection));
        }
    }

    /** A connection of its own, committing when told. */
    Connection connection() throws SQLException {
        Connection connection = reading();
        connection.setAutoCommit(false);
        return connection;
    }

    /** A connection for a look that changes nothing. */
    private Connection reading() throws SQLException {
        return DataSources.open(database.settings).getConnection();
    }

    /** The complaints whose next escalation is due: what the tick will look at. */
    long due() throws SQLException {
        try (Connection connection = reading();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM CMP_COMPLAINT WHERE ESCALATION_DUE <= ?")) {
            count.setTimestamp(1, timestamp(NOW));
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** What a tick changes, summed: the levels, the statuses, the next escalations and the escalation events with their positions. */
    String state() throws SQLException {
        try (Connection connection = reading(); Statement statement = connection.createStatement()) {
            StringBuilder state = new StringBuilder();
            try (ResultSet result = statement.executeQuery("SELECT SUM(ESCALATION_LEVEL), SUM(CASE WHEN STATUS = 'ESCALATED' THEN 1 ELSE 0 END),"
                    + " COUNT(ESCALATION_DUE), MAX(ESCALATION_DUE) FROM CMP_COMPLAINT")) {
                result.next();
                state.append(String.format("levels %,d, escalated %,d, with a next escalation %,d (last %s)", result.getLong(1), result.getLong(2),
                        result.getLong(3), result.getTimestamp(4)));
            }
            try (ResultSet result = statement.executeQuery(
                    "SELECT COUNT(*), SUM(EVENTS_POS), SUM(LEVEL) FROM CMP_COMPLAINT_EVENT WHERE KIND = 'ESCALATION'")) {
                result.next();
                state.append(String.format("; escalation events %,d (positions %,d, levels %,d)", result.getLong(1), result.getLong(2), result.getLong(3)));
            }
            return state.toString();
        }
    }

    @Override
    public void close() throws Exception {
        area.close();
    }
}
