package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.AccessPolicy.RowCondition;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.Order;
import org.rapport.persistence.testmodel.Staff;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * A class whose rows a user may read only in part is restricted however a query reaches it: not
 * only as a range variable but through a plain reference of a class read in full ({@code JOIN
 * o.customer c}, {@code o.customer.name}), in a subquery too. A LEFT JOIN keeps its row and joins
 * another user's object as none. The orders here are every user's to read, as memberships are a
 * sales user's; the customers only sam's.
 */
class ReferencedRowsRulesTest {

    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;
    private static final TestmodelPackage P = TestmodelPackage.eINSTANCE;

    @TempDir
    Path home;

    /** Every order; only the customers this condition admits. */
    private static RowConditionRules customers(RowCondition customers) {
        return new RowConditionRules(eClass -> P.getCustomer().isSuperTypeOf(eClass) ? Optional.of(customers) : Optional.empty());
    }

    /** sam's customers only. */
    private static RowConditionRules samsCustomers() {
        return customers(new RowCondition(List.of("accountManager", "login"), "sam"));
    }

    /** sam's S-1 and S-2, olga's O-1, each with an order O-(reference). */
    private static void seed(StoreFixture fixture) {
        try (UnitOfWork work = fixture.store.begin()) {
            Staff sam = F.createStaff();
            sam.setLogin("sam");
            Staff olga = F.createStaff();
            olga.setLogin("olga");
            work.add(sam);
            work.add(olga);
            for (String reference : List.of("S-1", "S-2", "O-1")) {
                Customer customer = F.createCustomer();
                customer.setReference(reference);
                customer.setName("Customer " + reference);
                customer.setAccountManager(reference.startsWith("S") ? sam : olga);
                Order order = F.createOrder();
                order.setNumber("O-" + reference);
                order.setPlaced(Instant.parse("2026-01-05T10:00:00Z"));
                customer.getOrders().add(order);
                work.add(customer);
            }
            work.commit();
        }
    }

    private static List<String> rows(List<?> result) {
        return result.stream().map(r -> r instanceof Object[] columns ? Arrays.toString(columns) : String.valueOf(r)).toList();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRestrictedClassReachedThroughAReferenceReadsTheUsersRowsOnly(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            seed(fixture);
            try (UnitOfWork work = fixture.store.begin()) {
                assertEquals(3, work.query("SELECT c.name FROM Order o JOIN o.customer c").size(), "without rules every customer's name");
            }
            fixture.store.setAccessPolicy(samsCustomers());
            try (UnitOfWork work = fixture.store.begin()) {
                assertEquals(List.of("O-O-1", "O-S-1", "O-S-2"), work.query("SELECT o.number FROM Order o ORDER BY o.number"), "the orders are read in full");
                assertEquals(List.of("Customer S-1", "Customer S-2"), work.query("SELECT c.name FROM Order o JOIN o.customer c ORDER BY c.name"));
                assertEquals(List.of("Customer S-1", "Customer S-2"), work.query("SELECT o.customer.name FROM Order o ORDER BY o.customer.name"));
                assertEquals(List.of(), work.query("SELECT o.number FROM Order o WHERE o.customer.name = ?1", "Customer O-1"),
                        "no filtering on what may not be read");
                assertEquals(List.of("[Customer S-1, 1]", "[Customer S-2, 1]"),
                        rows(work.query("SELECT c.name, COUNT(o) FROM Order o JOIN o.customer c GROUP BY c.name ORDER BY c.name")));
                assertEquals(List.of(), work.query("SELECT o.number FROM Order o WHERE EXISTS (SELECT p FROM Order p WHERE p.customer.name = ?1)", "Customer O-1"),
                        "in a subquery too");
                assertEquals(List.of("[O-S-1, Customer S-1]", "[O-S-2, Customer S-2]"),
                        rows(work.query("SELECT o.number, c.name FROM Order o LEFT JOIN o.customer c ORDER BY o.number")),
                        "a condition through a further reference (the account manager) cannot go in the ON clause: olga's customer's order is left out");
                List<Order> fetched = work.query("SELECT o FROM Order o JOIN FETCH o.customer ORDER BY o.number");
                assertEquals(List.of("O-S-1", "O-S-2"), fetched.stream().map(Order::getNumber).toList());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aLeftJoinKeepsItsRowAndJoinsAnotherUsersObjectAsNone(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            seed(fixture);
            // a condition on the customer's own column, as the customers' owner (its account manager's login) is in the product
            fixture.store.setAccessPolicy(customers(new RowCondition(List.of("reference"), "S-1")));
            try (UnitOfWork work = fixture.store.begin()) {
                assertEquals(List.of("[O-O-1, null]", "[O-S-1, Customer S-1]", "[O-S-2, null]"),
                        rows(work.query("SELECT o.number, c.name FROM Order o LEFT JOIN o.customer c ORDER BY o.number")));
                assertEquals(List.of("Customer S-1"), work.query("SELECT c.name FROM Order o JOIN o.customer c"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anotherUsersObjectReachedThroughAReferenceComesBackWithoutItsValues(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            seed(fixture);
            fixture.store.setAccessPolicy(customers(new RowCondition(List.of("reference"), "S-1")));
            try (UnitOfWork work = fixture.store.begin()) {
                List<Order> orders = work.query("SELECT o FROM Order o ORDER BY o.number");
                assertEquals(List.of("O-O-1", "O-S-1", "O-S-2"), orders.stream().map(Order::getNumber).toList());
                assertEquals(Arrays.asList(null, "Customer S-1", null), orders.stream().map(o -> o.getCustomer().getName()).toList());
                assertEquals(Arrays.asList(null, "S-1", null), orders.stream().map(o -> o.getCustomer().getReference()).toList());
                // nothing looks changed: the masked values are not written back
                work.commit();
            }
            fixture.store.setAccessPolicy(null);
            try (UnitOfWork work = fixture.store.begin()) {
                assertEquals(List.of("Customer O-1", "Customer S-1", "Customer S-2"), work.query("SELECT c.name FROM Customer c ORDER BY c.name"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theConditionedQueryIsKeptApartFromTheUnconditionedOne(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            seed(fixture);
            String jpql = "SELECT c.reference FROM Order o JOIN o.customer c ORDER BY c.reference";
            try (UnitOfWork work = fixture.store.begin()) {
                assertEquals(List.of("O-1", "S-1", "S-2"), work.query(jpql));
            }
            fixture.store.setAccessPolicy(samsCustomers());
            try (UnitOfWork work = fixture.store.begin()) {
                assertEquals(List.of("S-1", "S-2"), work.query(jpql), "the query prepared without rules is not reused");
                assertEquals(List.of("S-2"), work.page(jpql, 1, 5));
            }
        }
    }
}
