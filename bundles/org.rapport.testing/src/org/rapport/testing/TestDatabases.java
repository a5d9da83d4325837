package org.rapport.testing;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.internal.LoopbackDerbyServer;

/**
 * Real databases for tests: never mocks. Each call gives settings for a database of its own, so
 * tests do not see each other's data.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** Settings for a new embedded Derby database in {@code folder} (not created yet). */
    public static DatabaseSettings embeddedDerby(Path folder) {
        return new DatabaseSettings(DatabaseKind.DERBY_EMBEDDED, "jdbc:derby:" + folder.resolve("db"), "rapport", randomPassword(),
                Optional.empty(), Optional.empty(), folder);
    }

    /**
     * Settings for a new, empty schema of the PostgreSQL test database, so tests never see each
     * other's tables; drop it with {@link #dropPostgresql(DatabaseSettings)}.
     */
    public static DatabaseSettings postgresqlSchema(Path home) throws java.sql.SQLException {
        DatabaseSettings database = postgresql(home);
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (java.sql.Connection connection = org.rapport.persistence.internal.DataSources.open(database).getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        String separator = database.url().contains("?") ? "&" : "?";
        return new DatabaseSettings(database.kind(), database.url() + separator + "currentSchema=" + schema, database.user(), database.password(),
                Optional.empty(), Optional.empty(), home);
    }

    /** Drops the schema of settings made by {@link #postgresqlSchema(Path)}. */
    public static void dropPostgresql(DatabaseSettings settings) throws java.sql.SQLException {
        String schema = settings.url().replaceAll(".*currentSchema=([a-z0-9_]+).*", "$1");
        try (java.sql.Connection connection = org.rapport.persistence.internal.DataSources.open(settings).getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    /** Settings for the PostgreSQL test database that {@code ./test} prepares on 127.0.0.1. */
    public static DatabaseSettings postgresql(Path home) {
        String url = System.getenv("RAPPORT_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            throw new AssertionError("RAPPORT_TEST_PG_URL is not set: run the tests with ./test, which starts PostgreSQL on "
                    + "127.0.0.1 and prepares the test database, or set RAPPORT_TEST_PG_URL, RAPPORT_TEST_PG_USER and RAPPORT_TEST_PG_PASSWORD");
        }
        return new DatabaseSettings(DatabaseKind.POSTGRESQL, url, System.getenv().getOrDefault("RAPPORT_TEST_PG_USER", "rapport_test"),
                System.getenv().getOrDefault("RAPPORT_TEST_PG_PASSWORD", ""), Optional.empty(), Optional.empty(), home);
    }

    /** A random password, as Rapport generates for a new embedded database. */
    public static String randomPassword() {
        return UUID.randomUUID().toString();
    }

    /**
     * A new, empty database of one kind that another process can open too (the network server's
     * database is created by the first connection), and what removes it afterwards.
     */
    public record SharedDatabase(DatabaseSettings settings, DerbyServer server) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            if (server != null) {
                server.close();
            }
            if (settings.kind() == DatabaseKind.POSTGRESQL) {
                dropPostgresql(settings);
            }
        }
    }

    /** A new database of one kind for tests that write from another process (see {@link ChildJvm}). */
    public static SharedDatabase shared(DatabaseKind kind, Path home) throws Exception {
        return switch (kind) {
        case DERBY_EMBEDDED -> new SharedDatabase(embeddedDerby(home), null);
        case DERBY_NETWORK -> {
            DerbyServer server = DerbyServer.start();
            yield new SharedDatabase(server.newDatabaseCreatedOnConnect(home), server);
        }
        case POSTGRESQL -> new SharedDatabase(postgresqlSchema(home), null);
        };
    }

    /** A Derby network server on a free loopback port, stopped on close. */
    public static final class DerbyServer implements AutoCloseable {

        private final LoopbackDerbyServer server;

        private DerbyServer(LoopbackDerbyServer server) {
            this.server = server;
        }

        /** Starts a server; its databases live below derby.system.home of the test JVM. */
        public static DerbyServer start() throws Exception {
            return new DerbyServer(LoopbackDerbyServer.start());
        }

        /** Settings for a new database of this server (created on first connection with ;create=true). */
        public DatabaseSettings newDatabase(Path home) {
            String name = "t" + UUID.randomUUID().toString().replace("-", "");
            return new DatabaseSettings(DatabaseKind.DERBY_NETWORK, server.url(name), "rapport", randomPassword(), Optional.empty(), Optional.empty(),
                    home);
        }

        /** Settings for a new database of this server whose URL has ;create=true, so the first connection creates it. */
        public DatabaseSettings newDatabaseCreatedOnConnect(Path home) {
            DatabaseSettings fresh = newDatabase(home);
            return new DatabaseSettings(fresh.kind(), fresh.url() + ";create=true", fresh.user(), fresh.password(), fresh.encryption(), fresh.bootPassword(),
                    home);
        }

        @Override
        public void close() throws Exception {
            server.close();
        }
    }
}
