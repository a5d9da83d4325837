package org.rapport.testing;

import java.nio.file.Path;
import java.util.List;

import org.rapport.persistence.api.AccessPolicy;
import org.rapport.persistence.api.ChangeJournal;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.internal.Schemas;

/** A new, empty database of one kind (embedded Derby created, server databases created on first connection); closing drops it. */
public final class FreshDatabase implements AutoCloseable {

    public final DatabaseSettings settings;
    private final TestDatabases.DerbyServer server;

    private FreshDatabase(DatabaseSettings settings, TestDatabases.DerbyServer server) {
        this.settings = settings;
        this.server = server;
    }

    public static FreshDatabase create(DatabaseKind kind, Path home) throws Exception {
        switch (kind) {
        case DERBY_EMBEDDED -> {
            DatabaseSettings settings = TestDatabases.embeddedDerby(home);
            DataSources.createEmbedded(settings);
            return new FreshDatabase(settings, null);
        }
        case DERBY_NETWORK -> {
            TestDatabases.DerbyServer server = TestDatabases.DerbyServer.start();
            return new FreshDatabase(server.newDatabaseCreatedOnConnect(home), server);
        }
        case POSTGRESQL -> {
            return new FreshDatabase(TestDatabases.postgresqlSchema(home), null);
        }
        default -> throw new IllegalArgumentException(kind.toString());
        }
    }

    /**
     * An embedded database made earlier with these settings, opened again (a benchmark reuses the
     * million customers it wrote in an earlier run).
     */
    public static FreshDatabase reopenEmbedded(DatabaseSettings settings) {
        // it boots on the first connection; its user exists already
        return new FreshDatabase(settings, null);
    }

    /**
     * The embedded database that {@link #create} made in this folder, opened again with the
     * password it was made with (each new test database gets a new one, so the caller kept it).
     */
    public static FreshDatabase reopenEmbedded(Path folder, String password) {
        DatabaseSettings made = TestDatabases.embeddedDerby(folder);
        return reopenEmbedded(new DatabaseSettings(made.kind(), made.url(), made.user(), password, made.encryption(), made.bootPassword(), made.home()));
    }

    /**
     * The store of this database as the product opens it: the engine's and the contributions'
     * changelogs applied, the schema checked against the models. Close it before this database.
     */
    public Store migratedStore(List<ModelContribution> contributions) {
        return migratedStore(contributions, List.of());
    }

    /** Like {@link #migratedStore(List)}, with change journals that every commit reports to, as the store component wires them. */
    public Store migratedStore(List<ModelContribution> contributions, List<ChangeJournal> journals) {
        return migratedStore(contributions, journals, null);
    }

    /**
     * Like {@link #migratedStore(List, List)}, with the policy that decides what units of work may
     * read (null for none), as the store component wires it.
     */
    public Store migratedStore(List<ModelContribution> contributions, List<ChangeJournal> journals, AccessPolicy policy) {
        EclipseLinkStore store = Schemas.openMigrated(settings, Schemas.sources(contributions));
        store.setJournals(List.copyOf(journals));
        store.setAccessPolicy(policy);
        return store;
    }

    @Override
    public void close() throws Exception {
        switch (settings.kind()) {
        case DERBY_EMBEDDED -> DataSources.shutdownEmbedded(settings);
        case DERBY_NETWORK -> server.close();
        case POSTGRESQL -> TestDatabases.dropPostgresql(settings);
        }
    }
}
