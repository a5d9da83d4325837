package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.testmodel.Address;
import org.rapport.persistence.testmodel.Call;
import org.rapport.persistence.testmodel.Company;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.CustomerStatus;
import org.rapport.persistence.testmodel.Order;
import org.rapport.persistence.testmodel.OrderLine;
import org.rapport.persistence.testmodel.Product;
import org.rapport.persistence.testmodel.Staff;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.persistence.testmodel.Visit;

/**
 * Randomly generated object graphs, stored and read back, are equal to the graphs as built
 * (EMF equality). The seed is printed; {@code -Drapport.test.seed=N} replays a failing run.
 */
class RandomGraphRoundTripTest {

    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;
    private static final int GRAPHS = 15;
    private static final String ALPHABET = "abcXYZ 王芳李娜é'\"%_\\;-0123456789";

    @TempDir
    Path home;

    /** Builds one world of shared objects and customers from a seed; the same seed builds an equal world. */
    static final class World {
        final Random random;
        final List<Product> products = new ArrayList<>();
        final List<Staff> staff = new ArrayList<>();
        final List<Company> companies = new ArrayList<>();
        final List<Customer> customers = new ArrayList<>();

        World(long seed) {
            random = new Random(seed);
            for (int i = 0; i < 4; i++) {
                Product product = F.createProduct();
                product.setSku("SKU-" + i);
                product.setName(maybe(text(20)));
                product.setPrice(maybe(money()));
                products.add(product);
                Staff person = F.createStaff();
                person.setLogin("staff" + i);
                person.setDisplayName(maybe(text(12)));
                staff.add(person);
            }
            for (int i = 0; i < 2; i++) {
                Company company = F.createCompany();
                company.setReference("CO-" + i);
                company.setName(maybe(text(30)));
                companies.add(company);
            }
            for (int i = 0; i < GRAPHS; i++) {
                customers.add(customer(i));
            }
        }

        private <T> T maybe(T value) {
            return random.nextInt(5) == 0 ? null : value;
        }

        private String text(int max) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(max + 1); i > 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            return text.toString();
        }

        /** Money has four decimals in the database, so it is built with four. */
        private BigDecimal money() {
            return BigDecimal.valueOf(random.nextLong(-10_000_000_000L, 10_000_000_000L), 4);
        }

        /** PostgreSQL keeps microseconds; the model's instants are built to the millisecond. */
        private Instant instant() {
            return Instant.ofEpochMilli(random.nextLong(0, 4_102_444_800_000L));
        }

        private <T> T any(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private Customer customer(int n) {
            Customer customer = F.createCustomer();
            customer.setReference("R-" + n);
            customer.setName(maybe(text(40)));
            customer.setBirthday(maybe(LocalDate.ofEpochDay(random.nextInt(-20_000, 20_000))));
            customer.setIncome(maybe(money()));
            customer.setVip(random.nextBoolean());
            customer.setVisits(random.nextInt());
            customer.setLoyaltyPoints(random.nextLong());
            customer.setRating(random.nextDouble() * 5);
            customer.setLastContact(maybe(instant()));
            customer.setStatus(CustomerStatus.VALUES.get(random.nextInt(CustomerStatus.VALUES.size())));
            for (int i = random.nextInt(5); i > 0; i--) {
                customer.getTags().add(random.nextBoolean() && !customer.getTags().isEmpty() ? customer.getTags().get(0) : text(10));
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                Address address = F.createAddress();
                address.setStreet(maybe(text(30)));
                address.setCity(maybe(text(15)));
                address.setPostcode(maybe(text(6)));
                address.setPrimary(random.nextBoolean());
                customer.getAddresses().add(address);
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                Order order = F.createOrder();
                order.setNumber(maybe(text(8)));
                order.setPlaced(maybe(instant()));
                order.setTotal(maybe(money()));
                for (int j = random.nextInt(4); j > 0; j--) {
                    OrderLine line = F.createOrderLine();
                    line.setProduct(maybe(any(products)));
                    line.setQuantity(random.nextInt(100));
                    line.setPrice(maybe(money()));
                    order.getLines().add(line);
                }
                customer.getOrders().add(order);
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                if (random.nextBoolean()) {
                    Call call = F.createCall();
                    call.setAt(maybe(instant()));
                    call.setSummary(maybe(text(50)));
                    call.setDurationSeconds(random.nextInt(10_000));
                    customer.getInteractions().add(call);
                } else {
                    Visit visit = F.createVisit();
                    visit.setAt(maybe(instant()));
                    visit.setPlace(maybe(text(20)));
                    customer.getInteractions().add(visit);
                }
            }
            customer.setAccountManager(maybe(any(staff)));
            List<Product> favourites = new ArrayList<>(products);
            Collections.shuffle(favourites, random);
            customer.getFavourites().addAll(favourites.subList(0, random.nextInt(favourites.size() + 1)));
            customer.setCompany(maybe(any(companies)));
            return customer;
        }

        List<EObject> roots() {
            List<EObject> roots = new ArrayList<>();
            roots.addAll(products);
            roots.addAll(staff);
            roots.addAll(companies);
            roots.addAll(customers);
            return roots;
        }
    }

