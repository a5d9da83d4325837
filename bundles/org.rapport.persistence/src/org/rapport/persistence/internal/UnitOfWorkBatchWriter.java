package org.rapport.persistence.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.rapport.persistence.api.BatchWriter;

/**
 * Writes each batch in a unit of work of its own, released after the commit, so nothing of a
 * written batch stays reachable; EclipseLink's batch writing sends each batch's inserts to the
 * database in a few statements.
 */
final class UnitOfWorkBatchWriter implements BatchWriter {

    private final EclipseLinkStore store;
    private final int batchSize;
    private final List<EObject> pending;
    private long committed;

    UnitOfWorkBatchWriter(EclipseLinkStore store, int batchSize) {
        this.store = store;
        this.batchSize = batchSize;
        this.pending = new ArrayList<>(batchSize);
    }

    @Override
    public void add(EObject object) {
        pending.add(object);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try (EclipseLinkUnitOfWork work = store.beginWork(store.readRules())) {
            for (EObject object : pending) {
                work.add(object);
            }
            work.commitAndEnd();
        }
        committed += pending.size();
        pending.clear();
    }

    @Override
    public long committed() {
        return committed;
    }

    @Override
    public void close() {
        flush();
    }
}
