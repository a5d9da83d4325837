package org.rapport.loyalty.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the baselines' plain SQL shares: look-ups by lists of values, and the current tiers. */
final class PlainSql {

    private PlainSql() {
    }

    /** The current tier and the last history position of these memberships that have a history. */
    static Map<Long, Object[]> current(Connection connection, List<Long> memberships) throws SQLException {
        Map<Long, Object[]> current = new HashMap<>();
        for (Object[] row : rows(connection, "SELECT HISTORY_OWNER, TO_TIER, HISTORY_POS FROM LOY_TIER_CHANGE WHERE HISTORY_OWNER IN (%s)", memberships)) {
            long owner = ((Number) row[0]).longValue();
            int position = ((Number) row[2]).intValue();
            Object[] last = current.get(owner);
            if (last == null || (Integer) last[1] < position) {
                current.put(owner, new Object[] { row[1], position });
            }
        }
        return current;
    }

    static int rank(String tier) {
        return switch (tier) {
        case "Black" -> 2;
        case "Gold" -> 1;
        default -> 0;
        };
    }

    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** The rows of a statement whose {@code %s} takes one mark per value. */
    static List<Object[]> rows(Connection connection, String sql, List<?> values) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        if (values.isEmpty()) {
            return rows;
        }
        try (PreparedStatement statement = connection.prepareStatement(String.format(Locale.ROOT, sql, marks(values.size())))) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet found = statement.executeQuery()) {
                int columns = found.getMetaData().getColumnCount();
                while (found.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = found.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
