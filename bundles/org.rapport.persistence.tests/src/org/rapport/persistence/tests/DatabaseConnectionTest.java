package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.internal.DataSources;
import org.rapport.testing.RawFiles;
import org.rapport.testing.TestDatabases;

/** Connections to the three real databases, and the protection of the embedded one. */
class DatabaseConnectionTest {

    private static final String MARKER = "RAPPORT-PLAINTEXT-MARKER-7f3a9c";

    private static void writeAndRead(DataSource source) throws SQLException {
        String table = "probe_" + Long.toHexString(System.nanoTime());
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE " + table + " (id INT PRIMARY KEY, note VARCHAR(100))");
            statement.executeUpdate("INSERT INTO " + table + " VALUES (1, '" + MARKER + "')");
            try (ResultSet rows = statement.executeQuery("SELECT note FROM " + table)) {
                assertTrue(rows.next());
                assertEquals(MARKER, rows.getString(1));
            }
            if (!source.getClass().getName().contains("derby")) {
                statement.executeUpdate("DROP TABLE " + table); // a shared server: leave nothing behind
            }
        }
    }

    private static DatabaseSettings withPassword(DatabaseSettings settings, String password) {
        return new DatabaseSettings(settings.kind(), settings.url(), settings.user(), password, settings.encryption(), settings.bootPassword(),
                settings.home());
    }

    @Test
    void embeddedDatabaseAdmitsOnlyItsUser(@TempDir Path home) throws Exception {
        DatabaseSettings settings = TestDatabases.embeddedDerby(home);
        DataSources.createEmbedded(settings);
        writeAndRead(DataSources.open(settings));
        DataSources.shutdownEmbedded(settings);

        SQLException wrong = assertThrows(SQLException.class, () -> DataSources.open(withPassword(settings, "guess")).getConnection().close());
        assertEquals("08004", wrong.getSQLState(), "Derby refuses a wrong password with 08004: " + wrong.getMessage());
        DatabaseSettings stranger = new DatabaseSettings(settings.kind(), settings.url(), "mallory", settings.password(), Optional.empty(),
                Optional.empty(), home);
        assertThrows(SQLException.class, () -> DataSources.open(stranger).getConnection().close());
        DataSources.shutdownEmbedded(settings);
    }

    @Test
    void encryptedDatabaseNeedsItsKeyAndKeepsNoPlainText(@TempDir Path home) throws Exception {
        DatabaseSettings plain = TestDatabases.embeddedDerby(home.resolve("plain"));
        DataSources.createEmbedded(plain);
        writeAndRead(DataSources.open(plain));
        DataSources.shutdownEmbedded(plain);
        assertTrue(containsMarker(plain.embeddedLocation()), "control: an unencrypted database stores the text as it is");

        DatabaseSettings base = TestDatabases.embeddedDerby(home.resolve("secret"));
        DatabaseSettings encrypted = new DatabaseSettings(base.kind(), base.url(), base.user(), base.password(), Optional.of("AES"),
                Optional.of("correct horse battery staple"), base.home());
        DataSources.createEmbedded(encrypted);
        writeAndRead(DataSources.open(encrypted));
        DataSources.shutdownEmbedded(encrypted);
        assertFalse(containsMarker(encrypted.embeddedLocation()), "the encrypted database's files hold the plain text");

        DatabaseSettings noKey = new DatabaseSettings(base.kind(), base.url(), base.user(), base.password(), Optional.of("AES"), Optional.empty(),
                base.home());
        assertThrows(SQLException.class, () -> DataSources.open(noKey).getConnection().close());
        DatabaseSettings wrongKey = new DatabaseSettings(base.kind(), base.url(), base.user(), base.password(), Optional.of("AES"),
                Optional.of("wrong key, long enough"), base.home());
        assertThrows(SQLException.class, () -> DataSources.open(wrongKey).getConnection().close());
    }

    private static boolean containsMarker(Path database) throws IOException {
        return !RawFiles.holding(database, MARKER).isEmpty();
    }

    @Test
    void derbyNetworkServerServesARapportDatabase(@TempDir Path home) throws Exception {
        try (TestDatabases.DerbyServer server = TestDatabases.DerbyServer.start()) {
            DatabaseSettings settings = server.newDatabase(home);
            DatabaseSettings create = new DatabaseSettings(settings.kind(), settings.url() + ";create=true", settings.user(), settings.password(),
                    Optional.empty(), Optional.empty(), home);
            try (Connection ignored = DataSources.open(create).getConnection()) {
                // the first connection creates the database
            }
            writeAndRead(DataSources.open(settings));
        }
    }

    @Test
    void postgresqlServesTheTestDatabase(@TempDir Path home) throws Exception {
        DatabaseSettings settings = TestDatabases.postgresql(home);
        writeAndRead(DataSources.open(settings));
        SQLException wrong = assertThrows(SQLException.class, () -> DataSources.open(withPassword(settings, "guess")).getConnection().close());
        assertEquals("28P01", wrong.getSQLState(), "PostgreSQL refuses a wrong password with 28P01: " + wrong.getMessage());
    }
}
