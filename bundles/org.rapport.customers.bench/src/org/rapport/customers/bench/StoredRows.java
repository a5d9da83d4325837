package org.rapport.customers.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.rapport.testing.FreshDatabase;

/** What the two sides of the import stored, read back to be compared. */
final class StoredRows {

    private StoredRows() {
    }

    /** The rows of the five tables the import writes: customers, e-mails, phones, tags, purchases. */
    static long[] counts(FreshDatabase database) throws SQLException {
        String[] tables = { "CUST_CUSTOMER", "CUST_EMAIL_ADDRESS", "CUST_PHONE", "CUST_CUSTOMER_TAGS", "CUST_PURCHASE" };
        long[] counts = new long[tables.length];
        for (int i = 0; i < tables.length; i++) {
            counts[i] = count(database, "SELECT COUNT(*) FROM " + tables[i]);
        }
        return counts;
    }

    static long count(FreshDatabase database, String sql) throws SQLException {
        try (Connection connection = BenchStores.connect(database); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Every column but the IDs of 100 customers spread over the file, with their lists, from both databases; the differences. */
    static List<String> compare(FreshDatabase jdbc, FreshDatabase imported) throws SQLException {
        List<String> differences = new ArrayList<>();
        try (Connection a = BenchStores.connect(jdbc); Connection b = BenchStores.connect(imported)) {
            for (int i = 0; i < 100 && differences.size() < 5; i++) {
                String reference = CsvData.reference((int) ((long) i * Sizes.CUSTOMERS / 100));
                List<String> left = customerRows(a, reference);
                List<String> right = customerRows(b, reference);
                if (!left.equals(right)) {
                    differences.add(reference + ": jdbc " + left + " import " + right);
                }
            }
        }
        return differences;
    }

    private static List<String> customerRows(Connection connection, String reference) throws SQLException {
        List<String> rows = new ArrayList<>();
        rows.addAll(rows(connection, "SELECT ACCOUNT_MANAGER, BIRTHDAY, CHANNEL, COMPANY, CREATED_AT, GENDER, INCOME, LAST_CONFIRMED_AT, MARKETING_CONSENT, "
                + "NAME, NOTES, OCCUPATION, VERSION, REFERENCE, REGION, STATUS, ADDRESS_ID FROM CUST_CUSTOMER WHERE REFERENCE = ?", reference));
        rows.addAll(rows(connection, "SELECT e.ADDRESS, e.LABEL, e.VERSION, e.VALID, e.EMAILS_POS FROM CUST_EMAIL_ADDRESS e JOIN CUST_CUSTOMER c "
                + "ON e.EMAILS_OWNER = c.ID WHERE c.REFERENCE = ? ORDER BY e.EMAILS_POS", reference));
        rows.addAll(rows(connection, "SELECT p.NUMBER_, p.LABEL, p.VERSION, p.VALID, p.PHONES_POS FROM CUST_PHONE p JOIN CUST_CUSTOMER c "
                + "ON p.PHONES_OWNER = c.ID WHERE c.REFERENCE = ? ORDER BY p.PHONES_POS", reference));
        rows.addAll(rows(connection, "SELECT t.ELEMENT, t.POSITION FROM CUST_CUSTOMER_TAGS t JOIN CUST_CUSTOMER c ON t.OWNER_ID = c.ID WHERE c.REFERENCE = ? "
                + "ORDER BY t.POSITION", reference));
        rows.addAll(rows(connection, "SELECT p.AMOUNT, p.AT_, p.CHANNEL, p.VERSION, p.PRODUCT, p.QUANTITY, p.STORE, p.PURCHASES_POS, p.KIND FROM CUST_PURCHASE p "
                + "JOIN CUST_CUSTOMER c ON p.PURCHASES_OWNER = c.ID WHERE c.REFERENCE = ? ORDER BY p.PURCHASES_POS", reference));
        return rows;
    }

    private static List<String> rows(Connection connection, String sql, String reference) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, reference);
            try (ResultSet found = statement.executeQuery()) {
                int columns = found.getMetaData().getColumnCount();
                while (found.next()) {
                    StringBuilder row = new StringBuilder("(");
                    for (int c = 1; c <= columns; c++) {
                        row.append(c > 1 ? "|" : "").append(found.getString(c));
                    }
                    rows.add(row.append(')').toString());
                }
            }
        }
        return rows;
    }
}
