package org.rapport.loyalty.internal;

import static org.rapport.testing.bench.BulkRows.at;
import static org.rapport.testing.bench.BulkRows.text;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.eclipse.osgi.util.NLS;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.testing.bench.BenchReport;
import org.rapport.testing.bench.BenchWork;
import org.rapport.testing.bench.BulkRows;

/**
 * The benchmark's data at one size, written once as files for Derby's bulk import and imported
 * into each side's empty tables (Derby builds the indexes once at the end): the customers, each a
 * member, with the keys the store sets with a name; two years of purchases up to the clock's day in
 * the order of time; the ledger as the accrual left it, one base-accrual entry per purchase except
 * the newest {@code accrued} ones (stored, not yet earned: the accrual slice both sides then earn);
 * the memberships (Silver since the first purchase); and the tiers the quarterly run of 1 October
 * 2026 gave (one change to Gold or Black by the 12 months before it). Besides, the file of further
 * purchases that the import with points reads.
 * <p>
 * Every customer has at least one purchase (each {@code purchases / members}-th purchase goes to
 * the next customer of a random order), the rest go to customers drawn by Pareto-distributed
 * shares (a few buy most), amounts log-normal around six prices.
 */
final class LoyaltyRows {

    static final long SEED = 20261207L;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    /** The quarterly run measured: the 12 months of 2026. */
    static final LocalDate QUARTER = LocalDate.of(2027, 1, 1);
    /** The quarterly run the starting tiers come from. */
    static final LocalDate OCTOBER = QUARTER.minusMonths(3);
    static final Instant FIRST_SALE = Instant.parse("2024-12-07T00:00:00Z");
    static final String LOGIN = "mo";
    /** Whether the ledger's entries go in too; without them the fill takes minutes less, and only the accrual's look-ups of earlier entries see a smaller ledger. */
    static final boolean LEDGER = Boolean.parseBoolean(System.getProperty("rapport.bench.ledger", "true"));
    static final long FIRST_ID = 1_000_000_000L;
    static final long MEMBERSHIP_IDS = FIRST_ID + 100_000_000L;
    static final long PURCHASE_IDS = FIRST_ID + 200_000_000L;
    static final long ENTRY_IDS = FIRST_ID + 300_000_000L;
    static final long CHANGE_IDS = FIRST_ID + 400_000_000L;
    /** Where the baseline's own identities start, above every imported one. */
    static final long BASELINE_IDS = FIRST_ID + 500_000_000L;

    static final String CUSTOMER_COLUMNS = "ID,VERSION,REFERENCE,NAME,NAME_KEY,PINYIN_KEY,PINYIN_INITIALS,SORT_KEY,STATUS,ACCOUNT_MANAGER";
    static final String PURCHASE_COLUMNS = "ID,VERSION,AMOUNT,AT_,CHANNEL,PRODUCT,QUANTITY,PURCHASES_OWNER,PURCHASES_POS,KIND";
    static final String ENTRY_COLUMNS = "ID,VERSION,AMOUNT,AT_,EXPIRES_ON,KIND,POINTS,REASON,RECORDED_AT,RECORDED_BY,RULE_ID,SOURCE_REF,CUSTOMER_ID";
    static final String MEMBERSHIP_COLUMNS = "ID,VERSION,SINCE,TIER,CUSTOMER_ID";
    static final String CHANGE_COLUMNS = "ID,VERSION,FROM_TIER,TO_TIER,REASON,AT_,CHANGED_BY,HISTORY_OWNER,HISTORY_POS";

    private static final String[] PRODUCTS = { "Espresso machine", "Coffee beans 1 kg", "Green tea 250 g", "Milk frother", "Teapot", "Grinder" };
    private static final double[] PRICES = { 420, 24, 18, 65, 45, 130 };
    private static final long GOLD_CENTS = 500_000;
    private static final long BLACK_CENTS = 2_000_000;

    final int members;
    final int purchases;
    final int accrued;
    final int imported;
    final Path folder;
    /** Members at Gold or Black after the run of 1 October. */
    int startingAboveSilver;

