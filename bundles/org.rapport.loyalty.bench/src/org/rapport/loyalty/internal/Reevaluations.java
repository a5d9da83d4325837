package org.rapport.loyalty.internal;

import static org.rapport.loyalty.internal.LoyaltyRows.LOGIN;
import static org.rapport.loyalty.internal.LoyaltyRows.QUARTER;
import static org.rapport.loyalty.internal.LoyaltyRows.ZONE;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.rapport.loyalty.api.MemberTiers.Reevaluation;

/**
 * The quarterly re-evaluation as of {@link LoyaltyRows#QUARTER}, both ways: the service's run
 * ({@code MemberTiers.reevaluate}) and plain SQL doing the same (every member's 12-month spend in
 * one {@code GROUP BY}, the memberships by pages of 500 with their current tiers, the changes in
 * batches with the service's reason text, a commit per page).
 */
final class Reevaluations {

    private static final BigDecimal GOLD = new BigDecimal("5000.00");
    private static final BigDecimal BLACK = new BigDecimal("20000.00");

    /** What a run judged and changed. */
    record Run(int members, int up, int down) {
    }

    private long nextId = LoyaltyRows.BASELINE_IDS + 400_000_000L;

    static Run service(Side side) {
        Reevaluation done = side.tiers.reevaluate(QUARTER);
        return new Run(done.members(), done.upgraded(), done.downgraded());
    }

    Run plainSql(Side side) throws SQLException {
        try (Connection connection = side.connection()) {
            return plainSql(connection);
        }
    }

    private Run plainSql(Connection connection) throws SQLException {
        Instant to = QUARTER.atStartOfDay(ZONE).toInstant();
        Instant from = QUARTER.minusMonths(12).atStartOfDay(ZONE).toInstant();
        Map<Long, BigDecimal> spend = new HashMap<>();
        try (PreparedStatement sums = connection.prepareStatement("SELECT PURCHASES_OWNER, SUM(AMOUNT) FROM CUST_PURCHASE WHERE AT_ >= ? AND AT_ < ? GROUP BY PURCHASES_OWNER")) {
            sums.setTimestamp(1, java.sql.Timestamp.from(from));
            sums.setTimestamp(2, java.sql.Timestamp.from(to));
            try (ResultSet found = sums.executeQuery()) {
                while (found.next()) {
                    spend.put(found.getLong(1), found.getBigDecimal(2));
                }
            }
        }
        int members = 0;
        int up = 0;
        int down = 0;
        long after = 0;
        try (PreparedStatement page = connection.prepareStatement("SELECT ID, CUSTOMER_ID, TIER FROM LOY_MEMBERSHIP WHERE ID > ? ORDER BY ID FETCH FIRST 500 ROWS ONLY");
                PreparedStatement change = connection.prepareStatement("INSERT INTO LOY_TIER_CHANGE (ID, VERSION, FROM_TIER, TO_TIER, REASON, AT_, CHANGED_BY, "
                        + "HISTORY_OWNER, HISTORY_POS) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            while (true) {
                page.setLong(1, after);
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet found = page.executeQuery()) {
                    while (found.next()) {
                        rows.add(new Object[] { found.getLong(1), found.getLong(2), found.getString(3) });
                    }
                }
                if (rows.isEmpty()) {
                    connection.commit(); // the last page's read
                    return new Run(members, up, down);
                }
                Map<Long, Object[]> current = PlainSql.current(connection, rows.stream().map(r -> (Long) r[0]).toList());
                for (Object[] row : rows) {
                    long membership = (Long) row[0];
                    Object[] now = current.getOrDefault(membership, new Object[] { row[2], -1 });
                    BigDecimal spent = spend.getOrDefault((Long) row[1], BigDecimal.ZERO);
                    String reached = tier(spent);
                    if (!reached.equals(now[0])) {
                        change.setLong(1, nextId++);
                        change.setString(2, (String) now[0]);
                        change.setString(3, reached);
                        // the reason the service writes, so that both sides write rows of the same size
                        change.setString(4, NLS.bind(Messages.reason_reevaluation, new Object[] { QUARTER, NLS.bind(Messages.tier_spend, spent.toPlainString()), reached }));
                        change.setTimestamp(5, java.sql.Timestamp.from(to));
                        change.setString(6, LOGIN);
                        change.setLong(7, membership);
                        change.setInt(8, (Integer) now[1] + 1);
                        change.addBatch();
                        if (PlainSql.rank(reached) > PlainSql.rank((String) now[0])) {
                            up++;
                        } else {
                            down++;
                        }
                    }
                    after = membership;
                }
                members += rows.size();
                change.executeBatch();
                connection.commit();
            }
        }
    }

    static String tier(BigDecimal spend) {
        return spend.compareTo(BLACK) >= 0 ? "Black" : spend.compareTo(GOLD) >= 0 ? "Gold" : "Silver";
    }
}
