package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.Contacts;
import org.rapport.customers.model.Address;
import org.rapport.customers.api.Channels;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.Purchase;
import org.rapport.persistence.api.ConstraintViolationException;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;

/** Customers through the store on a schema made by the customers changelog, on the three databases. */
class CustomerStoreTest {

    private static final CustomersPackage P = CustomersPackage.eINSTANCE;

    /** Every table of the model that holds what a customer contains, with its key to the customer. */
    private static final Map<String, String> CONTAINED = Map.of("CUST_IMPORTANT_DATE", "IMPORTANT_DATES_OWNER", "CUST_PHONE", "PHONES_OWNER",
            "CUST_EMAIL_ADDRESS", "EMAILS_OWNER", "CUST_PURCHASE", "PURCHASES_OWNER", "CUST_INTERACTION", "INTERACTIONS_OWNER",
            "CUST_CUSTOMER_TAGS", "OWNER_ID");

    @TempDir
    Path home;

    private static boolean pending(EObject object, EStructuralFeature feature) {
        return ((PersistentObject) object).internalPending(feature) != null;
    }

    /** The features whose values differ, for a failure message. */
    @SuppressWarnings("unchecked")
    private static List<String> differences(EObject expected, EObject actual) {
        return expected.eClass().getEAllStructuralFeatures().stream().filter(feature -> {
            Object want = expected.eGet(feature);
            Object got = actual.eGet(feature);
            if (!(feature instanceof EReference)) {
                return !java.util.Objects.equals(want, got);
            }
            return feature.isMany() ? !EcoreUtil.equals((List<EObject>) want, (List<EObject>) got) : !EcoreUtil.equals((EObject) want, (EObject) got);
        }).map(feature -> feature.getName() + ": " + expected.eGet(feature) + " != " + actual.eGet(feature)).toList();
    }

