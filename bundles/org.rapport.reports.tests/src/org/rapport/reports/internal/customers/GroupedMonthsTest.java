package org.rapport.reports.internal.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;

/**
 * The retention and churn rates count every month of a breakdown in one pass over the records,
 * not with queries per month: over 12 months they ran 26 statements (each month and the month
 * before it, and the total), which made the Management dashboard's year take minutes. The figures
 * themselves are checked against the plain computation in {@link CustomerMeasuresTest}. (The other
 * customer measures keep a query per month: each reads its month's records by the index on their
 * time, and one pass was no faster for them in the benchmark.)
 */
class GroupedMonthsTest {

    @TempDir
    Path home;

    @Test
    void twelveMonthsByMonthCostAFewStatementsNotOneAMonth() throws Exception {
        try (ReportFixture fixture = new ReportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.store(Generated.buyers(2026, 30));
            AtomicInteger statements = new AtomicInteger();
            PurchaseFigures counted = new PurchaseFigures(new Counting(fixture.store, statements), ReportFixture.CLOCK, fixture.channels);
            ReportQuery year = new ReportQuery(new ReportPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)), "month", Map.of());
            // the pass over the year's sales, then the total's own two
            Map<ReportProvider, Integer> most = Map.of(new RetentionRate(counted), 1 + 2, new ChurnRate(counted), 1 + 2);
            most.forEach((measure, expected) -> {
                statements.set(0);
                ReportResult result = measure.compute(year, ReportProgress.NONE);
                assertEquals(12, result.rows().size(), measure.name());
                assertTrue(statements.get() <= expected, measure.name() + ": " + statements.get() + " statements for 12 months, at most " + expected);
            });
        }
    }

    /** The fixture's store, counting the statements its units of work run. */
    private record Counting(Store store, AtomicInteger statements) implements Store {

        @Override
        public UnitOfWork begin() {
            UnitOfWork work = store.begin();
            return new UnitOfWork() {
                @Override
                public <T extends EObject> Optional<T> find(EClass eClass, long id) {
                    statements.incrementAndGet();
                    return work.find(eClass, id);
                }

                @Override
                public <T> List<T> query(String jpql, Object... parameters) {
                    statements.incrementAndGet();
                    return work.query(jpql, parameters);
                }

                @Override
                public <T> List<T> page(String jpql, int first, int max, Object... parameters) {
                    statements.incrementAndGet();
                    return work.page(jpql, first, max, parameters);
                }

                @Override
                public <T> Stream<T> stream(String jpql, Object... parameters) {
                    statements.incrementAndGet();
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
            // the fixture closes its store
        }
    }
}
