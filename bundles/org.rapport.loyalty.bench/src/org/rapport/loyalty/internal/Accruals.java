package org.rapport.loyalty.internal;

import static org.rapport.loyalty.internal.LoyaltyRows.LOGIN;
import static org.rapport.loyalty.internal.LoyaltyRows.NOW;
import static org.rapport.loyalty.internal.LoyaltyRows.ZONE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.InternalEObject;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.ImportKind;
import org.rapport.customers.model.Purchase;
import org.rapport.persistence.api.UnitOfWork;

/**
 * Points for purchases, both ways. The accrual path: the ledger's reaction to stored purchases
 * ({@code LedgerService.purchasesStored}: the ledgers read for the batch, one base-accrual entry
 * per purchase, memberships, upgrades at once), a unit of work per 1,000 purchases in the order
 * they were stored; against plain SQL writing the same ledger rows per 1,000 purchases. The
 * import with points: the CSV import whose commits earn, against raw JDBC inserting the purchases
 * and the same plain-SQL accrual over them.
 */
final class Accruals {

    static final int BATCH = 1_000;
    private static final String PAGE = "SELECT p, p.purchasesOwner FROM Purchase p WHERE p.persistentId > ?1 ORDER BY p.persistentId";
    /** How a purchase knows the customer's list it is in, as EMF keeps it for a containment without an opposite. */
    private static final int IN_PURCHASES = InternalEObject.EOPPOSITE_FEATURE_BASE - CustomersPackage.CUSTOMER__PURCHASES;

    private long nextId = LoyaltyRows.BASELINE_IDS;

    /**
     * The accrual path over the purchases stored after {@code after}, 1,000 to a unit of work.
     * Each purchase is given its customer as its container, as the reaction gets it (inside the
     * customer whose list the import appended it to): a purchase read on its own has none, and
     * reading the customers' whole lists would read most of the five million (finding L1).
     */
    static void service(Side side, long after) {
        while (true) {
            try (UnitOfWork work = side.store.begin()) {
                List<Object[]> page = work.page(PAGE, 0, BATCH, after);
                if (page.isEmpty()) {
                    return;
                }
                List<Long> owners = page.stream().map(r -> ((Number) r[1]).longValue()).distinct().toList();
                Map<Long, Customer> customers = new HashMap<>();
                for (Customer customer : Lookups.<Customer> lookUp(work, "SELECT c FROM Customer c WHERE c.persistentId IN ?1", owners)) {
                    customers.put(CustomerLedger.id(customer), customer);
                }
                List<Purchase> purchases = new ArrayList<>();
                for (Object[] row : page) {
                    Purchase purchase = (Purchase) row[0];
                    ((InternalEObject) purchase).eBasicSetContainer((InternalEObject) customers.get(((Number) row[1]).longValue()), IN_PURCHASES, null);
                    purchases.add(purchase);
                }
                side.ledger.purchasesStored(work, purchases);
                work.commit();
                after = CustomerLedger.id(purchases.get(purchases.size() - 1));
            }
        }
    }

    /** The import with points of the file, as {@code rapport-ctl customers import purchases} runs it. */
    static void serviceImport(Side side, Path csv) throws Exception {
        side.importer().importFile(ImportKind.PURCHASES, csv, CustomerImport.Options.defaults(), Progress.NONE);
    }

    /** The baseline of the import with points: raw JDBC inserting the file's purchases, then their points in plain SQL. */
    double[] plainSqlImport(Side side, Path csv) throws Exception {
        try (Connection connection = side.connection()) {
            long after = nextId - 1;
            long inserting = System.nanoTime();
            insertPurchases(connection, csv);
            long accruing = System.nanoTime();
            plainSql(connection, after);
            return new double[] { (accruing - inserting) / 1e9, (System.nanoTime() - accruing) / 1e9 };
        }
    }

    void plainSql(Side side, long after) throws SQLException {
        try (Connection connection = side.connection()) {
            plainSql(connection, after);
        }
    }

