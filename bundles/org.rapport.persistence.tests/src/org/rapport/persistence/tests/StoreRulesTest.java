package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.ConstraintViolationException;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;

/** What the database refuses, and the batch path, on each database. */
class StoreRulesTest {

    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;
    private static final TestmodelPackage P = TestmodelPackage.eINSTANCE;

    @TempDir
    Path home;

    private static Customer customer(String reference) {
        Customer customer = F.createCustomer();
        customer.setReference(reference);
        customer.setName("Customer " + reference);
        return customer;
    }

    private static long count(StoreFixture fixture) {
        try (UnitOfWork work = fixture.store.begin()) {
            return work.<Long> query("SELECT COUNT(c) FROM Customer c").get(0);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aDuplicateOfAUniqueFeatureIsRefusedNamingTheFeature(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            try (UnitOfWork work = fixture.store.begin()) {
                work.add(customer("C-1"));
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                work.add(customer("C-1"));
                ConstraintViolationException refused = assertThrows(ConstraintViolationException.class, work::commit);
                assertEquals(P.getParty_Reference(), refused.feature().orElseThrow(() -> new AssertionError("no feature in: " + refused.getMessage())));
                assertTrue(refused.getMessage().startsWith("Party.reference"), refused.getMessage());
            }
            assertEquals(1, count(fixture), "the refused commit wrote nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aMissingRequiredValueIsRefusedNamingTheFeature(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            try (UnitOfWork work = fixture.store.begin()) {
                work.add(customer(null));
                ConstraintViolationException refused = assertThrows(ConstraintViolationException.class, work::commit);
                assertEquals(P.getParty_Reference(), refused.feature().orElseThrow(() -> new AssertionError("no feature in: " + refused.getMessage())));
            }
            assertEquals(0, count(fixture));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theBatchPathCommitsWholeBatchesOnly(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            BatchWriter writer = fixture.store.batchWriter(1000);
            for (int i = 0; i < 2500; i++) {
                writer.add(customer("B-" + i));
            }
            writer.close();
            assertEquals(2500, writer.committed());
            assertEquals(2500, count(fixture));

            BatchWriter failing = fixture.store.batchWriter(1000);
            for (int i = 0; i < 2000; i++) {
                failing.add(customer("N-" + i));
            }
            for (int i = 0; i < 999; i++) {
                failing.add(customer("M-" + i));
            }
            // the third batch's last object repeats a stored reference: that whole batch is refused
            assertThrows(ConstraintViolationException.class, () -> failing.add(customer("B-7")));
            assertEquals(2000, failing.committed());
            assertEquals(4500, count(fixture));
        }
    }
}
