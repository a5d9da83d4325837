package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.testmodel.Company;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.Order;
import org.rapport.persistence.testmodel.Staff;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * Lists and references are read on first use, not with their object, and whatever way they are
 * first reached (getter, reflection, an opposite's handshake, the container) they behave as in
 * plain EMF.
 */
class LazyLoadingTest {

    private static final TestmodelPackage P = TestmodelPackage.eINSTANCE;
    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;

    @TempDir
    Path home;

    private static long store(StoreFixture fixture, MappingRoundTripTest.Graph graph) {
        return MappingRoundTripTest.store(fixture, graph);
    }

    private static boolean pending(Object object, EStructuralFeature feature) {
        return ((PersistentObject) object).internalPending(feature) != null;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void listsAndReferencesAreReadWhenFirstUsed(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long id = store(fixture, MappingRoundTripTest.build("1"));
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = work.<Customer> find(P.getCustomer(), id).orElseThrow();
                for (EStructuralFeature feature : List.of(P.getCustomer_Tags(), P.getCustomer_Orders(), P.getCustomer_Favourites(),
                        P.getCustomer_AccountManager(), P.getCustomer_Company(), P.getCustomer_Interactions(), P.getCustomer_Addresses())) {
                    assertTrue(pending(customer, feature), () -> feature.getName() + " was read with its object on " + kind);
                }
                // a row written behind the engine's back before the first use is seen: the list is read now, not before
                try (Connection connection = DataSources.open(fixture.store.settings()).getConnection();
                        PreparedStatement insert = connection.prepareStatement("INSERT INTO PTEST_CUSTOMER_TAGS (OWNER_ID, ELEMENT, POSITION) VALUES (?, ?, ?)")) {
                    insert.setLong(1, id);
                    insert.setString(2, "added later");
                    insert.setInt(3, 3);
                    insert.executeUpdate();
                }
                assertEquals(List.of("tea lover", "eco", "tea lover", "added later"), customer.getTags());
                assertEquals("li.na.1", customer.getAccountManager().getLogin());
                assertTrue(pending(customer, P.getCustomer_Orders()), "reading one list read another");
                assertEquals(2, customer.getOrders().size());
                Order order = customer.getOrders().get(0);
                assertSame(customer, order.eContainer());
                assertSame(customer, order.getCustomer());
                assertEquals(2, order.getLines().size());
                assertSame(order, order.getLines().get(1).eContainer());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void readingOnFirstUseNotifiesNobodyAndLaterChangesNotifyAsUsual(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long id = store(fixture, MappingRoundTripTest.build("1"));
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = work.<Customer> find(P.getCustomer(), id).orElseThrow();
                List<Notification> seen = new ArrayList<>();
                customer.eAdapters().add(new AdapterImpl() {
                    @Override
                    public void notifyChanged(Notification notification) {
                        seen.add(notification);
                    }
                });
                assertEquals(2, customer.getOrders().size());
                assertEquals(3, customer.getTags().size());
                assertEquals("li.na.1", customer.getAccountManager().getLogin());
                assertEquals(List.of(), seen, "reading a stored value looked like a change to the adapter");
                Order order = F.createOrder();
                order.setNumber("O-3");
                customer.getOrders().add(order);
                assertEquals(1, seen.size());
                assertEquals(Notification.ADD, seen.get(0).getEventType());
                assertSame(order, seen.get(0).getNewValue());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anObjectReadOnItsOwnFindsItsContainer(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            store(fixture, MappingRoundTripTest.build("1"));
            try (UnitOfWork work = fixture.store.begin()) {
                List<Order> orders = work.query("SELECT o FROM Customer c JOIN c.orders o WHERE o.number = ?1", "O-1-2");
                Order order = orders.get(0);
                Customer customer = (Customer) order.eContainer();
                assertNotNull(customer, "the order lost its container");
                assertEquals("C-1", customer.getReference());
                assertSame(order, customer.getOrders().get(1), "the container's list holds another copy of the order");
                assertEquals(P.getCustomer_Orders(), order.eContainmentFeature());
                assertTrue(EcoreUtil.isAncestor(customer, order.getLines().get(0)));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void changesThroughOppositesAndSettersKeepWhatWasNotReadYet(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long id = store(fixture, MappingRoundTripTest.build("1"));
            long companyId;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = work.<Customer> find(P.getCustomer(), id).orElseThrow();
                Company company = customer.getCompany();
                companyId = ((PersistentObject) company).persistentId();
                assertTrue(pending(company, P.getCompany_Employees()));
                // a new employee joins through the single end: the other end, not read yet, keeps the first one
                Customer newcomer = F.createCustomer();
                newcomer.setReference("C-2");
                newcomer.setName("Anna");
                newcomer.setCompany(company);
                work.add(newcomer);
                assertEquals(List.of("C-1", "C-2"), company.getEmployees().stream().map(Customer::getReference).toList());
                Customer again = work.<Customer> find(P.getCustomer(), id).orElseThrow();
                assertSame(customer, again);
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Company company = work.<Company> find(P.getCompany(), companyId).orElseThrow();
                assertEquals(List.of("C-1", "C-2"), company.getEmployees().stream().map(Customer::getReference).toList());
                Customer customer = work.<Customer> find(P.getCustomer(), id).orElseThrow();
                Staff manager = F.createStaff();
                manager.setLogin("chen.jie");
                manager.setDisplayName("陈杰");
                work.add(manager);
                customer.setAccountManager(manager); // never read before
                customer.getOrders().remove(0); // a contained order goes, and its lines with it
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = work.<Customer> find(P.getCustomer(), id).orElseThrow();
                assertEquals("chen.jie", customer.getAccountManager().getLogin());
                assertEquals(List.of("O-1-2"), customer.getOrders().stream().map(Order::getNumber).toList());
                assertEquals(2, work.<Long> query("SELECT COUNT(l) FROM OrderLine l").get(0).intValue(), "the removed order's lines stayed");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void whatWasNotReadBeforeCloseIsReadAfterwards(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long id = store(fixture, MappingRoundTripTest.build("1"));
            Customer customer;
            try (UnitOfWork work = fixture.store.begin()) {
                customer = work.<Customer> find(P.getCustomer(), id).orElseThrow();
                assertEquals(3, customer.getTags().size());
            }
            // a closed unit of work leaves readable objects behind, for views that only show them
            assertEquals(3, customer.getTags().size());
            assertTrue(pending(customer, P.getCustomer_Orders()));
            assertEquals(List.of("O-1-1", "O-1-2"), customer.getOrders().stream().map(Order::getNumber).toList());
            assertSame(customer, customer.getOrders().get(0).eContainer());
        }
    }
}