    /** Where two graphs first differ, as a feature path with both values, to make a failure readable. */
    static String firstDifference(EObject expected, EObject actual, String path) {
        return firstDifference(expected, actual, path, new java.util.HashSet<>());
    }

    private static String firstDifference(EObject expected, EObject actual, String path, java.util.Set<EObject> visited) {
        if (expected == null && actual == null || expected != null && !visited.add(expected)) {
            return "";
        }
        if (expected == null || actual == null || expected.eClass() != actual.eClass()) {
            return path + ": " + (expected == null ? null : expected.eClass().getName()) + " != " + (actual == null ? null : actual.eClass().getName());
        }
        for (var feature : expected.eClass().getEAllStructuralFeatures()) {
            Object a = expected.eGet(feature);
            Object b = actual.eGet(feature);
            String here = path + "." + feature.getName();
            if (feature instanceof org.eclipse.emf.ecore.EReference reference) {
                if (reference.isContainer()) {
                    continue;
                }
                List<?> as = feature.isMany() ? (List<?>) a : Collections.singletonList(a);
                List<?> bs = feature.isMany() ? (List<?>) b : Collections.singletonList(b);
                if (as.size() != bs.size()) {
                    return here + ": " + as.size() + " elements != " + bs.size();
                }
                for (int i = 0; i < as.size(); i++) {
                    String inner = firstDifference((EObject) as.get(i), (EObject) bs.get(i), here + "[" + i + "]", visited);
                    if (!inner.isEmpty()) {
                        return inner;
                    }
                }
            } else if (!java.util.Objects.equals(a, b)) {
                return here + ": " + a + " != " + b;
            }
        }
        return "";
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void randomGraphsComeBackEqual(DatabaseKind kind) throws Exception {
        long seed = Long.getLong("rapport.test.seed", System.nanoTime());
        System.out.println("RandomGraphRoundTripTest seed for " + kind + ": " + seed + " (replay with -Drapport.test.seed=" + seed + ")");
        World stored = new World(seed);
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            try (UnitOfWork work = fixture.store.begin()) {
                stored.roots().forEach(work::add);
                work.commit();
            }
            World expected = new World(seed);
            try (UnitOfWork work = fixture.store.begin()) {
                for (int i = 0; i < GRAPHS; i++) {
                    long id = ((PersistentObject) stored.customers.get(i)).persistentId();
                    Customer loaded = work.<Customer> find(TestmodelPackage.Literals.CUSTOMER, id).orElseThrow();
                    Customer wanted = expected.customers.get(i);
                    assertTrue(new EcoreUtil.EqualityHelper().equals(wanted, loaded), () -> "graph " + loaded.getReference() + " differs on " + kind
                            + " (seed " + seed + "): " + firstDifference(wanted, loaded, loaded.getReference()));
                }
            }
        }
    }
}
