package org.rapport.persistence.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EPackage;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.testing.TestDatabases;

/** A store on a new, empty database of one kind, with the test model's tables; closing drops it. */
final class StoreFixture implements AutoCloseable {

    final EclipseLinkStore store;
    private final DatabaseSettings settings;
    private final TestDatabases.DerbyServer server;

    private StoreFixture(EclipseLinkStore store, DatabaseSettings settings, TestDatabases.DerbyServer server) {
        this.store = store;
        this.settings = settings;
        this.server = server;
    }

    static StoreFixture open(DatabaseKind kind, Path home) throws Exception {
        List<EPackage> packages = List.of(TestmodelPackage.eINSTANCE);
        switch (kind) {
        case DERBY_EMBEDDED -> {
            DatabaseSettings settings = TestDatabases.embeddedDerby(home);
            DataSources.createEmbedded(settings);
            return new StoreFixture(EclipseLinkStore.open(settings, packages, EclipseLinkStore.Schema.CREATE), settings, null);
        }
        case DERBY_NETWORK -> {
            TestDatabases.DerbyServer server = TestDatabases.DerbyServer.start();
            DatabaseSettings fresh = server.newDatabase(home);
            DatabaseSettings settings = new DatabaseSettings(fresh.kind(), fresh.url() + ";create=true", fresh.user(), fresh.password(), Optional.empty(),
                    Optional.empty(), home);
            return new StoreFixture(EclipseLinkStore.open(settings, packages, EclipseLinkStore.Schema.CREATE), settings, server);
        }
        case POSTGRESQL -> {
            DatabaseSettings settings = TestDatabases.postgresqlSchema(home);
            return new StoreFixture(EclipseLinkStore.open(settings, packages, EclipseLinkStore.Schema.CREATE), settings, null);
        }
        default -> throw new IllegalArgumentException(kind.toString());
        }
    }

    @Override
    public void close() throws Exception {
        store.close();
        switch (settings.kind()) {
        case DERBY_EMBEDDED -> DataSources.shutdownEmbedded(settings);
        case DERBY_NETWORK -> server.close();
        case POSTGRESQL -> TestDatabases.dropPostgresql(settings);
        }
    }
}
