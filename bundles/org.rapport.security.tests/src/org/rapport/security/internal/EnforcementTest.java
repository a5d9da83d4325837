package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.Order;
import org.rapport.persistence.testmodel.Staff;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.model.User;

/**
 * The access rules enforced by the store, for each preset role and a custom one, through the
 * store's services (never the UI): what a role may not read comes back masked or is refused,
 * what it may not write is refused with nothing stored, queries cannot filter or sort on what
 * the role may not read, and sales reach their own accounts only. On the three databases.
 * <p>
 * The test model declares (EAnnotations {@code http://rapport.org/security}): its customer
 * classes belong to the area {@code customers}, products to {@code products}; a customer's owner
 * is {@code accountManager.login}, an order's {@code customer.accountManager.login}; income is
 * hidden from service agents and read-only for sales, birthday read-only for service agents.
 */
class EnforcementTest {


    @TempDir
    Path home;

    private static Staff staffOf(UnitOfWork work, String login) {
        return work.<Staff>query("SELECT s FROM Staff s WHERE s.login = ?1", login).get(0);
    }

    private static List<String> references(List<Customer> customers) {
        return customers.stream().map(Customer::getReference).sorted().toList();
    }

    private static long id(Object object) {
        return ((PersistentObject) object).persistentId();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void salesReachTheirOwnAccountsOnly(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            long other = id(f.stored("C2"));
            f.signIn("li.na");
            try (UnitOfWork work = f.store.begin()) {
                assertEquals(List.of("C1"), references(work.query("SELECT c FROM Customer c ORDER BY c.reference")));
                assertEquals(List.of(1L), work.query("SELECT COUNT(c) FROM Customer c"));
                assertEquals(List.of("C1"), references(work.page("SELECT c FROM Customer c ORDER BY c.reference", 0, 10)));
                try (Stream<Customer> stream = work.stream("SELECT c FROM Customer c")) {
                    assertEquals(List.of("C1"), references(stream.toList()));
                }
                // an order's owner is its customer's account manager: a path through the container
                List<Order> orders = work.query("SELECT o FROM Order o ORDER BY o.number");
                assertEquals(List.of("O-1", "O-2"), orders.stream().map(Order::getNumber).toList());
                AccessDeniedException notOwn = assertThrows(AccessDeniedException.class, () -> work.find(TestmodelPackage.Literals.CUSTOMER, other));
                assertEquals("li.na may work with own records only, and Customer#" + other + " is not one of them.", notOwn.getMessage());
                // income is read-only for sales: readable
                Customer mine = work.<Customer>query("SELECT c FROM Customer c").get(0);
                assertEquals(0, EnforcedFixture.INCOME.compareTo(mine.getIncome()));
                // Party declares no owner: which parties are li.na's cannot be said, so the query is refused
                AccessDeniedException party = assertThrows(AccessDeniedException.class, () -> work.query("SELECT p FROM Party p"));
                assertTrue(party.getMessage().contains("Party does not say whose it is"), party.getMessage());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void hiddenFieldsComeBackMaskedAndCannotBeQueried(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            f.signIn("wu");
            try (UnitOfWork work = f.store.begin()) {
                List<Customer> customers = work.query("SELECT c FROM Customer c ORDER BY c.reference");
                assertEquals(List.of("C1", "C2"), references(customers));
                for (Customer customer : customers) {
                    assertNull(customer.getIncome(), "income is hidden from service agents");
                    assertEquals(LocalDate.of(1980, 5, 17), customer.getBirthday(), "birthday is only read-only");
                }
                // a column of a projection is masked too
                List<Object[]> rows = work.query("SELECT c.reference, c.income, c.name FROM Customer c ORDER BY c.reference");
                assertEquals("C1", rows.get(0)[0]);
                assertNull(rows.get(0)[1]);
                assertEquals("Zhang Wei", rows.get(0)[2]);
                assertEquals(java.util.Arrays.asList((Object) null, null), work.query("SELECT c.income FROM Customer c"));
                // and one reached through a join with a condition of its own
                List<Object[]> joined = work.query("SELECT o.number, c.income FROM Order o LEFT JOIN o.customer c ON c.reference = ?1 WHERE o.number = ?2", "C2", "O-3");
                assertEquals("O-3", joined.get(0)[0]);
                assertNull(joined.get(0)[1]);
                try (Stream<Customer> stream = work.stream("SELECT c FROM Customer c")) {
                    assertTrue(stream.allMatch(c -> c.getIncome() == null));
                }
                // reached through a reference, read on first use: masked as well
                Order order = work.<Order>query("SELECT o FROM Order o WHERE o.number = ?1", "O-3").get(0);
                assertNull(order.getCustomer().getIncome());
                // nothing can be learnt about income through a query
                for (String query : List.of("SELECT c FROM Customer c WHERE c.income > ?1", "SELECT c FROM Customer c ORDER BY c.income",
                        "SELECT AVG(c.income) FROM Customer c", "SELECT o FROM Order o WHERE o.customer.income IS NULL",
                        "SELECT o FROM Order o LEFT JOIN o.customer c ON c.income > ?1", "SELECT o.number FROM Order o JOIN o.customer c ON c.income IS NULL",
                        "SELECT o.number FROM Order o JOIN Customer c ON c.income IS NULL")) {
                    Object[] parameters = query.contains("?1") ? new Object[] { BigDecimal.ONE } : new Object[0];
                    AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> work.query(query, parameters), query);
                    assertEquals("wu may not read Customer.income, so a query cannot filter, sort, group or compute on it: " + query, refused.getMessage());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aMaskedValueIsNeverWrittenBackAndCannotBeSet(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            f.signIn("cleo");
            try (UnitOfWork work = f.store.begin()) {
                Customer customer = work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", "C1").get(0);
                assertNull(customer.getIncome());
                customer.setName("Zhang Wei Jr.");
                work.commit();
            }
            Customer stored = f.stored("C1");
            assertEquals("Zhang Wei Jr.", stored.getName());
            assertEquals(0, EnforcedFixture.INCOME.compareTo(stored.getIncome()), "the masked income is still as stored");

            f.signIn("cleo");
            try (UnitOfWork work = f.store.begin()) {
                Customer customer = work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", "C1").get(0);
                customer.setIncome(BigDecimal.TEN);
                customer.setName("Changed with it");
                AccessDeniedException refused = assertThrows(AccessDeniedException.class, work::commit);
                assertEquals("cleo may not read or change Customer.income: nothing was saved (Customer#" + id(customer) + ").", refused.getMessage());
            }
            Customer after = f.stored("C1");
            assertEquals("Zhang Wei Jr.", after.getName());
            assertEquals(0, EnforcedFixture.INCOME.compareTo(after.getIncome()));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void salesWriteTheirOwnAccountsAndNoReadOnlyField(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            f.signIn("li.na");
            try (UnitOfWork work = f.store.begin()) {
                Customer mine = work.<Customer>query("SELECT c FROM Customer c").get(0);
                mine.setName("Zhang Wei (VIP)");
                work.commit();

                mine.setIncome(BigDecimal.ONE);
                AccessDeniedException readOnly = assertThrows(AccessDeniedException.class, work::commit);
                assertEquals("li.na may read Customer.income but not change it: nothing was saved (Customer#" + id(mine) + ").", readOnly.getMessage());
                mine.setIncome(EnforcedFixture.INCOME);

                // giving the account away is not sales' to do
                Staff sam = staffOf(work, "sam");
                Staff lina = mine.getAccountManager();
                mine.setAccountManager(sam);
                AccessDeniedException away = assertThrows(AccessDeniedException.class, work::commit);
                assertTrue(away.getMessage().startsWith("li.na may work with own records only"), away.getMessage());
                mine.setAccountManager(lina);

                work.remove(mine);
                AccessDeniedException delete = assertThrows(AccessDeniedException.class, work::commit);
                // the customer's orders go with it: whichever the engine reports first names the refusal
                assertTrue(delete.getMessage().startsWith("li.na may not delete customers records: nothing was saved ("), delete.getMessage());
            }
            try (UnitOfWork work = f.store.begin()) {
                Staff lina = staffOf(work, "li.na");
                Staff sam = staffOf(work, "sam");
                Customer mine = EnforcedFixture.customer("C3", "Chen Jing", lina);
                mine.setIncome(null);
                work.add(mine);
                Customer forSam = EnforcedFixture.customer("C4", "Ola Nordmann", sam);
                forSam.setIncome(null);
                work.add(forSam);
                AccessDeniedException notOwn = assertThrows(AccessDeniedException.class, work::commit);
                assertTrue(notOwn.getMessage().contains("may work with own records only"), notOwn.getMessage());
            }
            try (UnitOfWork work = f.store.begin()) {
                Staff lina = staffOf(work, "li.na");
                Customer created = EnforcedFixture.customer("C3", "Chen Jing", lina);
                created.setIncome(null); // read-only: sales may not set it, not even on a new record
                work.add(created);
                work.commit();
            }
            assertEquals("Zhang Wei (VIP)", f.stored("C1").getName());
            assertEquals("li.na", f.stored("C1").getAccountManager().getLogin());
            assertEquals("Chen Jing", f.stored("C3").getName());
            directoryAsSystem(f, work -> assertEquals(List.of(3L), work.query("SELECT COUNT(c) FROM Customer c")));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void eachRoleReadsItsAreasOnly(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            long c1 = id(f.stored("C1"));
            f.signIn("tec");
            try (UnitOfWork work = f.store.begin()) {
                AccessDeniedException customers = assertThrows(AccessDeniedException.class, () -> work.query("SELECT c FROM Customer c"));
                assertEquals("tec may not read customers records (Customer): none of your roles allows it.", customers.getMessage());
                assertThrows(AccessDeniedException.class, () -> work.find(TestmodelPackage.Literals.CUSTOMER, c1));
                assertThrows(AccessDeniedException.class, () -> work.stream("SELECT o FROM Order o"));
                // a third party's area (products) is no preset's until an administrator grants it
                assertThrows(AccessDeniedException.class, () -> work.query("SELECT p FROM Product p"));
                // classes of no area are not restricted
                assertEquals(2, work.query("SELECT s FROM Staff s").size());
                // users and roles are the security area's: administrators only
                assertThrows(AccessDeniedException.class, () -> work.query("SELECT u FROM User u"));
            }
            // the write guard does not rely on the reads being refused first
            try (UnitOfWork work = f.store.begin()) {
                work.add(EnforcedFixture.customer("C9", "Nobody", null));
                AccessDeniedException create = assertThrows(AccessDeniedException.class, work::commit);
                assertTrue(create.getMessage().startsWith("tec may not create customers records: nothing was saved"), create.getMessage());
            }
            f.signIn("wu");
            try (UnitOfWork work = f.store.begin()) {
                Customer customer = work.<Customer>find(TestmodelPackage.Literals.CUSTOMER, c1).orElseThrow();
                customer.setName("Changed by a service agent");
                AccessDeniedException update = assertThrows(AccessDeniedException.class, work::commit);
                assertEquals("wu may not change customers records: nothing was saved (Customer#" + c1 + ").", update.getMessage());
            }
            f.signIn("mo");
            try (UnitOfWork work = f.store.begin()) {
                List<Customer> all = work.query("SELECT c FROM Customer c ORDER BY c.income DESC, c.reference");
                assertEquals(List.of("C1", "C2"), references(all));
                assertEquals(0, EnforcedFixture.INCOME.compareTo(all.get(0).getIncome()));
                assertThrows(AccessDeniedException.class, () -> work.query("SELECT u FROM User u"));
                Optional<Customer> found = work.find(TestmodelPackage.Literals.CUSTOMER, c1);
                assertTrue(found.isPresent());
                found.get().setIncome(BigDecimal.ONE); // managers have no field rules
                work.commit();
            }
            f.signIn("ada");
            try (UnitOfWork work = f.store.begin()) {
                assertEquals(7, work.<User>query("SELECT u FROM User u").size());
                assertEquals(1, work.query("SELECT p FROM Product p").size());
            }
        }
    }

    private static void directoryAsSystem(EnforcedFixture f, java.util.function.Consumer<UnitOfWork> check) {
        f.directory.signOut();
        try (UnitOfWork work = f.store.begin()) {
            check.accept(work);
        }
    }
}
