package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.AccessPolicy.QueryUse;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.testmodel.Address;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.OrderLine;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.Scope;

/**
 * A sales user (own accounts) may read a customer's contained objects through a subquery over the
 * customer's own list ({@code EXISTS (SELECT a FROM c.addresses a ...)}): the store counts them as
 * reached through the customer, whose rows are li.na's only (finding R11). What does not read only
 * li.na's rows' contents stays refused, and field rules on the contained class still hold. On the
 * three databases.
 */
class ContainedSubqueryAccessTest {

    private static final TestmodelPackage P = TestmodelPackage.eINSTANCE;

    @TempDir
    Path home;

    /** As the system: C1 (li.na's) gets an address in Hangzhou and order lines of 10 and 5; C2 (sam's) an address in Hangzhou and a line of 99. */
    private static void addContents(EnforcedFixture f) {
        f.directory.signOut();
        try (UnitOfWork work = f.store.begin()) {
            for (Customer customer : work.<Customer>query("SELECT c FROM Customer c")) {
                Address address = EnforcedFixture.T.createAddress();
                address.setCity("Hangzhou");
                customer.getAddresses().add(address);
                List<String> prices = customer.getReference().equals("C1") ? List.of("10.00", "5.00") : List.of("99.00");
                for (String price : prices) {
                    OrderLine line = EnforcedFixture.T.createOrderLine();
                    line.setQuantity(1);
                    line.setPrice(new BigDecimal(price));
                    customer.getOrders().get(0).getLines().add(line);
                }
            }
            work.commit();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void salesReadTheirOwnCustomersContentsThroughSubqueriesOverTheirLists(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            addContents(f);
            f.signIn("li.na");
            try (UnitOfWork work = f.store.begin()) {
                assertEquals(List.of("C1"), work.query("SELECT c.reference FROM Customer c WHERE EXISTS (SELECT a FROM c.addresses a WHERE a.city = ?1)", "Hangzhou"),
                        "C2's address is in Hangzhou too, but C2 is sam's");
                assertEquals(List.of(), work.query("SELECT c.reference FROM Customer c WHERE NOT EXISTS (SELECT a FROM c.addresses a WHERE a.city = ?1)", "Hangzhou"));
                List<Object[]> sums = work.query("SELECT o.number, (SELECT SUM(l.price) FROM o.lines l) FROM Order o ORDER BY o.number");
                assertEquals(List.of("O-1=15.00", "O-2=null"), sums.stream().map(r -> r[0] + "=" + (r[1] == null ? null : ((BigDecimal) r[1]).setScale(2))).toList());
                List<Object[]> counts = work.query("SELECT c.reference, (SELECT COUNT(a) FROM c.addresses a) FROM Customer c");
                assertEquals(List.of("C1=1"), counts.stream().map(r -> r[0] + "=" + ((Number) r[1]).intValue()).toList());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void whatDoesNotReadOnlyTheirRowsContentsStaysRefused(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            addContents(f);
            f.signIn("li.na");
            try (UnitOfWork work = f.store.begin()) {
                for (String jpql : List.of(
                        "SELECT a FROM Address a",
                        "SELECT COUNT(c) FROM Customer c WHERE EXISTS (SELECT a FROM Address a WHERE a.city = c.name)",
                        // through a plain reference: the order's customer is no range the rules constrain
                        "SELECT o.number FROM Order o WHERE EXISTS (SELECT a FROM o.customer.addresses a)",
                        // a join variable carries no row condition of its own
                        "SELECT o.number FROM Order o JOIN o.customer c WHERE EXISTS (SELECT a FROM c.addresses a)")) {
                    AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> work.query(jpql), jpql);
                    assertTrue(refused.getMessage().contains("Address does not say whose it is"), refused.getMessage());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aHiddenFieldOfTheContainedClassCannotBeQueriedThroughTheSubquery(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            addContents(f);
            f.signIn("ada");
            f.directory.addRole("caller", "Own accounts, cities hidden", List.of(new Grant(TestArea.CUSTOMERS.id(), Action.READ, Scope.OWN)),
                    Map.of(ModelAccess.key(P.getAddress_City()), FieldAccess.HIDDEN));
            f.directory.addUser("cal", "Cal", EnforcedFixture.PASSWORD.toCharArray(), List.of("caller"));
            f.directory.signOut();
            try (UnitOfWork work = f.store.begin()) {
                // C2 becomes cal's
                org.rapport.persistence.testmodel.Staff cal = EnforcedFixture.staff("cal");
                work.add(cal);
                work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", "C2").get(0).setAccountManager(cal);
                work.commit();
            }
            f.signIn("cal");
            try (UnitOfWork work = f.store.begin()) {
                for (String jpql : List.of("SELECT c.reference FROM Customer c WHERE EXISTS (SELECT a FROM c.addresses a WHERE a.city = 'Hangzhou')",
                        "SELECT c.reference, (SELECT MAX(a.city) FROM c.addresses a) FROM Customer c")) {
                    AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> work.query(jpql), jpql);
                    assertTrue(refused.getMessage().contains("Address.city"), refused.getMessage());
                }
                // the same city selected through a join comes back masked
                List<Object[]> joined = work.query("SELECT c.reference, a.city FROM Customer c JOIN c.addresses a");
                assertEquals(1, joined.size());
                assertEquals("C2", joined.get(0)[0]);
                assertEquals(null, joined.get(0)[1]);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theOwnerKeyOfAContainedClassIsARangeOfItsOwnToTheRules(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            addContents(f);
            String perOwner = "SELECT a.addressesOwner, COUNT(a) FROM Address a GROUP BY a.addressesOwner";
            f.signIn("mo");
            try (UnitOfWork work = f.store.begin()) {
                assertEquals(2, work.query(perOwner).size(), "a manager counts every customer's addresses");
            }
            f.signIn("li.na");
            try (UnitOfWork work = f.store.begin()) {
                AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> work.query(perOwner));
                assertTrue(refused.getMessage().contains("Address does not say whose it is"), refused.getMessage());
                // inside a subquery over the customer's own list it names that customer
                assertEquals(List.of("C1"), work.query("SELECT c.reference FROM Customer c WHERE EXISTS (SELECT a FROM c.addresses a WHERE a.addressesOwner = c.persistentId)"));
            }
        }
    }

    /**
     * The policy's half: a class reached only through containment is covered by its container
     * only where the container's rows are restricted to the user's; a container the user reads
     * in full (another area's) does not restrict what it contains.
     */
    @Test
    void aContainerTheUserReadsInFullDoesNotRestrictItsContents() {
        EcoreFactory e = EcoreFactory.eINSTANCE;
        EPackage model = e.createEPackage();
        model.setName("contained");
        model.setNsURI("urn:rapport:test:contained");
        EClass card = e.createEClass();
        card.setName("Card");
        EcoreUtil.setAnnotation(card, ModelAccess.SOURCE, "area", TestArea.POINTS.id());
        EcoreUtil.setAnnotation(card, ModelAccess.SOURCE, "owner", "holder");
        EClass note = e.createEClass();
        note.setName("Note");
        EcoreUtil.setAnnotation(note, ModelAccess.SOURCE, "area", TestArea.CUSTOMERS.id());
        EReference notes = e.createEReference();
        notes.setName("notes");
        notes.setEType(note);
        notes.setContainment(true);
        notes.setUpperBound(-1);
        card.getEStructuralFeatures().add(notes);
        model.getEClassifiers().addAll(List.of(card, note));
        SessionUser user = new SessionUser("ann", "Ann", Set.of("sales"),
                List.of(new Grant(TestArea.CUSTOMERS.id(), Action.READ, Scope.OWN), new Grant(TestArea.POINTS.id(), Action.READ, Scope.ALL)), Map.of());
        UserRules rules = new UserRules(user);
        QueryUse use = new QueryUse("SELECT k FROM Card k WHERE EXISTS (SELECT n FROM k.notes n)", Set.of(card, note), Set.of(), Map.of(note, Set.of(card)));
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> rules.checkQuery(use));
        assertTrue(refused.getMessage().contains("Note does not say whose it is"), refused.getMessage());
        // the same, with the card's rows restricted to the user's own, is allowed
        new UserRules(new SessionUser("ann", "Ann", Set.of("sales"),
                List.of(new Grant(TestArea.CUSTOMERS.id(), Action.READ, Scope.OWN), new Grant(TestArea.POINTS.id(), Action.READ, Scope.OWN)), Map.of()))
                .checkQuery(use);
    }
}
