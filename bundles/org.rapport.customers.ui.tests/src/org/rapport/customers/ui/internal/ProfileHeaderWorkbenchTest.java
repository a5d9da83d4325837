package org.rapport.customers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.activePart;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.textAfter;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.rapport.testing.ui.WorkbenchDriver;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Phone;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.customers.ui.api.CustomerHeaderFact;
import org.rapport.customers.ui.api.CustomerProfiles;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.api.UserAdministration;
import org.rapport.security.model.Action;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.Scope;
import org.rapport.testing.Services;
import org.rapport.ui.api.Formats;

/**
 * The profile's header and layout in the real workbench: the key facts with figures the database
 * computed (checked against a sum in plain Java over the same records), the account manager by
 * name, the data-quality flags; facts over fields a role may not read left out; the profile in two
 * columns with contact tables as high as their rows; and the keyboard back in a profile field after
 * a dialog of the window closed.
 */
class ProfileHeaderWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final CustomersFactory F = CustomersFactory.eINSTANCE;
    private static final String TESTER = "workbench-tester";
    private static final String TESTER_PASSWORD = "tester-password";
    private static final String PASSWORD = "header-password-1";

    private static MWindow window;
    private static Store store;
    private static List<Purchase> purchases;
    private static long buyer;
    private static long bounced;

    @BeforeAll
    static void seed() {
        window = mainWindow();
        store = Services.await(Store.class);
        UserAdministration users = Services.await(UserAdministration.class);
        if (users.users().stream().noneMatch(u -> u.login().equals("li.na"))) {
            users.addUser("li.na", "Li Na", PASSWORD.toCharArray(), List.of(Roles.SALES));
        }
        users.setDisplayName(TESTER, "Wu Tester");
        purchases = generate(new Random(3));
        buyer = add("H-001", "Header Buyer", "li.na", purchases, List.of(phone("+8613800138000", true)), List.of(email("buyer@example.com", true)));
        bounced = add("H-002", "Header Bounced", null, List.of(), List.of(phone("+8613900139000", true), phone("+8613700137000", true)),
                List.of(email("bounced@example.com", false), email("second@example.com", true), email("third@example.com", true)));
    }

    @AfterAll
    static void cleanUp() {
        CustomersDriver.removeCustomers(List.of("H-"));
        Services.await(UserAdministration.class).setDisplayName(TESTER, null);
    }

    /** Sales over two years up to a week from now, returns among them, and records a day on each side of the 12-month boundary. */
    private static List<Purchase> generate(Random random) {
        ClockService clock = Services.await(ClockService.class);
        Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        Instant boundary = ZonedDateTime.ofInstant(now, clock.zone()).minusMonths(12).toInstant();
        List<Purchase> made = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Instant at = now.minus(7 + random.nextInt(700), ChronoUnit.DAYS);
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(500000), 2);
            made.add(purchase(at, amount, PurchaseKind.SALE));
            if (i % 4 == 0) {
                made.add(purchase(at.plus(3, ChronoUnit.DAYS), amount.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN).negate(), PurchaseKind.RETURN));
            }
        }
        made.add(purchase(boundary.plus(1, ChronoUnit.DAYS), new BigDecimal("1000.00"), PurchaseKind.SALE));
        made.add(purchase(boundary.minus(1, ChronoUnit.DAYS), new BigDecimal("2000.00"), PurchaseKind.SALE));
        made.add(purchase(now.minus(1, ChronoUnit.DAYS), new BigDecimal("-30.00"), PurchaseKind.RETURN)); // a return is no purchase date
        return made;
    }

    private static Purchase purchase(Instant at, BigDecimal amount, PurchaseKind kind) {
        Purchase purchase = F.createPurchase();
        purchase.setAt(at);
        purchase.setAmount(amount);
        purchase.setQuantity(1);
        purchase.setProduct("Tea");
        purchase.setKind(kind);
        return purchase;
    }

    private static Phone phone(String number, boolean works) {
        Phone phone = F.createPhone();
        phone.setNumber(number);
        phone.setValid(works);
        return phone;
    }

    private static EmailAddress email(String address, boolean works) {
        EmailAddress email = F.createEmailAddress();
        email.setAddress(address);
        email.setValid(works);
        return email;
    }

    private static long add(String reference, String name, String manager, List<Purchase> bought, List<Phone> phones, List<EmailAddress> emails) {
        try (UnitOfWork work = store.begin()) {
            Customer customer = F.createCustomer();
            customer.setReference(reference);
            customer.setName(name);
            customer.setAccountManager(manager);
            customer.setLastConfirmedAt(Instant.now());
            bought.forEach(p -> customer.getPurchases().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(p)));
            customer.getPhones().addAll(phones);
            customer.getEmails().addAll(emails);
            work.add(customer);
            work.commit();
            return ((PersistentObject) customer).persistentId();
        }
    }

    private static CustomerEditorPart open(long id) {
        window.getContext().get(CustomerProfiles.class).open(id);
        spin();
        return (CustomerEditorPart) activePart(window).getObject();
    }

    private static void close(CustomerEditorPart part) {
        EPartService parts = window.getContext().get(EPartService.class);
        parts.getParts().stream().filter(p -> p.getObject() == part).findFirst().ifPresent(p -> parts.hidePart(p, true));
        spin();
    }

    private static String fact(String label, String value) {
        return org.eclipse.osgi.util.NLS.bind(Messages.header_fact, label, value);
    }

    @Test
    void theHeaderShowsTheFiguresTheDatabaseComputedAndTheManagersName() {
        ClockService clock = Services.await(ClockService.class);
        Instant now = clock.now();
        Instant since = ZonedDateTime.ofInstant(now, clock.zone()).minusMonths(12).toInstant();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal recent = BigDecimal.ZERO;
        Instant lastSale = Instant.MIN;
        for (Purchase purchase : purchases) {
            total = total.add(purchase.getAmount());
            if (!purchase.getAt().isBefore(since) && !purchase.getAt().isAfter(now)) {
                recent = recent.add(purchase.getAmount());
            }
            if (purchase.getKind() == PurchaseKind.SALE && purchase.getAt().isAfter(lastSale)) {
                lastSale = purchase.getAt();
            }
        }
        Currency yuan = Currency.getInstance("CNY");
        List<String> expected = List.of(fact(Messages.fact_revenue_recent, Formats.money(recent, yuan)), fact(Messages.fact_revenue_total, Formats.money(total, yuan)),
                fact(Messages.fact_last_purchase, Formats.date(LocalDate.ofInstant(lastSale, clock.zone()))), fact(Messages.fact_main_contact, "+8613800138000"),
                fact(Messages.fact_account_manager, "Li Na"));
        CustomerEditorPart part = open(buyer);
        try {
            waitUntil(WAIT, () -> part.facts().size() >= expected.size(), "the facts are read");
            assertEquals(expected, part.facts().subList(0, expected.size()), "revenue net of returns, 12 months and total; the last sale; by name");
            assertFalse(part.facts().stream().anyMatch(f -> f.startsWith(Messages.column_quality)), "nothing to correct: no data-quality fact");
            List<FactView> views = part.factViews();
            for (int i = 0; i < 2; i++) {
                assertEquals(CustomerHeaderFact.Kind.AMOUNT, views.get(i).kind());
                assertTrue((views.get(i).value().getStyle() & SWT.RIGHT) != 0, "amounts are aligned right");
            }
            assertTrue((views.get(3).value().getStyle() & SWT.RIGHT) == 0, "text is not");
            screenshot(window, "profile-header-facts");

            // the Interactions tab names who logged a call, not their login
            part.folder().setSelection(2);
            spin();
            Text summary = WorkbenchDriver.findText(part.folder().getItem(2).getControl(), "");
            summary.setText("Asked about the tea");
            summary.notifyListeners(SWT.DefaultSelection, new Event());
            spin();
            Table interactions = findTable(part.folder().getItem(2).getControl());
            assertEquals("Wu Tester", interactions.getItem(0).getText(5));
            WorkbenchDriver.command(window, "org.eclipse.ui.edit.undo");
        } finally {
            close(part);
        }
    }

    @Test
    void invalidContactDataIsFlaggedInTheHeaderAndInItsTableWhichFitsItsRows() {
        CustomerEditorPart part = open(bounced);
        try {
            waitUntil(WAIT, () -> part.facts().stream().anyMatch(f -> f.startsWith(Messages.column_quality)), "the data-quality fact is read");
            FactView quality = part.factViews().stream().filter(v -> v.label().getText().equals(Messages.column_quality)).findFirst().orElseThrow();
            assertEquals(Messages.quality_invalid_contact, quality.value().getText());
            assertEquals(CustomerHeaderFact.Kind.PROBLEM, quality.kind());
            assertFalse(quality.value().getForeground().getRGB().equals(quality.label().getForeground().getRGB()), "in the colour for problems");
            assertTrue(part.facts().contains(fact(Messages.fact_main_contact, "+8613900139000")), "the first phone that works: " + part.facts());
            assertTrue(part.facts().contains(fact(Messages.fact_account_manager, Messages.header_nobody)));
            assertFalse(part.facts().stream().anyMatch(f -> f.startsWith(Messages.fact_last_purchase)), "no purchase: no last purchase");

            Control profile = part.folder().getItem(0).getControl();
            List<Table> tables = new ArrayList<>();
            collectTables(profile, tables);
            Table phones = tables.get(0);
            Table emails = tables.get(1);
            assertEquals(Messages.contacts_invalid, emails.getColumn(2).getText(), "a column says which are invalid");
            assertEquals(Messages.contacts_invalid_mark, emails.getItem(0).getText(2));
            assertEquals("", emails.getItem(1).getText(2));
            for (Table table : List.of(phones, emails)) {
                int rows = table.getItemCount();
                int height = table.getClientArea().height;
                assertTrue(height >= table.getHeaderHeight() + rows * table.getItemHeight(), "no row is clipped: " + height);
                assertTrue(height < table.getHeaderHeight() + (rows + 1) * table.getItemHeight(), "no empty rows below: " + height);
            }

            // two columns: Gender and Birthday side by side, the labels of each column aligned
            Label gender = label(profile, Messages.field_gender);
            Label birthday = label(profile, Messages.field_birthday);
            Label occupation = label(profile, Messages.field_occupation);
            Label company = label(profile, Messages.field_company);
            assertEquals(y(gender), y(birthday), 3, "a row of two fields");
            assertTrue(x(birthday) > x(gender) + 100, "the second column");
            assertEquals(x(gender), x(occupation), "labels of the first column aligned");
            assertEquals(x(birthday), x(company), "labels of the second column aligned");
            Text birthdayField = textAfter(profile, Messages.field_birthday);
            int labelMiddle = y(birthday) + birthday.getSize().y / 2;
            int fieldMiddle = birthdayField.toDisplay(0, 0).y + birthdayField.getSize().y / 2;
            assertEquals(fieldMiddle, labelMiddle, 3, "a label level with its field");
            screenshot(window, "profile-invalid-contacts");
        } finally {
            close(part);
        }
    }

    @Test
    void aRoleThatMayNotReadPurchaseAmountsSeesNoRevenue() throws Exception {
        Roles roles = Services.await(Roles.class);
        String role = "no-amounts";
        if (roles.roles().stream().noneMatch(r -> r.name().equals(role))) {
            roles.addRole(role, "reads customers, not what they paid", List.of(new Grant(CustomersAreaId.ID, Action.READ, Scope.ALL)),
                    Map.of(SessionUser.featureKey(CustomersPackage.Literals.PURCHASE__AMOUNT), FieldAccess.HIDDEN));
            Services.await(UserAdministration.class).addUser("no.amounts", "No Amounts", PASSWORD.toCharArray(), List.of(role));
        }
        Authenticator authenticator = Services.await(Authenticator.class);
        CustomerEditorPart part = null;
        try {
            authenticator.signIn("no.amounts", PASSWORD.toCharArray());
            part = open(buyer);
            CustomerEditorPart shown = part;
            waitUntil(WAIT, () -> shown.facts().stream().anyMatch(f -> f.startsWith(Messages.fact_last_purchase)), "the facts are read");
            assertFalse(shown.facts().stream().anyMatch(f -> f.startsWith(Messages.fact_revenue_recent) || f.startsWith(Messages.fact_revenue_total)),
                    "revenue is left out, not shown empty: " + shown.facts());
            assertTrue(shown.facts().contains(fact(Messages.fact_account_manager, "Li Na")), shown.facts().toString());
        } finally {
            if (part != null) {
                close(part);
            }
            authenticator.signIn(TESTER, TESTER_PASSWORD.toCharArray());
        }
    }

    /**
     * Keys typed in a profile field after a dialog of the window closed reach the field. Without a
     * window manager (kiosks, remote X, Xvfb) the keyboard stayed with the closed dialog, so
     * Ctrl+Q (Exit), Ctrl+S and typing did nothing until the window was activated again by hand.
     * (In this test runtime Ctrl+Q itself is also bound by the IDE bundles Tycho's UI harness
     * adds, to "Previous Edit Location"; the product has none of them, so the test types a letter.)
     */
    @Test
    void theKeyboardComesBackToTheProfileWhenADialogCloses() {
        CustomerEditorPart part = open(buyer);
        try {
            Shell shell = part.folder().getShell();
            Text name = textAfter(part.folder().getItem(0).getControl(), Messages.column_name);
            shell.forceActive();
            waitUntil(Duration.ofSeconds(10), () -> shell.getDisplay().getActiveShell() == shell, "the window is active");

            Shell dialog = new Shell(shell, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
            dialog.setText("A question");
            dialog.setSize(300, 120);
            dialog.open();
            dialog.forceActive();
            waitUntil(Duration.ofSeconds(10), () -> dialog.getDisplay().getActiveShell() == dialog, "the dialog is active");
            dialog.close();
            waitUntil(Duration.ofSeconds(10), () -> shell.getDisplay().getActiveShell() == shell, "the window has the keyboard again");
            name.setFocus();
            name.setSelection(name.getText().length());
            type(shell.getDisplay(), 'x');
            waitUntil(Duration.ofSeconds(10), () -> name.getText().equals("Header Buyerx"), "a key typed after the dialog reaches the field: " + name.getText());
            WorkbenchDriver.command(window, "org.eclipse.ui.edit.undo");
            assertEquals("Header Buyer", name.getText());
        } finally {
            close(part);
        }
    }

    /** A key as the keyboard sends it, through the window system. */
    private static void type(Display display, char key) {
        Event event = new Event();
        event.type = SWT.KeyDown;
        event.character = key;
        display.post(event);
        event.type = SWT.KeyUp;
        display.post(event);
        spin();
    }

    private static int x(Control control) {
        return control.toDisplay(0, 0).x;
    }

    private static int y(Control control) {
        return control.toDisplay(0, 0).y;
    }

    private static Label label(Control control, String text) {
        if (control instanceof Label label && text.equals(label.getText())) {
            return label;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                Label found = label(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Table findTable(Control control) {
        List<Table> found = new ArrayList<>();
        collectTables(control, found);
        assertNotNull(found.isEmpty() ? null : found.get(0), "a table");
        return found.get(0);
    }

    private static void collectTables(Control control, List<Table> found) {
        if (control instanceof Table table) {
            found.add(table);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            Arrays.stream(composite.getChildren()).forEach(child -> collectTables(child, found));
        }
    }

}
