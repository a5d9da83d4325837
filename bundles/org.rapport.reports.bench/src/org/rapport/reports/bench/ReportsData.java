package org.rapport.reports.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.internal.PinyinKeys;

/**
 * The reports benchmarks' data, written with plain JDBC batches into the tables the store's
 * changelogs made (the store's batch writer takes hours for the sizes): customers with
 * purchase records, complaints with the events the complaint measures read, and loyalty members
 * with their tier history and ledger. Everything falls in the 18 months before {@code until}; the
 * same sizes and seed give the same rows. IDs start far above the engine's sequence, so the store
 * can still add its own rows.
 */
public final class ReportsData {

    /** How much to write; the loyalty members are about 60 % of the customers. */
    public record Sizes(int customers, int purchases, int complaints) {

        public Sizes {
            if (customers < 1 || purchases < 0 || complaints < 0) {
                throw new IllegalArgumentException("sizes must be positive, not " + customers + "/" + purchases + "/" + complaints);
            }
        }

        /** The sizes of {@code rapport.bench.customers}, {@code .purchases} and {@code .complaints} (as many as the customers by default). */
        public static Sizes fromSystemProperties() {
            int customers = Integer.getInteger("rapport.bench.customers", 20_000);
            return new Sizes(customers, Integer.getInteger("rapport.bench.purchases", customers * 10), Integer.getInteger("rapport.bench.complaints", customers));
        }

        @Override
        public String toString() {
            return String.format("%,d customers, %,d purchase records, %,d complaints", customers, purchases, complaints);
        }
    }

    /** What was written, row counts by table. */
    public record Written(long customers, long purchases, long complaints, long events, long members, long tierChanges, long ledgerEntries) {
        @Override
        public String toString() {
            return String.format("%,d customers, %,d purchases, %,d complaints (%,d events), %,d members (%,d tier changes, %,d ledger entries)", customers,
                    purchases, complaints, events, members, tierChanges, ledgerEntries);
        }
    }

    public static final List<String> CHANNELS = Arrays.asList("store", "web-shop", "app", "hotline", null);
    public static final List<String> REGIONS = Arrays.asList("East", "West", "North", "South", "华东", null);
    public static final List<String> TIERS = List.of("Basic", "Silver", "Gold", "Platinum");
    private static final String[] CATEGORIES = { "delivery", "billing", "quality", "service", "returns", "app", "store", "other" };

    private static final long CUSTOMER_ID = 3_000_000_000L;
    private static final long PURCHASE_ID = 4_000_000_000L;
    private static final long COMPLAINT_ID = 5_000_000_000L;
    private static final long EVENT_ID = 6_000_000_000L;
    private static final long MEMBER_ID = 7_000_000_000L;
    private static final long TIER_CHANGE_ID = 8_000_000_000L;
    private static final long LEDGER_ID = 9_000_000_000L;
    private static final long CATEGORY_ID = 2_900_000_000L;
    private static final int BATCH = 2_000;
    private static final int COMMIT = 50_000;

    private final Connection connection;
    private final Random random = new Random(42);
    private final Instant from;
    private final Instant until;
    private final long span;

    private ReportsData(Connection connection, Instant until, ZoneId zone) {
        this.connection = connection;
        this.until = until;
        this.from = ZonedDateTime.ofInstant(until, zone).minusMonths(18).toInstant();
        this.span = until.getEpochSecond() - from.getEpochSecond();
    }

    /**
     * Writes the data on the connection (committing as it goes) into an empty migrated database.
     *
     * @param until the end (excluded) of the 18 months the data covers; nothing happens after it
     */
    public static Written write(Connection connection, Sizes sizes, Instant until, ZoneId zone) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            return new ReportsData(connection, until, zone).write(sizes);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private Written write(Sizes sizes) throws SQLException {
        long[] purchases = customersAndPurchases(sizes);
        long[] complaints = complaints(sizes);
        long[] loyalty = loyalty(sizes);
        return new Written(sizes.customers(), purchases[0], complaints[0], complaints[1], loyalty[0], loyalty[1], loyalty[2]);
    }

