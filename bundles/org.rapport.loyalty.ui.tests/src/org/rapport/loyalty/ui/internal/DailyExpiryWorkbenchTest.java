package org.rapport.loyalty.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.display;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.core.api.ClockService;
import org.rapport.core.api.DailyJobs;
import org.rapport.core.api.DailyJobs.Outcome;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.Loyalty.Line;
import org.rapport.loyalty.api.Loyalty.PurchaseEvent;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AuditLog;
import org.rapport.testing.Services;

/**
 * The daily expiry as the workbench runs it: started with the window, off the UI thread, as the
 * system although a person is signed in; points earned more than 24 months ago (as the demo's
 * oldest) stop counting when it runs.
 */
class DailyExpiryWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void theWorkbenchStartRunsTheExpiryOffTheUiThreadAndItExpiresAsTheSystem() {
        mainWindow();
        DailyJobs jobs = Services.await(DailyJobs.class);
        ClockService clock = Services.await(ClockService.class);
        waitUntil(WAIT, () -> jobs.lastOutcomes().containsKey("loyalty-expiry"), "the start ran the daily expiry: " + jobs.lastOutcomes());
        Outcome atStart = jobs.lastOutcomes().get("loyalty-expiry");
        assertFalse(atStart.failed(), () -> String.valueOf(atStart.failure()));
        assertEquals(clock.today(), atStart.day());
        assertNotEquals(display().getThread().getName(), atStart.thread(), "not on the UI thread");

        // as in the demo: points earned 30 months ago still count until an expiry runs
        Store store = Services.await(Store.class);
        try (UnitOfWork work = store.begin()) {
            Customer customer = CustomersFactory.eINSTANCE.createCustomer();
            customer.setReference("LY-EXP-1");
            customer.setName("Gao Yan");
            work.add(customer);
            work.commit();
        }
        Loyalty loyalty = Services.await(Loyalty.class);
        ZonedDateTime now = clock.nowInZone();
        loyalty.earn(new PurchaseEvent("LY-EXP-1", "O-EXP-1", now.minusMonths(30).toInstant(), new BigDecimal("120.00")));
        loyalty.earn(new PurchaseEvent("LY-EXP-1", "O-EXP-2", now.minusMonths(2).toInstant(), new BigDecimal("30.00")));
        assertEquals(150, loyalty.account("LY-EXP-1").balance());

        Instant before = jobs.lastOutcomes().get("loyalty-expiry").at();
        jobs.runNow(); // what the next start or midnight does
        waitUntil(WAIT, () -> jobs.lastOutcomes().get("loyalty-expiry").at().isAfter(before), "ran again");
        assertEquals(30, loyalty.account("LY-EXP-1").balance(), "the old points expired");
        Line expiry = loyalty.account("LY-EXP-1").lines().stream().filter(l -> l.kind() == EntryKind.EXPIRY).findFirst().orElseThrow();
        assertEquals(-120, expiry.points());
        assertEquals(Loyalty.SYSTEM, expiry.recordedBy(), "the system, not the person signed in");
        List<AuditLog.Entry> audit = Services.await(AuditLog.class)
                .entries(new AuditLog.Filter(null, null, "system:loyalty-expiry", "http://rapport.org/loyalty/1.0#LedgerEntry", expiry.id()), 0, 10);
        assertTrue(!audit.isEmpty(), "the audit names the job");

        Instant second = jobs.lastOutcomes().get("loyalty-expiry").at();
        jobs.runNow();
        waitUntil(WAIT, () -> jobs.lastOutcomes().get("loyalty-expiry").at().isAfter(second), "ran a third time");
        assertEquals(1, loyalty.account("LY-EXP-1").lines().stream().filter(l -> l.kind() == EntryKind.EXPIRY).count(), "not posted twice");
    }
}
