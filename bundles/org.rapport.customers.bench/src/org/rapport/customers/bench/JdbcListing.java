package org.rapport.customers.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.rapport.customers.api.Contacts;
import org.rapport.customers.api.CustomerListing.Contact;
import org.rapport.customers.api.CustomerListing.Row;
import org.rapport.customers.api.CustomerSearch;
import org.rapport.customers.api.DataQuality;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.persistence.api.DatabaseKind;

/**
 * The baseline of the searches and pages: what the list and the e-mail search show, read by hand
 * over JDBC on one connection, each statement prepared once.
 */
final class JdbcListing implements AutoCloseable {

    /** What the Customers part asks for. */
    static final int PAGE = 200;
    static final String ROW_SQL = "SELECT ID, REFERENCE, NAME, REGION, CHANNEL, STATUS, ACCOUNT_MANAGER, LAST_CONFIRMED_AT FROM CUST_CUSTOMER";
    /** The list's order by name, as StoreCustomerListing asks for it: Chinese names by their pinyin among the others. */
    static final String BY_NAME = " ORDER BY SORT_KEY, ID ";
    private static final String EMAIL_SQL = "SELECT c.ID, c.REFERENCE, c.NAME, c.REGION, e.ADDRESS FROM CUST_CUSTOMER c JOIN CUST_EMAIL_ADDRESS e "
            + "ON e.EMAILS_OWNER = c.ID WHERE e.ADDRESS = ? ORDER BY c.REFERENCE";
    private static final String FIRST_PHONE_SQL = "SELECT NUMBER_ FROM CUST_PHONE WHERE PHONES_OWNER = ? ORDER BY PHONES_POS FETCH FIRST 1 ROWS ONLY";

    private final Connection connection;
    private final DatabaseKind kind;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    JdbcListing(Connection connection, DatabaseKind kind) {
        this.connection = connection;
        this.kind = kind;
    }

    static String limit(DatabaseKind kind, int rows) {
        return kind == DatabaseKind.POSTGRESQL ? "LIMIT " + rows : "FETCH FIRST " + rows + " ROWS ONLY";
    }

    /** Prepares the statements of every search and page, so that none is prepared while timed. */
    void prepareAll() throws SQLException {
        prepared(EMAIL_SQL);
        prepared(FIRST_PHONE_SQL);
        prepared(referenceSql());
        prepared(pageSql());
        prepared("SELECT COUNT(*) FROM CUST_CUSTOMER");
    }

    /** Prepares a typed name's count statement before the count is timed. */
    void prepareCount(TextSql text) throws SQLException {
        prepared(text.count());
    }

    /**
     * A typed name's page: the branches in the list's order as one statement; when the initials'
     * identities (read first, from their index alone) find anyone, their rows by identity, merged
     * in by the sort key (Derby orders as Java does).
     */
    List<Row> nameRows(TextSql text) throws SQLException {
        PreparedStatement ordered = prepared(text.rows());
        bind(ordered, text.rowParameters());
        if (text.initials() == null) {
            return rowsOf(read(ordered));
        }
        PreparedStatement initials = prepared(text.initials());
        bind(initials, text.initialsParameters());
        List<Long> ids = new ArrayList<>();
        try (ResultSet found = initials.executeQuery()) {
            while (found.next()) {
                ids.add(found.getLong(1));
            }
        }
        List<Object[]> rows = read(ordered);
        if (ids.isEmpty()) {
            return rowsOf(rows);
        }
        Set<Long> have = new HashSet<>();
        rows.forEach(row -> have.add((Long) row[0]));
        ids.removeIf(have::contains);
        if (!ids.isEmpty()) {
            String in = String.join(",", Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement byId = connection.prepareStatement(ROW_SQL.replace(" FROM", ", SORT_KEY FROM") + " WHERE ID IN (" + in + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    byId.setLong(i + 1, ids.get(i));
                }
                rows.addAll(read(byId));
            }
        }
        rows.sort(Comparator.comparing((Object[] row) -> (String) row[8], Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(row -> (Long) row[0]));
        return rowsOf(rows.subList(0, Math.min(PAGE, rows.size())));
    }

    /** A typed name's count. */
    long nameCount(TextSql text) throws SQLException {
        PreparedStatement count = prepared(text.count());
        bind(count, text.countParameters());
        return single(count);
    }

    /** By hand one would ask for the reference as the data spells it (upper case), one index range. */
    List<Row> references(String typed) throws SQLException {
        PreparedStatement statement = prepared(referenceSql());
        statement.setString(1, typed.toUpperCase(Locale.ROOT) + "%");
        return rowsOf(read(statement));
    }

    private String referenceSql() {
        return ROW_SQL + " WHERE REFERENCE LIKE ?" + BY_NAME + limit(kind, PAGE);
    }

    /** A page of the whole list by name, by OFFSET. */
    List<Row> page(int first) throws SQLException {
        PreparedStatement statement = prepared(pageSql());
        statement.setInt(1, first);
        return rowsOf(read(statement));
    }

    private String pageSql() {
        return ROW_SQL + BY_NAME + (kind == DatabaseKind.POSTGRESQL ? "LIMIT " + PAGE + " OFFSET ?" : "OFFSET ? ROWS FETCH NEXT " + PAGE + " ROWS ONLY");
    }

    long countAll() throws SQLException {
        return single(prepared("SELECT COUNT(*) FROM CUST_CUSTOMER"));
    }

    /** What a hit shows (reference, name, e-mail, first phone, region) for the customers with this e-mail address. */
    List<CustomerSearch.Hit> email(String typed) throws SQLException {
        PreparedStatement email = prepared(EMAIL_SQL);
        PreparedStatement phone = prepared(FIRST_PHONE_SQL);
        List<CustomerSearch.Hit> hits = new ArrayList<>();
        email.setString(1, Contacts.normaliseEmail(typed));
        try (ResultSet found = email.executeQuery()) {
            while (found.next()) {
                phone.setLong(1, found.getLong(1));
                String number;
                try (ResultSet phones = phone.executeQuery()) {
                    number = phones.next() ? phones.getString(1) : null;
                }
                hits.add(new CustomerSearch.Hit(found.getString(2), found.getString(3), found.getString(5), number, found.getString(4)));
            }
        }
        return hits;
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet found = statement.executeQuery()) {
            found.next();
            return found.getLong(1);
        }
    }

