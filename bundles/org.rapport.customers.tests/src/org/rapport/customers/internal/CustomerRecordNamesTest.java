package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.ImportKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * The audit log once named a customer's phone "Phone #1000" and a purchase "Purchase #1001": what
 * a customer holds is named by its customer, for a reader who may read that customer, and by
 * nothing for one who may not (the store's real access rules decide).
 */
class CustomerRecordNamesTest {

    private static final CustomersPackage P = CustomersPackage.eINSTANCE;

    @TempDir
    Path home;

    @Test
    void whatACustomerHoldsIsNamedByItsCustomerForReadersOfThatCustomerOnly() throws Exception {
        try (ImportFixture fixture = ImportFixture.enforced(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.importer.importFile(ImportKind.CUSTOMERS, ImportFixture.write(home, "c.csv", OwnAccountsTest.CUSTOMERS), Options.defaults(), Progress.NONE);
            fixture.importer.importFile(ImportKind.PURCHASES, ImportFixture.write(home, "p.csv", OwnAccountsTest.PURCHASES), Options.defaults(), Progress.NONE);
            fixture.users.add(new SessionUser("sam", "Sam", Set.of(Roles.SALES), List.of(new Grant(CustomersAreaId.ID, Action.READ, Scope.OWN)), Map.of()));
            CustomerRecordNames names = new CustomerRecordNames(fixture.store);
            long olgasPhone = id(fixture, "SELECT p.persistentId FROM Customer c JOIN c.phones p WHERE c.reference = 'O-1'");
            long olgasEmail = id(fixture, "SELECT e.persistentId FROM Customer c JOIN c.emails e WHERE c.reference = 'O-1'");
            long olgasPurchase = id(fixture, "SELECT p.persistentId FROM Customer c JOIN c.purchases p WHERE c.reference = 'O-1' AND p.product = 'Grinder'");
            long samsPhone = id(fixture, "SELECT p.persistentId FROM Customer c JOIN c.phones p WHERE c.reference = 'S-1'");
            long olga = id(fixture, "SELECT c.persistentId FROM Customer c WHERE c.reference = 'O-1'");

            fixture.users.as("mo");
            assertEquals(Optional.of("Phone of O-1 Li Wei"), names.name(key(P.getPhone()), olgasPhone));
            assertEquals(Optional.of("E-mail address of O-1 Li Wei"), names.name(key(P.getEmailAddress()), olgasEmail));
            assertEquals(Optional.of("Purchase of O-1 Li Wei"), names.name(key(P.getPurchase()), olgasPurchase));
            assertEquals(Optional.of("O-1 Li Wei"), names.name(key(P.getCustomer()), olga));
            assertEquals(Optional.empty(), names.name(key(P.getPhone()), Long.MAX_VALUE - 3), "gone: no name");

            fixture.users.as("sam");
            assertEquals(Optional.of("Phone of S-1 Li Na"), names.name(key(P.getPhone()), samsPhone), "sam's own account");
            assertEquals(Optional.empty(), names.name(key(P.getPhone()), olgasPhone), "olga's customer: sam learns no name");
            assertEquals(Optional.empty(), names.name(key(P.getPurchase()), olgasPurchase));
            assertEquals(Optional.empty(), names.name(key(P.getCustomer()), olga));
        }
    }

    private static String key(EClass eClass) {
        return CustomerRecordNames.objectClass(eClass);
    }

    private static long id(ImportFixture fixture, String jpql) {
        fixture.users.as("mo");
        try (UnitOfWork work = fixture.store.begin()) {
            return work.<Number> query(jpql).get(0).longValue();
        }
    }
}
