package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.StatementLog;
import org.rapport.persistence.testmodel.Address;
import org.rapport.persistence.testmodel.Call;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.Order;
import org.rapport.persistence.testmodel.OrderLine;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.Visit;

/**
 * A query names the owner of an object a containment list holds as {@code <list>Owner} (the
 * child table's owner column): an aggregate per owner reads the child table alone, grouped by
 * that column, as hand-written SQL does (docs/performance.md, "Loyalty", L7). Every contained
 * class has it, for each list that holds it, subclasses included.
 */
class ContainedOwnerKeyTest {

    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;

    @TempDir
    Path home;

    private static Address address(String city) {
        Address address = F.createAddress();
        address.setCity(city);
        return address;
    }

    /** C-1: two addresses, a former one, an order with lines of 10 and 5, a call and a visit; C-2: one address, an order with a line of 7. */
    private static long[] seed(StoreFixture fixture) {
        try (UnitOfWork work = fixture.store.begin()) {
            Customer first = F.createCustomer();
            first.setReference("C-1");
            first.getAddresses().add(address("Hangzhou"));
            first.getAddresses().add(address("Ningbo"));
            first.getFormerAddresses().add(address("Suzhou"));
            first.getOrders().add(order("O-1", "10.00", "5.00"));
            Call call = F.createCall();
            call.setDurationSeconds(60);
            Visit visit = F.createVisit();
            visit.setPlace("shop");
            first.getInteractions().add(call);
            first.getInteractions().add(visit);
            Customer second = F.createCustomer();
            second.setReference("C-2");
            second.getAddresses().add(address("Wuxi"));
            second.getOrders().add(order("O-2", "7.00"));
            work.add(first);
            work.add(second);
            work.commit();
            return new long[] { ((PersistentObject) first).persistentId(), ((PersistentObject) second).persistentId() };
        }
    }

    private static Order order(String number, String... prices) {
        Order order = F.createOrder();
        order.setNumber(number);
        order.setPlaced(Instant.parse("2026-01-05T10:00:00Z"));
        for (String price : prices) {
            OrderLine line = F.createOrderLine();
            line.setQuantity(1);
            line.setPrice(new BigDecimal(price));
            order.getLines().add(line);
        }
        return order;
    }

    private static Map<Long, String> byOwner(List<Object[]> rows) {
        Map<Long, String> result = new TreeMap<>();
        for (Object[] row : rows) {
            Object value = row[1] instanceof BigDecimal decimal ? decimal.setScale(2).toPlainString() : String.valueOf(((Number) row[1]).longValue());
            result.put(((Number) row[0]).longValue(), (String) value);
        }
        return result;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anAggregatePerOwnerReadsTheChildTableGroupedByItsOwnerColumn(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long[] ids = seed(fixture);
            StatementLog log = StatementLog.attach(fixture.store);
            try (UnitOfWork work = fixture.store.begin()) {
                assertEquals(Map.of(ids[0], "2", ids[1], "1"),
                        byOwner(work.query("SELECT a.addressesOwner, COUNT(a) FROM Address a WHERE a.addressesOwner IS NOT NULL GROUP BY a.addressesOwner")));
                List<String> statements = log.take();
                assertEquals(1, statements.size(), statements::toString);
                String sql = statements.get(0);
                assertTrue(sql.contains("GROUP BY") && sql.contains("ADDRESSES_OWNER"), sql);
                assertFalse(sql.contains("CUSTOMER"), () -> "the child table alone: " + sql);

                // a second list of the same class has its own
                assertEquals(Map.of(ids[0], "1"),
                        byOwner(work.query("SELECT a.formerAddressesOwner, COUNT(a) FROM Address a WHERE a.formerAddressesOwner IS NOT NULL GROUP BY a.formerAddressesOwner")));

                // a class contained in a contained class: the lines by their order
                List<Object[]> lines = work.query("SELECT l.linesOwner, SUM(l.price) FROM OrderLine l GROUP BY l.linesOwner");
                long firstOrder = work.<Number> query("SELECT o.persistentId FROM Order o WHERE o.number = ?1", "O-1").get(0).longValue();
                assertEquals("15.00", byOwner(lines).get(firstOrder));
                assertFalse(log.take().stream().filter(s -> s.contains("SUM(")).anyMatch(s -> s.matches("(?s).*PTEST_ORDER\\b.*")), "the lines' table alone");

                // subclasses of a contained class inherit it, and it compares with an identity like any number
                assertEquals(List.of(1L), work.query("SELECT COUNT(c) FROM Call c WHERE c.interactionsOwner = ?1", ids[0]));
                assertEquals(Map.of(ids[0], "2"), byOwner(work.query("SELECT i.interactionsOwner, COUNT(i) FROM Interaction i GROUP BY i.interactionsOwner")));
                // a single reference's target by the referring row's foreign key, without the target's table
                assertEquals(List.of(2L), work.query("SELECT COUNT(o) FROM Order o WHERE o.customerId = ?1 OR o.customerId = ?2", ids[0], ids[1]));
                log.take();
                assertEquals(Map.of(ids[0], "1", ids[1], "1"), byOwner(work.query("SELECT o.customerId, COUNT(o) FROM Order o GROUP BY o.customerId")));
                String grouped = log.take().get(0);
                assertFalse(grouped.contains("PTEST_PARTY"), () -> "the orders' table alone: " + grouped);
                // and it joins the owner by its identity where a query wants the owner's values
                assertEquals(List.of("C-1"),
                        work.query("SELECT DISTINCT c.reference FROM Customer c, OrderLine l WHERE l.price > ?1 AND c.persistentId = (SELECT o.ordersOwner FROM Order o WHERE o.persistentId = l.linesOwner)",
                                new BigDecimal("9.00")));
            }
        }
    }
}
