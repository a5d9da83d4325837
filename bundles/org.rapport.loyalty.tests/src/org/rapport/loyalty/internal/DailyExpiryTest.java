package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.loyalty.internal.LedgerFixture.purchase;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.core.api.DailyJobs.Outcome;
import org.rapport.core.internal.DailyJobScheduler;
import org.rapport.loyalty.api.Loyalty.ExpiryRun;
import org.rapport.loyalty.api.Loyalty.Line;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.persistence.api.ChangeJournal;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.ObjectChange;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.Roles;
import org.rapport.testing.AreaDatabase;
import org.rapport.testing.ForwardingStore;
import org.rapport.testing.TestUsers;

/**
 * The daily expiry as the workbench runs it: at start, as the system whoever is signed in, once a
 * day for the database however many desktops run it, and two at the same moment leave the same
 * ledger as one.
 */
class DailyExpiryTest {

    /** 7 December 2026, 10:00 in Shanghai. */
    private static final Instant TODAY = Instant.parse("2026-12-07T02:00:00Z");

    @TempDir
    Path home;

    /** Points earned in July 2024 (expired on 24 July 2026) and June 2026 (still valid), as in the demo. */
    private static void earnings(LedgerFixture f) {
        f.customer("C-1", null);
        f.customer("C-2", null);
        f.ledger.earn(purchase("C-1", "P-1", "2024-07-24T04:00:00Z", "100.00"));
        f.ledger.earn(purchase("C-1", "P-2", "2026-06-01T04:00:00Z", "50.00"));
        f.ledger.earn(purchase("C-2", "P-3", "2024-08-01T04:00:00Z", "80.00"));
        f.now.set(TODAY);
    }

    private static long expiries(LedgerFixture f) {
        return List.of("C-1", "C-2").stream().flatMap(c -> f.ledger.account(c).lines().stream()).filter(l -> l.kind() == EntryKind.EXPIRY).count();
    }

    private static Outcome outcome(BlockingQueue<Outcome> outcomes) throws InterruptedException {
        Outcome outcome = outcomes.poll(60, TimeUnit.SECONDS);
        assertTrue(outcome != null, "the job reported");
        return outcome;
    }

    @Test
    void theWorkbenchStartExpiresAsTheSystemWhoeverIsSignedInAndASecondDesktopPostsNothing() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            earnings(f);
            assertEquals(150, f.ledger.account("C-1").balance(), "until the expiry runs, expired points still count");
            // a desktop where a technician is signed in: no right to post to the ledger
            f.users.add(TestUsers.user("tec", Roles.TECHNICIAN, "usage", org.rapport.security.model.Action.READ));
            f.users.as("tec");
            try (Store desktop = AreaDatabase.enforcedStore(f.database, List.of(LedgerFixture.customersModel(), new LoyaltyModel()), List.of(new LedgerJournal()),
                    f.users)) {
                LedgerService ledger = new LedgerService(desktop, f.clock, f.users, List.of(new BaseAccrual()));
                try {
                    assertEquals(0, ledger.expire(LocalDate.of(2026, 12, 7)).points(), "the technician reads no ledger to expire");
                } catch (AccessDeniedException refused) {
                    // or is refused: either way not the technician's work
                }

                BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
                DailyJobScheduler first = new DailyJobScheduler(f.clock, List.of(new DailyExpiry(ledger)), Duration.ofMinutes(15));
                try {
                    first.start(outcomes::add);
                    Outcome started = outcome(outcomes);
                    assertNull(started.failure(), () -> String.valueOf(started.failure()));
                    assertEquals(LocalDate.of(2026, 12, 7), started.day());
                    assertEquals("180 points of 2 customers expired as of 2026-12-07", started.summary());
                } finally {
                    first.stop();
                }
            }
            f.users.as("mo");
            assertEquals(50, f.ledger.account("C-1").balance());
            assertEquals(0, f.ledger.account("C-2").balance());
            Line expiry = f.ledger.account("C-1").lines().stream().filter(l -> l.kind() == EntryKind.EXPIRY).findFirst().orElseThrow();
            assertEquals(-100, expiry.points());
            assertEquals("system", expiry.recordedBy(), "the system, not the technician who happened to be signed in");
            assertEquals(LocalDate.of(2024, 7, 24), f.ledger.account("C-1").lines().get(0).expiresOn().minusMonths(24));

