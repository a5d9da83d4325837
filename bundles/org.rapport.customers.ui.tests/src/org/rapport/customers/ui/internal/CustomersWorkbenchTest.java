package org.rapport.customers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.findText;
import static org.rapport.testing.ui.WorkbenchDriver.textAfter;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.rapport.customers.api.Channels;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.ui.api.CustomerEvents;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.Store;
import org.rapport.security.api.AuditLog;
import org.rapport.security.model.AuditAction;
import org.rapport.testing.Services;
import org.rapport.testing.ui.WorkbenchDriver;

/**
 * The Customers part and the customer editor in the real workbench (signed in as the test run's
 * administrator, on a fresh embedded database): the list counts and pages what the store holds,
 * follows the search as it is typed, and opens one editor per customer with its tabs.
 */
class CustomersWorkbenchTest {

    private static final CustomersFactory F = CustomersFactory.eINSTANCE;
    private static final String PART = "org.rapport.customers.ui.part.customers";

    private static MWindow window;

    @BeforeAll
    static void seed() {
        window = WorkbenchDriver.mainWindow();
        Store store = Services.await(Store.class);
        try (BatchWriter writer = store.batchWriter(100)) {
            for (int i = 0; i < 250; i++) {
                Customer customer = F.createCustomer();
                customer.setReference(String.format("W-%03d", i));
                customer.setName((i % 2 == 0 ? "Anna " : "Bao ") + String.format("%03d", i));
                customer.setChannel(i % 2 == 0 ? Channels.WEB_SHOP : Channels.STORE);
                customer.setRegion(i % 2 == 0 ? "North" : "South");
                writer.add(customer);
            }
            Customer rich = F.createCustomer();
            rich.setReference("W-RICH");
            rich.setName("Zhou Min");
            rich.setAccountManager("li.na");
            rich.setIncome(new BigDecimal("88000.00")); // hidden from service agents: showing it is audited
            rich.getTags().add("tea lover");
            EmailAddress bounced = F.createEmailAddress();
            bounced.setAddress("Zhou.Min@Example.com");
            bounced.setValid(false);
            rich.getEmails().add(bounced);
            for (int i = 1; i <= 3; i++) {
                Purchase purchase = F.createPurchase();
                purchase.setAt(Instant.parse("2026-0" + i + "-10T10:00:00Z"));
                purchase.setAmount(new BigDecimal(i + "0.00"));
                purchase.setQuantity(1);
                purchase.setProduct("Tea " + i);
                rich.getPurchases().add(purchase);
            }
            writer.add(rich);
        }
        // as an import says it: the filters read the regions and tags in use again
        window.getContext().get(IEventBroker.class).post(CustomerEvents.CHANGED, "seed");
        spin();
    }

    private static CustomersPart customersPart() {
        EPartService parts = window.getContext().get(EPartService.class);
        MPart part = parts.showPart(PART, PartState.ACTIVATE);
        assertNotNull(part, "the Customers part is in the workbench");
        spin();
        CustomersPart customers = (CustomersPart) part.getObject();
        customers.search().setText(""); // another test may have searched
        customers.refresh(); // it may have counted before the seed
        // counted: what a test then waits for is the list of its own search, not the one of before
        waitUntil(Duration.ofSeconds(20), () -> !Messages.count_loading.equals(customers.countText()), "the list is counted");
        return customers;
    }

    @Test
    void theListCountsPagesAndFollowsTheSearch() {
        CustomersPart customers = customersPart();
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 251 && "251 customers".equals(customers.countText()),
                "the list counts and shows every customer");
        // a row far down is read when it is needed: its page comes from the store
        assertEquals("Zhou Min", row(customers, 250).getText(1), "sorted by name, Zhou last");
        assertEquals("Anna 000", row(customers, 0).getText(1));

