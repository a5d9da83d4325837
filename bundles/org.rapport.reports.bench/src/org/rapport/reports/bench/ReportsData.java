package org.rapport.reports.bench;

import static org.rapport.testing.bench.BulkRows.at;
import static org.rapport.testing.bench.BulkRows.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.internal.PinyinKeys;
import org.rapport.testing.bench.BenchWork;
import org.rapport.testing.bench.BulkRows;

/**
 * The reports benchmarks' data, loaded by Derby's bulk import into the empty tables the store's
 * changelogs made (the store's batch writer takes hours for the sizes, JDBC batches too):
 * customers with purchase records, complaints with the events the complaint measures read, and
 * loyalty members with their tier history and ledger. The rows are written to files once per size
 * and end ({@link BulkRows}, in {@code rapport.bench.work}) and imported into each database that
 * needs them. Everything falls in the 18 months before {@code until}; the same sizes and seed give
 * the same rows. IDs start far above the engine's sequence, so the store can still add its own rows.
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

        public long rows() {
            return customers + purchases + complaints + events + members + tierChanges + ledgerEntries;
        }

        String line() {
            return customers + " " + purchases + " " + complaints + " " + events + " " + members + " " + tierChanges + " " + ledgerEntries;
        }

        static Written of(String line) {
            long[] n = Arrays.stream(line.strip().split(" ")).mapToLong(Long::parseLong).toArray();
            return new Written(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
        }

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

    private static final String CUSTOMER_COLUMNS = "ID,VERSION,REFERENCE,NAME,NAME_KEY,PINYIN_KEY,PINYIN_INITIALS,SORT_KEY,STATUS,GENDER,"
            + "MARKETING_CONSENT,REGION,CHANNEL,CREATED_AT";
    private static final String PURCHASE_COLUMNS = "ID,VERSION,AMOUNT,AT_,CHANNEL,PRODUCT,QUANTITY,PURCHASES_OWNER,PURCHASES_POS,KIND,ORDER_REF";
    private static final String COMPLAINT_COLUMNS = "ID,VERSION,REFERENCE,CHANNEL,SEVERITY,SUBJECT,STATUS,ESCALATION_LEVEL,OPENED_AT,ACKNOWLEDGE_MINUTES,"
            + "RESOLVE_MINUTES,ACKNOWLEDGE_DUE,SOLUTION_DUE,RESOLVE_DUE,ACKNOWLEDGED_AT,SOLVED_AT,RESOLVED_AT,CSAT,REPEAT_CONTACTS,CUSTOMER_ID,CATEGORY_ID";
    private static final String EVENT_COLUMNS = "ID,VERSION,AT_,KIND,ACTOR,FROM_STATUS,TO_STATUS,EVENTS_OWNER,EVENTS_POS";
    private static final String MEMBERSHIP_COLUMNS = "ID,VERSION,SINCE,TIER,CUSTOMER_ID";
    private static final String TIER_CHANGE_COLUMNS = "ID,VERSION,AT_,FROM_TIER,TO_TIER,REASON,CHANGED_BY,HISTORY_OWNER,HISTORY_POS";
    private static final String LEDGER_COLUMNS = "ID,VERSION,AT_,KIND,POINTS,RECORDED_AT,RECORDED_BY,RULE_ID,CUSTOMER_ID";
    /** The files of one size and end, written once: the table each fills, in the order of their foreign keys. */
    private static final String[][] TABLES = { { "CUST_CUSTOMER", CUSTOMER_COLUMNS, "customers.csv" }, { "CUST_PURCHASE", PURCHASE_COLUMNS, "purchases.csv" },
            { "CMP_COMPLAINT", COMPLAINT_COLUMNS, "complaints.csv" }, { "CMP_COMPLAINT_EVENT", EVENT_COLUMNS, "events.csv" },
            { "LOY_MEMBERSHIP", MEMBERSHIP_COLUMNS, "members.csv" }, { "LOY_TIER_CHANGE", TIER_CHANGE_COLUMNS, "tier-changes.csv" },
            { "LOY_LEDGER_ENTRY", LEDGER_COLUMNS, "ledger.csv" } };
    /** In a folder of row files: the counts, written last, so a folder without it is incomplete. */
    private static final String COUNTS = "written.txt";

    private static final long CUSTOMER_ID = 3_000_000_000L;
    private static final long PURCHASE_ID = 4_000_000_000L;
    private static final long COMPLAINT_ID = 5_000_000_000L;
    private static final long EVENT_ID = 6_000_000_000L;
    private static final long MEMBER_ID = 7_000_000_000L;
    private static final long TIER_CHANGE_ID = 8_000_000_000L;
    private static final long LEDGER_ID = 9_000_000_000L;
    private static final long CATEGORY_ID = 2_900_000_000L;
    /** The zone of the data's days and of the reports benchmark's clock. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Random random = new Random(42);
    private final Instant from;
    private final Instant until;
    private final long span;

    private ReportsData(Instant until, ZoneId zone) {
        this.until = until;
        this.from = ZonedDateTime.ofInstant(until, zone).minusMonths(18).toInstant();
        this.span = until.getEpochSecond() - from.getEpochSecond();
    }

    /**
     * The data's end: the start of the day {@code rapport.bench.until} names (an ISO date), else of
     * today, in {@link #ZONE}. A database written with it is used again that day, by the measures'
     * benchmark and the dashboard's alike.
     */
    public static Instant until() {
        String day = System.getProperty("rapport.bench.until", "");
        return (day.isBlank() ? LocalDate.now(ZONE) : LocalDate.parse(day.strip())).atStartOfDay(ZONE).toInstant();
    }

    /**
     * Loads the data into an empty migrated database on the connection (committing each table):
     * the categories with a statement, the rest by bulk import of the files of these sizes and end,
     * written first if an earlier run did not.
     *
     * @param until the end (excluded) of the 18 months the data covers; nothing happens after it
     */
    public static Written write(Connection connection, Sizes sizes, Instant until, ZoneId zone) throws SQLException, IOException {
        Path folder = BenchWork.folder().resolve("rows-" + sizes.customers() + "-" + sizes.purchases() + "-" + sizes.complaints() + "-" + until.getEpochSecond());
        Written written = files(folder, sizes, until, zone);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            categories(connection);
            for (String[] table : TABLES) {
                BulkRows.importInto(connection, table[0], table[1], folder.resolve(table[2]));
            }
            return written;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The row files in the folder, written unless a complete set is there. */
    private static synchronized Written files(Path folder, Sizes sizes, Instant until, ZoneId zone) throws IOException {
        Path counts = folder.resolve(COUNTS);
        if (Files.exists(counts)) {
            return Written.of(Files.readString(counts));
        }
        Files.createDirectories(folder);
        Written written = new ReportsData(until, zone).write(folder, sizes);
        Files.writeString(counts, written.line());
        return written;
    }

    private Written write(Path folder, Sizes sizes) throws IOException {
        try (BulkRows customers = BulkRows.create(folder.resolve(TABLES[0][2])); BulkRows purchases = BulkRows.create(folder.resolve(TABLES[1][2]));
                BulkRows complaints = BulkRows.create(folder.resolve(TABLES[2][2])); BulkRows events = BulkRows.create(folder.resolve(TABLES[3][2]));
                BulkRows members = BulkRows.create(folder.resolve(TABLES[4][2])); BulkRows changes = BulkRows.create(folder.resolve(TABLES[5][2]));
                BulkRows ledger = BulkRows.create(folder.resolve(TABLES[6][2]))) {
            long purchaseCount = customersAndPurchases(sizes, customers, purchases);
            long eventCount = complaints(sizes, complaints, events);
            long[] loyalty = loyalty(sizes, members, changes, ledger);
            return new Written(sizes.customers(), purchaseCount, sizes.complaints(), eventCount, loyalty[0], loyalty[1], loyalty[2]);
        }
    }

    /** A random moment of the 18 months. */
    private Instant anytime() {
        return from.plusSeconds((long) (random.nextDouble() * span));
    }

    /** Customers with purchase records: 40 % orders of 1-3 lines, the rest records without an order, 5 % returns. */
    private long customersAndPurchases(Sizes sizes, BulkRows customers, BulkRows purchases) {
        long purchaseId = PURCHASE_ID;
        double perCustomer = (double) sizes.purchases() / sizes.customers();
        long budget = sizes.purchases();
        String created = at(from);
        for (int i = 0; i < sizes.customers(); i++) {
            long id = CUSTOMER_ID + i;
            String name = "Bench " + i;
            String region = REGIONS.get(random.nextInt(REGIONS.size()));
            String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
            customers.row(id, 1, text("B-" + i), text(name), nameKeys(name), text("ACTIVE"), text("UNKNOWN"), 0, text(region), text(channel), created);
            // the last customer takes what is left, so the total is the size asked
            long records = i == sizes.customers() - 1 ? budget : Math.min(budget, Math.round(random.nextDouble() * 2 * perCustomer));
            budget -= records;
            for (int k = 0; k < records;) {
                Instant when = anytime();
                String bought = CHANNELS.get(random.nextInt(CHANNELS.size()));
                String order = random.nextInt(5) < 2 ? "O-" + i + "-" + k : null;
                int lines = order == null ? 1 : 1 + random.nextInt(3);
                for (int line = 0; line < lines && k < records; line++, k++) {
                    boolean isReturn = random.nextInt(20) == 0;
                    BigDecimal amount = BigDecimal.valueOf(random.nextInt(100_000), 2);
                    purchases.row(purchaseId++, 1, (isReturn ? amount.negate() : amount).toPlainString(), at(when.plusSeconds(line)), text(bought),
                            text("P" + random.nextInt(50)), 1, id, k, text(isReturn ? "RETURN" : "SALE"), text(order));
                }
            }
        }
        return purchaseId - PURCHASE_ID;
    }

    /**
     * The keys the store keeps with a customer's name (name key, pinyin key, initials, sort key),
     * as fields of a row, so the customers' list reads the benchmark's customers as the product's:
     * the pinyin spelling of a Chinese name, the sort key the pinyin key, else the name key.
     */
    private static String nameKeys(String name) {
        String nameKey = CustomerListing.nameKey(name);
        PinyinKeys.Spelling spelling = PinyinKeys.of(name);
        String pinyin = spelling == null ? null : text(spelling.full());
        String initials = spelling == null ? null : text(spelling.initials());
        return String.join(",", text(nameKey), pinyin == null ? "" : pinyin, initials == null ? "" : initials, text(spelling == null ? nameKey : spelling.full()));
    }

    /** The complaint categories: a few rows, with a statement. */
    private static void categories(Connection connection) throws SQLException {
        try (PreparedStatement category = connection.prepareStatement("INSERT INTO CMP_CATEGORY (ID, VERSION, CODE, NAME) VALUES (?, 1, ?, ?)")) {
            for (int i = 0; i < CATEGORIES.length; i++) {
                category.setLong(1, CATEGORY_ID + i);
                category.setString(2, CATEGORIES[i]);
                category.setString(3, "Bench " + CATEGORIES[i]);
                category.addBatch();
            }
            category.executeBatch();
        }
        connection.commit();
    }

    /**
     * Complaints with their lifecycle as the complaint measures read it: the opening event, the
     * acknowledgement (90 %), the resolution (80 % of those), a follow-up with a CSAT answer (half
     * of the resolved), a reopening (5 % of the resolved, resolved again or not), repeat contacts,
     * escalations, and the three service-level due times. Nothing after {@code until}.
     */
    private long complaints(Sizes sizes, BulkRows complaints, BulkRows events) {
        long eventId = EVENT_ID;
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
            String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
            String severity = random.nextInt(10) == 0 ? "URGENT" : "GENERAL";
            int level = random.nextInt(10) == 0 ? 2 : 1;
            Integer csat = followedUp == null ? null : 1 + random.nextInt(5);
            int repeats = random.nextInt(100) < 85 ? 0 : 1 + random.nextInt(3);
            long customer = CUSTOMER_ID + random.nextInt(sizes.customers());
            Long category = random.nextInt(20) == 0 ? null : CATEGORY_ID + random.nextInt(CATEGORIES.length);
            complaints.row(id, 1, text("BC-" + j), text(channel), text(severity), text("Bench complaint"), text(status), level, at(opened), 60, 2880,
                    at(acknowledgeDue), at(solutionDue), at(resolveDue), at(acknowledged), at(solved), at(resolvedNow), csat, repeats, customer, category);

            int position = 0;
            events.row(eventId++, 1, at(opened), text("OPENED"), text("bench"), null, text("NEW"), id, position++);
            String was = "NEW";
            for (Object[] step : new Object[][] { { acknowledged, "ACKNOWLEDGED" }, { resolved, "RESOLVED" }, { reopened, "REOPENED" },
                    { resolvedAgain, "RESOLVED" }, { followedUp, "FOLLOWED_UP" } }) {
                if (step[0] != null) {
                    events.row(eventId++, 1, at((Instant) step[0]), text("TRANSITION"), text("bench"), text(was), text((String) step[1]), id, position++);
                    was = (String) step[1];
                }
            }
        }
        return eventId - EVENT_ID;
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
    private long[] loyalty(Sizes sizes, BulkRows memberships, BulkRows changes, BulkRows entries) {
        long members = 0;
        long changeId = TIER_CHANGE_ID;
        long entryId = LEDGER_ID;
        for (int i = 0; i < sizes.customers(); i++) {
            if (random.nextInt(10) >= 6) {
                continue;
            }
            long member = MEMBER_ID + members++;
            Instant since = anytime();
            // the tier history first, so the membership can say the tier it ends in
            List<Object[]> history = new ArrayList<>();
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
            memberships.row(member, 1, at(since), text(TIERS.get(tier)), CUSTOMER_ID + i);
            for (int position = 0; position < history.size(); position++) {
                Object[] change = history.get(position);
                changes.row(changeId++, 1, at((Instant) change[0]), text((String) change[1]), text((String) change[2]), text("bench"), text("bench"), member,
                        position);
            }

            long remaining = until.getEpochSecond() - since.getEpochSecond();
            for (int n = 1 + random.nextInt(5); n > 0; n--) {
                String at = at(since.plusSeconds((long) (random.nextDouble() * remaining)));
                int roll = random.nextInt(10);
                String kind = roll < 6 ? "ACCRUAL" : roll < 8 ? "REDEMPTION" : roll < 9 ? "EXPIRY" : "ADJUSTMENT";
                long points = 1 + random.nextInt(2_000);
                points = kind.equals("ACCRUAL") || (kind.equals("ADJUSTMENT") && random.nextBoolean()) ? points : -points;
                entries.row(entryId++, 1, at, text(kind), points, at, text("bench"), text("base"), CUSTOMER_ID + i);
            }
        }
        return new long[] { members, changeId - TIER_CHANGE_ID, entryId - LEDGER_ID };
    }
}