    /**
     * The file's purchases inserted with JDBC batches, a commit per 1,000, each customer looked up
     * once (its identity and its list's last position).
     */
    private void insertPurchases(Connection connection, Path csv) throws Exception {
        Map<String, long[]> owners = new HashMap<>();
        try (PreparedStatement owner = connection.prepareStatement("SELECT c.ID, (SELECT MAX(p.PURCHASES_POS) FROM CUST_PURCHASE p WHERE p.PURCHASES_OWNER = c.ID) "
                + "FROM CUST_CUSTOMER c WHERE c.REFERENCE = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO CUST_PURCHASE (ID, AMOUNT, AT_, CHANNEL, VERSION, PRODUCT, QUANTITY, STORE, "
                        + "PURCHASES_OWNER, PURCHASES_POS, KIND, ORDER_REF, ORDER_LINE, IMPORT_ID) VALUES (?, ?, ?, 'store', 1, ?, 1, NULL, ?, ?, 'SALE', NULL, NULL, ?)")) {
            int inBatch = 0;
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            for (String row : lines.subList(1, lines.size())) {
                String[] cells = row.split(",");
                long[] customer = owners.get(cells[0]);
                if (customer == null) {
                    owner.setString(1, cells[0]);
                    try (ResultSet found = owner.executeQuery()) {
                        found.next();
                        long last = found.getLong(2);
                        customer = new long[] { found.getLong(1), found.wasNull() ? 0 : last + 1 };
                    }
                    owners.put(cells[0], customer);
                }
                insert.setLong(1, nextId++);
                insert.setBigDecimal(2, new BigDecimal(cells[2]));
                insert.setTimestamp(3, java.sql.Timestamp.from(Instant.parse(cells[1])));
                insert.setString(4, cells[4]);
                insert.setLong(5, customer[0]);
                insert.setLong(6, customer[1]++);
                insert.setString(7, "imp-20261207-000000-000000");
                insert.addBatch();
                if (++inBatch == BATCH) {
                    insert.executeBatch();
                    connection.commit();
                    inBatch = 0;
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /**
     * The accrual in plain SQL, per 1,000 purchases stored after {@code after} in the order they
     * were stored: the purchases read, which of them earned before, the customers' memberships;
     * the new memberships, one base-accrual entry per purchase (a point per whole unit), and the
     * upgrades of members whose 12 months up to the batch's latest purchase reach Gold or Black
     * (their current tier read first).
     */
    private void plainSql(Connection connection, long after) throws SQLException {
        try (PreparedStatement page = connection.prepareStatement(
                "SELECT ID, PURCHASES_OWNER, AT_, AMOUNT FROM CUST_PURCHASE WHERE ID > ? ORDER BY ID FETCH FIRST " + BATCH + " ROWS ONLY");
                PreparedStatement entry = connection.prepareStatement("INSERT INTO LOY_LEDGER_ENTRY (ID, AMOUNT, AT_, EXPIRES_ON, KIND, VERSION, POINTS, REASON, "
                        + "RECORDED_AT, RECORDED_BY, RELATED_REF, RULE_ID, SOURCE_REF, CUSTOMER_ID, DEBT_ID) VALUES (?, ?, ?, ?, 'ACCRUAL', 1, ?, NULL, ?, ?, NULL, 'base', ?, ?, NULL)");
                PreparedStatement member = connection.prepareStatement("INSERT INTO LOY_MEMBERSHIP (ID, VERSION, SINCE, TIER, CUSTOMER_ID) VALUES (?, 1, ?, 'Silver', ?)");
                PreparedStatement change = connection.prepareStatement("INSERT INTO LOY_TIER_CHANGE (ID, VERSION, FROM_TIER, TO_TIER, REASON, AT_, CHANGED_BY, "
                        + "HISTORY_OWNER, HISTORY_POS) VALUES (?, 1, ?, ?, 'upgrade', ?, ?, ?, ?)")) {
            while (true) {
                page.setLong(1, after);
                List<long[]> rows = new ArrayList<>();
                List<Instant> at = new ArrayList<>();
                List<BigDecimal> amounts = new ArrayList<>();
                try (ResultSet found = page.executeQuery()) {
                    while (found.next()) {
                        rows.add(new long[] { found.getLong(1), found.getLong(2) });
                        at.add(found.getTimestamp(3).toInstant());
                        amounts.add(found.getBigDecimal(4));
                    }
                }
                if (rows.isEmpty()) {
                    connection.commit(); // the last page's read
                    return;
                }
                after = rows.get(rows.size() - 1)[0];
                List<Long> owners = rows.stream().map(r -> r[1]).distinct().toList();
                List<String> refs = rows.stream().map(r -> "purchase:" + r[0]).toList();
                Set<String> earned = new HashSet<>();
                for (Object[] row : PlainSql.rows(connection, "SELECT SOURCE_REF FROM LOY_LEDGER_ENTRY WHERE SOURCE_REF IN (%s) AND POINTS > 0", refs)) {
                    earned.add((String) row[0]);
                }
                Map<Long, Long> memberships = new HashMap<>();
                for (Object[] row : PlainSql.rows(connection, "SELECT CUSTOMER_ID, ID FROM LOY_MEMBERSHIP WHERE CUSTOMER_ID IN (%s)", owners)) {
                    memberships.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
                }
                for (int i = 0; i < rows.size(); i++) {
                    long customer = rows.get(i)[1];
                    if (earned.contains(refs.get(i))) {
                        continue;
                    }
                    if (!memberships.containsKey(customer)) {
                        long id = nextId++;
                        memberships.put(customer, id);
                        member.setLong(1, id);
                        member.setTimestamp(2, java.sql.Timestamp.from(at.get(i)));
                        member.setLong(3, customer);
                        member.addBatch();
                    }
                    long points = amounts.get(i).setScale(0, RoundingMode.DOWN).longValueExact();
                    if (points <= 0) {
                        continue;
                    }
                    entry.setLong(1, nextId++);
                    entry.setBigDecimal(2, amounts.get(i));
                    entry.setTimestamp(3, java.sql.Timestamp.from(at.get(i)));
                    entry.setDate(4, java.sql.Date.valueOf(at.get(i).atZone(ZONE).toLocalDate().plusMonths(24)));
                    entry.setLong(5, points);
                    entry.setTimestamp(6, java.sql.Timestamp.from(NOW));
                    entry.setString(7, LOGIN);
                    entry.setString(8, refs.get(i));
                    entry.setLong(9, customer);
                    entry.addBatch();
                }
                member.executeBatch();
                entry.executeBatch();
                upgrades(connection, change, owners, memberships, at.get(at.size() - 1));
                connection.commit();
            }
        }
    }

    /** Upgrades at once: members whose 12 months up to {@code end} reach a better tier than their current one. */
    private void upgrades(Connection connection, PreparedStatement change, List<Long> owners, Map<Long, Long> memberships, Instant end) throws SQLException {
        Instant start = end.atZone(ZONE).minusMonths(12).toInstant();
        Map<Long, String> reaching = new HashMap<>();
        try (PreparedStatement spend = connection.prepareStatement("SELECT PURCHASES_OWNER, SUM(AMOUNT) FROM CUST_PURCHASE WHERE PURCHASES_OWNER IN ("
                + PlainSql.marks(owners.size()) + ") AND AT_ > ? AND AT_ <= ? GROUP BY PURCHASES_OWNER")) {
            int i = 1;
            for (Long owner : owners) {
                spend.setLong(i++, owner);
            }
            spend.setTimestamp(i++, java.sql.Timestamp.from(start));
            spend.setTimestamp(i, java.sql.Timestamp.from(end));
            try (ResultSet found = spend.executeQuery()) {
                while (found.next()) {
                    String tier = Reevaluations.tier(found.getBigDecimal(2));
                    if (!tier.equals("Silver")) {
                        reaching.put(found.getLong(1), tier);
                    }
                }
            }
        }
        if (reaching.isEmpty()) {
            return;
        }
        Map<Long, Object[]> current = PlainSql.current(connection, reaching.keySet().stream().map(memberships::get).toList());
        for (Map.Entry<Long, String> reached : reaching.entrySet()) {
            long membership = memberships.get(reached.getKey());
            Object[] now = current.getOrDefault(membership, new Object[] { "Silver", -1 });
            if (PlainSql.rank(reached.getValue()) > PlainSql.rank((String) now[0])) {
                change.setLong(1, nextId++);
                change.setString(2, (String) now[0]);
                change.setString(3, reached.getValue());
                change.setTimestamp(4, java.sql.Timestamp.from(end));
                change.setString(5, LOGIN);
                change.setLong(6, membership);
                change.setInt(7, (Integer) now[1] + 1);
                change.addBatch();
            }
        }
        change.executeBatch();
    }
}
