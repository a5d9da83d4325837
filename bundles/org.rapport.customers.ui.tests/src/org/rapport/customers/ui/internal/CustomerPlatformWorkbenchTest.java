package org.rapport.customers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.activePart;
import static org.rapport.testing.ui.WorkbenchDriver.canRun;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.ui.api.CurrentCustomer;
import org.rapport.customers.ui.api.CustomerContext;
import org.rapport.customers.ui.api.CustomerHeaderFact;
import org.rapport.customers.ui.api.CustomerProfiles;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.ModelChecks;
import org.rapport.testing.Services;

/**
 * What other bundles use of the customer views, in the real workbench: the current customer in
 * the window's context, opening a profile by reference, header facts contributed as services,
 * and the list following commits made elsewhere (no customers-only event posted).
 */
class CustomerPlatformWorkbenchTest {

    private static final String DUPLICATES = "org.rapport.customers.ui.command.duplicates";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static MWindow window;
    private static Store store;

    /** A part or handler of another bundle, as e4 injects it. */
    public static final class Subscriber {
        @Inject
        @org.eclipse.e4.core.di.annotations.Optional
        @Named(CustomerContext.CURRENT)
        CurrentCustomer customer;
    }

    @BeforeAll
    static void seed() {
        window = mainWindow();
        store = Services.await(Store.class);
        add("P-001", "Platform One", "East");
        add("P-002", "Platform Two", "East");
    }

    @AfterAll
    static void cleanUp() {
        CustomersDriver.removeCustomers(List.of("P-"));
    }

    private static long add(String reference, String name, String region) {
        try (UnitOfWork work = store.begin()) {
            Customer customer = CustomersFactory.eINSTANCE.createCustomer();
            customer.setReference(reference);
            customer.setName(name);
            customer.setRegion(region);
            work.add(customer);
            work.commit();
            return ((PersistentObject) customer).persistentId();
        }
    }

    private static long idOf(String reference) {
        try (UnitOfWork work = store.begin()) {
            List<Customer> found = work.query("SELECT c FROM Customer c WHERE c.reference = ?1", reference);
            return ((PersistentObject) found.get(0)).persistentId();
        }
    }

    /** The tier fact as the header writes it, in the workbench's language. */
    private static String fact(String value) {
        return org.eclipse.osgi.util.NLS.bind(Messages.header_fact, "Tier", value);
    }

    private static String lastFact(CustomerEditorPart part) {
        List<String> facts = part.facts();
        return facts.isEmpty() ? "" : facts.get(facts.size() - 1);
    }

    private static CurrentCustomer current() {
        return (CurrentCustomer) window.getContext().get(CustomerContext.CURRENT);
    }

    @Test
    void theCustomerSelectedInTheListIsTheCurrentOneForEveryBundle() {
        CustomersPart list = CustomersDriver.customersPart(window);
        list.search().setText("P-001");
        list.refresh();
        waitUntil(WAIT, () -> {
            if (list.table().getItemCount() != 1) {
                return false;
            }
            TableItem item = list.table().getItem(0);
            item.getText(); // reads the row, as painting would
            return CustomersPart.rowOf(item) != null && "P-001".equals(CustomersPart.rowOf(item).reference());
        }, "the search finds P-001");
        list.table().setSelection(0);
        list.table().notifyListeners(SWT.Selection, new Event());
        spin();

        CurrentCustomer expected = new CurrentCustomer(idOf("P-001"), "P-001");
        assertEquals(expected, current());
        Subscriber subscriber = ContextInjectionFactory.make(Subscriber.class, window.getContext());
        assertEquals(expected, subscriber.customer, "injected with @Named(CustomerContext.CURRENT)");
        assertTrue(canRun(window, DUPLICATES), "Find Duplicates acts on the current customer, without knowing the list");
        list.search().setText("");
        list.refresh();
    }

    @Test
    void aProfileOpensByReferenceAndIsCurrentWhileOpen() {
        CustomerProfiles profiles = window.getContext().get(CustomerProfiles.class);
        assertTrue(profiles.open("P-002"));
        spin();
        MPart editor = activePart(window);
        assertEquals(CustomerEditors.DESCRIPTOR, editor.getElementId());
        assertEquals("Platform Two", editor.getLabel());
        assertEquals(new CurrentCustomer(idOf("P-002"), "P-002"), current());
        assertFalse(profiles.open("NO-SUCH-REFERENCE"), "no customer, no profile");

        window.getContext().get(EPartService.class).hidePart(editor, true);
        spin();
        assertNull(current(), "its profile closed: no current customer");
        assertFalse(canRun(window, DUPLICATES));
    }

    @Test
    void aHeaderFactOfAnotherBundleShowsAndFollowsCommits() {
        long id = idOf("P-001");
        // as loyalty would register its tier: the value read through the store, off the UI thread
        CustomerHeaderFact tier = new CustomerHeaderFact() {
            @Override
            public String label() {
                return "Tier";
            }

            @Override
            public int order() {
                return 100;
            }

            @Override
            public Optional<String> value(long customerId) {
                try (UnitOfWork work = store.begin()) {
                    return work.<Customer>find(CustomersPackage.Literals.CUSTOMER, customerId).map(c -> "Gold (" + c.getRegion() + ")");
                }
            }
        };
        ServiceRegistration<CustomerHeaderFact> registration = Services.contextOf(CustomerEditorPart.class).registerService(CustomerHeaderFact.class, tier, null);
        MPart editor = null;
        try {
            window.getContext().get(CustomerProfiles.class).open(id);
            spin();
            editor = activePart(window);
            CustomerEditorPart part = (CustomerEditorPart) editor.getObject();
            // after the profile's own (revenue, account manager, data quality: order 10 to 60)
            waitUntil(WAIT, () -> lastFact(part).equals(fact("Gold (East)")), "the fact shows in the header: " + part.facts());
            screenshot(window, "customer-header-fact");

            // another unit of work (another desktop, the command line) commits: the header reads the fact again
            try (UnitOfWork work = store.begin()) {
                work.<Customer>find(CustomersPackage.Literals.CUSTOMER, id).orElseThrow().setRegion("West");
                work.commit();
            }
            waitUntil(WAIT, () -> lastFact(part).equals(fact("Gold (West)")), "the header follows the commit: " + part.facts());
            assertEquals(1, part.facts().stream().filter(f -> f.startsWith("Tier")).count(), "read again, not added again");
        } finally {
            registration.unregister();
            if (editor != null) {
                window.getContext().get(EPartService.class).hidePart(editor, true);
                spin();
            }
        }
    }

    @Test
    void theListCountFollowsACommitOfAnotherUnitOfWork() {
        CustomersPart list = CustomersDriver.customersPart(window);
        waitUntil(WAIT, () -> !Messages.count_loading.equals(list.countText()), "the list is counted");
        int before = list.table().getItemCount();
        add("P-100", "Platform Hundred", "North");
        waitUntil(WAIT, () -> list.table().getItemCount() == before + 1, "the commit event makes the list count again");
        CustomersDriver.removeCustomers(List.of("P-100"));
        waitUntil(WAIT, () -> list.table().getItemCount() == before, "and again after the removal");
        screenshot(window, "customers-list-after-commits");
    }

    @Test
    void everyEnumLiteralOfTheCustomerModelHasALabelInEnglishAndChinese() {
        assertEquals(List.of(), ModelChecks.missingEnumLabels(CustomersPackage.eINSTANCE, CustomersPart.class));
    }
}
