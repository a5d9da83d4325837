package org.rapport.testing;

import java.util.Collection;

import org.eclipse.emf.ecore.EClass;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/**
 * A store that hands everything to another: a test extends it to watch what services ask of the
 * store (the units of work they begin, the statements they run) and overrides only that.
 */
public abstract class ForwardingStore implements Store {

    protected final Store store;

    protected ForwardingStore(Store store) {
        this.store = store;
    }

    @Override
    public UnitOfWork begin() {
        return store.begin();
    }

    @Override
    public BatchWriter batchWriter(int batchSize) {
        return store.batchWriter(batchSize);
    }

    @Override
    public void scrub(Collection<EClass> classes) {
        store.scrub(classes);
    }

    @Override
    public DatabaseSettings settings() {
        return store.settings();
    }

    @Override
    public void close() {
        store.close();
    }
}
