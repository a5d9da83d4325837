package org.rapport.customers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.customers.api.CustomerExport;
import org.rapport.customers.api.CustomerListing.Row;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Phone;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;
import org.rapport.testing.Services;
import org.rapport.testing.ui.WorkbenchDriver;
import org.rapport.ui.api.Colors;

/**
 * The Customers list's everyday actions in the real workbench (issue 15): New Customer with the
 * duplicate check, the phone and e-mail columns, Clear filters, the data-quality flags in red, the
 * context menu at the selection, and empty states that say what to do.
 */
class ListActionsWorkbenchTest {

    private static final CustomersFactory F = CustomersFactory.eINSTANCE;
    private static final List<String> PREFIXES = List.of("LA-", "NEW-");

    private static MWindow window;

    @TempDir
    Path folder;

    @BeforeAll
    static void seed() {
        window = WorkbenchDriver.mainWindow();
        try (BatchWriter writer = Services.await(Store.class).batchWriter(10)) {
            Customer wang = customer("LA-001", "Lamb Wang", "lamb.wang@example.com", true, "+86 138 0000 0001", false);
            wang.getPhones().add(phone("+86 21 5555 0001", true));
            wang.setLastConfirmedAt(null);
            writer.add(wang);
            writer.add(customer("LA-002", "Lamb Li", "lamb.li@example.com", false, null, true));
        }
    }

    @AfterAll
    static void cleanUp() {
        closeEditors();
        CustomersDriver.removeCustomers(PREFIXES);
    }

    private static Customer customer(String reference, String name, String email, boolean emailWorks, String phone, boolean phoneWorks) {
        Customer customer = F.createCustomer();
        customer.setReference(reference);
        customer.setName(name);
        customer.setLastConfirmedAt(java.time.Instant.now());
        if (email != null) {
            EmailAddress address = F.createEmailAddress();
            address.setAddress(email);
            address.setValid(emailWorks);
            customer.getEmails().add(address);
        }
        if (phone != null) {
            customer.getPhones().add(phone(phone, phoneWorks));
        }
        return customer;
    }

    private static Phone phone(String number, boolean works) {
        Phone phone = F.createPhone();
        phone.setNumber(number);
        phone.setValid(works);
        return phone;
    }

    private static CustomersPart lambs() {
        CustomersPart customers = CustomersDriver.customersPart(window);
        customers.search().setText("lamb");
        customers.refresh();
        waitUntil(Duration.ofSeconds(20), () -> customers.table().getItemCount() == 2 && rowShown(customers, 1), "the two Lambs are listed");
        return customers;
    }

    private static boolean rowShown(CustomersPart customers, int index) {
        return CustomersPart.rowOf(customers.table().getItem(index)) != null;
    }

    /** The phone and e-mail columns were missing: they can be shown, are remembered, and a number or address not working is red. */
    @Test
    void phoneAndEmailColumnsShowWhenChosenAndProblemsAreRed() {
        CustomersPart customers = lambs();
        Table table = customers.table();
        int phone = table.getColumnCount() - 3;
        int email = table.getColumnCount() - 2;
        int quality = table.getColumnCount() - 1;
        assertEquals(Messages.list_column_phone, table.getColumn(phone).getText());
        assertEquals(Messages.list_column_email, table.getColumn(email).getText());
        assertEquals(Messages.column_quality, table.getColumn(quality).getText());
        customers.columns().show(ListColumns.Optional.PHONE, false);
        customers.columns().show(ListColumns.Optional.EMAIL, false);
        assertEquals(0, table.getColumn(phone).getWidth(), "hidden until chosen");

        customers.columns().show(ListColumns.Optional.PHONE, true);
        customers.columns().show(ListColumns.Optional.EMAIL, true);
        assertTrue(table.getColumn(phone).getWidth() > 0 && table.getColumn(email).getWidth() > 0);
        MPart part = window.getContext().get(EPartService.class).findPart(CustomersDriver.CUSTOMERS_PART);
        assertEquals("PHONE,EMAIL", part.getPersistedState().get(ListColumns.STATE), "remembered with the user's layout");
        // a list made from the same part (the next start) shows them again
        Shell scratch = new Shell(table.getShell());
        Table again = new Table(scratch, SWT.NONE);
        for (int i = 0; i < 3; i++) {
            new org.eclipse.swt.widgets.TableColumn(again, SWT.LEFT);
        }
        new ListColumns(again, part, 1);
        assertTrue(again.getColumn(1).getWidth() > 0 && again.getColumn(2).getWidth() > 0, "remembered columns are shown");
        scratch.dispose();

        TableItem li = table.getItem(0); // Lamb Li: the e-mail does not work
        TableItem wang = table.getItem(1); // Lamb Wang: the first phone does not work, data never confirmed
        assertEquals("Lamb Li", li.getText(1));
        waitUntil(Duration.ofSeconds(10), () -> !wang.getText(phone).isEmpty(), "the rows are filled");
        assertEquals("+8613800000001 (+1)", wang.getText(phone), "the first number, and how many more");
        assertEquals("lamb.wang@example.com", wang.getText(email));
        assertEquals("lamb.li@example.com", li.getText(email));
        assertEquals("", li.getText(phone));
        org.eclipse.swt.graphics.Color red = Colors.problem(table);
        assertEquals(red, wang.getForeground(phone), "the phone not working is red");
        assertNotEquals(red, wang.getForeground(email), "the working address is not");
        assertEquals(red, li.getForeground(email), "the e-mail not working is red");
        assertTrue(wang.getText(quality).contains(Messages.quality_unconfirmed) && wang.getText(quality).contains(Messages.quality_invalid_contact),
                wang.getText(quality));
        assertEquals(red, wang.getForeground(quality), "both flags in red, as the guide says");
        assertEquals(red, li.getForeground(quality));
        WorkbenchDriver.screenshot(window, "customers-phone-email-columns");
    }

