package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.StatementLog;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * A commit that changes many objects of one class, not all the same attributes, sends one JDBC
 * batch per set of changed columns, not one per run of equal statements in key order (the
 * complaints' escalation tick: finding C6 of docs/performance.md), and every change arrives.
 */
class UpdateBatchingTest {

    private static final TestmodelPackage P = TestmodelPackage.eINSTANCE;
    private static final int CUSTOMERS = 60;

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void updatesOfTwoShapesInterleavedByKeyGoInTwoBatches(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            List<Long> ids = new ArrayList<>();
            try (UnitOfWork work = fixture.store.begin()) {
                List<Customer> customers = new ArrayList<>();
                for (int i = 0; i < CUSTOMERS; i++) {
                    Customer customer = TestmodelFactory.eINSTANCE.createCustomer();
                    customer.setReference("B-" + i);
                    customer.setName("Customer " + i);
                    work.add(customer);
                    customers.add(customer);
                }
                work.commit();
                customers.forEach(c -> ids.add(((PersistentObject) c).persistentId()));
            }
            StatementLog log = StatementLog.attach(fixture.store);
            try (UnitOfWork work = fixture.store.begin()) {
                for (int i = 0; i < CUSTOMERS; i++) {
                    Customer customer = work.<Customer> find(P.getCustomer(), ids.get(i)).orElseThrow();
                    // by key, every other one has one more changed column: two statement texts, alternating
                    customer.setVisits(i + 1);
                    if (i % 2 == 0) {
                        customer.setName("Renamed " + i);
                    }
                }
                log.take();
                work.commit();
            }
            List<String> updates = log.take().stream().filter(s -> s.startsWith("UPDATE")).toList();
            assertEquals(2, updates.size(), () -> "one batch per statement text: " + updates);
            try (UnitOfWork work = fixture.store.begin()) {
                for (int i = 0; i < CUSTOMERS; i++) {
                    Customer customer = work.<Customer> find(P.getCustomer(), ids.get(i)).orElseThrow();
                    assertEquals(i + 1, customer.getVisits());
                    assertEquals((i % 2 == 0 ? "Renamed " : "Customer ") + i, customer.getName());
                    assertEquals(2, ((PersistentObject) customer).persistentVersion(), "the version rose once");
                }
            }
        }
    }
}