    private static Customer find(UnitOfWork work, long id) {
        return work.<Customer> find(P.getCustomer(), id).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCompleteCustomerRoundTripsWithEmfEquality(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            long id = fixture.add(CustomerFixture.sample("1"));
            fixture.add(CustomerFixture.sample("2"));
            try (UnitOfWork work = fixture.store.begin()) {
                Customer stored = find(work, id);
                Customer expected = CustomerFixture.sample("1");
                assertTrue(EcoreUtil.equals(expected, stored), () -> "these features differ on " + kind + ": " + differences(expected, stored));
                // what equality cannot see: the containers and the values the setters normalised
                assertSame(stored, stored.getAddress().eContainer());
                assertSame(stored, stored.getPurchases().get(1).eContainer());
                assertEquals(List.of("+8613800138001", "02162790000"), stored.getPhones().stream().map(p -> p.getNumber()).toList());
                assertEquals("li.na.1@example.com", stored.getEmails().get(0).getAddress());
                assertEquals(new BigDecimal("1299.90"), stored.getPurchases().get(0).getAmount());
                assertEquals(List.of("frequent buyer", "eco-minded"), stored.getTags());
                assertEquals("上海", stored.getAddress().getCity());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void listsAndTheAddressStayUnreadUntilUsed(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            long id = fixture.add(CustomerFixture.sample("1"));
            fixture.add(CustomerFixture.sample("2"));
            try (UnitOfWork work = fixture.store.begin()) {
                List<Customer> east = work.query("SELECT c FROM Customer c WHERE c.region = ?1 ORDER BY c.reference", "East");
                assertEquals(2, east.size());
                Customer customer = east.get(0);
                assertEquals(id, ((PersistentObject) customer).persistentId());
                for (EReference reference : P.getCustomer().getEReferences()) {
                    for (Customer each : east) {
                        assertTrue(pending(each, reference), () -> reference.getName() + " was read with its customer on " + kind);
                    }
                }
                assertTrue(pending(customer, P.getCustomer_Tags()), "tags were read with the customer");
                assertEquals("李娜 1", customer.getName(), "attributes come with the customer");

                // a purchase written behind the engine's back before the first use is seen: the list is read now
                fixture.execute("INSERT INTO CUST_PURCHASE (ID, VERSION, AT_, AMOUNT, QUANTITY, PRODUCT, CHANNEL, PURCHASES_OWNER, PURCHASES_POS) "
                        + "VALUES (900000, 1, CAST('2026-02-01 10:00:00' AS TIMESTAMP), 10.00, 1, 'Filter papers', 'app', " + id + ", 2)");
                assertEquals(2, customer.getPhones().size());
                assertTrue(pending(customer, P.getCustomer_Purchases()), "reading the phones read the purchases");
                assertTrue(pending(customer, P.getCustomer_Interactions()), "reading the phones read the interactions");
                assertEquals(List.of("Espresso machine", "Coffee beans 1 kg", "Filter papers"),
                        customer.getPurchases().stream().map(Purchase::getProduct).toList());
                assertEquals(Channels.APP, customer.getPurchases().get(2).getChannel());
                assertTrue(pending(customer, P.getCustomer_Interactions()), "reading the purchases read the interactions");
                assertEquals("88 Nanjing Road", customer.getAddress().getStreet());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void changesToWhatACustomerContainsAreStored(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            long id = fixture.add(CustomerFixture.sample("1"));
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = find(work, id);
                Address moved = CustomerFixture.F.createAddress();
                moved.setStreet("1 Binjiang Avenue");
                moved.setCity("杭州");
                customer.setAddress(moved);
                customer.getPhones().remove(1);
                customer.getEmails().get(0).setValid(false);
                customer.getTags().remove("eco-minded");
                customer.getTags().add(0, "VIP");
                customer.getImportantDates().get(0).setDate(LocalDate.of(2015, 10, 2));
                customer.getPurchases().add(CustomerFixture.purchase("2026-02-02T08:00:00Z", "19.00", 1, "Descaler", Channels.APP, null));
                ((org.eclipse.emf.common.util.EList<org.rapport.customers.model.Interaction>) customer.getInteractions()).move(0, 1);
                customer.setIncome(null);
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = find(work, id);
                assertEquals("杭州", customer.getAddress().getCity());
                assertNull(customer.getAddress().getPostalCode());
                assertEquals(List.of("+8613800138001"), customer.getPhones().stream().map(p -> p.getNumber()).toList());
                assertFalse(customer.getEmails().get(0).isValid());
                assertEquals(List.of("VIP", "frequent buyer"), customer.getTags());
                assertEquals(LocalDate.of(2015, 10, 2), customer.getImportantDates().get(0).getDate());
                assertEquals(List.of("Espresso machine", "Coffee beans 1 kg", "Descaler"),
                        customer.getPurchases().stream().map(Purchase::getProduct).toList());
                assertEquals("Asked for the delivery date of the beans.", customer.getInteractions().get(0).getSummary());
                assertNull(customer.getIncome());
            }
            // the replaced address and the removed phone are gone, not orphaned
            assertEquals(1, fixture.count("SELECT COUNT(*) FROM CUST_ADDRESS"));
            assertEquals(1, fixture.count("SELECT COUNT(*) FROM CUST_PHONE"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void deletingACustomerDeletesWhatItContainsAndNothingElse(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            long gone = fixture.add(CustomerFixture.sample("1"));
            long kept = fixture.add(CustomerFixture.sample("2"));
            try (UnitOfWork work = fixture.store.begin()) {
                work.remove(find(work, gone));
                work.commit();
            }
            for (Map.Entry<String, String> table : CONTAINED.entrySet()) {
                assertEquals(0, fixture.count("SELECT COUNT(*) FROM " + table.getKey() + " WHERE " + table.getValue() + " = " + gone),
                        table.getKey() + " kept rows of the deleted customer on " + kind);
                assertEquals(2, fixture.count("SELECT COUNT(*) FROM " + table.getKey() + " WHERE " + table.getValue() + " = " + kept),
                        table.getKey() + " lost rows of the other customer on " + kind);
            }
            assertEquals(1, fixture.count("SELECT COUNT(*) FROM CUST_ADDRESS"));
            assertEquals(1, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"));
            try (UnitOfWork work = fixture.store.begin()) {
                assertTrue(work.find(P.getCustomer(), gone).isEmpty());
                assertTrue(EcoreUtil.equals(CustomerFixture.sample("2"), find(work, kept)));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void contactsAreFoundByTheirNormalisedSpellingAndReferencesAreUnique(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            long id = fixture.add(CustomerFixture.sample("1"));
            fixture.add(CustomerFixture.sample("2"));
            try (UnitOfWork work = fixture.store.begin()) {
                List<Customer> byPhone = work.query("SELECT c FROM Customer c JOIN c.phones p WHERE p.number = ?1",
                        Contacts.normalisePhone("0086 (138) 0013-8001"));
                assertEquals(List.of(id), byPhone.stream().map(c -> ((PersistentObject) c).persistentId()).toList());
                List<Customer> byEmail = work.query("SELECT c FROM Customer c JOIN c.emails e WHERE e.address = ?1",
                        Contacts.normaliseEmail("LI.NA.1@example.com "));
                assertEquals(List.of(id), byEmail.stream().map(c -> ((PersistentObject) c).persistentId()).toList());
                List<Customer> managed = work.query("SELECT c FROM Customer c WHERE c.accountManager = ?1 AND c.name LIKE ?2", "sam.sales", "李娜%");
                assertEquals(2, managed.size());
            }
            try (UnitOfWork work = fixture.store.begin()) {
                work.add(CustomerFixture.sample("1"));
                ConstraintViolationException duplicate = assertThrows(ConstraintViolationException.class, work::commit);
                assertEquals(P.getCustomer_Reference(), duplicate.feature().orElseThrow(), duplicate.getMessage());
            }
            assertEquals(2, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"));
            assertEquals(4, fixture.count("SELECT COUNT(*) FROM CUST_PHONE"), "the refused customer's phones were not stored");
        }
    }
}
