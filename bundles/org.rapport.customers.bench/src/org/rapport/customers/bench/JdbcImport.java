package org.rapport.customers.bench;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rapport.customers.api.Contacts;
import org.rapport.customers.internal.NameKeys;

/**
 * The baseline: the same CSV files read with the same parser and written into the same tables
 * with JDBC batch inserts, a transaction per {@value #BATCH} rows, the rows the import writes
 * (checked by {@link StoredRows#compare}). What it leaves out is what makes the import an
 * import: validation with a rejects file, the duplicate checks by reference, e-mail and phone, the
 * import run's progress row. What it keeps is what any loader needs: the customer's ID for each
 * purchase, and the position after the customer's purchases already stored.
 */
final class JdbcImport {

    static final int BATCH = 1_000;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Connection connection;
    private final Instant createdAt;
    private final String manager;
    private long nextId;
    private long started;

    JdbcImport(Connection connection, Instant createdAt, String manager, long firstId) throws SQLException {
        this.connection = connection;
        this.createdAt = createdAt;
        this.manager = manager;
        this.nextId = firstId;
        connection.setAutoCommit(false);
    }

    /** The channel codes of CsvData's spellings, as the store's import reads them (Channels). */
    private static final Map<String, String> CHANNEL_CODES = Map.of("store", "store", "web", "web-shop", "app", "app", "phone", "hotline", "wechat",
            "social-media", "field sales", "field-sales");
    /** What the store's import writes into each purchase: an id of the same length. */
    private static final String IMPORT_ID = "imp-20260101-000000-000000";