    /** Clear filters, and a search without hits that says so and offers to clear them. */
    @Test
    void aSearchWithoutHitsSaysSoAndClearFiltersShowsEveryoneAgain() {
        CustomersPart customers = lambs();
        assertTrue(customers.clearFiltersButton().isEnabled(), "a search narrows the list: Clear filters can undo it");
        customers.search().setText("nobody-is-called-this");
        customers.refresh();
        waitUntil(Duration.ofSeconds(20), customers::showsEmptyState, "the empty state stands in the table's place");
        List<String> texts = customers.empty().texts();
        assertEquals(Messages.empty_no_match_title, texts.get(0));
        assertTrue(texts.get(1).contains("nobody-is-called-this"), texts.get(1));
        assertEquals(List.of(Messages.clear_filters), texts.subList(2, texts.size()));
        WorkbenchDriver.screenshot(window, "customers-no-match");

        WorkbenchDriver.press(customers.empty().button(Messages.clear_filters));
        waitUntil(Duration.ofSeconds(20), () -> !customers.showsEmptyState() && customers.table().getItemCount() >= 2, "everyone again");
        assertEquals("", customers.search().getText());
        assertFalse(customers.clearFiltersButton().isEnabled(), "nothing left to clear");
    }

    /** An empty list says what to do: for an empty database, and for a sales person without accounts yet. */
    @Test
    void anEmptyListSaysWhatToDo() {
        CustomersPart customers = CustomersDriver.customersPart(window);
        SessionUser administrator = window.getContext().get(CurrentUser.class).require();
        customers.explainEmpty(false, administrator);
        customers.showTable(false);
        spin();
        List<String> texts = customers.empty().texts();
        assertEquals(Messages.empty_no_customers_title, texts.get(0));
        assertTrue(texts.get(1).contains("--demo"), "says how to get demo data: " + texts.get(1));
        assertTrue(texts.contains(Messages.empty_new_customer), texts.toString());
        // Import... where the import wizard is installed (the transfer area; not in this test runtime)
        org.eclipse.core.commands.ParameterizedCommand importing = window.getContext().get(org.eclipse.e4.core.commands.ECommandService.class)
                .createCommand("org.rapport.transfer.ui.command.import", null);
        boolean importInstalled = importing != null && window.getContext().get(org.eclipse.e4.core.commands.EHandlerService.class).canExecute(importing);
        assertEquals(importInstalled, texts.contains(Messages.empty_import), texts.toString());
        WorkbenchDriver.screenshot(window, "customers-empty-database");

        SessionUser sales = new SessionUser("sam", "Sam", Set.of(Roles.SALES), List.of(new Grant(CustomersAreaId.ID, Action.READ, Scope.OWN),
                new Grant(CustomersAreaId.ID, Action.CREATE, Scope.OWN)), Map.of());
        customers.explainEmpty(false, sales);
        texts = customers.empty().texts();
        assertEquals(Messages.empty_no_accounts_title, texts.get(0));
        assertEquals(List.of(Messages.empty_no_accounts_text_create, Messages.empty_new_customer), texts.subList(1, texts.size()));
        WorkbenchDriver.screenshot(window, "customers-no-accounts");
        customers.refresh();
        waitUntil(Duration.ofSeconds(20), () -> !customers.showsEmptyState(), "the table again once there are customers");
    }

