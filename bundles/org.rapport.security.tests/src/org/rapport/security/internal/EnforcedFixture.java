package org.rapport.security.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.Order;
import org.rapport.persistence.testmodel.Product;
import org.rapport.persistence.testmodel.Staff;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.persistence.testmodel.contribution.TestmodelContribution;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.Scope;

/**
 * A store with the test model, the audit trail, the enforcement of the access rules and the
 * privacy service, wired as the product wires them, and users of every preset role plus a clerk
 * (customers read and update, income hidden). The seed: li.na's customer C1 (two orders), sam's
 * C2 (one order), a product.
 */
final class EnforcedFixture implements AutoCloseable {

    static final TestmodelFactory T = TestmodelFactory.eINSTANCE;
    static final String PASSWORD = "password-1";
    static final BigDecimal INCOME = new BigDecimal("90000.00");

    final SecurityFixture security;
    final Store store;
    final UserDirectory directory;
    final PrivacyService privacy;

    EnforcedFixture(DatabaseKind kind, Path home) throws Exception {
        security = SecurityFixture.withModels(kind, home, List.of(new TestmodelContribution()));
        store = security.store;
        directory = security.directory;
        privacy = new PrivacyService(store, directory, security.auditLog, () -> security.clock, List.of(new SecurityModel(), new TestmodelContribution()));
        directory.addUser("ada", "Ada", PASSWORD.toCharArray(), List.of(Roles.ADMINISTRATOR));
        signIn("ada");
        directory.addUser("mo", "Mo", PASSWORD.toCharArray(), List.of(Roles.MANAGER));
        directory.addUser("li.na", "Li Na", PASSWORD.toCharArray(), List.of(Roles.SALES));
        directory.addUser("sam", "Sam", PASSWORD.toCharArray(), List.of(Roles.SALES));
        directory.addUser("wu", "Wu", PASSWORD.toCharArray(), List.of(Roles.SERVICE_AGENT));
        directory.addUser("tec", "Tec", PASSWORD.toCharArray(), List.of(Roles.TECHNICIAN));
        // may change every customer, but never see income
        directory.addRole("clerk", "Keeps records", List.of(new Grant(TestArea.CUSTOMERS.id(), Action.READ, Scope.ALL),
                new Grant(TestArea.CUSTOMERS.id(), Action.UPDATE, Scope.ALL)), Map.of(ModelAccess.key(TestmodelPackage.Literals.CUSTOMER__INCOME), FieldAccess.HIDDEN));
        directory.addUser("cleo", "Cleo", PASSWORD.toCharArray(), List.of("clerk"));
        directory.signOut();
        seed();
    }

    /** As the system (nobody signed in): li.na's customer C1 with two orders, sam's C2 with one, a product. */
    private void seed() {
        try (UnitOfWork work = store.begin()) {
            Staff lina = staff("li.na");
            Staff sam = staff("sam");
            work.add(lina);
            work.add(sam);
            work.add(customer("C1", "Zhang Wei", lina, "O-1", "O-2"));
            work.add(customer("C2", "Anna Berg", sam, "O-3"));
            Product product = T.createProduct();
            product.setSku("P-1");
            product.setName("Kettle");
            product.setPrice(new BigDecimal("30.00"));
            work.add(product);
            work.commit();
        }
    }

    void signIn(String login) throws Exception {
        directory.signIn(login, PASSWORD.toCharArray());
    }

    /** The customer as the system sees it. */
    Customer stored(String reference) {
        directory.signOut();
        try (UnitOfWork work = store.begin()) {
            List<Customer> found = work.query("SELECT c FROM Customer c WHERE c.reference = ?1", reference);
            return found.get(0);
        }
    }

    @Override
    public void close() throws Exception {
        security.close();
    }

    static Staff staff(String login) {
        Staff staff = T.createStaff();
        staff.setLogin(login);
        staff.setDisplayName(login);
        return staff;
    }

    static Customer customer(String reference, String name, Staff manager, String... orders) {
        Customer customer = T.createCustomer();
        customer.setReference(reference);
        customer.setName(name);
        customer.setBirthday(LocalDate.of(1980, 5, 17));
        customer.setIncome(INCOME);
        customer.setAccountManager(manager);
        for (String number : orders) {
            Order order = T.createOrder();
            order.setNumber(number);
            order.setPlaced(Instant.parse("2026-01-05T10:00:00Z"));
            order.setTotal(new BigDecimal("12.50"));
            customer.getOrders().add(order);
        }
        return customer;
    }
}
