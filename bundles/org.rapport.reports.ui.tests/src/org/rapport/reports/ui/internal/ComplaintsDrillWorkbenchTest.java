package org.rapport.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Severity;
import org.rapport.customers.api.Channels;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.Services;

/**
 * A click on a complaints measure's bar opens the complaints queue (in the Service desk
 * perspective) listing exactly the complaints behind it, with a chip saying what they are, which
 * clears back to the complaints being handled: through the command the complaints UI publishes,
 * since reports do not depend on it.
 */
class ComplaintsDrillWorkbenchTest {

    private static final Duration WAIT = DashboardDriver.WAIT;
    private static final String QUEUE = "org.rapport.complaints.ui.part.queue";

    private static MWindow window;
    private MPart made;

    @BeforeAll
    static void seed() {
        window = mainWindow();
        Store store = Services.await(Store.class);
        Complaints complaints = Services.await(Complaints.class);
        try (UnitOfWork work = store.begin()) {
            Customer customer = CustomersFactory.eINSTANCE.createCustomer();
            customer.setReference("RC-001");
            customer.setName("Qian Hong");
            work.add(customer);
            work.commit();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // this month: three by chat (one resolved: a report counts it, the queue's default hides it), two by email, one by the
        // hotline (a channel whose label, "Hotline", is not its stored code)
        for (String[] each : new String[][] { { "RC-CHAT-1", "chat" }, { "RC-CHAT-2", "chat" }, { "RC-CHAT-3", "chat" }, { "RC-MAIL-1", "email" },
                { "RC-MAIL-2", "email" }, { "RC-HOT-1", Channels.HOTLINE } }) {
            complaints.open(new NewComplaint(each[0], "RC-001", now.minus(3, ChronoUnit.MINUTES), each[1], null, Severity.GENERAL, "Late parcel", null));
        }
        complaints.act("RC-CHAT-3", Lifecycle.START, now.minus(2, ChronoUnit.MINUTES), null, null);
        complaints.act("RC-CHAT-3", Lifecycle.RESOLVE, now.minus(1, ChronoUnit.MINUTES), "found and sent", null);
    }

    @AfterEach
    void close() {
        if (made != null) {
            window.getContext().get(EPartService.class).hidePart(made, true);
        }
        DashboardDriver.perspective(window, RapportWorkbench.PERSPECTIVE_SERVICE_DESK);
    }

    @Test
    void aClickOnAComplaintsBarOpensTheQueueWithExactlyThoseComplaints() {
        made = DashboardDriver.ownDashboard(window, "org.rapport.reports.ui.tests.part.complaintsdrill", "hot-spots:BAR:channel");
        DashboardPart part = (DashboardPart) made.getObject();
        TileView tile = part.tiles().get(0);
        List<String> keys = tile.drawn().stream().map(r -> r.key()).toList();
        assertEquals(List.of("chat", "email", Channels.HOTLINE), keys, "a bar per channel");
        tile.click(0);

        Table queue = waitForQueue(3);
        assertEquals(List.of("RC-CHAT-1", "RC-CHAT-2", "RC-CHAT-3"), references(queue).stream().sorted().toList());
        Label chip = (Label) DashboardDriver.find(queue.getShell(), "complaints-only-text");
        assertTrue(chip.isVisible() && chip.getText().contains("chat"), "the chip says what the queue shows: " + chip.getText());
        assertEquals(RapportWorkbench.PERSPECTIVE_SERVICE_DESK,
                window.getContext().get(EModelService.class).getActivePerspective(window).getElementId(), "the queue's perspective");
        screenshot(window, "dashboard-drilled-complaints");

        Button clear = (Button) DashboardDriver.find(queue.getShell(), "complaints-only-clear");
        clear.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        waitUntil(WAIT, () -> !chip.isVisible() && references(queue).containsAll(List.of("RC-CHAT-1", "RC-CHAT-2", "RC-MAIL-1", "RC-MAIL-2"))
                && !references(queue).contains("RC-CHAT-3"), "cleared: the complaints being handled again");
    }

    @Test
    void theChipOfAChannelsBarNamesTheChannelAsTheBarDoesNotByItsCode() {
        made = DashboardDriver.ownDashboard(window, "org.rapport.reports.ui.tests.part.complaintschannel", "hot-spots:BAR:channel");
        DashboardPart part = (DashboardPart) made.getObject();
        TileView tile = part.tiles().get(0);
        int hotline = tile.drawn().stream().map(r -> r.key()).toList().indexOf(Channels.HOTLINE);
        String label = tile.drawn().get(hotline).label();
        assertNotEquals(Channels.HOTLINE, label, "the bar shows the channel's label");
        tile.click(hotline);

        Table queue = waitForQueue(1);
        assertEquals(List.of("RC-HOT-1"), references(queue));
        Label chip = (Label) DashboardDriver.find(queue.getShell(), "complaints-only-text");
        assertTrue(chip.getText().contains(label) && !chip.getText().contains(Channels.HOTLINE), "the chip names the channel as the bar does: " + chip.getText());
        assertTrue(part.statusText().contains(label) && !part.statusText().contains(Channels.HOTLINE), "so does the dashboard's status: " + part.statusText());
    }

    private static Table waitForQueue(int expected) {
        return DashboardDriver.waitForTable(window, QUEUE, expected, "the queue shows the " + expected + " complaints behind the bar");
    }

    /** The references (column 1) of the queue's rows, once they are read. */
    private static List<String> references(Table table) {
        // asking an item of a virtual table for its text is what makes it ask for its row
        waitUntil(WAIT, () -> Arrays.stream(table.getItems()).allMatch(i -> !i.getText(1).isEmpty() && !i.getText(1).equals("\u0000")), "the rows are read");
        return Arrays.stream(table.getItems()).map(i -> i.getText(1)).toList();
    }

}