    /** A random moment of the 18 months. */
    private Instant anytime() {
        return from.plusSeconds((long) (random.nextDouble() * span));
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    /** Customers with purchase records: 40 % orders of 1-3 lines, the rest records without an order, 5 % returns. */
    private long[] customersAndPurchases(Sizes sizes) throws SQLException {
        long purchaseId = PURCHASE_ID;
        double perCustomer = (double) sizes.purchases() / sizes.customers();
        long budget = sizes.purchases();
        try (Rows customers = new Rows("INSERT INTO CUST_CUSTOMER (ID, VERSION, REFERENCE, NAME, NAME_KEY, STATUS, GENDER, MARKETING_CONSENT, REGION, CHANNEL, "
                + "CREATED_AT, PINYIN_KEY, PINYIN_INITIALS, SORT_KEY) VALUES (?, 1, ?, ?, ?, 'ACTIVE', 'UNKNOWN', 0, ?, ?, ?, ?, ?, ?)");
                Rows purchases = new Rows("INSERT INTO CUST_PURCHASE (ID, VERSION, AMOUNT, AT_, CHANNEL, PRODUCT, QUANTITY, PURCHASES_OWNER, PURCHASES_POS, "
                        + "KIND, ORDER_REF) VALUES (?, 1, ?, ?, ?, ?, 1, ?, ?, ?, ?)", customers)) {
            Timestamp created = at(from);
            for (int i = 0; i < sizes.customers(); i++) {
                long id = CUSTOMER_ID + i;
                PreparedStatement c = customers.statement;
                c.setLong(1, id);
                c.setString(2, "B-" + i);
                String name = "Bench " + i;
                c.setString(3, name);
                setNullable(c, 5, REGIONS.get(random.nextInt(REGIONS.size())));
                setNullable(c, 6, CHANNELS.get(random.nextInt(CHANNELS.size())));
                c.setTimestamp(7, created);
                nameKeys(c, name);
                customers.add();
                // the last customer takes what is left, so the total is the size asked
                long records = i == sizes.customers() - 1 ? budget : Math.min(budget, Math.round(random.nextDouble() * 2 * perCustomer));
                budget -= records;
                for (int k = 0; k < records;) {
                    Instant when = anytime();
                    String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
                    String order = random.nextInt(5) < 2 ? "O-" + i + "-" + k : null;
                    int lines = order == null ? 1 : 1 + random.nextInt(3);
                    for (int line = 0; line < lines && k < records; line++, k++) {
                        PreparedStatement p = purchases.statement;
                        boolean isReturn = random.nextInt(20) == 0;
                        BigDecimal amount = BigDecimal.valueOf(random.nextInt(100_000), 2);
                        p.setLong(1, purchaseId++);
                        p.setBigDecimal(2, isReturn ? amount.negate() : amount);
                        p.setTimestamp(3, at(when.plusSeconds(line)));
                        setNullable(p, 4, channel);
                        p.setString(5, "P" + random.nextInt(50));
                        p.setLong(6, id);
                        p.setInt(7, k);
                        p.setString(8, isReturn ? "RETURN" : "SALE");
                        setNullable(p, 9, order);
                        purchases.add();
                    }
                }
            }
        }
        connection.commit();
        return new long[] { purchaseId - PURCHASE_ID };
    }

    /**
     * The keys the store keeps with a customer's name (parameters 4, 8, 9 and 10), so the
     * customers' list reads the benchmark's customers as the product's: the name key, the pinyin
     * spelling of a Chinese name, and the sort key (the pinyin key, else the name key).
     */
    private static void nameKeys(PreparedStatement customer, String name) throws SQLException {
        String nameKey = CustomerListing.nameKey(name);
        PinyinKeys.Spelling spelling = PinyinKeys.of(name);
        customer.setString(4, nameKey);
        setNullable(customer, 8, spelling == null ? null : spelling.full());
        setNullable(customer, 9, spelling == null ? null : spelling.initials());
        customer.setString(10, spelling == null ? nameKey : spelling.full());
    }

    /**
     * Complaints with their lifecycle as the complaint measures read it: the opening event, the
     * acknowledgement (90 %), the resolution (80 % of those), a follow-up with a CSAT answer (half
     * of the resolved), a reopening (5 % of the resolved, resolved again or not), repeat contacts,
     * escalations, and the three service-level due times. Nothing after {@code until}.
     */
    private long[] complaints(Sizes sizes) throws SQLException {
        long eventId = EVENT_ID;
        try (Rows categories = new Rows("INSERT INTO CMP_CATEGORY (ID, VERSION, CODE, NAME) VALUES (?, 1, ?, ?)")) {
            for (int i = 0; i < CATEGORIES.length; i++) {
                categories.statement.setLong(1, CATEGORY_ID + i);
                categories.statement.setString(2, CATEGORIES[i]);
                categories.statement.setString(3, "Bench " + CATEGORIES[i]);
                categories.add();
            }
        }
        try (Rows complaints = new Rows("INSERT INTO CMP_COMPLAINT (ID, VERSION, REFERENCE, CHANNEL, SEVERITY, SUBJECT, STATUS, ESCALATION_LEVEL, OPENED_AT, "
                + "ACKNOWLEDGE_MINUTES, RESOLVE_MINUTES, ACKNOWLEDGE_DUE, SOLUTION_DUE, RESOLVE_DUE, ACKNOWLEDGED_AT, SOLVED_AT, RESOLVED_AT, CSAT, "
                + "REPEAT_CONTACTS, CUSTOMER_ID, CATEGORY_ID) VALUES (?, 1, ?, ?, ?, 'Bench complaint', ?, ?, ?, 60, 2880, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Rows events = new Rows("INSERT INTO CMP_COMPLAINT_EVENT (ID, VERSION, AT_, KIND, ACTOR, FROM_STATUS, TO_STATUS, EVENTS_OWNER, EVENTS_POS) "
                        + "VALUES (?, 1, ?, ?, 'bench', ?, ?, ?, ?)", complaints)) {
            for (int j = 0; j < sizes.complaints(); j++) {
                long id = COMPLAINT_ID + j;
                Instant opened = anytime();
                Instant acknowledgeDue = opened.plus(Duration.ofMinutes(60));
                Instant solutionDue = random.nextBoolean() ? opened.plus(Duration.ofHours(24)) : null;
                Instant resolveDue = opened.plus(Duration.ofHours(48));
                Instant acknowledged = happened(random.nextInt(10) < 9, opened.plusSeconds(30 + random.nextInt(2 * 3600)));
                Instant resolved = acknowledged == null ? null : happened(random.nextInt(10) < 8, acknowledged.plusSeconds(600 + random.nextInt(4 * 86_400)));
                Instant solved = resolved == null || solutionDue == null ? null : resolved.minusSeconds(random.nextInt(300));
                Instant reopened = resolved == null || random.nextInt(20) != 0 ? null : happened(true, resolved.plusSeconds(3600 + random.nextInt(86_400)));
                Instant resolvedAgain = reopened == null ? null : happened(random.nextBoolean(), reopened.plusSeconds(3600 + random.nextInt(86_400)));
                Instant resolvedNow = reopened == null ? resolved : resolvedAgain;
                Instant followedUp = resolvedNow == null || !random.nextBoolean() ? null : happened(true, resolvedNow.plusSeconds(86_400 + random.nextInt(86_400)));
                String status = followedUp != null ? "FOLLOWED_UP" : resolvedNow != null ? "RESOLVED" : reopened != null ? "REOPENED"
                        : acknowledged != null ? "ACKNOWLEDGED" : "NEW";

                PreparedStatement c = complaints.statement;
                c.setLong(1, id);
                c.setString(2, "BC-" + j);
                setNullable(c, 3, CHANNELS.get(random.nextInt(CHANNELS.size())));
                c.setString(4, random.nextInt(10) == 0 ? "URGENT" : "GENERAL");
                c.setString(5, status);
                c.setInt(6, random.nextInt(10) == 0 ? 2 : 1);
                c.setTimestamp(7, at(opened));
                c.setTimestamp(8, at(acknowledgeDue));
                setNullable(c, 9, solutionDue);
                c.setTimestamp(10, at(resolveDue));
                setNullable(c, 11, acknowledged);
                setNullable(c, 12, solved);
                setNullable(c, 13, resolvedNow);
                if (followedUp == null) {
                    c.setNull(14, Types.INTEGER);
                } else {
                    c.setInt(14, 1 + random.nextInt(5));
                }
                c.setInt(15, random.nextInt(100) < 85 ? 0 : 1 + random.nextInt(3));
                c.setLong(16, CUSTOMER_ID + random.nextInt(sizes.customers()));
                if (random.nextInt(20) == 0) {
                    c.setNull(17, Types.BIGINT);
                } else {
                    c.setLong(17, CATEGORY_ID + random.nextInt(CATEGORIES.length));
                }
                complaints.add();

                int position = 0;
                eventId = event(events, eventId, id, position++, opened, "OPENED", null, "NEW");
                String was = "NEW";
                for (Object[] step : new Object[][] { { acknowledged, "ACKNOWLEDGED" }, { resolved, "RESOLVED" }, { reopened, "REOPENED" },
                        { resolvedAgain, "RESOLVED" }, { followedUp, "FOLLOWED_UP" } }) {
                    if (step[0] != null) {
                        eventId = event(events, eventId, id, position++, (Instant) step[0], "TRANSITION", was, (String) step[1]);
                        was = (String) step[1];
                    }
                }
            }
        }
        connection.commit();
        return new long[] { sizes.complaints(), eventId - EVENT_ID };
    }

    private long event(Rows events, long id, long complaint, int position, Instant when, String kind, String fromStatus, String toStatus) throws SQLException {
        PreparedStatement e = events.statement;
        e.setLong(1, id);
        e.setTimestamp(2, at(when));
        e.setString(3, kind);
        setNullable(e, 4, fromStatus);
        e.setString(5, toStatus);
        e.setLong(6, complaint);
        e.setInt(7, position);
        events.add();
        return id + 1;
    }

    /** The moment if it happened and is not after the data's end, else null. */
    private Instant happened(boolean happens, Instant when) {
        return happens && when.isBefore(until) ? when : null;
    }

    /**
     * Members (60 % of the customers): joined at a random moment, their tier history (the first
     * tier at joining, up to two changes after, IDs in time order as the loyalty area writes them),
     * and ledger entries after joining: accruals, redemptions, expiries and adjustments.
     */
    private long[] loyalty(Sizes sizes) throws SQLException {
        long members = 0;
        long changeId = TIER_CHANGE_ID;
        long entryId = LEDGER_ID;
        try (Rows memberships = new Rows("INSERT INTO LOY_MEMBERSHIP (ID, VERSION, SINCE, TIER, CUSTOMER_ID) VALUES (?, 1, ?, ?, ?)");
                Rows changes = new Rows("INSERT INTO LOY_TIER_CHANGE (ID, VERSION, AT_, FROM_TIER, TO_TIER, REASON, CHANGED_BY, HISTORY_OWNER, HISTORY_POS) "
                        + "VALUES (?, 1, ?, ?, ?, 'bench', 'bench', ?, ?)", memberships);
                Rows entries = new Rows("INSERT INTO LOY_LEDGER_ENTRY (ID, VERSION, AT_, KIND, POINTS, RECORDED_AT, RECORDED_BY, RULE_ID, CUSTOMER_ID) "
                        + "VALUES (?, 1, ?, ?, ?, ?, 'bench', 'base', ?)")) {
            for (int i = 0; i < sizes.customers(); i++) {
                if (random.nextInt(10) >= 6) {
                    continue;
                }
                long member = MEMBER_ID + members++;
                Instant since = anytime();
                // the tier history first, so the membership can say the tier it ends in
                List<Object[]> history = new java.util.ArrayList<>();
                int tier = 0;
                Instant when = since;
                history.add(new Object[] { when, null, TIERS.get(tier) });
                for (int n = random.nextInt(3); n > 0; n--) {
                    when = when.plusSeconds(random.nextInt(120 * 86_400));
                    int next = Math.max(0, Math.min(TIERS.size() - 1, tier + (random.nextInt(4) == 0 ? -1 : 1)));
                    if (!when.isBefore(until) || next == tier) {
                        break;
                    }
                    history.add(new Object[] { when, TIERS.get(tier), TIERS.get(next) });
                    tier = next;
                }
                PreparedStatement m = memberships.statement;
                m.setLong(1, member);
                m.setTimestamp(2, at(since));
                m.setString(3, TIERS.get(tier));
                m.setLong(4, CUSTOMER_ID + i);
                memberships.add();
                for (int position = 0; position < history.size(); position++) {
                    Object[] change = history.get(position);
                    changeId = tierChange(changes, changeId, member, position, (Instant) change[0], (String) change[1], (String) change[2]);
                }

                long remaining = until.getEpochSecond() - since.getEpochSecond();
                for (int n = 1 + random.nextInt(5); n > 0; n--) {
                    Instant at = since.plusSeconds((long) (random.nextDouble() * remaining));
                    int roll = random.nextInt(10);
                    String kind = roll < 6 ? "ACCRUAL" : roll < 8 ? "REDEMPTION" : roll < 9 ? "EXPIRY" : "ADJUSTMENT";
                    long points = 1 + random.nextInt(2_000);
                    points = kind.equals("ACCRUAL") || (kind.equals("ADJUSTMENT") && random.nextBoolean()) ? points : -points;
                    PreparedStatement e = entries.statement;
                    e.setLong(1, entryId++);
                    e.setTimestamp(2, at(at));
                    e.setString(3, kind);
                    e.setLong(4, points);
                    e.setTimestamp(5, at(at));
                    e.setLong(6, CUSTOMER_ID + i);
                    entries.add();
                }
            }
        }
        connection.commit();
        return new long[] { members, changeId - TIER_CHANGE_ID, entryId - LEDGER_ID };
    }

    private static long tierChange(Rows changes, long id, long member, int position, Instant when, String fromTier, String toTier) throws SQLException {
        PreparedStatement t = changes.statement;
        t.setLong(1, id);
        t.setTimestamp(2, at(when));
        setNullable(t, 3, fromTier);
        t.setString(4, toTier);
        t.setLong(5, member);
        t.setInt(6, position);
        changes.add();
        return id + 1;
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void setNullable(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, at(value));
        }
    }

    /** One table's insert, sent in batches and committed every {@value #COMMIT} rows (the last on close). */
    private final class Rows implements AutoCloseable {
        final PreparedStatement statement;
        /** The rows these refer to (a foreign key): sent before these. */
        private final Rows parent;
        private int pending;
        private long written;

        Rows(String sql) throws SQLException {
            this(sql, null);
        }

        Rows(String sql, Rows parent) throws SQLException {
            statement = connection.prepareStatement(sql);
            this.parent = parent;
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (parent != null) {
                parent.flush();
            }
            if (pending > 0) {
                statement.executeBatch();
                written += pending;
                pending = 0;
                if (written % COMMIT < BATCH) {
                    connection.commit();
                }
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
                connection.commit();
            } finally {
                statement.close();
            }
        }
    }
}