    /** The statement's rows: the list's eight columns, and the sort key where the statement has a ninth. */
    private static List<Object[]> read(PreparedStatement statement) throws SQLException {
        List<Object[]> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            boolean keyed = rows.getMetaData().getColumnCount() > 8;
            while (rows.next()) {
                Timestamp confirmed = rows.getTimestamp(8);
                found.add(new Object[] { rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                        rows.getString(7), confirmed == null ? null : confirmed.toInstant(), keyed ? rows.getString(9) : null });
            }
        }
        return found;
    }

    /**
     * The rows as the list shows them: each customer's first phone number and e-mail address (the
     * earliest stored) with how many more, and the flags; one query per kind of contact for the
     * whole page, as one would write it by hand.
     */
    private List<Row> rowsOf(List<Object[]> found) throws SQLException {
        Set<Long> invalid = new HashSet<>();
        Map<Long, Contact> phones = firstContacts(found, "SELECT PHONES_OWNER, NUMBER_, VALID FROM CUST_PHONE WHERE PHONES_OWNER IN (%s) ORDER BY PHONES_OWNER, ID",
                Contacts::isValidPhone, invalid);
        Map<Long, Contact> emails = firstContacts(found,
                "SELECT EMAILS_OWNER, ADDRESS, VALID FROM CUST_EMAIL_ADDRESS WHERE EMAILS_OWNER IN (%s) ORDER BY EMAILS_OWNER, ID", Contacts::isValidEmail, invalid);
        Instant now = Signed.NOW;
        List<Row> rows = new ArrayList<>(found.size());
        for (Object[] row : found) {
            long id = (Long) row[0];
            Set<DataQuality.Flag> flags = EnumSet.noneOf(DataQuality.Flag.class);
            if (invalid.contains(id)) {
                flags.add(DataQuality.Flag.INVALID_CONTACT);
            }
            if (DataQuality.unconfirmed((Instant) row[7], now)) {
                flags.add(DataQuality.Flag.UNCONFIRMED);
            }
            rows.add(new Row(id, (String) row[1], (String) row[2], (String) row[3], (String) row[4], CustomerStatus.valueOf((String) row[5]), (String) row[6],
                    (Instant) row[7], flags, phones.get(id), emails.get(id)));
        }
        return rows;
    }

    /** The first contact of each customer of the page and how many more; adds the owners of a bad one to {@code invalid}. */
    private Map<Long, Contact> firstContacts(List<Object[]> customers, String sql, Predicate<String> wellFormed, Set<Long> invalid) throws SQLException {
        Map<Long, Contact> first = new HashMap<>();
        if (customers.isEmpty()) {
            return first;
        }
        String ids = String.join(",", Collections.nCopies(customers.size(), "?"));
        try (PreparedStatement contacts = connection.prepareStatement(String.format(Locale.ROOT, sql, ids))) {
            for (int i = 0; i < customers.size(); i++) {
                contacts.setLong(i + 1, (Long) customers.get(i)[0]);
            }
            try (ResultSet rows = contacts.executeQuery()) {
                while (rows.next()) {
                    long owner = rows.getLong(1);
                    String value = rows.getString(2);
                    boolean bad = rows.getInt(3) != 1 || value == null || !wellFormed.test(value);
                    if (bad) {
                        invalid.add(owner);
                    }
                    Contact kept = first.get(owner);
                    first.put(owner, kept == null ? new Contact(value, bad, 0) : new Contact(kept.value(), kept.invalid(), kept.more() + 1));
                }
            }
        }
        return first;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }
}