    private LoyaltyRows(int members, int purchases, int accrued, int imported, Path folder) {
        this.members = members;
        this.purchases = purchases;
        this.accrued = accrued;
        this.imported = imported;
        this.folder = folder;
    }

    /** The files of this size, written unless a complete set is there from an earlier run. */
    static LoyaltyRows of(int members, int purchases, int accrued, int imported) throws Exception {
        Path folder = BenchWork.folder().resolve("rows-" + members + "-" + purchases + "-" + accrued + "-" + imported + (LEDGER ? "" : "-noledger"));
        LoyaltyRows rows = new LoyaltyRows(members, purchases, accrued, imported, Files.createDirectories(folder));
        Path done = folder.resolve("complete");
        if (Files.exists(done)) {
            rows.startingAboveSilver = Integer.parseInt(Files.readString(done).strip());
        } else {
            rows.write();
            Files.writeString(done, Integer.toString(rows.startingAboveSilver));
        }
        return rows;
    }

    Path file(String name) {
        return folder.resolve(name);
    }

    /** The newest purchase that is stored and earned; the accrual slice is every one after it. */
    long lastEarnedPurchase() {
        return PURCHASE_IDS + purchases - accrued - 1;
    }

    static String reference(int customer) {
        return "M-" + customer;
    }

    static String tier(long cents) {
        return cents >= BLACK_CENTS ? "Black" : cents >= GOLD_CENTS ? "Gold" : "Silver";
    }

    /** The data into a side's empty tables (not measured). */
    void importInto(Connection connection) throws Exception {
        BulkRows.importInto(connection, "CUST_CUSTOMER", CUSTOMER_COLUMNS, file("customers.csv"));
        BulkRows.importInto(connection, "CUST_PURCHASE", PURCHASE_COLUMNS, file("purchases.csv"));
        BulkRows.importInto(connection, "LOY_MEMBERSHIP", MEMBERSHIP_COLUMNS, file("memberships.csv"));
        if (LEDGER) {
            BulkRows.importInto(connection, "LOY_LEDGER_ENTRY", ENTRY_COLUMNS, file("ledger.csv"));
        }
        BulkRows.importInto(connection, "LOY_TIER_CHANGE", CHANGE_COLUMNS, file("tiers.csv"));
    }

    private void write() throws Exception {
        BenchReport.progress("writing the rows of %,d members and %,d purchases to %s", members, purchases, folder);
        Random random = new Random(SEED);
        double[] cumulative = new double[members];
        double total = 0;
        for (int i = 0; i < members; i++) {
            total += Math.pow(1 - random.nextDouble(), -1 / 1.16);
            cumulative[i] = total;
        }
        int[] firstBuyers = order(random);
        int every = Math.max(1, purchases / members);
        int[] positions = new int[members];
        long[] firstAt = new long[members];
        Arrays.fill(firstAt, Long.MIN_VALUE);
        long[] octoberCents = new long[members];
        Instant octoberFrom = OCTOBER.minusMonths(12).atStartOfDay(ZONE).toInstant();
        Instant octoberTo = OCTOBER.atStartOfDay(ZONE).toInstant();
        long span = Duration.between(FIRST_SALE, NOW).getSeconds();
        try (BulkRows rows = BulkRows.create(file("purchases.csv")); BulkRows ledger = BulkRows.create(file("ledger.csv"))) {
            for (int p = 0; p < purchases; p++) {
                int customer;
                if (p % every == 0 && p / every < members) {
                    customer = firstBuyers[p / every];
                } else {
                    int at = Arrays.binarySearch(cumulative, random.nextDouble() * total);
                    customer = Math.min(members - 1, at < 0 ? -at - 1 : at);
                }
                int product = random.nextInt(PRODUCTS.length);
                long cents = Math.max(100, Math.round(PRICES[product] * Math.exp(random.nextGaussian() * 0.35) * 100));
                String amount = amount(cents);
                Instant when = FIRST_SALE.plusSeconds(span * p / Math.max(1, purchases));
                long id = PURCHASE_IDS + p;
                rows.row(id, 1, amount, at(when), text("store"), text(PRODUCTS[product]), 1, FIRST_ID + customer, positions[customer]++, text("SALE"));
                if (firstAt[customer] == Long.MIN_VALUE) {
                    firstAt[customer] = when.getEpochSecond();
                }
                if (!when.isBefore(octoberFrom) && when.isBefore(octoberTo)) {
                    octoberCents[customer] += cents;
                }
                if (LEDGER && p < purchases - accrued) {
                    String source = "purchase:" + id;
                    ledger.row(ENTRY_IDS + p, 1, amount, at(when), when.atZone(ZONE).toLocalDate().plusMonths(24), text("ACCRUAL"), cents / 100,
                            text(NLS.bind(Messages.reason_base, source, amount)), at(when), text(LOGIN), text(Rules.BASE), text(source), FIRST_ID + customer);
                }
            }
        }
        writeMembers(firstAt, octoberCents);
        writeImport(random, cumulative, total);
    }

