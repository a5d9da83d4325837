package org.rapport.complaints.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.activePart;
import static org.rapport.testing.ui.WorkbenchDriver.all;
import static org.rapport.testing.ui.WorkbenchDriver.closeParts;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.press;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.showPart;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;
import static org.rapport.testing.ui.WorkbenchDriver.whenShellOpens;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.internal.ComplaintService;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.complaints.model.Severity;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.core.api.ClockService;
import org.rapport.core.api.DailyJobs;
import org.rapport.customers.ui.api.CustomerProfiles;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.Roles;
import org.rapport.security.api.UserAdministration;
import org.rapport.testing.Services;
import org.rapport.testing.TestUsers;
import org.rapport.ui.api.EnumLabels;

/**
 * The queue, the complaint editor and the profile's Complaints tab in the real workbench, over
 * complaints opened through the real service at known distances from now (the service's clocks
 * run on the shipped 24x7 calendar): an overdue general complaint, an urgent one due in minutes,
 * an inquiry due in an hour, one waiting for the customer (no clock runs) and a resolved one.
 */
class ComplaintsWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String QUEUE = "org.rapport.complaints.ui.part.queue";
    private static final String CUSTOMER = "CQ-001";
    private static final String OTHER_CUSTOMER = "CQ-002";
    private static final String TESTER = "workbench-tester";
    private static final String TESTER_PASSWORD = "tester-password";
    private static final String SECOND_AGENT = "cq-agent";
    private static final String PASSWORD = "agent-password-1";

    private static MWindow window;
    private static Complaints complaints;
    private static long customerId;
    private static final EnumLabels LABELS = EnumLabels.ofBundle(Complaints.class);

    @BeforeAll
    static void seed() {
        window = mainWindow();
        Store store = Services.await(Store.class);
        complaints = Services.await(Complaints.class);
        try (UnitOfWork work = store.begin()) {
            work.add(customer(CUSTOMER, "Zhou Min"));
            work.add(customer(OTHER_CUSTOMER, "王芳"));
            work.commit();
        }
        try (UnitOfWork work = store.begin()) {
            customerId = ((org.rapport.persistence.api.PersistentObject) work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", CUSTOMER)
                    .get(0)).persistentId();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // overdue: a general complaint's 30 minutes to acknowledge ran out 10 minutes ago
        complaints.open(new NewComplaint("Q-OVERDUE", OTHER_CUSTOMER, now.minus(40, ChronoUnit.MINUTES), "hotline", null, Severity.GENERAL,
                "快递延误三天", null));
        // due in about 5 minutes: an urgent complaint's 10 minutes to acknowledge
        complaints.open(new NewComplaint("Q-URGENT", CUSTOMER, now.minus(5, ChronoUnit.MINUTES), "social-media", null, Severity.URGENT,
                "Charger sparks when plugged in", null));
        // due in an hour: an inquiry's answer
        complaints.open(new NewComplaint("Q-INQUIRY", CUSTOMER, now, "hotline", null, Severity.INQUIRY, "How do I register the warranty?", null));
        // no clock runs while waiting for the customer
        complaints.open(new NewComplaint("Q-WAITING", OTHER_CUSTOMER, now.minus(2, ChronoUnit.MINUTES), "app", null, Severity.GENERAL,
                "Refund not received", null));
        complaints.act("Q-WAITING", Lifecycle.START, now.minus(90, ChronoUnit.SECONDS), null, null);
        complaints.act("Q-WAITING", Lifecycle.WAIT, now.minus(1, ChronoUnit.MINUTES), "bank statement asked for", null);
        // handled: resolved, not open
        complaints.open(new NewComplaint("Q-RESOLVED", CUSTOMER, now.minus(3, ChronoUnit.HOURS), "store", null, Severity.GENERAL, "Wrong size delivered",
                null));
        complaints.act("Q-RESOLVED", Lifecycle.START, now.minus(170, ChronoUnit.MINUTES), null, null);
        complaints.act("Q-RESOLVED", Lifecycle.RESOLVE, now.minus(160, ChronoUnit.MINUTES), "exchanged in store", null);
        // for the two agents: one the second agent takes behind the editor's back
        complaints.open(new NewComplaint("Q-TAKEN", CUSTOMER, now, "hotline", null, Severity.INQUIRY, "Where is my invoice?", null));
        UserAdministration users = Services.await(UserAdministration.class);
        if (users.users().stream().noneMatch(u -> u.login().equals(SECOND_AGENT))) {
            users.addUser(SECOND_AGENT, "Ann Agent", PASSWORD.toCharArray(), List.of(Roles.SERVICE_AGENT));
        }
    }

    private static Customer customer(String reference, String name) {
        Customer customer = CustomersFactory.eINSTANCE.createCustomer();
        customer.setReference(reference);
        customer.setName(name);
        return customer;
    }

    @AfterEach
    void closeEditorsAndSignBackIn() throws Exception {
        closeParts(window, ComplaintEditors.DESCRIPTOR, "org.rapport.customers.ui.partdescriptor.customer");
        Services.await(Authenticator.class).signIn(TESTER, TESTER_PASSWORD.toCharArray());
    }

    private static QueuePart queue() {
        QueuePart queue = showPart(window, QUEUE, QueuePart.class);
        assertNotNull(queue, "the queue is in the Service desk");
        queue.reset();
        return queue;
    }

    /** The references the table shows once every row is read. */
    private static List<String> references(Table table, int column) {
        // asking an item of a virtual table for its text is what makes it ask for its row
        waitUntil(WAIT, () -> table.getItemCount() > 0 && Arrays.stream(table.getItems()).allMatch(i -> !i.getText(0).equals("\u0000") && PagedRow.of(i) != null),
                "the rows are read");
        return Arrays.stream(table.getItems()).map(i -> i.getText(column)).toList();
    }

    private static List<String> onlyOurs(List<String> references) {
        return references.stream().filter(r -> r.startsWith("Q-")).toList();
    }

    private static void choose(Combo combo, String item) {
        int index = Arrays.asList(combo.getItems()).indexOf(item);
        assertTrue(index >= 0, item + " is a choice of " + Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        spin();
    }

    /** The combo that follows the label with this text. */
    private static Combo comboAfter(Composite parent, String label) {
        List<Control> controls = all(parent, Control.class);
        for (int i = 0; i + 1 < controls.size(); i++) {
            if (controls.get(i) instanceof Label l && l.getText().equals(label) && controls.get(i + 1) instanceof Combo combo) {
                return combo;
            }
        }
        throw new AssertionError("no combo after " + label);
    }

    @Test
    void theQueueListsTheMostUrgentFirstInItsColours() {
        QueuePart queue = queue();
        Table table = queue.table().table();
        List<String> order = onlyOurs(references(table, 1));
        // overdue first, then by the nearest due time; waiting (no clock) after those with one; the resolved one is not open
        assertEquals(List.of("Q-OVERDUE", "Q-URGENT"), order.subList(0, 2));
        assertTrue(order.indexOf("Q-INQUIRY") < order.indexOf("Q-WAITING"), "a running clock before a stopped one: " + order);
        assertFalse(order.contains("Q-RESOLVED"), "a resolved complaint is not being handled");
        TableItem overdue = Arrays.stream(table.getItems()).filter(i -> i.getText(1).equals("Q-OVERDUE")).findFirst().orElseThrow();
        TableItem urgent = Arrays.stream(table.getItems()).filter(i -> i.getText(1).equals("Q-URGENT")).findFirst().orElseThrow();
        TableItem waiting = Arrays.stream(table.getItems()).filter(i -> i.getText(1).equals("Q-WAITING")).findFirst().orElseThrow();
        assertTrue(overdue.getText(0).contains(Messages.countdown_overdue.replace("{0}", "").strip()), overdue.getText(0));
        assertEquals(Countdown.RED.color(table).getRGB(), overdue.getForeground(0).getRGB(), "overdue is red");
        // about 5 of 10 minutes left: amber (the half may have passed while the test ran)
        assertEquals(Countdown.AMBER.color(table).getRGB(), urgent.getForeground(0).getRGB(), "half the time gone is amber: " + urgent.getText(0));
        assertEquals("", waiting.getText(0), "no countdown while waiting for the customer");
        assertEquals("王芳", overdue.getText(2));
        screenshot(window, "complaints-queue");
        // every minute the countdowns are drawn again from the rows in memory: same rows, same order
        List<String> shown = references(table, 1);
        queue.table().redraw();
        assertEquals(shown, references(table, 1));
    }

    @Test
    void theFiltersNarrowTheQueue() {
        QueuePart queue = queue();
        Composite part = queue.table().table().getParent();
        Table table = queue.table().table();
        Button overdue = all(part, Button.class).stream().filter(b -> b.getText().equals(Messages.filter_overdue)).findFirst().orElseThrow();
        overdue.setSelection(true);
        overdue.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        waitUntil(WAIT, () -> onlyOurs(references(table, 1)).equals(List.of("Q-OVERDUE")), "only the overdue one: " + references(table, 1));
        overdue.setSelection(false);
        overdue.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        choose(comboAfter(part, Messages.filter_status), LABELS.of(ComplaintStatus.WAITING));
        waitUntil(WAIT, () -> onlyOurs(references(table, 1)).equals(List.of("Q-WAITING")), "only the waiting one: " + references(table, 1));
        choose(comboAfter(part, Messages.filter_status), Messages.status_all);
        waitUntil(WAIT, () -> onlyOurs(references(table, 1)).contains("Q-RESOLVED"), "every status lists the resolved one too");
        choose(comboAfter(part, Messages.filter_level), Messages.level(3));
        waitUntil(WAIT, () -> table.getItemCount() == 0, "nothing is at level 3");
        choose(comboAfter(part, Messages.filter_level), Messages.level_any);
        choose(comboAfter(part, Messages.filter_assignee), Messages.assignee_me);
        // the tester started Q-WAITING and Q-RESOLVED: the start made them their assignee
        waitUntil(WAIT, () -> onlyOurs(references(table, 1)).equals(List.of("Q-WAITING", "Q-RESOLVED")), "mine: " + references(table, 1));
        choose(comboAfter(part, Messages.filter_assignee), Messages.assignee_any);
        choose(comboAfter(part, Messages.filter_status), Messages.status_open);
        waitUntil(WAIT, () -> onlyOurs(references(table, 1)).size() >= 4, "back to the open ones");
    }

    /** Opens a complaint from the queue as Enter would, and returns its editor. */
    private static ComplaintEditorPart openFromQueue(String reference) {
        QueuePart queue = queue();
        Table table = queue.table().table();
        // the queue may still show what it read before the complaints were seeded: wait for its next reading
        waitUntil(WAIT, () -> references(table, 1).contains(reference), reference + " is in the queue");
        TableItem item = Arrays.stream(table.getItems()).filter(i -> i.getText(1).equals(reference)).findFirst().orElseThrow();
        table.setSelection(item);
        table.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        spin();
        MPart part = activePart(window);
        assertEquals(ComplaintEditors.DESCRIPTOR, part.getElementId());
        assertEquals(reference, part.getLabel());
        return (ComplaintEditorPart) part.getObject();
    }

    @Test
    void enterOpensTheComplaintAndOnlyLegalStepsAreEnabled() {
        ComplaintEditorPart editor = openFromQueue("Q-INQUIRY");
        assertEquals(ComplaintStatus.NEW, editor.complaint().getStatus());
        assertTrue(editor.button(Lifecycle.ACKNOWLEDGE).isEnabled());
        assertTrue(editor.button(Lifecycle.START).isEnabled());
        assertFalse(editor.button(Lifecycle.RESOLVE).isEnabled(), "a new complaint is acknowledged or started before it is resolved");
        assertFalse(editor.button(Lifecycle.CLOSE).isEnabled());
        assertFalse(editor.button(Lifecycle.RESUME).isEnabled());
        // each clock: its name, its due time, what is left, and how the due time was found
        Table clocks = all(editor.clockRows(), Table.class).get(0);
        assertEquals(Messages.clock("acknowledge"), clocks.getItem(0).getText(0));
        assertTrue(clocks.getItem(0).getText(3).contains(" = "), "the due time in words: " + clocks.getItem(0).getText(3));
        assertEquals(Countdown.GREEN.color(clocks).getRGB(), clocks.getItem(0).getForeground(2).getRGB(), "an hour left of an hour: green");
        press(editor.button(Lifecycle.ACKNOWLEDGE));
        waitUntil(WAIT, () -> editor.complaint().getStatus() == ComplaintStatus.ACKNOWLEDGED, "acknowledged");
        assertTrue(editor.button(Lifecycle.RESOLVE).isEnabled(), "an acknowledged complaint can be resolved");
        assertFalse(editor.button(Lifecycle.ACKNOWLEDGE).isEnabled());
        Table timeline = all((Composite) editor.timeline(), Table.class).get(0);
        assertEquals(2, timeline.getItemCount(), "opened, then acknowledged");
        assertTrue(timeline.getItem(1).getText(1).contains(LABELS.of(ComplaintStatus.ACKNOWLEDGED)), timeline.getItem(1).getText(1));
        assertEquals(ComplaintStatus.ACKNOWLEDGED, complaints.show("Q-INQUIRY", null).complaint().getStatus(), "stored");
        screenshot(window, "complaint-editor");
    }

    @Test
    void theSecondAgentIsToldWhoTookTheComplaint() throws Exception {
        ComplaintEditorPart editor = openFromQueue("Q-TAKEN");
        assertTrue(editor.button(Lifecycle.START).isEnabled());
        // meanwhile, on another desktop, Ann Agent takes it
        Authenticator authenticator = Services.await(Authenticator.class);
        authenticator.signIn(SECOND_AGENT, PASSWORD.toCharArray());
        complaints.act("Q-TAKEN", Lifecycle.START, null, null, null);
        authenticator.signIn(TESTER, TESTER_PASSWORD.toCharArray());
        AtomicReference<String> told = new AtomicReference<>();
        whenShellOpens(Messages.step_refused_title, shell -> {
            told.set(all(shell, Label.class).stream().map(Label::getText).filter(t -> t.contains("Q-TAKEN")).findFirst().orElse(""));
            screenshot(shell, "complaint-taken-meanwhile");
            shell.close();
        });
        // the editor may already show the change (the commit event): then Start is disabled and there is nothing to refuse
        if (editor.button(Lifecycle.START).isEnabled()) {
            press(editor.button(Lifecycle.START));
            waitUntil(WAIT, () -> told.get() != null, "the second agent is told");
            assertTrue(told.get().contains("Ann Agent"), told.get());
            assertTrue(told.get().contains(LABELS.of(ComplaintStatus.IN_PROGRESS)), told.get());
        }
        waitUntil(WAIT, () -> editor.complaint().getStatus() == ComplaintStatus.IN_PROGRESS, "the editor shows the complaint as it is now");
        assertEquals(SECOND_AGENT, editor.complaint().getAssignee());
        assertFalse(editor.button(Lifecycle.START).isEnabled());
    }

    @Test
    void theProfileListsTheCustomersComplaintsOpenFirst() {
        assertTrue(window.getContext().get(CustomerProfiles.class).open(CUSTOMER));
        spin();
        Composite profile = (Composite) activePart(window).getWidget();
        CTabFolder folder = all(profile, CTabFolder.class).get(0);
        CTabItem tab = Arrays.stream(folder.getItems()).filter(i -> i.getText().equals(Messages.tab_complaints)).findFirst()
                .orElseThrow(() -> new AssertionError("no Complaints tab"));
        folder.setSelection(tab);
        spin();
        QueueTable table = (QueueTable) tab.getControl().getData(ComplaintsTab.TABLE);
        List<String> order = references(table.table(), 1);
        assertEquals("Q-RESOLVED", order.get(order.size() - 1), "open first, the resolved one last: " + order);
        assertTrue(order.containsAll(List.of("Q-URGENT", "Q-INQUIRY")), order.toString());
        assertFalse(order.contains("Q-OVERDUE"), "another customer's");
        // the header's fact: the customer's open complaints
        waitUntil(WAIT, () -> all(profile, Label.class).stream().anyMatch(l -> l.getText().equals(Messages.fact_open_complaints)), "the fact shows");
        screenshot(window, "customer-complaints-tab");
        // the minute's escalation check may have stored a complaint meanwhile, and the tab read its rows again
        references(table.table(), 1);
        assertEquals(customerId, PagedRow.of(table.table().getItem(0)).customerId());
    }

    @Test
    void theScheduledTickEscalatesAndTheOpenQueueShowsIt() {
        QueuePart queue = queue();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // the acknowledge clock ran out 15 minutes ago; nobody has ticked since
        complaints.open(new NewComplaint("Q-LATE", OTHER_CUSTOMER, now.minus(45, ChronoUnit.MINUTES), "hotline", null, Severity.GENERAL,
                "No answer to my e-mail", null));
        try {
            assertEquals(1, complaints.show("Q-LATE", null).complaint().getEscalationLevel());
            // the workbench's scheduler, as at its next minute: the part runs no tick of its own
            Services.await(DailyJobs.class).runNow();
            waitUntil(WAIT, () -> queue.notice().getText().contains("Q-LATE"), "the queue's notice names the escalation");
            Complaint late = complaints.show("Q-LATE", null).complaint();
            assertEquals(2, late.getEscalationLevel());
            assertEquals("system", late.getEvents().get(late.getEvents().size() - 1).getActor());
            Table table = queue.table().table();
            waitUntil(WAIT, () -> Arrays.stream(table.getItems()).anyMatch(i -> i.getText(1).equals("Q-LATE")), "the queue was read again");
            screenshot(window, "complaints-queue-escalated");
        } finally {
            // the other tests count the overdue complaints and the tester's
            Store store = Services.await(Store.class);
            try (UnitOfWork work = store.begin()) {
                work.<Complaint>query("SELECT c FROM Complaint c WHERE c.reference = ?1", "Q-LATE").forEach(work::remove);
                work.commit();
            }
        }
    }

    /** Runs the event loop for a few seconds: the commit events and refreshes already on their way arrive. */
    private static void settle() {
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < end) {
            spin();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The text of this column in the row of this reference, once the row is read. */
    private static String cell(Table table, String reference, String header) {
        int column = Arrays.asList(table.getColumns()).stream().map(TableColumn::getText).toList().indexOf(header);
        assertTrue(column >= 0, header + " is a column");
        return Arrays.stream(table.getItems()).filter(i -> i.getText(1).equals(reference)).map(i -> i.getText(column)).findFirst().orElse("");
    }

    @Test
    void anotherDesktopsEscalationShowsInTheQueueAtTheMinutesLook() throws Exception {
        QueuePart queue = queue();
        Table table = queue.table().table();
        // what is due now escalates here first, so this desktop's scheduled tick commits nothing during the test
        complaints.tick(null);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // the acknowledge clock runs out in 4 minutes: this desktop's own tick (every minute) leaves it alone meanwhile
        complaints.open(new NewComplaint("Q-ELSEWHERE", OTHER_CUSTOMER, now.minus(26, ChronoUnit.MINUTES), "hotline", null, Severity.GENERAL,
                "Parcel lost on the way", null));
        Store store = Services.await(Store.class);
        try {
            // opened here: this desktop's commit event read the rows again
            waitUntil(WAIT, () -> cell(table, "Q-ELSEWHERE", Messages.column_level).equals(Messages.level(1)), "the new complaint is listed at level 1");
            // this desktop's commits have been read: none of their refreshes may come after the other desktop's escalation
            settle();
            // another desktop on this database: a store of its own, whose commits post no event in this process
            try (EclipseLinkStore other = EclipseLinkStore.open(store.settings(), List.of(CustomersPackage.eINSTANCE, ComplaintsPackage.eINSTANCE),
                    EclipseLinkStore.Schema.EXISTING)) {
                // its tick a little later than this desktop's clock: the clock ran out there
                List<Complaints.Escalation> escalated = new ComplaintService(other, Services.await(ClockService.class), new TestUsers(), null)
                        .tick(now.plus(5, ChronoUnit.MINUTES));
                assertTrue(escalated.stream().anyMatch(e -> e.reference().equals("Q-ELSEWHERE")), escalated.toString());
            }
            // the minute's look, as the part's timer runs it
            queue.lookForEscalations();
            waitUntil(WAIT, () -> queue.notice().getText().contains("Q-ELSEWHERE"), "the queue's notice names the other desktop's escalation");
            waitUntil(WAIT, () -> cell(table, "Q-ELSEWHERE", Messages.column_level).equals(Messages.level(2)),
                    "the level column shows the other desktop's escalation");
            screenshot(window, "complaints-queue-escalated-elsewhere");
        } finally {
            try (UnitOfWork work = store.begin()) {
                work.<Complaint>query("SELECT c FROM Complaint c WHERE c.reference = ?1", "Q-ELSEWHERE").forEach(work::remove);
                work.commit();
            }
            // the other tests read the queue's order: gone from it too
            waitUntil(WAIT, () -> cell(table, "Q-ELSEWHERE", Messages.column_level).isEmpty(), "the removed complaint leaves the queue");
        }
    }
}
