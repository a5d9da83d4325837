package org.rapport.reports.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.rapport.reports.api.Figure;

/**
 * A measure's figures for a period's total as hand-written SQL over JDBC computes them: one
 * statement whose parameters are instants, and the figures (as the measure's total row lists
 * them; null for no data) made from its one row's columns.
 */
record Baseline(String measure, String sql, List<Instant> parameters, Function<BigDecimal[], List<BigDecimal>> figures) {

    /** Runs the statement and makes the figures. */
    List<BigDecimal> run(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setTimestamp(i + 1, Timestamp.from(parameters.get(i)));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                BigDecimal[] columns = new BigDecimal[rows.getMetaData().getColumnCount()];
                for (int i = 0; i < columns.length; i++) {
                    BigDecimal value = rows.getBigDecimal(i + 1);
                    columns[i] = value == null ? BigDecimal.ZERO : value; // a SUM over no rows counts 0, as the measures take it
                }
                return figures.apply(columns);
            }
        }
    }

    static List<BigDecimal> values(BigDecimal... figures) {
        return new ArrayList<>(Arrays.asList(figures));
    }

    /** {@code part / whole} as {@link Figure#share} makes it; null (no data) over nothing. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, Figure.SCALE, RoundingMode.HALF_UP);
    }
}