    private void writeMembers(long[] firstAt, long[] octoberCents) throws Exception {
        Instant october = OCTOBER.atStartOfDay(ZONE).toInstant();
        try (BulkRows customers = BulkRows.create(file("customers.csv")); BulkRows memberships = BulkRows.create(file("memberships.csv"));
                BulkRows changes = BulkRows.create(file("tiers.csv"))) {
            Customer customer = CustomersFactory.eINSTANCE.createCustomer();
            for (int i = 0; i < members; i++) {
                // the keys as the store writes them: set with the name
                customer.setName("Member " + i);
                customers.row(FIRST_ID + i, 1, text(reference(i)), text(customer.getName()), text(customer.getNameKey()), text(customer.getPinyinKey()),
                        text(customer.getPinyinInitials()), text(customer.getSortKey()), text("ACTIVE"), text(LOGIN));
                memberships.row(MEMBERSHIP_IDS + i, 1, at(Instant.ofEpochSecond(firstAt[i])), text("Silver"), FIRST_ID + i);
                String tier = tier(octoberCents[i]);
                if (!tier.equals("Silver")) {
                    String reason = NLS.bind(Messages.reason_reevaluation, new Object[] { OCTOBER, NLS.bind(Messages.tier_spend, amount(octoberCents[i])), tier });
                    changes.row(CHANGE_IDS + i, 1, text("Silver"), text(tier), text(reason), at(october), text(LOGIN), MEMBERSHIP_IDS + i, 0);
                    startingAboveSilver++;
                }
            }
        }
    }

    /** The import's file: further purchases of the members, over the day before the clock's time, in the order of time. */
    private void writeImport(Random random, double[] cumulative, double total) throws Exception {
        Instant from = NOW.minus(Duration.ofDays(1));
        try (BufferedWriter csv = Files.newBufferedWriter(file("import.csv"), StandardCharsets.UTF_8)) {
            csv.write("customer_ref,date,amount,quantity,product,channel\n");
            for (int p = 0; p < imported; p++) {
                int at = Arrays.binarySearch(cumulative, random.nextDouble() * total);
                int customer = Math.min(members - 1, at < 0 ? -at - 1 : at);
                int product = random.nextInt(PRODUCTS.length);
                long cents = Math.max(100, Math.round(PRICES[product] * Math.exp(random.nextGaussian() * 0.35) * 100));
                Instant when = from.plusMillis(86_400_000L * p / Math.max(1, imported));
                csv.write(String.format(Locale.ROOT, "%s,%s,%s,1,%s,store%n", reference(customer), when, amount(cents), PRODUCTS[product]));
            }
        }
    }

    /** The members in a random order: the first buyer of each {@code purchases / members}-th purchase. */
    private int[] order(Random random) {
        int[] order = new int[members];
        for (int i = 0; i < members; i++) {
            order[i] = i;
        }
        for (int i = members - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    static String amount(long cents) {
        return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
    }
}
