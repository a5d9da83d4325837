package org.rapport.persistence.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.rapport.core.api.Folders;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.testing.TestDatabases;

/**
 * New, empty databases of one kind, each with the test model's tables, made as the tests make
 * them (see StoreFixture of org.rapport.persistence.tests): an embedded Derby database in a
 * folder of its own, a database of one Derby network server (started here, in this JVM), or a
 * schema of its own in the PostgreSQL test database.
 */
final class FreshDatabases implements AutoCloseable {

    private final DatabaseKind kind;
    private final Path work;
    private final TestDatabases.DerbyServer server;
    private int made;

    FreshDatabases(DatabaseKind kind, Path work) throws Exception {
        this.kind = kind;
        this.work = work;
        this.server = kind == DatabaseKind.DERBY_NETWORK ? TestDatabases.DerbyServer.start() : null;
    }

    /** A new, empty database whose tables exist. */
    Fresh create() throws Exception {
        Path home = work.resolve(kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + (++made));
        Files.createDirectories(home);
        DatabaseSettings settings = switch (kind) {
        case DERBY_EMBEDDED -> {
            DatabaseSettings embedded = TestDatabases.embeddedDerby(home);
            DataSources.createEmbedded(embedded);
            yield embedded;
        }
        case DERBY_NETWORK -> server.newDatabaseCreatedOnConnect(home);
        case POSTGRESQL -> TestDatabases.postgresqlSchema(home);
        };
        // the engine creates the tables, indexes and the sequence table, so both sides get the same schema
        EclipseLinkStore.open(settings, List.of(TestmodelPackage.eINSTANCE), EclipseLinkStore.Schema.CREATE).close();
        return new Fresh(settings, home);
    }

    /** One new database; closing it drops it. */
    final class Fresh implements AutoCloseable {
        final DatabaseSettings settings;
        private final Path home;

        Fresh(DatabaseSettings settings, Path home) {
            this.settings = settings;
            this.home = home;
        }

        EclipseLinkStore openStore() {
            return EclipseLinkStore.open(settings, List.of(TestmodelPackage.eINSTANCE), EclipseLinkStore.Schema.EXISTING);
        }

        Connection connect() throws SQLException {
            return DataSources.open(settings).getConnection();
        }

        @Override
        public void close() throws Exception {
            switch (kind) {
            case DERBY_EMBEDDED -> DataSources.shutdownEmbedded(settings);
            case DERBY_NETWORK -> {
                String url = settings.url().replace(";create=true", ";shutdown=true");
                DatabaseSettings shutdown = new DatabaseSettings(kind, url, settings.user(), settings.password(), Optional.empty(),
                        Optional.empty(), home);
                try (Connection ignored = DataSources.open(shutdown).getConnection()) {
                    // a shut-down database refuses the connection
                } catch (SQLException expected) {
                    // 08006: shut down
                }
                String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf(';'));
                Folders.deleteTree(Path.of(System.getProperty("derby.system.home", ".")).resolve(name));
            }
            case POSTGRESQL -> TestDatabases.dropPostgresql(settings);
            }
            Folders.deleteTree(home);
        }
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }
}
