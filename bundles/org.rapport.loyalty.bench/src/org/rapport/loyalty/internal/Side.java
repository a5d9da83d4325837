package org.rapport.loyalty.internal;

import static org.rapport.loyalty.internal.LoyaltyRows.LOGIN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.rapport.core.api.ClockService;
import org.rapport.customers.internal.ChannelsService;
import org.rapport.customers.internal.CustomerImportService;
import org.rapport.customers.internal.CustomerRows;
import org.rapport.customers.internal.CustomersModel;
import org.rapport.customers.internal.PurchaseRows;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.testing.AreaDatabase;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.TestUsers;
import org.rapport.testing.bench.BenchReport;
import org.rapport.testing.bench.Stopwatch;
import org.rapport.transfer.internal.ImportRunner;
import org.rapport.transfer.internal.TransferModel;

/**
 * One side's database: a fresh embedded database with the models migrated, the shipped tiers stored
 * through the store, and the benchmark's rows bulk-imported (not measured); the services over its
 * store, and what its tables hold, read back in plain SQL.
 */
final class Side implements AutoCloseable {

    static final ClockService CLOCK = () -> Clock.fixed(LoyaltyRows.NOW, LoyaltyRows.ZONE);
    /** An administrator signed in: the import's permission check sees a real grant set. */
    static final TestUsers USER = new TestUsers().add(TestUsers.administrator(LOGIN));

    static {
        USER.as(LOGIN);
    }

    private final AreaDatabase area;
    final FreshDatabase database;
    final Store store;
    final LedgerService ledger;
    final TierService tiers;
    private boolean closed;
    /** Seconds the bulk import took. */
    final double filled;

    Side(Path home, LoyaltyRows rows) throws Exception {
        cleared(home);
        area = AreaDatabase.open(DatabaseKind.DERBY_EMBEDDED, home, List.of(new CustomersModel(), new LoyaltyModel(), new TransferModel()),
                List.of(new LedgerJournal()), false);
        database = area.database;
        store = area.store;
        ledger = new LedgerService(store, CLOCK, USER, List.of(new BaseAccrual(), new BirthdayDouble()));
        tiers = new TierService(store, CLOCK, USER);
        ((EclipseLinkStore) store).setReactions(List.of(new PurchasePoints(ledger)));
        try (UnitOfWork work = store.begin()) {
            Tiers.shipped().forEach(work::add);
            work.commit();
        }
        try (Connection connection = connection()) {
            filled = Stopwatch.seconds(() -> rows.importInto(connection));
        }
        BenchReport.progress("%s filled in %.0f s", home.getFileName(), filled);
    }

