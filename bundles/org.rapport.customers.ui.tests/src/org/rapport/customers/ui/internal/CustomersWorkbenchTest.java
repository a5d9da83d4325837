package org.rapport.customers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.rapport.customers.model.Channel;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.Purchase;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.Store;
import org.rapport.security.api.AuditLog;
import org.rapport.security.model.AuditAction;
import org.rapport.testing.Services;

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
                customer.setChannel(i % 2 == 0 ? Channel.WEB : Channel.STORE);
                customer.setRegion("North");
                writer.add(customer);
            }
            Customer rich = F.createCustomer();
            rich.setReference("W-RICH");
            rich.setName("Zhou Min");
            rich.setAccountManager("li.na");
            rich.setIncome(new BigDecimal("88000.00")); // hidden from service agents: showing it is audited
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
    }

    private static CustomersPart customersPart() {
        EPartService parts = window.getContext().get(EPartService.class);
        MPart part = parts.showPart(PART, PartState.ACTIVATE);
        assertNotNull(part, "the Customers part is in the workbench");
        spin();
        CustomersPart customers = (CustomersPart) part.getObject();
        customers.search().setText(""); // another test may have searched
        customers.refresh(); // it may have counted before the seed
        return customers;
    }

    @Test
    void theListCountsPagesAndFollowsTheSearch() {
        CustomersPart customers = customersPart();
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 251, "the list shows every customer");
        assertEquals("251 customers", customers.countText());
        // a row far down is read when it is needed: its page comes from the store
        assertEquals("Zhou Min", customers.table().getItem(250).getText(1), "sorted by name, Zhou last");
        assertEquals("Anna 000", customers.table().getItem(0).getText(1));

        customers.search().setText("bao 2");
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 25, "typing 'bao 2' narrows the list to Bao 201..249");
        assertEquals("Bao 201", customers.table().getItem(0).getText(1));
        assertEquals("25 customers", customers.countText());

        customers.search().setText("");
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 251, "clearing the search shows everyone again");
        screenshot("customers-part");
    }

    @Test
    void enterOpensOneEditorPerCustomerWithItsTabs() {
        CustomersPart customers = customersPart();
        customers.search().setText("Zhou");
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 1, "the search finds Zhou Min");
        customers.table().getItem(0).getText(); // reads the row, as painting would
        customers.table().setSelection(0);
        customers.table().notifyListeners(SWT.DefaultSelection, new Event());
        spin();

        EPartService parts = window.getContext().get(EPartService.class);
        MPart editor = parts.getActivePart();
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
        CustomersPart customers = customersPart();
        customers.search().setText("Zhou");
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 1, "the search finds Zhou Min");
        customers.table().getItem(0).getText();
        customers.table().setSelection(0);
        customers.table().notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        EPartService parts = window.getContext().get(EPartService.class);
        MPart editor = parts.getActivePart();
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

    /** Runs a command as its key binding would, through the handlers active now. */
    private static void command(String id) {
        org.eclipse.e4.core.commands.ECommandService commands = window.getContext().get(org.eclipse.e4.core.commands.ECommandService.class);
        org.eclipse.e4.core.commands.EHandlerService handlers = window.getContext().get(org.eclipse.e4.core.commands.EHandlerService.class);
        org.eclipse.core.commands.ParameterizedCommand command = commands.createCommand(id, null);
        assertTrue(handlers.canExecute(command), id + " can run");
        handlers.executeHandler(command);
        spin();
    }

    /** The first editable text field under a control whose text is this. */
    private static Text findText(org.eclipse.swt.widgets.Control control, String text) {
        if (control instanceof Text field && field.getEditable() && field.getText().equals(text)) {
            return field;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                Text found = findText(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The main window as it looks now, in target/screenshots, for people to look at. */
    private static void screenshot(String name) {
        WorkbenchDriver.screenshot((org.eclipse.swt.widgets.Shell) window.getWidget(), name);
    }

    private static void spin() {
        WorkbenchDriver.spin();
    }

    private static void waitUntil(Duration timeout, BooleanSupplier condition, String failure) {
        WorkbenchDriver.waitUntil(timeout, condition, failure);
    }
}
