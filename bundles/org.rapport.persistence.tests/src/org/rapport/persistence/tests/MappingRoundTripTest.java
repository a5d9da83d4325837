package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.StaleEditException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.testmodel.Address;
import org.rapport.persistence.testmodel.Call;
import org.rapport.persistence.testmodel.Interaction;
import org.rapport.persistence.testmodel.Visit;
import org.rapport.persistence.testmodel.Company;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.CustomerStatus;
import org.rapport.persistence.testmodel.Order;
import org.rapport.persistence.testmodel.OrderLine;
import org.rapport.persistence.testmodel.Party;
import org.rapport.persistence.testmodel.Product;
import org.rapport.persistence.testmodel.Staff;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;

/** Every mapping kind written and read back, on each database Rapport runs on. */
class MappingRoundTripTest {

    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;
    private static final TestmodelPackage P = TestmodelPackage.eINSTANCE;

    @TempDir
    Path home;

    /** The objects one test stores: a customer with everything set, and what it refers to. */
    record Graph(Customer customer, Company company, Staff manager, Product tea, Product cup) {
    }

    static Graph build(String suffix) {
        Product tea = F.createProduct();
        tea.setSku("TEA-" + suffix);
        tea.setName("Oolong 乌龙茶");
        tea.setPrice(new BigDecimal("12.5000"));
        Product cup = F.createProduct();
        cup.setSku("CUP-" + suffix);
        cup.setName("Cup");
        cup.setPrice(new BigDecimal("3.9900"));
        Staff manager = F.createStaff();
        manager.setLogin("li.na." + suffix);
        manager.setDisplayName("李娜");
        Company company = F.createCompany();
        company.setReference("CO-" + suffix);
        company.setName("Acme 公司");

        Customer customer = F.createCustomer();
        customer.setReference("C-" + suffix);
        customer.setName("王芳");
        customer.setBirthday(LocalDate.of(1985, 2, 28));
        customer.setIncome(new BigDecimal("123456.7800"));
        customer.setVip(true);
        customer.setVisits(42);
        customer.setLoyaltyPoints(9_000_000_000L);
        customer.setRating(4.75);
        customer.setLastContact(Instant.parse("2026-03-01T08:15:30Z"));
        customer.setStatus(CustomerStatus.DORMANT);
        customer.getTags().addAll(List.of("tea lover", "eco", "tea lover"));
        for (String city : List.of("Shanghai", "Hamburg")) {
            Address address = F.createAddress();
            address.setStreet("1 Main St");
            address.setCity(city);
            address.setPostcode("200000");
            address.setPrimary(city.equals("Hamburg"));
            customer.getAddresses().add(address);
        }
        for (int n = 1; n <= 2; n++) {
            Order order = F.createOrder();
            order.setNumber("O-" + suffix + "-" + n);
            order.setPlaced(Instant.parse("2026-0" + n + "-10T10:00:00Z"));
            order.setTotal(new BigDecimal("16.4900"));
            for (Product product : List.of(tea, cup)) {
                OrderLine line = F.createOrderLine();
                line.setProduct(product);
                line.setQuantity(n);
                line.setPrice(product.getPrice());
                order.getLines().add(line);
            }
            customer.getOrders().add(order);
        }
        Call call = F.createCall();
        call.setAt(Instant.parse("2026-03-02T09:00:00Z"));
        call.setSummary("asked about delivery");
        call.setDurationSeconds(185);
        Visit visit = F.createVisit();
        visit.setAt(Instant.parse("2026-03-05T14:30:00Z"));
        visit.setSummary("tasting");
        visit.setPlace("Nanjing Road store");
        customer.getInteractions().addAll(List.of(call, visit));
        customer.setAccountManager(manager);
        customer.getFavourites().addAll(List.of(cup, tea));
        customer.setCompany(company);
        return new Graph(customer, company, manager, tea, cup);
    }

