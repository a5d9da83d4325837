package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.StaleEditException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.testmodel.Address;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.Order;
import org.rapport.persistence.testmodel.OrderLine;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;

/** Objects edited after their unit of work closed are merged into a new one and stored, or refused when stale. */
class DetachedMergeTest {

    private static final TestmodelPackage P = TestmodelPackage.eINSTANCE;
    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;

    @TempDir
    Path home;

    private static long store(StoreFixture fixture) {
        return MappingRoundTripTest.store(fixture, MappingRoundTripTest.build("1"));
    }

    private static Customer detach(StoreFixture fixture, long id, boolean readLists) {
        try (UnitOfWork work = fixture.store.begin()) {
            Customer customer = work.<Customer> find(P.getCustomer(), id).orElseThrow();
            if (readLists) {
                customer.getOrders().forEach(order -> order.getLines().forEach(OrderLine::getProduct));
                customer.getAddresses().size();
                customer.getTags().size();
            }
            return customer;
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void editsMadeWhileDetachedAreStoredByMerge(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long id = store(fixture);
            Customer detached = detach(fixture, id, true);
            detached.setName("王芳芳");
            detached.getTags().remove("eco");
            detached.getOrders().get(0).setTotal(new BigDecimal("99.0000"));
            detached.getAddresses().remove(0);
            Order order = F.createOrder();
            order.setNumber("O-NEW");
            order.setPlaced(Instant.parse("2026-11-01T09:00:00Z"));
            order.setTotal(new BigDecimal("7.0000"));
            OrderLine line = F.createOrderLine();
            line.setProduct(detached.getOrders().get(0).getLines().get(0).getProduct());
            line.setQuantity(3);
            line.setPrice(new BigDecimal("2.3300"));
            order.getLines().add(line);
            detached.getOrders().add(order);

            try (UnitOfWork work = fixture.store.begin()) {
                Customer merged = work.merge(detached);
                assertNotSame(detached, merged);
                assertEquals("王芳芳", merged.getName());
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Customer stored = work.<Customer> find(P.getCustomer(), id).orElseThrow();
                assertEquals("王芳芳", stored.getName());
                assertEquals(List.of("tea lover", "tea lover"), stored.getTags());
                assertEquals(List.of("O-1-1", "O-1-2", "O-NEW"), stored.getOrders().stream().map(Order::getNumber).toList());
                assertEquals(new BigDecimal("99.0000"), stored.getOrders().get(0).getTotal());
                assertEquals("TEA-1", stored.getOrders().get(2).getLines().get(0).getProduct().getSku());
                assertEquals(List.of("Hamburg"), stored.getAddresses().stream().map(Address::getCity).toList());
                assertEquals(1, work.<Long> query("SELECT COUNT(a) FROM Address a").get(0).intValue(), "the removed address stayed");
                assertEquals(5, work.<Long> query("SELECT COUNT(l) FROM OrderLine l").get(0).intValue());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void whatTheDetachedObjectNeverReadIsLeftAsStored(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long id = store(fixture);
            Customer detached = detach(fixture, id, false);
            detached.setVisits(43);
            try (UnitOfWork work = fixture.store.begin()) {
                work.merge(detached);
                work.commit();
            }
            assertTrue(((PersistentObject) detached).internalPending(P.getCustomer_Orders()) != null, "merging read the detached object's orders");
            try (UnitOfWork work = fixture.store.begin()) {
                Customer stored = work.<Customer> find(P.getCustomer(), id).orElseThrow();
                assertEquals(43, stored.getVisits());
                assertEquals(3, stored.getTags().size());
                assertEquals(2, stored.getOrders().size());
                assertEquals(2, stored.getAddresses().size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aDetachedObjectStoredMeanwhileByOthersIsRefused(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long id = store(fixture);
            Customer detached = detach(fixture, id, false);
            try (UnitOfWork other = fixture.store.begin()) {
                other.<Customer> find(P.getCustomer(), id).orElseThrow().setName("Someone else's edit");
                other.commit();
            }
            detached.setName("My edit");
            try (UnitOfWork work = fixture.store.begin()) {
                // refused at once: the stored version is newer than the one the detached object was read with
                StaleEditException stale = assertThrows(StaleEditException.class, () -> work.merge(detached));
                assertSame(detached, stale.object());
                assertTrue(stale.getMessage().contains("Customer #" + id), stale.getMessage());
            }
            try (UnitOfWork work = fixture.store.begin()) {
                assertEquals("Someone else's edit", work.<Customer> find(P.getCustomer(), id).orElseThrow().getName());
            }
        }
    }
}