            // a second desktop on the same database starts the same day: nothing more expires
            BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
            DailyJobScheduler second = new DailyJobScheduler(f.clock, List.of(new DailyExpiry(f.ledger)), Duration.ofMinutes(15));
            try {
                second.start(outcomes::add);
                assertEquals("0 points of 0 customers expired as of 2026-12-07", outcome(outcomes).summary());
            } finally {
                second.stop();
            }
            assertEquals(2, expiries(f));
            assertEquals(50, f.ledger.account("C-1").balance());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = { "DERBY_NETWORK", "POSTGRESQL" })
    void twoDesktopsExpiringAtTheSameMomentLeaveTheLedgerOneWouldHaveLeft(DatabaseKind kind) throws Exception {
        try (LedgerFixture f = new LedgerFixture(kind, home)) {
            earnings(f);
            // both desktops have read the ledgers before either commits its first expiry
            CyclicBarrier bothRead = new CyclicBarrier(2);
            WaitAtFirstExpiry waiting = new WaitAtFirstExpiry(bothRead);
            AtomicInteger unitsOfWork = new AtomicInteger();
            List<Store> stores = new ArrayList<>();
            ExecutorService desktops = Executors.newFixedThreadPool(2);
            try {
                List<Future<ExpiryRun>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Store store = f.database.migratedStore(List.of(LedgerFixture.customersModel(), new LoyaltyModel()),
                            List.of(new LedgerJournal(), waiting));
                    stores.add(store);
                    LedgerService ledger = new LedgerService(new CountingStore(store, unitsOfWork), f.clock, f.users, List.of(new BaseAccrual()));
                    runs.add(desktops.submit(() -> ledger.expire(LocalDate.of(2026, 12, 7))));
                }
                long points = 0;
                for (Future<ExpiryRun> run : runs) {
                    points += run.get(120, TimeUnit.SECONDS).points();
                }
                assertEquals(180, points, "each point expired once, by one desktop or the other");
                // both desktops tried to store an expiry of C-1 (the barrier held them), the database took one:
                // each refusal taken was followed by exactly one more unit of work, the retry reading the ledger again
                // (a run without a conflict: one unit of work for the list of customers, one per customer)
                int refused = waiting.attempts.get() - 2;
                assertTrue(refused >= 1, "the database refused the second desktop's expiry of C-1: " + waiting.attempts.get() + " attempts");
                assertEquals(2 * (1 + 2) + refused, unitsOfWork.get(), "each refused expiry retried once");
            } finally {
                desktops.shutdownNow();
                for (Store store : stores) {
                    store.close();
                }
            }
            assertEquals(2, expiries(f));
            assertEquals(50, f.ledger.account("C-1").balance());
            assertEquals(0, f.ledger.account("C-2").balance());
            List<Line> c1 = f.ledger.account("C-1").lines();
            Line expiry = c1.stream().filter(l -> l.kind() == EntryKind.EXPIRY).findFirst().orElseThrow();
            assertEquals(-100, expiry.points());
            assertEquals(List.of(new org.rapport.loyalty.api.Loyalty.Taken(c1.get(0).id(), 100)), expiry.consumed());
            assertFalse(c1.stream().anyMatch(l -> l.kind() == EntryKind.EXPIRY && l != expiry));
        }
    }

    /** Holds each desktop's first commit of an expiry until the other has reached its own (or 20 seconds passed). */
    private static final class WaitAtFirstExpiry implements ChangeJournal {

        private final CyclicBarrier barrier;
        private final ThreadLocal<Boolean> waited = ThreadLocal.withInitial(() -> false);
        /** Commits with an expiry the desktops tried, taken or refused. */
        final AtomicInteger attempts = new AtomicInteger();

        WaitAtFirstExpiry(CyclicBarrier barrier) {
            this.barrier = barrier;
        }

        @Override
        public List<? extends EObject> record(List<ObjectChange> changes) {
            boolean expiry = changes.stream()
                    .anyMatch(c -> c.object() instanceof org.rapport.loyalty.model.LedgerEntry e && e.getKind() == EntryKind.EXPIRY);
            if (expiry) {
                attempts.incrementAndGet();
            }
            if (expiry && !waited.get()) {
                waited.set(true);
                try {
                    barrier.await(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // the other desktop found nothing to expire: go on alone
                }
            }
            return List.of();
        }
    }

    /** A desktop's store that counts the units of work its services begin. */
    private static final class CountingStore extends ForwardingStore {

        private final AtomicInteger begun;

        CountingStore(Store store, AtomicInteger begun) {
            super(store);
            this.begun = begun;
        }

        @Override
        public UnitOfWork begin() {
            begun.incrementAndGet();
            return super.begin();
        }
    }
}
