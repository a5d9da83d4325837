package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.StaleEditException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.StatementLog;
import org.rapport.persistence.testmodel.Address;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.JournalEntry;
import org.rapport.persistence.testmodel.Order;
import org.rapport.persistence.testmodel.OrderLine;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * New contained objects are written once, with their owner's key and position in their own
 * INSERT; and {@link UnitOfWork#append} adds to a stored list without reading it, in the right
 * place, across units of work, with the owner's version checked as for any change of its list.
 */
class AppendTest {

    private static final TestmodelPackage P = TestmodelPackage.eINSTANCE;
    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;

    @TempDir
    Path home;

    private static Customer customer(UnitOfWork work, long id) {
        return work.<Customer> find(P.getCustomer(), id).orElseThrow();
    }

    private static boolean pending(Object object, EStructuralFeature feature) {
        return ((PersistentObject) object).internalPending(feature) != null;
    }

    private static long version(Object object) {
        return ((PersistentObject) object).persistentVersion();
    }

    private static long id(Object object) {
        return ((PersistentObject) object).persistentId();
    }

    private static List<Long> ids(List<? extends EObject> objects) {
        return objects.stream().map(AppendTest::id).toList();
    }

    private static Order order(String number, int lines) {
        Order order = F.createOrder();
        order.setNumber(number);
        order.setPlaced(Instant.parse("2026-11-22T10:00:00Z"));
        order.setTotal(new BigDecimal("9.5000"));
        for (int n = 1; n <= lines; n++) {
            OrderLine line = F.createOrderLine();
            line.setQuantity(n);
            line.setPrice(new BigDecimal("4.7500"));
            order.getLines().add(line);
        }
        return order;
    }

    /** The orders' owner keys and positions as stored, in the order of the positions. */
    private static List<String> storedOrders(StoreFixture fixture, long customer) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DataSources.open(fixture.store.settings()).getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT ID, ORDERS_POS FROM PTEST_ORDER WHERE ORDERS_OWNER = ? ORDER BY ORDERS_POS")) {
            select.setLong(1, customer);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getLong(1) + "@" + result.getInt(2));
                }
            }
        }
        return rows;
    }

    private static List<String> expected(List<Long> ids) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            rows.add(ids.get(i) + "@" + i);
        }
        return rows;
    }

    /** The customer's orders, as read and as stored: these numbers, at positions 0 to n-1. */
    private static void assertOrders(StoreFixture fixture, Customer customer, String... numbers) throws Exception {
        assertEquals(List.of(numbers), customer.getOrders().stream().map(Order::getNumber).toList());
        assertEquals(expected(ids(customer.getOrders())), storedOrders(fixture, id(customer)));
    }

    /** Statements that set a containment's owner key or position after the row was written. */
    private static List<String> placingUpdates(List<String> statements) {
        return statements.stream().filter(s -> s.startsWith("UPDATE") && (s.contains("_OWNER") || s.contains("_POS"))).toList();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void newContainedObjectsAreWrittenOnceWithTheirOwnerAndPosition(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            StatementLog log = StatementLog.attach(fixture.store);
            long id = MappingRoundTripTest.store(fixture, MappingRoundTripTest.build("1"));
            List<String> stored = log.take();
            assertEquals(List.of(), placingUpdates(stored), "a new customer's contents");
            assertTrue(stored.stream().anyMatch(s -> s.startsWith("INSERT INTO PTEST_ORDER ") && s.contains("ORDERS_OWNER") && s.contains("ORDERS_POS")),
                    () -> stored.toString());
            long version;
            Order third;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = customer(work, id);
                version = version(customer);
                third = order("O-3", 2);
                customer.getOrders().add(1, third);
                Address address = F.createAddress();
                address.setCity("Suzhou");
                customer.getAddresses().add(address);
                log.take();
                work.commit();
                List<String> written = log.take();
                // the order that moved from 1 to 2 is updated; the new ones are not
                assertEquals(1, placingUpdates(written).size(), () -> written.toString());
                assertTrue(placingUpdates(written).get(0).startsWith("UPDATE PTEST_ORDER SET ORDERS_POS"), () -> written.toString());
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = customer(work, id);
                assertEquals(version, version(customer), "a change of a list leaves its owner's row alone");
                assertOrders(fixture, customer, "O-1-1", "O-3", "O-1-2");
                assertEquals(2, customer.getOrders().get(1).getLines().size());
                assertSame(customer, customer.getOrders().get(1).getCustomer());
                assertEquals(List.of("Shanghai", "Hamburg", "Suzhou"), customer.getAddresses().stream().map(Address::getCity).toList());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void appendedObjectsGoBehindTheStoredOnesAndTheListIsNotRead(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long id = MappingRoundTripTest.store(fixture, MappingRoundTripTest.build("1"));
            List<Long> storedIds;
            try (UnitOfWork work = fixture.store.begin()) {
                storedIds = ids(customer(work, id).getOrders());
            }
            StatementLog log = StatementLog.attach(fixture.store);
            List<Order> appended = List.of(order("A-1", 2), order("A-2", 0), order("A-3", 1));
            long version;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = customer(work, id);
                version = version(customer);
                for (Order order : appended) {
                    work.append(customer, P.getCustomer_Orders(), order);
                }
                assertTrue(pending(customer, P.getCustomer_Orders()), "appending read the list");
                assertSame(customer, appended.get(0).eContainer());
                assertSame(customer, appended.get(0).getCustomer());
                work.commit();
                assertTrue(pending(customer, P.getCustomer_Orders()), "the commit read the list");
                List<String> statements = log.take();
                assertTrue(statements.stream().noneMatch(s -> s.startsWith("SELECT") && s.contains("FROM PTEST_ORDER") && !s.contains("SELECT MAX(C.ORDERS_POS) FROM")),
                        () -> "the orders were read: " + statements);
                assertEquals(List.of(), placingUpdates(statements));
                // read after the commit, in the same unit of work: the stored orders, then the appended ones, as the same objects
                List<Order> orders = customer.getOrders();
                assertEquals(storedIds, ids(orders.subList(0, 2)));
                for (int i = 0; i < appended.size(); i++) {
                    assertSame(appended.get(i), orders.get(2 + i));
                }
                assertEquals(5, orders.size());
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = customer(work, id);
                assertEquals(version, version(customer), "an append leaves its owner's row alone, as an add does");
                assertOrders(fixture, customer, "O-1-1", "O-1-2", "A-1", "A-2", "A-3");
                List<Order> orders = customer.getOrders();
                assertEquals(List.of(2, 0, 1), orders.subList(2, 5).stream().map(o -> o.getLines().size()).toList());
                assertEquals(List.of(1, 2), orders.get(2).getLines().stream().map(OrderLine::getQuantity).toList());
                assertSame(customer, orders.get(4).getCustomer());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void appendsAcrossCommitsAndUnitsOfWorkKeepTheirOrder(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long first = MappingRoundTripTest.store(fixture, MappingRoundTripTest.build("1"));
            long second = MappingRoundTripTest.store(fixture, MappingRoundTripTest.build("2"));
            try (UnitOfWork work = fixture.store.begin()) {
                Customer one = customer(work, first);
                Customer two = customer(work, second);
                work.append(one, P.getCustomer_Orders(), order("1a", 0));
                work.append(two, P.getCustomer_Orders(), order("2a", 0));
                work.append(one, P.getCustomer_Orders(), order("1b", 1));
                work.commit();
                // the same unit of work goes on appending, after its own commit
                work.append(one, P.getCustomer_Orders(), order("1c", 0));
                work.append(one, P.getCustomer_Orders(), order("1d", 0));
                work.commit();
                assertTrue(pending(one, P.getCustomer_Orders()));
            }
            try (UnitOfWork work = fixture.store.begin()) {
                work.append(customer(work, second), P.getCustomer_Orders(), order("2b", 0));
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                assertOrders(fixture, customer(work, first), "O-1-1", "O-1-2", "1a", "1b", "1c", "1d");
                assertOrders(fixture, customer(work, second), "O-2-1", "O-2-2", "2a", "2b");
            }
        }
    }

    /** Customers M-0... with 0, 1 or 2 stored orders (by their number modulo 3); their ids. */
    private static List<Long> manyCustomers(StoreFixture fixture, int count) {
        List<Customer> customers = new ArrayList<>();
        try (UnitOfWork work = fixture.store.begin()) {
            for (int i = 0; i < count; i++) {
                Customer customer = F.createCustomer();
                customer.setReference("M-" + i);
                customer.setName("Customer " + i);
                for (int n = 0; n < i % 3; n++) {
                    customer.getOrders().add(order("M-" + i + "-" + n, 0));
                }
                work.add(customer);
                customers.add(customer);
            }
            work.commit();
        }
        return ids(customers);
    }

    /** Each owner's order ids as stored, in the order of their positions, and whether the positions are 0 to n-1. */
    private static Map<Long, List<Long>> storedOrders(StoreFixture fixture) throws Exception {
        Map<Long, List<Long>> orders = new HashMap<>();
        try (Connection connection = DataSources.open(fixture.store.settings()).getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT ORDERS_OWNER, ORDERS_POS, ID FROM PTEST_ORDER ORDER BY ORDERS_OWNER, ORDERS_POS");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                List<Long> list = orders.computeIfAbsent(result.getLong(1), o -> new ArrayList<>());
                assertEquals(list.size(), result.getInt(2), "a gap or a position taken twice in the orders of #" + result.getLong(1));
                list.add(result.getLong(3));
            }
        }
        return orders;
    }

    private static long positionQueries(List<String> statements) {
        return statements.stream().filter(s -> s.startsWith("SELECT") && s.contains("MAX(") && s.contains("ORDERS_POS")).count();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void appendsToManyOwnersInOneCommitAskTheirPositionsInOneQueryPerChunkOfOwners(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            int owners = 600;
            List<Long> customers = manyCustomers(fixture, owners);
            Map<Long, List<Long>> expected = storedOrders(fixture);
            StatementLog log = StatementLog.attach(fixture.store);
            for (int size : List.of(40, owners)) {
                try (UnitOfWork work = fixture.store.begin(); UnitOfWork other = fixture.store.begin()) {
                    List<Customer> read = new ArrayList<>();
                    for (long id : customers.subList(0, size)) {
                        read.add(customer(work, id));
                    }
                    // another desktop appends to one of them between this unit of work's read and its commit
                    Order meanwhile = order("meanwhile-" + size, 0);
                    other.append(customer(other, customers.get(7)), P.getCustomer_Orders(), meanwhile);
                    other.commit();
                    expected.computeIfAbsent(customers.get(7), o -> new ArrayList<>()).add(id(meanwhile));
                    List<Order> appended = new ArrayList<>();
                    for (int round = 0; round < 2; round++) {
                        for (int i = 0; i < size; i++) {
                            // every fourth owner twice, the second after every other owner's first
                            if (round == 0 || i % 4 == 0) {
                                Order order = order("A-" + size + "-" + i + "-" + round, round);
                                work.append(read.get(i), P.getCustomer_Orders(), order);
                                appended.add(order);
                            }
                        }
                    }
                    log.take();
                    work.commit();
                    List<String> statements = log.take();
                    assertEquals((size + 511) / 512, positionQueries(statements), () -> size + " owners: " + statements);
                    for (Order order : appended) {
                        expected.computeIfAbsent(id(order.getCustomer()), o -> new ArrayList<>()).add(id(order));
                    }
                    assertTrue(pending(read.get(0), P.getCustomer_Orders()), "the commit read the list");
                }
                assertEquals(expected, storedOrders(fixture), size + " owners");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aListReadAfterAppendingShowsTheAppendedObjectsAndStoresThemOnce(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long id = MappingRoundTripTest.store(fixture, MappingRoundTripTest.build("1"));
            Address suzhou = F.createAddress();
            suzhou.setCity("Suzhou");
            Address xian = F.createAddress();
            xian.setCity("Xi'an");
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = customer(work, id);
                work.append(customer, P.getCustomer_Addresses(), suzhou);
                assertSame(customer, suzhou.eContainer());
                assertEquals(List.of("Shanghai", "Hamburg", "Suzhou"), customer.getAddresses().stream().map(Address::getCity).toList());
                assertFalse(pending(customer, P.getCustomer_Addresses()));
                // read now: a plain add
                work.append(customer, P.getCustomer_Addresses(), xian);
                ((EList<Address>) customer.getAddresses()).move(0, 3);
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = customer(work, id);
                assertEquals(List.of("Xi'an", "Shanghai", "Hamburg", "Suzhou"), customer.getAddresses().stream().map(Address::getCity).toList());
                assertEquals(4L, work.<Long> query("SELECT COUNT(a) FROM Address a").get(0), "an appended object was stored twice or lost");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theOwnersVersionIsCheckedAsForAnAdd(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long id = MappingRoundTripTest.store(fixture, MappingRoundTripTest.build("1"));
            try (UnitOfWork work = fixture.store.begin(); UnitOfWork other = fixture.store.begin()) {
                Customer customer = customer(work, id);
                Customer same = customer(other, id);
                same.setName("Wang Fang");
                other.commit();
                // the owner's row is not written: someone else's edit of it does not refuse the append
                work.append(customer, P.getCustomer_Orders(), order("mine", 0));
                work.commit();
                // an edit of the owner itself is checked as always
                customer.setName("王芳 (VIP)");
                work.append(customer, P.getCustomer_Orders(), order("refused", 0));
                assertThrows(StaleEditException.class, work::commit);
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = customer(work, id);
                assertEquals("Wang Fang", customer.getName());
                assertOrders(fixture, customer, "O-1-1", "O-1-2", "mine");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theJournalSeesTheAppendedObjectsAsCreated(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long id = MappingRoundTripTest.store(fixture, MappingRoundTripTest.build("1"));
            fixture.store.setJournals(List.of(new ChangeJournalTest.EntryJournal()));
            Order order = order("A-1", 1);
            try (UnitOfWork work = fixture.store.begin()) {
                work.append(customer(work, id), P.getCustomer_Orders(), order);
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                List<String> entries = work.<JournalEntry> query("SELECT e FROM JournalEntry e ORDER BY e.persistentId").stream()
                        .map(e -> String.join(" ", e.getKind(), e.getSubject(), String.valueOf(e.getFeature()), String.valueOf(e.getNewValue()))).toList();
                assertTrue(entries.contains("CREATED Order#" + id(order) + " number A-1"), () -> entries.toString());
                assertTrue(entries.stream().anyMatch(e -> e.startsWith("CREATED OrderLine#")), () -> entries.toString());
                assertTrue(entries.stream().noneMatch(e -> e.startsWith("UPDATED Customer#")), () -> "the unread list was reported: " + entries);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void onlyNewObjectsAreAppendedToAStoredList(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long id = MappingRoundTripTest.store(fixture, MappingRoundTripTest.build("1"));
            long second = MappingRoundTripTest.store(fixture, MappingRoundTripTest.build("2"));
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = customer(work, id);
                Order stored = customer(work, second).getOrders().get(0);
                IllegalArgumentException moved = assertThrows(IllegalArgumentException.class, () -> work.append(customer, P.getCustomer_Orders(), stored));
                assertTrue(moved.getMessage().contains("Order#" + id(stored)), moved::getMessage);
                assertThrows(IllegalArgumentException.class, () -> work.append(customer, P.getCustomer_Addresses(), order("x", 0)));
                assertThrows(IllegalArgumentException.class, () -> work.append(customer, P.getCustomer_Favourites(), F.createProduct()));
                assertTrue(pending(customer, P.getCustomer_Orders()), "a refused append read the list");
            }
            Customer detached;
            try (UnitOfWork work = fixture.store.begin()) {
                detached = customer(work, id);
            }
            try (UnitOfWork work = fixture.store.begin()) {
                IllegalArgumentException unread = assertThrows(IllegalArgumentException.class,
                        () -> work.append(detached, P.getCustomer_Orders(), order("x", 0)));
                assertTrue(unread.getMessage().contains("did not read"), unread::getMessage);
                assertEquals(2, customer(work, id).getOrders().size());
            }
        }
    }
}
