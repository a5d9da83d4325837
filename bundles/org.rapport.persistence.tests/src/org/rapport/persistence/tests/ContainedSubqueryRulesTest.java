package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.AccessPolicy.QueryUse;
import org.rapport.persistence.api.AccessPolicy.RowCondition;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.StatementLog;
import org.rapport.persistence.testmodel.Address;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.Order;
import org.rapport.persistence.testmodel.OrderLine;
import org.rapport.persistence.testmodel.Staff;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * A subquery over a list of the outer query's range variable ({@code EXISTS (SELECT a FROM
 * c.addresses a ...)}) reads exactly that row's contained objects: the store reports its class as
 * reached through containment from the outer variable's class, so rules on the container's rows
 * cover it (issue 18, finding R11). The forms that do not read only the constrained rows' contents
 * still report the class as a range of its own.
 */
class ContainedSubqueryRulesTest {

    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;
    private static final TestmodelPackage P = TestmodelPackage.eINSTANCE;

    @TempDir
    Path home;

    /** Rules of a user who reads sam's customers (and their orders) only. */
    private static RowConditionRules samsRows() {
        return new RowConditionRules(eClass -> {
            if (P.getCustomer().isSuperTypeOf(eClass)) {
                return Optional.of(new RowCondition(List.of("accountManager", "login"), "sam"));
            }
            if (P.getOrder().isSuperTypeOf(eClass)) {
                return Optional.of(new RowCondition(List.of("customer", "accountManager", "login"), "sam"));
            }
            return Optional.empty();
        });
    }

    private static Customer customer(String reference, Staff manager, String city, String... lineCents) {
        Customer customer = F.createCustomer();
        customer.setReference(reference);
        customer.setName("Customer " + reference);
        customer.setAccountManager(manager);
        Address address = F.createAddress();
        address.setCity(city);
        customer.getAddresses().add(address);
        Order order = F.createOrder();
        order.setNumber("O-" + reference);
        order.setPlaced(Instant.parse("2026-01-05T10:00:00Z"));
        for (String price : lineCents) {
            OrderLine line = F.createOrderLine();
            line.setQuantity(1);
            line.setPrice(new BigDecimal(price));
            order.getLines().add(line);
        }
        customer.getOrders().add(order);
        return customer;
    }

    /** sam's S-1 (Hangzhou, lines 10 + 5) and S-2 (Ningbo, no lines); olga's O-1 (Hangzhou, a line of 99). */
    private static void seed(StoreFixture fixture) {
        try (UnitOfWork work = fixture.store.begin()) {
            Staff sam = F.createStaff();
            sam.setLogin("sam");
            Staff olga = F.createStaff();
            olga.setLogin("olga");
            work.add(sam);
            work.add(olga);
            work.add(customer("S-1", sam, "Hangzhou", "10.00", "5.00"));
            work.add(customer("S-2", sam, "Ningbo"));
            work.add(customer("O-1", olga, "Hangzhou", "99.00"));
            work.commit();
        }
    }

    private static Map<EClass, Set<EClass>> containedInCustomer() {
        return Map.of(P.getAddress(), Set.of(P.getCustomer()));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSubqueryOverTheOuterRowsListReadsThatRowsContentsThroughItsOwnerColumn(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            seed(fixture);
            RowConditionRules rules = samsRows();
            fixture.store.setAccessPolicy(rules);
            StatementLog log = StatementLog.attach(fixture.store);
            try (UnitOfWork work = fixture.store.begin()) {
                assertEquals(List.of("S-1"), work.query(
                        "SELECT c.reference FROM Customer c WHERE EXISTS (SELECT a FROM c.addresses a WHERE a.city = ?1) ORDER BY c.reference", "Hangzhou"),
                        "sam's customer in Hangzhou, not olga's");
                QueryUse exists = rules.last();
                assertEquals(containedInCustomer(), exists.containers(), "the addresses are reached through the customers");
                assertTrue(exists.conditions().contains(P.getAddress_City()), "the contained class's attribute is still a condition");
                List<String> statements = log.take();
                assertTrue(statements.stream().anyMatch(s -> s.contains("ADDRESSES_OWNER")), () -> "the addresses read by their owner column: " + statements);

                assertEquals(List.of("S-2"), work.query(
                        "SELECT c.reference FROM Customer c WHERE NOT EXISTS (SELECT a FROM c.addresses a WHERE a.city = ?1) ORDER BY c.reference", "Hangzhou"));
                assertEquals(containedInCustomer(), rules.last().containers());

                List<Object[]> counts = work.query("SELECT c.reference, (SELECT COUNT(a) FROM c.addresses a) FROM Customer c ORDER BY c.reference");
                assertEquals(List.of("S-1=1", "S-2=1"), counts.stream().map(r -> r[0] + "=" + ((Number) r[1]).intValue()).toList());
                assertEquals(containedInCustomer(), rules.last().containers());

                // two levels: the lines of the outer customer's orders
                List<Object[]> sums = work.query("SELECT o.number, (SELECT SUM(l.price) FROM o.lines l) FROM Order o ORDER BY o.number");
                assertEquals(List.of("O-S-1=15.00", "O-S-2=null"), sums.stream().map(r -> r[0] + "=" + (r[1] == null ? null : ((BigDecimal) r[1]).setScale(2))).toList());
                assertEquals(Map.of(P.getOrderLine(), Set.of(P.getOrder())), rules.last().containers());
            }
        }
    }

    @Test
    void formsThatDoNotReadOnlyTheConstrainedRowsContentsStillReportTheClassAsARange() throws Exception {
        try (StoreFixture fixture = StoreFixture.open(DatabaseKind.DERBY_EMBEDDED, home)) {
            RowConditionRules rules = samsRows();
            fixture.store.setAccessPolicy(rules);
            try (UnitOfWork work = fixture.store.begin()) {
                for (String jpql : List.of(
                        // a range of the contained class itself
                        "SELECT a FROM Address a",
                        "SELECT c FROM Customer c WHERE EXISTS (SELECT a FROM Address a WHERE a.city = c.name)",
                        // a list reached through a plain reference: o.customer has no row condition of its own
                        "SELECT o FROM Order o WHERE EXISTS (SELECT a FROM o.customer.addresses a)",
                        // a list of a join variable, which carries no row condition
                        "SELECT o FROM Order o JOIN o.customer c WHERE EXISTS (SELECT a FROM c.addresses a)")) {
                    work.query(jpql);
                    QueryUse use = rules.last();
                    assertTrue(use.classes().contains(P.getAddress()), jpql);
                    assertFalse(use.containers().containsKey(P.getAddress()), () -> jpql + ": " + use.containers());
                }
            }
        }
    }
}
