package org.rapport.reports.internal.customers;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.ForwardingStore;

/**
 * A fixture's store that notes each statement its units of work run (the JPQL of a query, page or
 * stream; a find by identity), so a test can say how many and of what shape: what the figures
 * cost, which the tests of the figures themselves cannot see. Its units of work do the rest as
 * the fixture's store does.
 */
final class QueryLog extends ForwardingStore {

    private final List<String> statements = new CopyOnWriteArrayList<>();

    QueryLog(Store store) {
        super(store);
    }

    /** The statements since the last {@link #clear()}, in order. */
    List<String> statements() {
        return List.copyOf(statements);
    }

    int count() {
        return statements.size();
    }

    void clear() {
        statements.clear();
    }

    @Override
    public UnitOfWork begin() {
        UnitOfWork work = store.begin();
        return new UnitOfWork() {
            @Override
            public <T extends EObject> Optional<T> find(EClass eClass, long id) {
                statements.add("find " + eClass.getName() + " " + id);
                return work.find(eClass, id);
            }

            @Override
            public <T> List<T> query(String jpql, Object... parameters) {
                statements.add(jpql);
                return work.query(jpql, parameters);
            }

            @Override
            public <T> List<T> page(String jpql, int first, int max, Object... parameters) {
                statements.add(jpql);
                return work.page(jpql, first, max, parameters);
            }

            @Override
            public <T> Stream<T> stream(String jpql, Object... parameters) {
                statements.add(jpql);
                return work.stream(jpql, parameters);
            }

            @Override
            public void add(EObject object) {
                work.add(object);
            }

            @Override
            public <T extends EObject> T merge(T detached) {
                return work.merge(detached);
            }

            @Override
            public List<Referrer> referrers(EObject target) {
                return work.referrers(target);
            }

            @Override
            public void skipReaction(String reactionId) {
                work.skipReaction(reactionId);
            }

            @Override
            public void remove(EObject object) {
                work.remove(object);
            }

            @Override
            public void commit() {
                work.commit();
            }

            @Override
            public void close() {
                work.close();
            }
        };
    }

    @Override
    public void close() {
        // the fixture closes its store
    }
}
