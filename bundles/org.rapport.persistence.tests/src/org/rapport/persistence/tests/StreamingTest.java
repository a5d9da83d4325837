package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.Order;
import org.rapport.persistence.testmodel.TestmodelFactory;

/** Results streamed from a database cursor: all of them, in order, untracked, and the cursor released. */
class StreamingTest {

    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;
    private static final int CUSTOMERS = 2_345; // several fetch blocks and a partial last one

    @TempDir
    Path home;

    private static void fill(StoreFixture fixture) {
        try (BatchWriter writer = fixture.store.batchWriter(500)) {
            for (int n = 0; n < CUSTOMERS; n++) {
                Customer customer = F.createCustomer();
                customer.setReference(String.format("S-%05d", n));
                customer.setName(n % 2 == 0 ? "Even " + n : "Odd " + n);
                if (n % 1000 == 7) {
                    Order order = F.createOrder();
                    order.setNumber("O-" + n);
                    customer.getOrders().add(order);
                }
                writer.add(customer);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyRowComesInOrderWithoutBeingKept(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            fill(fixture);
            try (UnitOfWork work = fixture.store.begin()) {
                List<String> references = new ArrayList<>();
                List<String> orders = new ArrayList<>();
                try (Stream<Customer> customers = work.stream("SELECT c FROM Customer c ORDER BY c.reference")) {
                    customers.forEach(customer -> {
                        references.add(customer.getReference());
                        // lists are read on use, also for streamed objects
                        customer.getOrders().forEach(order -> orders.add(order.getNumber()));
                        customer.setName("changed while streaming");
                    });
                }
                assertEquals(CUSTOMERS, references.size());
                for (int n = 0; n < CUSTOMERS; n++) {
                    assertEquals(String.format("S-%05d", n), references.get(n));
                }
                assertEquals(List.of("O-7", "O-1007", "O-2007"), orders);
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                assertEquals(0L, work.<Long> query("SELECT COUNT(c) FROM Customer c WHERE c.name = ?1", "changed while streaming").get(0),
                        "a streamed object was tracked and stored");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void projectionsStreamAndAStreamClosedEarlyLeavesTheUnitOfWorkUsable(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            fill(fixture);
            try (UnitOfWork work = fixture.store.begin()) {
                try (Stream<Object[]> rows = work.stream("SELECT c.reference, c.name FROM Customer c WHERE c.name LIKE ?1 ORDER BY c.reference", "Odd%")) {
                    List<Object[]> odd = rows.toList();
                    assertEquals(CUSTOMERS / 2, odd.size());
                    assertArrayEquals(new Object[] { "S-00001", "Odd 1" }, odd.get(0));
                }
                // a stream left after its first rows, many times over: each closes its cursor and gives its connection back
                for (int round = 0; round < 60; round++) {
                    try (Stream<Customer> customers = work.stream("SELECT c FROM Customer c ORDER BY c.reference")) {
                        assertEquals("S-00000", customers.findFirst().orElseThrow().getReference());
                    }
                }
                Customer first = work.<Customer> query("SELECT c FROM Customer c WHERE c.reference = ?1", "S-00000").get(0);
                assertFalse(((PersistentObject) first).persistentId() == 0);
                first.setName("stored");
                work.commit();
            }
        }
    }
}
