package org.rapport.loyalty.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.activePart;
import static org.rapport.testing.ui.WorkbenchDriver.all;
import static org.rapport.testing.ui.WorkbenchDriver.button;
import static org.rapport.testing.ui.WorkbenchDriver.closeParts;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.press;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.textAfter;
import static org.rapport.testing.ui.WorkbenchDriver.theme;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;
import static org.rapport.testing.ui.WorkbenchDriver.whenShellOpens;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.customers.ui.api.CustomerHeaderFact;
import org.rapport.customers.ui.api.CustomerProfiles;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.Loyalty.Account;
import org.rapport.loyalty.api.Loyalty.Line;
import org.rapport.loyalty.api.Loyalty.PurchaseEvent;
import org.rapport.loyalty.api.Rewards;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.api.UserAdministration;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;
import org.rapport.testing.Services;
import org.rapport.testing.ui.WorkbenchDriver;

/**
 * The Loyalty tab and header facts in the real workbench, over a ledger posted through the real
 * loyalty service: 10 points earned 400 days ago, 120 and 80 earned this month, 150 redeemed
 * (taking the oldest first: 10, 120, then 20 of the 80), so the balance is 60.
 */
class LoyaltyTabWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String REF = "LY-001";
    private static final String ADJUSTED = "LY-002";
    private static final String REDEEMING = "LY-003";
    private static final String TESTER = "workbench-tester";
    private static final String TESTER_PASSWORD = "tester-password";
    private static final String AGENT = "ly-agent";
    private static final String NO_LOYALTY = "ly-customers-only";
    private static final String PASSWORD = "agent-password-1";

    private static MWindow window;
    private static Store store;
    private static Loyalty loyalty;
    private static long customerId;
    private static Instant now;

    @BeforeAll
    static void seed() {
        window = mainWindow();
        store = Services.await(Store.class);
        loyalty = Services.await(Loyalty.class);
        now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        customerId = seedLedger(REF);
        seedLedger(ADJUSTED);
        seedLedger(REDEEMING);
        UserAdministration users = Services.await(UserAdministration.class);
        Roles roles = Services.await(Roles.class);
        if (roles.roles().stream().noneMatch(r -> r.name().equals(NO_LOYALTY))) {
            roles.addRole(NO_LOYALTY, "reads customers, not loyalty", List.of(new Grant("customers", Action.READ, Scope.ALL)), Map.of());
        }
        if (users.users().stream().noneMatch(u -> u.login().equals(AGENT))) {
            users.addUser(AGENT, "Ann Agent", PASSWORD.toCharArray(), List.of(Roles.SERVICE_AGENT));
            users.addUser(NO_LOYALTY, "Carl Customers", PASSWORD.toCharArray(), List.of(NO_LOYALTY));
        }
    }

    /** The known ledger for a new customer: the ledger is append-only, so each test that posts has a customer of its own. */
    private static long seedLedger(String reference) {
        long id;
        try (UnitOfWork work = store.begin()) {
            Customer customer = CustomersFactory.eINSTANCE.createCustomer();
            customer.setReference(reference);
            customer.setName("Lin Yue");
            customer.getPurchases().add(purchase("O-OLD", now.minus(400, ChronoUnit.DAYS), "10.99"));
            customer.getPurchases().add(purchase("O-1", now.minus(10, ChronoUnit.DAYS), "120.50"));
            customer.getPurchases().add(purchase("O-2", now.minus(5, ChronoUnit.DAYS), "80.00"));
            work.add(customer);
            work.commit();
            id = ((PersistentObject) customer).persistentId();
        }
        loyalty.earn(new PurchaseEvent(reference, "O-OLD", now.minus(400, ChronoUnit.DAYS), new BigDecimal("10.99")));
        loyalty.earn(new PurchaseEvent(reference, "O-1", now.minus(10, ChronoUnit.DAYS), new BigDecimal("120.50")));
        loyalty.earn(new PurchaseEvent(reference, "O-2", now.minus(5, ChronoUnit.DAYS), new BigDecimal("80.00")));
        try (UnitOfWork work = store.begin()) {
            loyalty.redeem(work, reference, 150, "R-TEA-SET", "Tea set from the catalogue");
            work.commit();
        }
        return id;
    }

    private static Purchase purchase(String order, Instant at, String amount) {
        Purchase purchase = CustomersFactory.eINSTANCE.createPurchase();
        purchase.setOrderRef(order);
        purchase.setAt(at);
        purchase.setAmount(new BigDecimal(amount));
        purchase.setKind(PurchaseKind.SALE);
        purchase.setProduct("Tea");
        purchase.setQuantity(1);
        return purchase;
    }

    @AfterEach
    void closeProfilesAndSignBackIn() throws Exception {
        closeParts(window, "org.rapport.customers.ui.partdescriptor.customer");
        Services.await(Authenticator.class).signIn(TESTER, TESTER_PASSWORD.toCharArray());
    }

    /** Opens the profile and brings its Loyalty tab to the front, read. */
    private static LedgerPage openLoyaltyTab(String reference) {
        assertTrue(window.getContext().get(CustomerProfiles.class).open(reference));
        spin();
        Composite editor = (Composite) activePart(window).getWidget();
        CTabFolder folder = all(editor, CTabFolder.class).get(0);
        CTabItem tab = Arrays.stream(folder.getItems()).filter(i -> i.getText().equals(Messages.tab_loyalty)).findFirst()
                .orElseThrow(() -> new AssertionError("no Loyalty tab"));
        folder.setSelection(tab);
        spin();
        LedgerPage page = (LedgerPage) tab.getControl().getData(LedgerPage.class.getName());
        waitUntil(WAIT, page::loaded, "the ledger is read");
        return page;
    }

    private static List<String> column(Table table, int column) {
        return Arrays.stream(table.getItems()).map(i -> i.getText(column)).toList();
    }

    private static long entry(EntryKind kind, String source) {
        Account account = loyalty.account(REF);
        return account.lines().stream().filter(l -> l.kind() == kind && (source == null || source.equals(l.sourceRef()))).findFirst().map(Line::id)
                .orElseThrow();
    }

    private static String kind(EntryKind kind) {
        return org.rapport.ui.api.EnumLabels.ofBundle(LedgerPage.class).of(kind);
    }

    @Test
    void theTabShowsTheBalanceTheLedgerNewestFirstAndTheTraceOfAnEntry() {
        LedgerPage page = openLoyaltyTab(REF);
        assertEquals(NLS.bind(Messages.summary_balance, "60"), page.balanceText());
        assertEquals(NLS.bind(Messages.summary_tier, "Silver"), page.tierText());
        // 12-month spend: 120.50 + 80.00 (the purchase of 400 days ago is older)
        assertEquals(NLS.bind(Messages.progress_spend, new Object[] { "200.50", "5,000.00", "Gold" }), page.progressText());
        assertEquals(List.of(kind(EntryKind.REDEMPTION), kind(EntryKind.ACCRUAL), kind(EntryKind.ACCRUAL), kind(EntryKind.ACCRUAL)), column(page.ledger(), 2));
        assertEquals(List.of("-150", "80", "120", "10"), column(page.ledger(), 3));
        assertEquals(List.of("", "60", "0", "0"), column(page.ledger(), 4), "what is left of each earning entry");
        // rules by their names and entries described in the workbench's language, not the stored ids and references
        assertEquals(List.of("Redemption", "Purchase points", "Purchase points", "Purchase points"), column(page.ledger(), 5));
        assertTrue(column(page.ledger(), 6).get(1).startsWith("Purchase of "), "described: " + column(page.ledger(), 6));
        assertTrue(column(page.ledger(), 6).get(1).endsWith(", 80.00"), "with its amount: " + column(page.ledger(), 6));

        long redemption = entry(EntryKind.REDEMPTION, null);
        page.select(redemption);
        assertEquals(NLS.bind(Messages.trace_spent, redemption, 150), page.traceHeading());
        assertEquals(List.of("O-OLD", "O-1", "O-2"), column(page.trace(), 5), "the oldest points first");
        assertEquals(List.of("10", "120", "20"), column(page.trace(), 3));
        screenshot(window, "loyalty-tab");

        long second = entry(EntryKind.ACCRUAL, "O-2");
        page.select(second);
        assertEquals(NLS.bind(Messages.trace_earned, new Object[] { second, 80, 60 }), page.traceHeading());
        assertEquals(List.of(Long.toString(redemption)), column(page.trace(), 0));
        assertEquals(List.of("20"), column(page.trace(), 3));

        // filters: spent only, then earned in the last 12 months
        page.kinds().select(2);
        page.kinds().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("-150"), column(page.ledger(), 3));
        page.kinds().select(1);
        page.kinds().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        page.periods().select(2);
        page.periods().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("80", "120"), column(page.ledger(), 3));
        page.kinds().select(0);
        page.kinds().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        page.periods().select(0);
        page.periods().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    @Test
    void anAdjustmentNeedsAReasonPostsAnEntryAndTheTabShowsIt() {
        LedgerPage page = openLoyaltyTab(ADJUSTED);
        long before = loyalty.account(ADJUSTED).balance();
        boolean[] okWithoutReason = { true };
        whenShellOpens(Messages.adjust_title, shell -> {
            textAfter(shell, Messages.adjust_points).setText("25");
            okWithoutReason[0] = button(shell, Messages.adjust_ok).isEnabled();
            textAfter(shell, Messages.adjust_reason).setText("Goodwill: late delivery");
            screenshot(shell, "loyalty-adjust");
            press(button(shell, Messages.adjust_ok));
        });
        press(page.adjustButton());
        assertFalse(okWithoutReason[0], "no reason, no adjustment");
        waitUntil(WAIT, () -> page.balanceText().equals(NLS.bind(Messages.summary_balance, Long.toString(before + 25))),
                "the tab shows the new balance: " + page.balanceText());
        TableItem newest = page.ledger().getItem(0);
        // the typed reason stays as typed in the entry's description
        assertEquals(List.of(kind(EntryKind.ADJUSTMENT), "25", "Adjustment", "Adjustment: Goodwill: late delivery", TESTER),
                List.of(newest.getText(2), newest.getText(3), newest.getText(5), newest.getText(6), newest.getText(9)));
        loyalty.adjust(ADJUSTED, -25, "test: undo the goodwill");
        waitUntil(WAIT, () -> page.balanceText().equals(NLS.bind(Messages.summary_balance, Long.toString(before))),
                "the tab follows a posting made elsewhere: " + page.balanceText());
    }

    @Test
    void aRewardOfTheCatalogueIsRedeemedFromTheTab() {
        Services.await(Rewards.class).set("R-MUG", "Tea mug", 40, 5, true);
        LedgerPage page = openLoyaltyTab(REDEEMING);
        whenShellOpens(Messages.redeem_title, shell -> {
            Combo rewards = all(shell, Combo.class).get(0);
            int mug = Arrays.asList(rewards.getItems()).indexOf(RedeemDialog.describe(new Rewards.Item("R-MUG", "Tea mug", 40, 5, 5, true)));
            rewards.select(mug);
            rewards.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            screenshot(shell, "loyalty-redeem");
            press(button(shell, Messages.redeem_ok));
        });
        press(page.redeemButton());
        waitUntil(WAIT, () -> page.balanceText().equals(NLS.bind(Messages.summary_balance, "20")), "60 - 40 points: " + page.balanceText());
        TableItem newest = page.ledger().getItem(0);
        assertEquals(List.of(kind(EntryKind.REDEMPTION), "-40", "Reward: Tea mug", "R-MUG"),
                List.of(newest.getText(2), newest.getText(3), newest.getText(6), newest.getText(7)));
        assertEquals(4, Services.await(Rewards.class).rewards().stream().filter(r -> r.reference().equals("R-MUG")).findFirst().orElseThrow().left());
    }

    @Test
    void aUserWithoutTheUpdatePermissionSeesTheLedgerButCannotAdjust() throws Exception {
        Services.await(Authenticator.class).signIn(AGENT, PASSWORD.toCharArray());
        LedgerPage page = openLoyaltyTab(REF);
        assertEquals(NLS.bind(Messages.summary_balance, "60"), page.balanceText());
        Button adjust = page.adjustButton();
        assertFalse(adjust.isEnabled());
        assertEquals(Messages.adjust_denied, adjust.getToolTipText());
        // not only hidden: the service refuses
        assertThrows(AccessDeniedException.class, () -> loyalty.adjust(REF, 5, "should not pass"));
        assertEquals(60, loyalty.account(REF).balance());
    }

    @Test
    void theHeaderShowsTierAndPointsAndNothingToAUserWhoMayNotReadLoyalty() throws Exception {
        openLoyaltyTab(REF);
        Composite editor = (Composite) activePart(window).getWidget();
        waitUntil(WAIT, () -> shows(labels(editor), Messages.fact_tier, "Silver"), "the tier shows: " + labels(editor));
        waitUntil(WAIT, () -> shows(labels(editor), Messages.fact_points, "60"), "the points show: " + labels(editor));
        screenshot(window, "loyalty-header");

        List<CustomerHeaderFact> facts = facts();
        assertEquals(List.of(Optional.of("Silver"), Optional.of("60")), facts.stream().map(f -> f.value(customerId)).toList());
        Services.await(Authenticator.class).signIn(NO_LOYALTY, PASSWORD.toCharArray());
        assertFalse(LoyaltyServices.may(Services.await(org.rapport.security.api.CurrentUser.class), Action.READ));
        assertEquals(List.of(Optional.empty(), Optional.empty()), facts.stream().map(f -> f.value(customerId)).toList(),
                "a user who may not read loyalty gets no fact, not an empty one");
    }

    private static List<CustomerHeaderFact> facts() throws Exception {
        BundleContext context = Services.contextOf(LoyaltyTab.class);
        List<CustomerHeaderFact> facts = new ArrayList<>();
        for (var reference : context.getServiceReferences(CustomerHeaderFact.class, null)) {
            CustomerHeaderFact fact = context.getService(reference);
            if (fact instanceof TierFact || fact instanceof PointsFact) {
                facts.add(fact);
            }
        }
        facts.sort(java.util.Comparator.comparingInt(CustomerHeaderFact::order));
        return facts;
    }

    /** The header shows a fact as its caption over its value: two labels, one after the other. */
    private static boolean shows(List<String> labels, String caption, String value) {
        for (int i = 0; i + 1 < labels.size(); i++) {
            if (labels.get(i).equals(caption) && labels.get(i + 1).equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> labels(Composite editor) {
        return all(editor, Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void screenshotsInTheDarkTheme() {
        LedgerPage page = openLoyaltyTab(REF);
        page.select(entry(EntryKind.REDEMPTION, null));
        theme(window, "org.rapport.app.theme.dark");
        try {
            screenshot(window, "loyalty-tab-dark");
        } finally {
            theme(window, "org.rapport.app.theme.light");
        }
    }
}
