package org.rapport.persistence.internal;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.derby.jdbc.BasicClientDataSource40;
import org.apache.derby.jdbc.BasicEmbeddedDataSource40;
import org.postgresql.ds.PGSimpleDataSource;
import org.rapport.persistence.api.DatabaseSettings;

/**
 * Data sources for the three databases. Connections come from data sources, never from
 * DriverManager, which does not see the drivers through OSGi class loaders.
 */
public final class DataSources {

    /** Derby's name for AES in the mode it recommends for database encryption. */
    static final String DERBY_AES = "AES/CBC/NoPadding";

    private DataSources() {
    }

    /** A data source for an existing database. */
    public static DataSource open(DatabaseSettings settings) {
        return switch (settings.kind()) {
        case DERBY_EMBEDDED -> embedded(settings, false);
        case DERBY_NETWORK -> derbyNetwork(settings);
        case POSTGRESQL -> postgresql(settings);
        };
    }

    private static BasicEmbeddedDataSource40 embedded(DatabaseSettings settings, boolean create) {
        BasicEmbeddedDataSource40 source = new BasicEmbeddedDataSource40();
        source.setDatabaseName(settings.embeddedLocation().toString());
        source.setUser(settings.user());
        source.setPassword(settings.password());
        List<String> attributes = new ArrayList<>();
        if (create) {
            source.setCreateDatabase("create");
            settings.encryption().ifPresent(e -> {
                attributes.add("dataEncryption=true");
                attributes.add("encryptionAlgorithm=" + DERBY_AES);
            });
        }
        settings.bootPassword().ifPresent(key -> attributes.add("bootPassword=" + key));
        if (!attributes.isEmpty()) {
            source.setConnectionAttributes(String.join(";", attributes));
        }
        return source;
    }

    private static DataSource derbyNetwork(DatabaseSettings settings) {
        // jdbc:derby://host:port/name;attributes
        String[] parts = settings.url().substring("jdbc:".length()).split(";", 2);
        URI uri = URI.create(parts[0]);
        BasicClientDataSource40 source = new BasicClientDataSource40();
        if (parts.length > 1 && !parts[1].isBlank()) {
            source.setConnectionAttributes(parts[1]);
        }
        source.setServerName(uri.getHost());
        source.setPortNumber(uri.getPort() < 0 ? 1527 : uri.getPort());
        source.setDatabaseName(uri.getPath().substring(1));
        source.setUser(settings.user());
        source.setPassword(settings.password());
        return source;
    }

    private static DataSource postgresql(DatabaseSettings settings) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(settings.url());
        source.setUser(settings.user());
        source.setPassword(settings.password());
        return source;
    }

    /**
     * Creates an embedded database whose only user is the settings' user, with Derby's NATIVE
     * authentication switched on (credentials kept in the database itself) and, when the settings
     * ask for it, AES encryption with the boot password as key. The database is shut down at the
     * end, so that the next boot enforces authentication.
     */
    public static void createEmbedded(DatabaseSettings settings) throws SQLException {
        if (settings.password().isEmpty()) {
            throw new IllegalArgumentException("an embedded database needs a password for its user");
        }
        if (settings.encryption().isPresent() && settings.bootPassword().isEmpty()) {
            throw new IllegalArgumentException("an encrypted database needs a boot password");
        }
        try (Connection connection = embedded(settings, true).getConnection()) {
            // the owner creating itself as the first user switches NATIVE::LOCAL authentication on
            call(connection, "CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)", settings.user(), settings.password());
            // nobody but authenticated users may connect, and SQL grants apply
            call(connection, "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)", "derby.database.sqlAuthorization", "true");
        }
        shutdownEmbedded(settings);
    }

    /** Shuts an embedded database down cleanly (Derby reports success as SQLState 08006). */
    public static void shutdownEmbedded(DatabaseSettings settings) throws SQLException {
        BasicEmbeddedDataSource40 source = embedded(settings, false);
        source.setShutdownDatabase("shutdown");
        try (Connection ignored = source.getConnection()) {
            throw new SQLException("Derby did not shut down " + settings.embeddedLocation());
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static void call(Connection connection, String sql, String first, String second) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, first);
            statement.setString(2, second);
            statement.execute();
        }
    }
}
