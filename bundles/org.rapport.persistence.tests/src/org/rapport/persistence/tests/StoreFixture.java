package org.rapport.persistence.tests;

import java.nio.file.Path;
import java.util.List;

import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.testing.FreshDatabase;

/**
 * A store on a new, empty database of one kind, with the test model's tables made from the model
 * (Schema.CREATE, a convenience of the mapping tests; the product migrates); closing drops it.
 */
final class StoreFixture implements AutoCloseable {

    final EclipseLinkStore store;
    private final FreshDatabase database;

    private StoreFixture(EclipseLinkStore store, FreshDatabase database) {
        this.store = store;
        this.database = database;
    }

    static StoreFixture open(DatabaseKind kind, Path home) throws Exception {
        FreshDatabase database = FreshDatabase.create(kind, home);
        return new StoreFixture(EclipseLinkStore.open(database.settings, List.of(TestmodelPackage.eINSTANCE), EclipseLinkStore.Schema.CREATE), database);
    }

    @Override
    public void close() throws Exception {
        store.close();
        database.close();
    }
}