    /** The context menu has what a person expects, and opens at the selected row when opened with the keyboard. */
    @Test
    void theContextMenuOpensAtTheSelectionWithOpenLogFindAndExport() throws Exception {
        CustomersPart customers = lambs();
        Table table = customers.table();
        List<String> items = Arrays.stream(table.getMenu().getItems()).map(MenuItem::getText).toList();
        assertEquals(List.of(Messages.menu_open, Messages.menu_log_interaction, Messages.duplicates_find, Messages.menu_export_selection, "",
                Messages.menu_columns), items);

        table.setSelection(1);
        Event key = new Event();
        key.detail = SWT.MENU_KEYBOARD;
        key.x = 5; // where the mouse may be: elsewhere
        key.y = 5;
        table.notifyListeners(SWT.MenuDetect, key);
        Rectangle row = table.getItem(1).getBounds(1);
        Point at = table.toControl(key.x, key.y);
        assertTrue(at.y >= row.y && at.y <= row.y + row.height + 1 && at.x >= row.x, "the menu opens at the selected row " + row + ", not at " + at);

        Row wang = CustomersPart.rowOf(table.getItem(1));
        assertEquals("Lamb Wang", wang.name());
        CustomerEditors editors = ContextInjectionFactory.make(CustomerEditors.class, window.getContext());
        ListMenu.logInteraction(editors, wang);
        spin();
        MPart editor = WorkbenchDriver.activePart(window);
        CustomerEditorPart profile = (CustomerEditorPart) editor.getObject();
        assertEquals("Lamb Wang", profile.customer().getName());
        assertEquals(Messages.tab_interactions, profile.folder().getSelection().getText(), "Log interaction opens the Interactions tab");

        CustomerExport exporter = Services.await(CustomerExport.class);
        Path file = folder.resolve("selection.csv");
        CustomersPart.Export result = customers.export(file, (to, progress) -> exporter.exportCustomers(to, List.of(wang.id()), progress));
        assertNull(result.problem(), result.problem());
        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size(), "the watermark, the header and the one customer selected: " + lines);
        assertTrue(lines.get(2).startsWith("LA-001,Lamb Wang,"), lines.get(2));
        closeEditors();
    }

    /** New Customer: entered, checked for duplicates (open the existing one, or save anyway), stored and opened in the profile. */
    @Test
    void newCustomerChecksForDuplicatesBeforeSavingAndOpensTheProfile() {
        assertTrue(WorkbenchDriver.canRun(window, NewCustomerHandler.COMMAND), "the administrator may create customers");
        CurrentUser serviceAgent = new CurrentUser() {
            @Override
            public java.util.Optional<SessionUser> get() {
                return java.util.Optional.of(new SessionUser("wu", "Wu", Set.of(Roles.SERVICE_AGENT), List.of(new Grant(CustomersAreaId.ID, Action.READ, Scope.ALL)),
                        Map.of()));
            }

            @Override
            public SessionUser require() {
                return get().orElseThrow();
            }

            @Override
            public void signOut() {
            }
        };
        assertFalse(NewCustomers.mayCreate(serviceAgent), "a role that may not create customers does not get the command");
        assertFalse(new NewCustomerHandler.Visible().evaluate(serviceAgent));

        // the same e-mail as Lamb Wang: the question comes first, and its default opens the existing customer
        String[] asked = new String[2];
        enter("New Lamb", "NEW-001", "", " Lamb.Wang@Example.com ", "");
        WorkbenchDriver.whenShellOpens(Messages.new_customer_duplicates_title, question -> {
            asked[0] = question.getDefaultButton().getText();
            asked[1] = CustomersWorkbenchTest.labels(question);
            WorkbenchDriver.screenshot(question, "new-customer-duplicate-question");
            question.getDefaultButton().notifyListeners(SWT.Selection, new Event());
        });
        NewCustomers flow = ContextInjectionFactory.make(NewCustomers.class, window.getContext());
        assertEquals(0, flow.run(WorkbenchDriver.display().getActiveShell()));
        assertEquals("&Open LA-001", asked[0], "the default opens the existing customer");
        assertTrue(asked[1].contains("LA-001") && asked[1].contains("Lamb Wang"), asked[1]);
        assertEquals("Lamb Wang", ((CustomerEditorPart) WorkbenchDriver.activePart(window).getObject()).customer().getName(), "the existing profile opened");
        assertEquals(0, stored("NEW-001"), "nothing stored");

        // the same again, saved anyway: a different person after all
        enter("New Lamb", "NEW-001", "", "lamb.wang@example.com", "1990-05-17");
        WorkbenchDriver.whenShellOpens(Messages.new_customer_duplicates_title, question -> WorkbenchDriver.press(WorkbenchDriver.button(question,
                Messages.new_customer_save_anyway)));
        long saved = ContextInjectionFactory.make(NewCustomers.class, window.getContext()).run(WorkbenchDriver.display().getActiveShell());
        assertTrue(saved > 0);
        assertEquals(saved, stored("NEW-001"));
        CustomerEditorPart profile = (CustomerEditorPart) WorkbenchDriver.activePart(window).getObject();
        assertEquals("New Lamb", profile.customer().getName(), "the new profile opens");
        assertEquals(LocalDate.of(1990, 5, 17), profile.customer().getBirthday());
        assertNotNull(profile.customer().getLastConfirmedAt(), "just entered: confirmed, not flagged as unconfirmed at once");

        // nobody like them: no question, stored and opened; a bad birthday first keeps Create greyed out
        String[] problem = new String[1];
        WorkbenchDriver.whenShellOpens(Messages.new_customer_title, dialog -> {
            Text[] fields = fields(dialog);
            fields[0].setText("Quite New");
            fields[1].setText("NEW-002");
            fields[2].setText("+86 139 9999 0002");
            fields[4].setText("17.05.1990");
            Shell shell = dialog;
            problem[0] = CustomersWorkbenchTest.labels(shell);
            assertFalse(WorkbenchDriver.button(shell, Messages.new_customer_create).isEnabled(), "a birthday that is no date keeps Create greyed out");
            fields[4].setText("");
            WorkbenchDriver.screenshot(shell, "new-customer-dialog");
            WorkbenchDriver.press(WorkbenchDriver.button(shell, Messages.new_customer_create));
        });
        long quiteNew = ContextInjectionFactory.make(NewCustomers.class, window.getContext()).run(WorkbenchDriver.display().getActiveShell());
        assertTrue(problem[0].contains(Messages.new_customer_birthday_invalid), "the problem is written out: " + problem[0]);
        assertEquals(quiteNew, stored("NEW-002"));
        assertEquals("Quite New", ((CustomerEditorPart) WorkbenchDriver.activePart(window).getObject()).customer().getName());
        closeEditors();
    }

    /** Fills the New Customer dialog when it opens, and presses Create. */
    private static void enter(String name, String reference, String phone, String email, String birthday) {
        WorkbenchDriver.whenShellOpens(Messages.new_customer_title, dialog -> {
            Text[] fields = fields(dialog);
            fields[0].setText(name);
            fields[1].setText(reference);
            fields[2].setText(phone);
            fields[3].setText(email);
            fields[4].setText(birthday);
            WorkbenchDriver.press(WorkbenchDriver.button(dialog, Messages.new_customer_create));
        });
    }

    private static Text[] fields(Shell dialog) {
        NewCustomerDialog shown = (NewCustomerDialog) dialog.getData();
        return shown.fields();
    }

    private static long stored(String reference) {
        try (UnitOfWork work = Services.await(Store.class).begin()) {
            List<Customer> found = work.query("SELECT c FROM Customer c WHERE c.reference = ?1", reference);
            return found.isEmpty() ? 0 : ((PersistentObject) found.get(0)).persistentId();
        }
    }

    private static void closeEditors() {
        EPartService parts = window.getContext().get(EPartService.class);
        for (MPart part : List.copyOf(parts.getParts())) {
            if (CustomerEditors.DESCRIPTOR.equals(part.getElementId()) && part.isToBeRendered()) {
                part.setDirty(false);
                parts.hidePart(part, true);
            }
        }
        spin();
    }
}
