package org.rapport.customers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.press;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Phone;
import org.rapport.customers.model.Purchase;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.Services;
import org.rapport.testing.ui.WorkbenchDriver;

/**
 * The duplicates dialog in the real workbench over the real duplicates service: two customers with
 * the same e-mail found from the profile, compared side by side, merged after the confirmation;
 * the survivor has both customers' purchases, the other's profile closes and the list follows.
 */
class DuplicatesWorkbenchTest {

    private static final CustomersFactory F = CustomersFactory.eINSTANCE;
    private static final String COMMAND = "org.rapport.customers.ui.command.duplicates";

    private static MWindow window;

    @BeforeAll
    static void workbench() {
        window = WorkbenchDriver.mainWindow();
    }

    @AfterAll
    static void cleanUp() {
        CustomersDriver.removeCustomers(List.of("DUP-"));
    }

    private static long customer(String reference, String name, String email, String phone, String... products) {
        Customer customer = F.createCustomer();
        customer.setReference(reference);
        customer.setName(name);
        customer.setRegion("East");
        EmailAddress address = F.createEmailAddress();
        address.setAddress(email);
        customer.getEmails().add(address);
        if (phone != null) {
            Phone number = F.createPhone();
            number.setNumber(phone);
            customer.getPhones().add(number);
        }
        for (String product : products) {
            Purchase purchase = F.createPurchase();
            purchase.setAt(Instant.parse("2026-03-01T10:00:00Z"));
            purchase.setAmount(new BigDecimal("10.00"));
            purchase.setQuantity(1);
            purchase.setProduct(product);
            customer.getPurchases().add(purchase);
        }
        try (UnitOfWork work = Services.await(Store.class).begin()) {
            work.add(customer);
            work.commit();
            return ((PersistentObject) customer).persistentId();
        }
    }

    private static boolean isOpen(MPart part) {
        return part.isToBeRendered() && part.getObject() != null;
    }

    @Test
    void twoCustomersWithTheSameEmailAreMergedAndTheSurvivorHasBothPurchases() {
        long lin = customer("DUP-001", "Lin Mei", "lin.mei@example.com", null, "Oolong", "Teapot");
        long other = customer("DUP-002", "Mei Lin", "Lin.Mei@Example.com", "+86 21 5555 0101", "Gift box");

        CustomersPart list = CustomersDriver.customersPart(window);
        assertNotNull(list.table().getMenu(), "the list has a context menu");
        List<String> menu = Arrays.stream(list.table().getMenu().getItems()).map(MenuItem::getText).toList();
        assertTrue(menu.contains(Messages.duplicates_find), menu.toString());

        CustomerEditors editors = ContextInjectionFactory.make(CustomerEditors.class, window.getContext());
        MPart removedEditor = editors.open(other, "Mei Lin");
        spin();
        MPart editor = editors.open(lin, "Lin Mei");
        spin();
        CustomerEditorPart part = (CustomerEditorPart) editor.getObject();
        assertNotNull(WorkbenchDriver.button(part.title().getParent(), Messages.duplicates_find), "Find duplicates… is in the profile's header");
        ParameterizedCommand command = window.getContext().get(ECommandService.class).createCommand(COMMAND, null);
        assertTrue(window.getContext().get(EHandlerService.class).canExecute(command), "Ctrl+Shift+D finds duplicates of the active profile");

        DuplicatesDialog dialog = ContextInjectionFactory.make(DuplicatesAction.class, editor.getContext()).dialog((Shell) window.getWidget(), lin);
        dialog.setBlockOnOpen(false);
        dialog.open();
        spin();
        assertEquals(1, dialog.candidates().getItemCount());
        assertEquals(Messages.duplicates_reason_email, dialog.candidates().getItem(0).getText(0));
        assertEquals("DUP-002", dialog.candidates().getItem(0).getText(1));
        // side by side: the e-mail row shows both, normalised the same
        assertEquals("lin.mei@example.com", dialog.facts().getItem(2).getText(1));
        assertEquals("lin.mei@example.com", dialog.facts().getItem(2).getText(2));
        assertEquals("2", dialog.facts().getItem(10).getText(1), "purchases");
        assertEquals("1", dialog.facts().getItem(10).getText(2));
        assertTrue(dialog.keepSubject().getSelection(), "the customer the dialog was opened for stays unless chosen otherwise");
        screenshot(dialog.getShell(), "duplicates-dialog");

        String[] confirmation = new String[1];
        WorkbenchDriver.whenShellOpens(Messages.duplicates_confirm_title, confirm -> {
            confirmation[0] = Arrays.stream(confirm.getChildren()).flatMap(c -> texts(c).stream()).reduce("", (a, b) -> a + "\n" + b);
            screenshot(confirm, "duplicates-confirm");
            press(WorkbenchDriver.button(confirm, Messages.duplicates_merge_confirmed));
        });
        press(dialog.button(DuplicatesDialog.MERGE));
        assertNotNull(confirmation[0], "the merge was confirmed first");
        assertTrue(confirmation[0].contains(NLS.bind(Messages.duplicates_customer, "Mei Lin", "DUP-002"))
                && confirmation[0].contains(NLS.bind(Messages.duplicates_customer, "Lin Mei", "DUP-001")), confirmation[0]);

        assertEquals(0, dialog.candidates().getItemCount(), "no duplicate is left");
        assertFalse(dialog.comparisonShown(), "nothing to compare: no empty comparison");
        assertTrue(dialog.nothingToCompare().contains("Lin Mei"), dialog.nothingToCompare());
        assertTrue(dialog.note().contains("DUP-002"), dialog.note());
        screenshot(dialog.getShell(), "duplicates-merged");
        press(dialog.button(IDialogConstants.CANCEL_ID));

        try (UnitOfWork work = Services.await(Store.class).begin()) {
            List<Customer> left = work.query("SELECT c FROM Customer c WHERE c.reference LIKE ?1", "DUP-%");
            assertEquals(List.of("DUP-001"), left.stream().map(Customer::getReference).toList(), "the duplicate is gone");
            Customer survivor = left.get(0);
            assertEquals(List.of("Gift box", "Oolong", "Teapot"), survivor.getPurchases().stream().map(Purchase::getProduct).sorted().toList(),
                    "the survivor has both customers' purchases");
            assertEquals(List.of("+862155550101"), survivor.getPhones().stream().map(Phone::getNumber).toList(), "the phone it lacked moved over");
        }
        assertFalse(isOpen(removedEditor), "the removed customer's profile closed");
        EPartService parts = window.getContext().get(EPartService.class);
        MPart reopened = parts.getParts().stream().filter(p -> CustomerEditors.DESCRIPTOR.equals(p.getElementId()) && isOpen(p))
                .filter(p -> Long.toString(lin).equals(p.getPersistedState().get(CustomerEditors.CUSTOMER_ID))).findFirst().orElseThrow();
        waitUntil(Duration.ofSeconds(10), () -> ((CustomerEditorPart) reopened.getObject()).customer().getPurchases().size() == 3,
                "the survivor's profile shows what it received");
        parts.hidePart(reopened, true);
        spin();
    }

    private static List<String> texts(org.eclipse.swt.widgets.Control control) {
        List<String> found = new java.util.ArrayList<>();
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            found.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                found.addAll(texts(child));
            }
        }
        return found;
    }
}