    /** A database an earlier run left there (closed, not dropped, when that run stopped) gone: a fresh database takes its folder. */
    private static void cleared(Path home) throws IOException {
        if (Files.exists(home)) {
            try (Stream<Path> paths = Files.walk(home)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    Connection connection() throws SQLException {
        Connection connection = DataSources.open(database.settings).getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    CustomerImportService importer() {
        ChannelsService channels = new ChannelsService(store, USER, CLOCK);
        return new CustomerImportService(new ImportRunner(store, USER, CLOCK, List.of(new CustomerRows(CLOCK, channels), new PurchaseRows(CLOCK, channels))));
    }

    long points() throws SQLException {
        try (Connection connection = DataSources.open(database.settings).getConnection(); Statement statement = connection.createStatement();
                ResultSet sum = statement.executeQuery("SELECT SUM(POINTS), COUNT(*) FROM LOY_LEDGER_ENTRY")) {
            return sum.next() ? sum.getLong(1) : 0;
        }
    }

    /**
     * The members' tiers after a quarterly run, read back in plain SQL: per tier how many members,
     * a digest of which customer is in which tier, and how many changes the run of that day wrote.
     */
    TiersAfter tiersAfter(LocalDate run) throws SQLException {
        Map<String, Integer> perTier = new TreeMap<>();
        long digest = 0;
        long changes;
        try (Connection connection = DataSources.open(database.settings).getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet found = statement.executeQuery("SELECT c.REFERENCE, m.TIER, t.TO_TIER, t.HISTORY_POS FROM LOY_MEMBERSHIP m "
                    + "JOIN CUST_CUSTOMER c ON c.ID = m.CUSTOMER_ID LEFT JOIN LOY_TIER_CHANGE t ON t.HISTORY_OWNER = m.ID ORDER BY m.ID, t.HISTORY_POS")) {
                String member = null;
                String tier = null;
                while (found.next()) {
                    if (!found.getString(1).equals(member)) {
                        if (member != null) {
                            perTier.merge(tier, 1, Integer::sum);
                            digest += mix((member + ":" + tier).hashCode());
                        }
                        member = found.getString(1);
                        tier = found.getString(2);
                    }
                    if (found.getString(3) != null) {
                        tier = found.getString(3);
                    }
                }
                if (member != null) {
                    perTier.merge(tier, 1, Integer::sum);
                    digest += mix((member + ":" + tier).hashCode());
                }
            }
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM LOY_TIER_CHANGE WHERE AT_ = ?")) {
                count.setTimestamp(1, java.sql.Timestamp.from(run.atStartOfDay(LoyaltyRows.ZONE).toInstant()));
                try (ResultSet found = count.executeQuery()) {
                    found.next();
                    changes = found.getLong(1);
                }
            }
        }
        return new TiersAfter(perTier, digest, changes);
    }

    /**
     * Takes back what a quarterly run of that day wrote, so that the next round starts from the
     * same tiers (not measured). The history is append-only: its guard against deletes goes first,
     * and stays off (a run writes no delete, so neither side misses it).
     */
    void undoRun(LocalDate run) throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM LOY_TIER_CHANGE WHERE AT_ = ?")) {
            if (triggerThere(connection)) {
                statement.executeUpdate("DROP TRIGGER LOY_TIER_CHANGE_NO_DELETE");
            }
            delete.setTimestamp(1, java.sql.Timestamp.from(run.atStartOfDay(LoyaltyRows.ZONE).toInstant()));
            delete.executeUpdate();
            connection.commit();
        }
    }

    /**
     * Takes back what the store wrote since the fill (its identities are below the imported ones):
     * ledger entries (an accrual consumes none), purchases, tier changes and memberships, so that the baseline then starts from
     * the same state in the same database (not measured).
     */
    void undoStoreWrites() throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            for (String trigger : List.of("LOY_LEDGER_ENTRY_NO_DELETE", "LOY_TIER_CHANGE_NO_DELETE")) {
                if (triggerThere(connection, trigger)) {
                    statement.executeUpdate("DROP TRIGGER " + trigger);
                }
            }
            for (String table : List.of("LOY_LEDGER_ENTRY", "LOY_TIER_CHANGE", "LOY_MEMBERSHIP", "CUST_PURCHASE")) {
                statement.executeUpdate("DELETE FROM " + table + " WHERE ID < " + LoyaltyRows.FIRST_ID);
            }
            connection.commit();
        }
    }

    private static boolean triggerThere(Connection connection) throws SQLException {
        return triggerThere(connection, "LOY_TIER_CHANGE_NO_DELETE");
    }

    private static boolean triggerThere(Connection connection, String trigger) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM SYS.SYSTRIGGERS WHERE TRIGGERNAME = ?")) {
            count.setString(1, trigger);
            try (ResultSet found = count.executeQuery()) {
                found.next();
                return found.getInt(1) > 0;
            }
        }
    }

    private static long mix(long value) {
        long z = value * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        return z ^ (z >>> 31);
    }

    /** What a side's database holds after its quarterly run. */
    record TiersAfter(Map<String, Integer> perTier, long digest, long changes) {
    }

    /** Closes and drops the database once: the two sides may share it. */
    @Override
    public void close() throws Exception {
        if (!closed) {
            closed = true;
            area.close();
        }
    }
}
