package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.Channels.ChannelInfo;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.internal.DataSources;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.TestUsers;

/**
 * A database made before channels became a list (up to customers-10, with the enum's literals
 * stored) is migrated by customers-11: every stored literal becomes the domain's code, PARTNER and
 * EVENT stay as added channels that the store reads, and purchases become sales.
 */
class ChannelMigrationTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void storedLiteralsBecomeCodesAndUnknownOnesStayAsAddedChannels(DatabaseKind kind) throws Exception {
        try (FreshDatabase database = FreshDatabase.create(kind, home)) {
            ReleasedSchema.migrate(database, "db-test/customers-10.xml");
            List<String> literals = List.of("STORE", "WEB", "PHONE", "APP", "PARTNER", "EVENT", "OTHER");
            try (Connection connection = DataSources.open(database.settings).getConnection(); Statement sql = connection.createStatement()) {
                for (int i = 0; i < literals.size(); i++) {
                    long id = 1000 + i;
                    sql.executeUpdate("INSERT INTO CUST_CUSTOMER (ID, NAME, REFERENCE, STATUS, CHANNEL, VERSION) VALUES (" + id + ", 'Old " + i + "', 'OLD-" + i
                            + "', 'ACTIVE', '" + literals.get(i) + "', 1)");
                    sql.executeUpdate("INSERT INTO CUST_PURCHASE (ID, AMOUNT, CHANNEL, VERSION, PURCHASES_OWNER, PURCHASES_POS) VALUES (" + (2000 + i)
                            + ", 10.00, '" + literals.get(i) + "', 1, " + id + ", 0)");
                    sql.executeUpdate("INSERT INTO CUST_INTERACTION (ID, CHANNEL, VERSION, INTERACTIONS_OWNER, INTERACTIONS_POS) VALUES (" + (3000 + i) + ", '"
                            + literals.get(i) + "', 1, " + id + ", 0)");
                }
            }

            ReleasedSchema.migrateToCurrent(database);

            List<String> codes = List.of("store", "web-shop", "hotline", "app", "partner", "event", "other");
            for (String table : List.of("CUST_CUSTOMER", "CUST_PURCHASE", "CUST_INTERACTION")) {
                assertEquals(codes, ReleasedSchema.column(database, "SELECT CHANNEL FROM " + table + " ORDER BY ID"), table);
            }
            assertEquals(List.of("SALE", "SALE", "SALE", "SALE", "SALE", "SALE", "SALE"), ReleasedSchema.column(database, "SELECT KIND FROM CUST_PURCHASE ORDER BY ID"));
            assertEquals(List.of("event", "partner"), ReleasedSchema.column(database, "SELECT CODE FROM CUST_CHANNEL ORDER BY CODE"));

            try (Store store = database.migratedStore(List.of(new CustomersModel()))) {
                TestUsers users = new TestUsers();
                users.add(TestUsers.administrator("root"));
                users.as("root");
                Channels channels = new ChannelsService(store, users, ImportFixture.CLOCK);
                List<ChannelInfo> all = channels.channels();
                assertEquals(List.of("store", "web-shop", "app", "social-media", "hotline", "field-sales", "other", "event", "partner"),
                        all.stream().map(ChannelInfo::code).toList());
                assertEquals("Partner", channels.label("partner"));
                // the migrated rows' ids are negative: the next channel takes one from the sequence
                channels.add("live-stream", "Live stream", List.of());
                assertEquals(List.of("event", "live-stream", "partner"), ReleasedSchema.column(database, "SELECT CODE FROM CUST_CHANNEL ORDER BY CODE"));
            }
        }
    }
}