    static long store(StoreFixture fixture, Graph graph) {
        try (UnitOfWork work = fixture.store.begin()) {
            for (var object : List.of(graph.tea(), graph.cup(), graph.manager(), graph.company(), graph.customer())) {
                work.add(object);
            }
            work.commit();
        }
        return graph.customer() instanceof org.rapport.persistence.api.PersistentObject p ? p.persistentId() : 0;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyMappingKindRoundTrips(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            Graph expected = build("1");
            long id = store(fixture, build("1"));
            assertTrue(id > 0, "the customer got no identity");

            try (UnitOfWork work = fixture.store.begin()) {
                Customer loaded = work.<Customer> find(P.getCustomer(), id).orElseThrow();
                // EMF equality over the whole graph: every attribute, list order, contained and referenced object
                assertTrue(new EcoreUtil.EqualityHelper().equals(expected.customer(), loaded), () -> "the graph changed on its way through " + kind);
                assertEquals(List.of("tea lover", "eco", "tea lover"), loaded.getTags());
                assertEquals(List.of("Shanghai", "Hamburg"), loaded.getAddresses().stream().map(Address::getCity).toList());
                assertEquals(List.of("CUP-1", "TEA-1"), loaded.getFavourites().stream().map(Product::getSku).toList());

                // containment and opposites as in plain EMF
                for (Address address : loaded.getAddresses()) {
                    assertSame(loaded, address.eContainer());
                }
                for (Order order : loaded.getOrders()) {
                    assertSame(loaded, order.getCustomer());
                    assertSame(loaded, order.eContainer());
                    assertSame(order, order.getLines().get(0).eContainer());
                }
                assertSame(loaded.getCompany(), loaded.getCompany().getEmployees().get(0).getCompany());
                assertTrue(loaded.getCompany().getEmployees().contains(loaded));
                // one product, one object: the two orders' lines share it with the favourites
                Product tea = loaded.getFavourites().get(1);
                assertSame(tea, loaded.getOrders().get(0).getLines().get(0).getProduct());
                assertSame(tea, loaded.getOrders().get(1).getLines().get(0).getProduct());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void changesToLoadedObjectsAreStoredAndNotified(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long id = store(fixture, build("2"));
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = work.<Customer> find(P.getCustomer(), id).orElseThrow();
                List<Notification> seen = new ArrayList<>();
                customer.eAdapters().add(new AdapterImpl() {
                    @Override
                    public void notifyChanged(Notification notification) {
                        seen.add(notification);
                    }
                });
                customer.setName("Wang Fang");
                customer.getTags().remove("eco");
                ((org.eclipse.emf.common.util.EList<Address>) customer.getAddresses()).move(0, 1);
                customer.getAddresses().get(1).setCity("Suzhou");
                customer.getOrders().remove(1);
                customer.getFavourites().remove(0);
                customer.setStatus(CustomerStatus.ACTIVE);
                Address added = F.createAddress();
                added.setCity("Berlin");
                customer.getAddresses().add(added);
                assertTrue(seen.stream().anyMatch(n -> n.getFeature() == P.getParty_Name()), "EMF notifications work on loaded objects");
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = work.<Customer> find(P.getCustomer(), id).orElseThrow();
                assertEquals("Wang Fang", customer.getName());
                assertEquals(List.of("tea lover", "tea lover"), customer.getTags());
                assertEquals(List.of("Hamburg", "Suzhou", "Berlin"), customer.getAddresses().stream().map(Address::getCity).toList());
                assertEquals(1, customer.getOrders().size());
                assertEquals(List.of("TEA-2"), customer.getFavourites().stream().map(Product::getSku).toList());
                assertEquals(CustomerStatus.ACTIVE, customer.getStatus());
                // the removed order was owned by the customer: its lines went with it
                assertEquals(2L, work.<Long> query("SELECT COUNT(l) FROM OrderLine l").get(0));
                // products are referenced, not owned: both remain
                assertEquals(2L, work.<Long> query("SELECT COUNT(p) FROM Product p").get(0));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void queriesOnEClassNamesArePolymorphicAndPaged(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            store(fixture, build("3"));
            try (UnitOfWork work = fixture.store.begin()) {
                List<Party> parties = work.query("SELECT p FROM Party p ORDER BY p.reference");
                assertEquals(List.of("C-3", "CO-3"), parties.stream().map(Party::getReference).toList());
                assertTrue(parties.get(0) instanceof Customer && parties.get(1) instanceof Company);
                List<Customer> byName = work.query("SELECT c FROM Customer c WHERE c.name LIKE ?1", "王%");
                assertEquals(1, byName.size());
                List<Product> second = work.page("SELECT p FROM Product p ORDER BY p.sku", 1, 1);
                assertEquals(List.of("TEA-3"), second.stream().map(Product::getSku).toList());
                // joined inheritance: one table per class, the right subclass back
                List<Interaction> interactions = work.query("SELECT i FROM Interaction i ORDER BY i.at");
                assertTrue(interactions.get(0) instanceof Call call && call.getDurationSeconds() == 185);
                assertTrue(interactions.get(1) instanceof Visit visit && visit.getPlace().equals("Nanjing Road store"));
                List<Object[]> projection = work.query("SELECT p.sku, p.price FROM Product p ORDER BY p.sku");
                assertEquals("CUP-3", projection.get(0)[0]);
                assertEquals(0, new BigDecimal("3.99").compareTo((BigDecimal) projection.get(0)[1]));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theSecondOfTwoConcurrentEditsIsRefusedAndNothingIsLost(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long id = store(fixture, build("4"));
            try (UnitOfWork first = fixture.store.begin(); UnitOfWork second = fixture.store.begin()) {
                Customer mine = first.<Customer> find(P.getCustomer(), id).orElseThrow();
                Customer theirs = second.<Customer> find(P.getCustomer(), id).orElseThrow();
                assertNotSame(mine, theirs);
                mine.setName("first editor");
                first.commit();
                theirs.setVisits(99);
                StaleEditException stale = assertThrows(StaleEditException.class, second::commit);
                assertTrue(stale.getMessage().contains("Customer"), stale.getMessage());
                assertEquals(99, theirs.getVisits(), "the refused edit stays in the editor, to apply again");
            }
            try (UnitOfWork check = fixture.store.begin()) {
                Customer stored = check.<Customer> find(P.getCustomer(), id).orElseThrow();
                assertEquals("first editor", stored.getName());
                assertEquals(42, stored.getVisits());
                assertFalse(stored.getName().equals("王芳"));
            }
        }
    }
}