    long customers(Path file) throws IOException, SQLException {
        started = System.nanoTime();
        long rows = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                PreparedStatement customer = connection.prepareStatement("INSERT INTO CUST_CUSTOMER (ID, ACCOUNT_MANAGER, BIRTHDAY, CHANNEL, COMPANY, "
                        + "CREATED_AT, GENDER, INCOME, LAST_CONFIRMED_AT, MARKETING_CONSENT, NAME, NOTES, OCCUPATION, VERSION, REFERENCE, REGION, STATUS, ADDRESS_ID, NAME_KEY, "
                        + "PINYIN_KEY, PINYIN_INITIALS, SORT_KEY) VALUES (?, ?, ?, ?, NULL, ?, 'UNKNOWN', NULL, NULL, 0, ?, NULL, NULL, 1, ?, ?, 'ACTIVE', NULL, ?, ?, ?, ?)");
                PreparedStatement email = connection.prepareStatement(
                        "INSERT INTO CUST_EMAIL_ADDRESS (ID, ADDRESS, LABEL, VERSION, VALID, EMAILS_OWNER, EMAILS_POS) VALUES (?, ?, NULL, 1, 1, ?, 0)");
                PreparedStatement phone = connection.prepareStatement(
                        "INSERT INTO CUST_PHONE (ID, LABEL, NUMBER_, VERSION, VALID, PHONES_OWNER, PHONES_POS) VALUES (?, NULL, ?, 1, 1, ?, 0)");
                PreparedStatement tag = connection.prepareStatement("INSERT INTO CUST_CUSTOMER_TAGS (OWNER_ID, ELEMENT, POSITION) VALUES (?, ?, ?)")) {
            Timestamp created = Timestamp.from(createdAt);
            for (CSVRecord record : FORMAT.parse(in)) {
                long id = nextId++;
                customer.setLong(1, id);
                customer.setString(2, manager);
                customer.setDate(3, Date.valueOf(LocalDate.parse(record.get("birthday").strip())));
                customer.setString(4, CHANNEL_CODES.get(record.get("channel").strip()));
                customer.setTimestamp(5, created);
                String name = record.get("name").strip();
                customer.setString(6, name);
                // the same keys the store keeps with the name, so both sides fill the same indexes
                NameKeys.of(name).bind(customer, 9);
                customer.setString(7, record.get("ref").strip());
                customer.setString(8, record.get("region").strip());
                customer.addBatch();
                String address = Contacts.normaliseEmail(record.get("email"));
                if (address != null) {
                    email.setLong(1, nextId++);
                    email.setString(2, address);
                    email.setLong(3, id);
                    email.addBatch();
                }
                String number = Contacts.normalisePhone(record.get("phone"));
                if (number != null) {
                    phone.setLong(1, nextId++);
                    phone.setString(2, number);
                    phone.setLong(3, id);
                    phone.addBatch();
                }
                Set<String> tags = new LinkedHashSet<>();
                for (String each : record.get("tags").split(";")) {
                    if (!each.isBlank()) {
                        tags.add(each.strip());
                    }
                }
                int position = 0;
                for (String each : tags) {
                    tag.setLong(1, id);
                    tag.setString(2, each);
                    tag.setInt(3, position++);
                    tag.addBatch();
                }
                if (++rows % BATCH == 0) {
                    flush(customer, email, phone, tag);
                    progress(rows);
                }
            }
            flush(customer, email, phone, tag);
        }
        return rows;
    }

    long purchases(Path file) throws IOException, SQLException {
        started = System.nanoTime();
        long rows = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                PreparedStatement owner = connection.prepareStatement(
                        "SELECT c.ID, (SELECT MAX(p.PURCHASES_POS) FROM CUST_PURCHASE p WHERE p.PURCHASES_OWNER = c.ID) FROM CUST_CUSTOMER c WHERE c.REFERENCE = ?");
                PreparedStatement purchase = connection.prepareStatement("INSERT INTO CUST_PURCHASE (ID, AMOUNT, AT_, CHANNEL, VERSION, PRODUCT, QUANTITY, STORE, "
                        + "PURCHASES_OWNER, PURCHASES_POS, KIND, ORDER_REF, ORDER_LINE, IMPORT_ID) VALUES (?, ?, ?, ?, 1, ?, ?, NULL, ?, ?, 'SALE', NULL, NULL, ?)")) {
            List<CSVRecord> batch = new ArrayList<>(BATCH);
            for (CSVRecord record : FORMAT.parse(in)) {
                batch.add(record);
                if (batch.size() == BATCH) {
                    rows += purchaseBatch(batch, owner, purchase);
                    batch.clear();
                    progress(rows);
                }
            }
            rows += purchaseBatch(batch, owner, purchase);
        }
        return rows;
    }

    private long purchaseBatch(List<CSVRecord> batch, PreparedStatement owner, PreparedStatement purchase) throws SQLException {
        // the customer's ID and where its list ends (its highest position, from the index customers-10 adds, as the engine's
        // append asks it), once per customer of the batch
        Map<String, long[]> owners = new HashMap<>();
        for (CSVRecord record : batch) {
            String reference = record.get("customer_ref").strip();
            if (!owners.containsKey(reference)) {
                owner.setString(1, reference);
                try (ResultSet found = owner.executeQuery()) {
                    // MAX of no rows is NULL, which getLong reads as 0: the next position is 0 then
                    owners.put(reference, found.next() ? new long[] { found.getLong(1), found.getObject(2) == null ? 0 : found.getLong(2) + 1 } : null);
                }
            }
        }
        long rows = 0;
        for (CSVRecord record : batch) {
            long[] customer = owners.get(record.get("customer_ref").strip());
            if (customer == null) {
                continue;
            }
            purchase.setLong(1, nextId++);
            purchase.setBigDecimal(2, new BigDecimal(record.get("amount").strip()).setScale(2));
            purchase.setTimestamp(3, Timestamp.from(OffsetDateTime.parse(record.get("date").strip()).toInstant()));
            purchase.setString(4, CHANNEL_CODES.get(record.get("channel").strip()));
            purchase.setString(5, record.get("product").strip());
            String quantity = record.get("quantity").strip();
            if (quantity.isEmpty()) {
                purchase.setNull(6, Types.INTEGER);
            } else {
                purchase.setInt(6, Integer.parseInt(quantity));
            }
            purchase.setLong(7, customer[0]);
            purchase.setLong(8, customer[1]++);
            purchase.setString(9, IMPORT_ID);
            purchase.addBatch();
            rows++;
        }
        purchase.executeBatch();
        connection.commit();
        return rows;
    }

    /** Every 100,000 rows, the rate so far, as the import's progress prints it. */
    private void progress(long rows) {
        if (rows % 100_000 == 0) {
            System.out.printf(Locale.ROOT, "[%s]   jdbc: %,d rows, %.0f rows/s%n", java.time.LocalTime.now().withNano(0), rows, rows / ((System.nanoTime() - started) / 1e9));
        }
    }

    private void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        connection.commit();
    }
}