        // at the end of the list, a new search shows its first rows, not the end of its own list
        customers.table().setTopIndex(250);
        customers.table().setSelection(250);
        customers.search().setText("bao 2");
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 25, "typing 'bao 2' narrows the list to Bao 201..249");
        assertEquals("Bao 201", row(customers, 0).getText(1));
        assertEquals("25 customers", customers.countText());
        assertEquals(0, customers.table().getTopIndex(), "a new search starts at its top");
        assertEquals(0, customers.table().getSelectionCount(), "and selects none of its rows unasked");

        customers.search().setText("");
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 251, "clearing the search shows everyone again");
        screenshot("customers-part");
    }

    @Test
    void enterOpensOneEditorPerCustomerWithItsTabs() {
        CustomersPart customers = customersPart();
        MPart editor = openZhouMin();
        EPartService parts = window.getContext().get(EPartService.class);
        assertEquals(CustomerEditors.DESCRIPTOR, editor.getElementId());
        assertEquals("Zhou Min", editor.getLabel());
        CustomerEditorPart part = (CustomerEditorPart) editor.getObject();
        assertEquals("Zhou Min", part.title().getText());
        List<String> tabs = Arrays.stream(part.folder().getItems()).map(CTabItem::getText).toList();
        assertEquals(List.of("Profile", "Purchases", "Interactions"), tabs);
        assertEquals(3, part.customer().getPurchases().size());
        // income is hidden from a preset role, so showing it in the profile is recorded (off the UI thread)
        AuditLog log = Services.await(AuditLog.class);
        long id = ((org.rapport.persistence.api.PersistentObject) part.customer()).persistentId();
        waitUntil(Duration.ofSeconds(20), () -> log.entries(new AuditLog.Filter(null, null, null, "Customer", id), 0, 100).stream()
                .anyMatch(e -> e.action() == AuditAction.VIEW && "income".equals(e.feature())), "the view of the income is in the audit log");
        part.folder().setSelection(1);
        spin();
        screenshot("customer-editor-purchases");

        // Enter again: the same editor comes to the front, no second one
        customers.table().notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        long open = parts.getParts().stream().filter(p -> CustomerEditors.DESCRIPTOR.equals(p.getElementId()) && p.isToBeRendered()).count();
        assertEquals(1, open);
        assertSame(editor, parts.getActivePart());
        parts.hidePart(editor, true);
        spin();
        assertTrue(part.customer() != null);
    }

    @Test
    void theProfileEditsUndoesRedoesAndSaves() {
        MPart editor = openZhouMin();
        EPartService parts = window.getContext().get(EPartService.class);
        CustomerEditorPart part = (CustomerEditorPart) editor.getObject();
        part.folder().setSelection(0);
        Text name = findText(part.folder().getItem(0).getControl(), "Zhou Min");
        assertFalse(editor.isDirty());

        name.setText("Zhou Min Jr");
        spin();
        assertTrue(editor.isDirty(), "an edit marks the profile unsaved");
        assertEquals("Zhou Min Jr", part.customer().getName());
        command("org.eclipse.ui.edit.undo");
        assertEquals("Zhou Min", part.customer().getName());
        assertEquals("Zhou Min", name.getText(), "undo shows the old value again");
        assertFalse(editor.isDirty(), "back to what is stored");
        command("org.eclipse.ui.edit.redo");
        assertEquals("Zhou Min Jr", name.getText());
        screenshot("customer-editor-profile-unsaved");

        // a birthday that is no date is reported and does not reach the customer
        Text birthday = findText(part.folder().getItem(0).getControl(), "");
        birthday.setText("1990-13-40");
        spin();
        assertEquals(1, part.editing().problems().size(), part.editing().problems().toString());
        assertEquals(null, part.customer().getBirthday());
        birthday.setText("1990-03-14");
        spin();
        assertTrue(part.editing().problems().isEmpty());

        // a call logged quickly on the Interactions tab is saved with the profile
        part.folder().setSelection(2);
        spin();
        Text summary = findText(part.folder().getItem(2).getControl(), "");
        summary.setText("Called about the tea order");
        summary.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        assertEquals(1, part.customer().getInteractions().size());
        assertEquals("", summary.getText(), "ready for the next one");

        command("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty(), "saved");
        assertEquals("Zhou Min Jr", editor.getLabel());
        Store store = Services.await(Store.class);
        try (org.rapport.persistence.api.UnitOfWork work = store.begin()) {
            List<Customer> stored = work.query("SELECT c FROM Customer c WHERE c.reference = ?1", "W-RICH");
            assertEquals("Zhou Min Jr", stored.get(0).getName());
            assertEquals(java.time.LocalDate.of(1990, 3, 14), stored.get(0).getBirthday());
            assertEquals(1, stored.get(0).getInteractions().size());
            assertEquals("workbench-tester", stored.get(0).getInteractions().get(0).getStaffLogin());
            assertEquals(org.rapport.customers.model.InteractionType.CALL, stored.get(0).getInteractions().get(0).getType());
        }
        // put the name back for the other tests
        name.setText("Zhou Min");
        command("org.eclipse.ui.file.save");
        parts.hidePart(editor, true);
        spin();
    }

    @Test
    void theListLooksUpAddressesFiltersByTagAndNamesDataProblems() {
        CustomersPart customers = customersPart();
        customers.search().setText(" ZHOU.MIN@example.COM");
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 1, "the e-mail address finds Zhou Min");
        assertEquals("Zhou Min", row(customers, 0).getText(1));
        int quality = customers.table().getColumnCount() - 1; // the last column, after the phone and e-mail ones
        assertTrue(row(customers, 0).getText(quality).contains("Contact data marked invalid"), row(customers, 0).getText(quality));
        customers.search().setText("");
        customers.refresh();
        customers.tag().notifyListeners(SWT.FocusIn, new Event()); // as a click into the tag filter
        waitUntil(Duration.ofSeconds(20), () -> Arrays.asList(customers.tag().getItems()).contains("tea lover"), "the tags in use are offered");
        customers.tag().select(Arrays.asList(customers.tag().getItems()).indexOf("tea lover"));
        customers.tag().notifyListeners(SWT.Selection, new Event());
        waitUntil(Duration.ofSeconds(20), () -> "1 customer".equals(customers.countText()), "one customer has the tag");
        assertEquals("Zhou Min", row(customers, 0).getText(1));
        screenshot("customers-by-tag");
        customers.tag().select(0);
        customers.tag().notifyListeners(SWT.Selection, new Event());
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 251, "every customer again");
    }

    @Test
    void theListFiltersByARegionChosenOrTyped() {
        CustomersPart customers = customersPart();
        List<org.eclipse.swt.widgets.Control> tabOrder = Arrays.asList(customers.region().getParent().getTabList());
        assertTrue(tabOrder.indexOf(customers.region()) > 0, "the region filter is reached with Tab");
        assertEquals(tabOrder.indexOf(customers.tag()) - 1, tabOrder.indexOf(customers.region()), "between the channel and the tag filters");
        customers.region().notifyListeners(SWT.FocusIn, new Event()); // as a click into the region filter
        waitUntil(Duration.ofSeconds(20), () -> Arrays.asList(customers.region().getItems()).equals(List.of(Messages.region_any, "North", "South")),
                "the regions in use are offered, sorted, after 'any'");
        customers.region().select(2);
        customers.region().notifyListeners(SWT.Selection, new Event());
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 125, "the Bao customers are in the South");
        assertEquals("Bao 001", row(customers, 0).getText(1));
        assertEquals("South", row(customers, 124).getText(2));
        screenshot("customers-by-region");

        // a region typed and confirmed with Enter, with a search: both narrow the list
        customers.region().setText("North");
        customers.region().notifyListeners(SWT.DefaultSelection, new Event());
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 125 && "Anna 000".equals(row(customers, 0).getText(1)),
                "the Anna customers are in the North");
        customers.search().setText("anna 01");
        customers.refresh();
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 5, "Anna 010..018 in the North");
        customers.search().setText("bao");
        customers.refresh();
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 0, "no Bao in the North");

        customers.region().select(0);
        customers.region().notifyListeners(SWT.Selection, new Event());
        customers.search().setText("");
        customers.refresh();
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 251, "every customer again");
    }

    @Test
    void aTagSavedInTheProfileIsOfferedAfterTheChangeNotBefore() {
        CustomersPart customers = customersPart();
        waitUntil(Duration.ofSeconds(20), () -> offers(customers).contains("tea lover") && !customers.tags().reading(),
                "the tags in use are offered");
        customers.tag().notifyListeners(SWT.FocusIn, new Event());
        assertFalse(customers.tags().reading(), "offers read and nothing changed: using the filter again does not read them again");

        MPart editor = openZhouMin();
        CustomerEditorPart part = (CustomerEditorPart) editor.getObject();
        part.folder().setSelection(0);
        Text tags = textAfter(part.folder().getItem(0).getControl(), "Tags");
        tags.setText("tea lover, green tea");
        spin();
        command("org.eclipse.ui.file.save");
        waitUntil(Duration.ofSeconds(20), () -> offers(customers).contains("green tea"),
                "saving the profile says customers changed: the next use of the filter offers the new tag");

        tags.setText("tea lover");
        command("org.eclipse.ui.file.save");
        window.getContext().get(EPartService.class).hidePart(editor, true);
        spin();
        waitUntil(Duration.ofSeconds(20), () -> !offers(customers).contains("green tea"), "a tag nobody has is no longer offered");
    }

    /** The tag filter's offers after a click into it, as a person would look at them. */
    private static List<String> offers(CustomersPart customers) {
        customers.tag().notifyListeners(SWT.FocusIn, new Event());
        return Arrays.asList(customers.tag().getItems());
    }

    @Test
    void theListExportsEveryCustomerWithTheExportersName() throws Exception {
        CustomersPart customers = customersPart();
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("rapport-export");
        java.nio.file.Path file = folder.resolve("customers.csv");
        CustomersPart.Export result = customers.export(file);
        assertEquals(null, result.problem());
        assertTrue(result.message().startsWith("251 customers exported to "), result.message());
        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertTrue(lines.get(0).startsWith("# Rapport customers exported by workbench-tester"), lines.get(0));
        assertEquals("ref,name,email,phone,birthday,region,channel,tags", lines.get(1));
        assertEquals(253, lines.size(), "the watermark, the header and every customer");
        assertEquals(List.of("customers.csv"), java.nio.file.Files.list(folder).map(p -> p.getFileName().toString()).toList(), "no partial file");
    }

    @Test
    void contactsAddressAndTagsAreEditedUndoneAndSaved() {
        MPart editor = openZhouMin();
        EPartService parts = window.getContext().get(EPartService.class);
        CustomerEditorPart part = (CustomerEditorPart) editor.getObject();
        part.folder().setSelection(0);
        org.eclipse.swt.widgets.Control profile = part.folder().getItem(0).getControl();
        ContactListEditor phones = contacts(profile, 0);
        ContactListEditor emails = contacts(profile, 1);

        // a number that is none is refused with the reason; a good one is stored in one spelling
        assertTrue(phones.add("138-ABC", "mobile").contains("138-ABC"), "the refusal names the value");
        assertEquals(0, part.customer().getPhones().size());
        assertEquals(null, phones.add("0086 139 1234 5678", "mobile"));
        assertEquals("+8613912345678", part.customer().getPhones().get(0).getNumber());
        assertEquals("+8613912345678", phones.table().getItem(0).getText(0));
        assertTrue(phones.table().getItem(0).getChecked(), "a new number works");
        // the bounced address is marked as working again, then the mark is undone and redone
        assertFalse(emails.table().getItem(0).getChecked());
        emails.setWorks(0, true);
        assertTrue(part.customer().getEmails().get(0).isValid());
        command("org.eclipse.ui.edit.undo");
        assertFalse(part.customer().getEmails().get(0).isValid());
        assertFalse(emails.table().getItem(0).getChecked(), "undo shows the mark again");
        command("org.eclipse.ui.edit.redo");
        assertTrue(emails.table().getItem(0).getChecked());
        assertNotNull(emails.add("zhou.min@", null), "no domain: refused");
        assertEquals(null, emails.add("ZM@Tea-House.example", "work"));

        Text city = textAfter(profile, "City");
        city.setText("Hangzhou");
        spin();
        assertEquals("Hangzhou", part.customer().getAddress().getCity(), "the first address field gives the customer an address");
        command("org.eclipse.ui.edit.undo");
        assertEquals("", city.getText());
        assertNotNull(part.customer().getAddress(), "the city is undone first");
        command("org.eclipse.ui.edit.undo");
        assertEquals(null, part.customer().getAddress(), "then the address the first field gave");
        assertEquals("", city.getText());
        command("org.eclipse.ui.edit.redo");
        command("org.eclipse.ui.edit.redo");
        assertEquals("Hangzhou", city.getText());
        assertEquals("Hangzhou", part.customer().getAddress().getCity());
        Text tags = textAfter(profile, "Tags");
        assertEquals("tea lover", tags.getText());
        tags.setText("tea lover, vip；newsletter , vip");
        spin();
        assertEquals(List.of("tea lover", "vip", "newsletter"), part.customer().getTags(), "commas, full-width semicolons, repeats dropped");
        tags.setText("tea lover, " + "x".repeat(65));
        spin();
        assertEquals(1, part.editing().problems().size(), "a tag too long for the store is a problem");
        tags.setText("tea lover, vip, newsletter");
        spin();
        assertTrue(part.editing().problems().isEmpty());
        screenshot("customer-editor-contacts");

        command("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty(), "saved");
        Store store = Services.await(Store.class);
        try (org.rapport.persistence.api.UnitOfWork work = store.begin()) {
            Customer stored = work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", "W-RICH").get(0);
            assertEquals(List.of("+8613912345678"), stored.getPhones().stream().map(org.rapport.customers.model.Phone::getNumber).toList());
            assertEquals(List.of("zhou.min@example.com", "zm@tea-house.example"), stored.getEmails().stream().map(EmailAddress::getAddress).toList());
            assertTrue(stored.getEmails().get(0).isValid());
            assertEquals("Hangzhou", stored.getAddress().getCity());
            assertEquals(List.of("tea lover", "vip", "newsletter"), stored.getTags());
        }

        // removing is an edit like the others: removed, saved, gone from the store
        phones.remove(0);
        emails.remove(1);
        emails.setWorks(0, false);
        tags.setText("tea lover");
        command("org.eclipse.ui.file.save");
        try (org.rapport.persistence.api.UnitOfWork work = store.begin()) {
            Customer stored = work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", "W-RICH").get(0);
            assertEquals(0, stored.getPhones().size());
            assertEquals(1, stored.getEmails().size());
            assertFalse(stored.getEmails().get(0).isValid());
            assertEquals(List.of("tea lover"), stored.getTags());
            assertEquals(0L, ((Number) work.query("SELECT COUNT(p) FROM Phone p").get(0)).longValue(), "the removed number is deleted, not orphaned");
        }
        parts.hidePart(editor, true);
        spin();
    }

    @Test
    void enterInTheEraseQuestionCancelsAndTheQuestionNamesWhatIsLost() {
        MPart editor = openZhouMin();
        CustomerEditorPart part = (CustomerEditorPart) editor.getObject();
        String[] seen = new String[2];
        WorkbenchDriver.whenShellOpens(Messages.privacy_erase_confirm_title, question -> {
            seen[0] = question.getDefaultButton() == null ? null : question.getDefaultButton().getText();
            seen[1] = labels(question);
            WorkbenchDriver.screenshot(question, "erase-question");
            // what Enter does: the default button
            question.getDefaultButton().notifyListeners(SWT.Selection, new Event());
        });
        WorkbenchDriver.press(WorkbenchDriver.button(part.folder().getParent(), Messages.privacy_erase));
        assertEquals(org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL, seen[0], "Enter cancels, it does not erase");
        assertTrue(seen[1].contains("Zhou Min") && seen[1].contains("W-RICH"), "the question names whose data goes: " + seen[1]);
        spin();
        assertTrue(editor.isToBeRendered(), "the profile stays open");
        assertEquals("Zhou Min", part.customer().getName(), "nothing was erased");
        window.getContext().get(EPartService.class).hidePart(editor, true);
        spin();
    }

    /**
     * Switch User once showed a profile tab of the last user, with a customer's name the next one may
     * not read. Tabs of a remembered layout lose their saved titles at the start and get a name back
     * only for a customer the store still lets the user read.
     */
    @Test
    void restoredProfileTabsShowOnlyNamesTheUserMayStillRead() {
        MPart open = openZhouMin();
        long zhou = ((org.rapport.persistence.api.PersistentObject) ((CustomerEditorPart) open.getObject()).customer()).persistentId();
        EPartService parts = window.getContext().get(EPartService.class);
        parts.hidePart(open, true);
        spin();
        // as a remembered layout brings them: saved titles and tooltips, not rendered yet
        org.eclipse.e4.ui.model.application.MApplication application = window.getContext().get(org.eclipse.e4.ui.model.application.MApplication.class);
        org.eclipse.e4.ui.workbench.modeling.EModelService models = window.getContext().get(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
        org.eclipse.e4.ui.model.application.ui.basic.MPartStack stack = (org.eclipse.e4.ui.model.application.ui.basic.MPartStack) models
                .find(org.rapport.app.api.RapportWorkbench.STACK_MAIN, application);
        MPart kept = restoredTab(models, zhou, "Old title", "W-OLD");
        MPart unreadable = restoredTab(models, Long.MAX_VALUE - 7, "Secret Person", "W-SECRET");
        MPart noId = restoredTab(models, 0, "Another Secret", "W-SECRET2");
        noId.getPersistedState().remove(CustomerEditors.CUSTOMER_ID);
        stack.getChildren().addAll(List.of(kept, unreadable, noId));
        org.eclipse.e4.core.contexts.ContextInjectionFactory.invoke(new RestoredProfiles(), org.eclipse.e4.core.di.annotations.Execute.class, application.getContext());
        for (MPart tab : List.of(kept, unreadable, noId)) {
            assertFalse(tab.getLabel().contains("Secret") || tab.getLabel().contains("Old"), "no saved title shows before the check: " + tab.getLabel());
            assertEquals(null, tab.getTooltip());
        }
        assertFalse(stack.getChildren().contains(noId), "a tab without a customer closes at once");
        waitUntil(Duration.ofSeconds(20), () -> "Zhou Min".equals(kept.getLabel()) && !stack.getChildren().contains(unreadable),
                "the readable customer's tab gets its name, the other closes");
        assertEquals("W-RICH", kept.getTooltip());
        kept.setToBeRendered(true);
        spin();
        screenshot("restored-profile-tab");
        stack.getChildren().remove(kept);
        spin();
    }

    private static MPart restoredTab(org.eclipse.e4.ui.workbench.modeling.EModelService models, long id, String label, String tooltip) {
        MPart part = models.createModelElement(MPart.class);
        part.setElementId(CustomerEditors.DESCRIPTOR);
        part.setContributionURI("bundleclass://org.rapport.customers.ui/org.rapport.customers.ui.internal.CustomerEditorPart");
        part.getPersistedState().put(CustomerEditors.CUSTOMER_ID, Long.toString(id));
        part.setLabel(label);
        part.setTooltip(tooltip);
        part.setCloseable(true);
        part.setToBeRendered(false); // shown only after the check, as at a start
        return part;
    }

    /** The audit log once showed Customer#2001: it names a customer by reference and name, and finds a customer by reference. */
    @Test
    void theAuditLogNamesCustomersByReferenceAndName() {
        AuditLog log = Services.await(AuditLog.class);
        String customerClass = CustomersPackage.eNS_URI + "#Customer";
        String emailClass = CustomersPackage.eNS_URI + "#EmailAddress";
        long id;
        long email;
        try (org.rapport.persistence.api.UnitOfWork work = Services.await(Store.class).begin()) {
            Customer zhou = work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", "W-RICH").get(0);
            id = ((org.rapport.persistence.api.PersistentObject) zhou).persistentId();
            email = ((org.rapport.persistence.api.PersistentObject) zhou.getEmails().get(0)).persistentId();
        }
        waitUntil(Duration.ofSeconds(10), () -> log.recordByReference("W-RICH").isPresent(), "the customers' record names are there");
        assertEquals(new org.rapport.security.api.RecordNames.Record(customerClass, id), log.recordByReference("W-RICH").orElseThrow());
        assertEquals("W-RICH Zhou Min", log.recordName(customerClass, id));
        // what a customer holds is named by its customer, not E-mailAddress#12 nor "E-mail address #12"
        assertEquals("E-mail address of W-RICH Zhou Min", log.recordName(emailClass, email));
        assertEquals("Customer #" + (Long.MAX_VALUE - 1), log.recordName(customerClass, Long.MAX_VALUE - 1), "gone: the kind of record and its number");
        assertTrue(log.recordByReference("NO-SUCH-REF").isEmpty());
        List<AuditLog.Entry> entries = log.entries(new AuditLog.Filter(null, null, null, customerClass, id, AuditAction.VIEW), 0, 100);
        assertTrue(entries.stream().allMatch(e -> e.objectId() == id && e.action() == AuditAction.VIEW), "by customer and kind of change");
    }

    /** Closing a changed profile once asked "Save Parts", in English whatever the language: the question names the profile in plain words. */
    @Test
    void closingAChangedProfileAsksInPlainWords() {
        MPart editor = openZhouMin();
        CustomerEditorPart part = (CustomerEditorPart) editor.getObject();
        Text occupation = textAfter(part.folder().getItem(0).getControl(), Messages.field_occupation);
        String before = occupation.getText();
        occupation.setText(before + " (retired)");
        spin();
        assertTrue(editor.isDirty());
        String[] asked = { null, null };
        WorkbenchDriver.whenShellOpens("Unsaved Changes", question -> {
            asked[0] = labels(question);
            WorkbenchDriver.screenshot(question, "close-unsaved-question");
            org.eclipse.swt.widgets.Button dontSave = WorkbenchDriver.button(question, "Don't Save");
            asked[1] = dontSave == null ? null : dontSave.getText();
            (dontSave != null ? dontSave : question.getDefaultButton()).notifyListeners(SWT.Selection, new Event());
        });
        boolean mayClose = window.getContext().get(EPartService.class).savePart(editor, true);
        assertNotNull(asked[0], "closing asked first");
        assertTrue(asked[0].contains("Zhou Min") && !asked[0].contains("Save Parts"), asked[0]);
        assertNotNull(asked[1], "the answers say what they do: Save, Don't Save, Cancel");
        assertTrue(mayClose, "Don't Save lets it close");
        assertEquals(before + " (retired)", occupation.getText());
        command("org.eclipse.ui.edit.undo");
        assertFalse(editor.isDirty());
        window.getContext().get(EPartService.class).hidePart(editor, true);
        spin();
    }

    /** An invalid birthday once only darkened the field, left the editor clean and made Ctrl+S do nothing. */
    @Test
    void anInvalidBirthdayIsShownBesideTheFieldAndSavingSaysWhatStopsIt() {
        MPart editor = openZhouMin();
        CustomerEditorPart part = (CustomerEditorPart) editor.getObject();
        org.eclipse.swt.widgets.Control profile = part.folder().getItem(0).getControl();
        Text birthday = textAfter(profile, Messages.field_birthday);
        String before = birthday.getText();
        birthday.setText("1990-13-40");
        spin();
        assertTrue(editor.isDirty(), "the editor has an unsaved change to correct");
        org.eclipse.swt.widgets.Label problem = problemLine(profile);
        assertNotNull(problem, "the problem is written out beside the field");
        assertTrue(problem.isVisible() && problem.getText().contains(Messages.field_birthday.replace(":", "")), problem.getText());
        assertFalse(problem.getForeground().getRGB().equals(problem.getBackground().getRGB()));
        assertFalse(birthday.getBackground().equals(birthday.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND)), "the field keeps the theme's colours");
        screenshot("customer-editor-invalid-birthday");
        String[] said = { null };
        WorkbenchDriver.whenShellOpens(org.rapport.ui.internal.Messages.save_problems_title, dialog -> {
            said[0] = labels(dialog);
            dialog.close();
        });
        command("org.eclipse.ui.file.save");
        waitUntil(Duration.ofSeconds(10), () -> said[0] != null, "saving says why it did not");
        assertTrue(said[0].contains(Messages.field_birthday), said[0]);
        birthday.setText(before);
        spin();
        assertFalse(editor.isDirty(), "corrected: nothing left to save");
        assertFalse(problemLine(profile).isVisible());
        window.getContext().get(EPartService.class).hidePart(editor, true);
        spin();
    }

    /** The visible problem line of a profile page, or the first hidden one; null if none. */
    private static org.eclipse.swt.widgets.Label problemLine(org.eclipse.swt.widgets.Control control) {
        List<org.eclipse.swt.widgets.Label> found = new java.util.ArrayList<>();
        collectProblemLines(control, found);
        return found.stream().filter(org.eclipse.swt.widgets.Label::isVisible).findFirst().orElse(found.isEmpty() ? null : found.get(0));
    }

    private static void collectProblemLines(org.eclipse.swt.widgets.Control control, List<org.eclipse.swt.widgets.Label> found) {
        if (control instanceof org.eclipse.swt.widgets.Label label && (label.getStyle() & SWT.WRAP) != 0 && (label.getText().startsWith("\u26a0") || label.getText().isEmpty())) {
            found.add(label);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                collectProblemLines(child, found);
            }
        }
    }

    /** Every label's text in a shell, as a person reads the dialog. */
    static String labels(org.eclipse.swt.widgets.Control control) {
        StringBuilder text = new StringBuilder();
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            text.append(label.getText()).append('\n');
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                text.append(labels(child));
            }
        }
        return text.toString();
    }

    /** In Dark the profile's selected tab once showed teal text on a white box: its text stands out from its box in both themes. */
    @Test
    void theProfilesSelectedTabIsReadableInBothThemes() {
        MPart editor = openZhouMin();
        org.eclipse.swt.custom.CTabFolder folder = ((CustomerEditorPart) editor.getObject()).folder();
        try {
            for (String theme : List.of("org.rapport.app.theme.dark", "org.rapport.app.theme.light")) {
                org.eclipse.core.commands.ParameterizedCommand command = window.getContext().get(org.eclipse.e4.core.commands.ECommandService.class)
                        .createCommand("org.rapport.app.command.theme", java.util.Map.of("org.rapport.app.command.theme.id", theme));
                window.getContext().get(org.eclipse.e4.core.commands.EHandlerService.class).executeHandler(command);
                spin();
                org.eclipse.swt.graphics.RGB text = folder.getSelectionForeground().getRGB();
                org.eclipse.swt.graphics.RGB box = folder.getSelectionBackground().getRGB();
                assertTrue(contrast(text, box) >= 4.5, theme + ": the selected tab's text " + text + " on " + box + " has a contrast of " + contrast(text, box));
            }
        } finally {
            window.getContext().get(EPartService.class).hidePart(editor, true);
        }
    }

    /** The contrast ratio of two colours as WCAG 2 defines it: 1 (none) to 21 (black on white); 4.5 is enough for text. */
    private static double contrast(org.eclipse.swt.graphics.RGB a, org.eclipse.swt.graphics.RGB b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(org.eclipse.swt.graphics.RGB rgb) {
        return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Searches the list for Zhou Min and opens the profile with Enter, as a person would; returns its page. */
    private static MPart openZhouMin() {
        CustomersPart customers = customersPart();
        customers.search().setText("Zhou");
        // the list of before the search may still be shown, or be counted anew after a change: the row must be Zhou Min's
        waitUntil(Duration.ofSeconds(20), () -> {
            if (customers.table().getItemCount() != 1) {
                return false;
            }
            org.eclipse.swt.widgets.TableItem item = customers.table().getItem(0);
            item.getText(); // reads the row, as painting would
            return CustomersPart.rowOf(item) != null && "W-RICH".equals(CustomersPart.rowOf(item).reference());
        }, "the search finds Zhou Min");
        customers.table().setSelection(0);
        customers.table().notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        MPart editor = window.getContext().get(EPartService.class).getActivePart();
        assertEquals("W-RICH", ((CustomerEditorPart) editor.getObject()).customer().getReference(), "the customer found is the one opened");
        return editor;
    }

    /** A row of the list once its page is read (pages are read in the background, as the list is painted). */
    private static org.eclipse.swt.widgets.TableItem row(CustomersPart customers, int index) {
        org.eclipse.swt.widgets.TableItem item = customers.table().getItem(index);
        waitUntil(Duration.ofSeconds(20), () -> {
            item.getText(); // asks for the row, as painting does
            return CustomersPart.rowOf(item) != null;
        }, "row " + index + " is read");
        return item;
    }

    /** The profile's n-th list of contacts (0 phones, 1 e-mail addresses). */
    private static ContactListEditor contacts(org.eclipse.swt.widgets.Control control, int n) {
        List<ContactListEditor> found = new java.util.ArrayList<>();
        collectContacts(control, found);
        return found.get(n);
    }

    private static void collectContacts(org.eclipse.swt.widgets.Control control, List<ContactListEditor> found) {
        if (control.getData(ContactListEditor.DATA_KEY) instanceof ContactListEditor editor) {
            found.add(editor);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                collectContacts(child, found);
            }
        }
    }

    /** Runs a command as its key binding would, through the handlers active now. */
    private static void command(String id) {
        WorkbenchDriver.command(window, id);
    }

    /** The main window as it looks now, in target/screenshots, for people to look at. */
    private static void screenshot(String name) {
        WorkbenchDriver.screenshot(window, name);
    }

    private static void spin() {
        WorkbenchDriver.spin();
    }

    private static void waitUntil(Duration timeout, BooleanSupplier condition, String failure) {
        WorkbenchDriver.waitUntil(timeout, condition, failure);
    }
}
