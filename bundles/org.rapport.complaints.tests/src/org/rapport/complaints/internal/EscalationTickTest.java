package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.complaints.api.BusinessCalendar;
import org.rapport.complaints.api.Complaints.Clock;
import org.rapport.complaints.api.Complaints.Escalation;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintEvent;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.EventKind;
import org.rapport.complaints.model.Severity;
import org.rapport.core.api.DailyJobs.Outcome;
import org.rapport.core.internal.DailyJobScheduler;
import org.rapport.persistence.api.ChangeJournal;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.loyalty.internal.LoyaltyModel;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.api.ObjectChange;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.security.api.Roles;
import org.rapport.security.internal.SecurityModel;
import org.rapport.security.model.Action;
import org.rapport.testing.AreaDatabase;
import org.rapport.testing.TestUsers;
import org.rapport.transfer.internal.TransferModel;

/**
 * The escalation tick over the stored due times: it reads only the complaints whose next escalation
 * is due, escalates as the computation of every clock over every open complaint did, runs every
 * minute as the system whoever is signed in, and two desktops ticking at once escalate each
 * complaint once.
 */
@ExtendWith(InEnglish.class)
class EscalationTickTest {

    @TempDir
    Path home;

    private static Instant shanghai(String local) {
        return ComplaintLifecycleTest.shanghai(local);
    }

    private static void office(ComplaintsFixture fixture) {
        ComplaintLifecycleTest.office(fixture);
    }

    /** The models of the fixture's store, for another desktop's store on the same database. */
    private static List<ModelContribution> models() {
        return List.of(new SecurityModel(), new TransferModel(), ComplaintsFixture.customersModel(), new LoyaltyModel(), new ComplaintsModel());
    }

    private static NewComplaint complaint(String ref, Severity severity, Instant at) {
        return new NewComplaint(ref, "C-1", at, "hotline", null, severity, "Late delivery", null);
    }

    @Test
    void aComplaintWhoseNextEscalationIsFarAwayIsNotEvenRead() throws Exception {
        try (ComplaintsFixture fixture = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.customer("C-1");
            office(fixture);
            fixture.complaints.setPolicy(Severity.INQUIRY, null, null, Duration.ofDays(30), null, Duration.ofDays(60));
            fixture.complaints.open(complaint("K-NEAR", Severity.GENERAL, shanghai("2026-05-04T09:00")));
            Complaint far = fixture.complaints.open(complaint("K-FAR", Severity.INQUIRY, shanghai("2026-05-04T09:00")));
            assertEquals(shanghai("2026-06-03T09:00"), far.getEscalationDue(), "its acknowledge clock runs out first, in 30 days");
            // a row the application cannot read: any tick that reads it fails
            try (Connection connection = DataSources.open(fixture.database.settings).getConnection();
                    PreparedStatement spoil = connection.prepareStatement("UPDATE CMP_COMPLAINT SET SEVERITY = 'UNREADABLE' WHERE REFERENCE = ?")) {
                spoil.setString(1, "K-FAR");
                assertEquals(1, spoil.executeUpdate());
            }
            assertEquals(List.of(), fixture.complaints.tick(shanghai("2026-05-04T09:29")));
            assertEquals(List.of(new Escalation("K-NEAR", 1, 2, ComplaintStatus.ESCALATED, ServiceClocks.ACKNOWLEDGE)),
                    fixture.complaints.tick(shanghai("2026-05-04T09:30")));
        }
    }

    @Test
    void theTickEscalatesAsTheComputationOfEveryClockDidOverGeneratedComplaints() throws Exception {
        try (ComplaintsFixture fixture = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.customer("C-1");
            office(fixture);
            fixture.complaints.setPolicy(Severity.URGENT, null, null, Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(8));
            fixture.complaints.setPolicy(Severity.INQUIRY, null, "office", Duration.ofHours(4), null, Duration.ofHours(24));
            Random random = new Random(17);
            Instant start = shanghai("2026-04-29T08:00");
            // every step of every complaint on one time line, so ticks fall between them as they would
            TreeMap<Instant, List<Runnable>> steps = new TreeMap<>();
            Lifecycle[] path = { Lifecycle.ACKNOWLEDGE, Lifecycle.START, Lifecycle.WAIT, Lifecycle.RESUME, Lifecycle.ESCALATE, Lifecycle.RESOLVE,
                    Lifecycle.REOPEN, Lifecycle.RESOLVE };
            int count = 150;
            for (int i = 0; i < count; i++) {
                String ref = String.format("G-%03d", i);
                Severity severity = Severity.VALUES.get(random.nextInt(Severity.VALUES.size()));
                Instant opened = start.plus(Duration.ofMinutes(random.nextInt(4 * 24 * 60)));
                steps.computeIfAbsent(opened, at -> new ArrayList<>()).add(() -> fixture.complaints.open(complaint(ref, severity, opened)));
                Instant at = opened;
                for (Lifecycle step : path) {
                    if (random.nextInt(3) == 0) {
                        continue;
                    }
                    at = at.plus(Duration.ofMinutes(1 + random.nextInt(8 * 60)));
                    Instant when = at;
                    steps.computeIfAbsent(when, moment -> new ArrayList<>()).add(() -> {
                        try {
                            fixture.complaints.act(ref, step, when, null, null);
                        } catch (ComplaintsException notFromThere) {
                            // a step its status does not allow (the steps before it were skipped): as an agent would be refused
                        }
                    });
                }
            }
            int escalated = 0;
            for (Instant tick = start.plus(Duration.ofMinutes(45)); tick.isBefore(start.plus(Duration.ofDays(7))); tick = tick.plus(Duration.ofMinutes(73))) {
                for (List<Runnable> due : steps.headMap(tick, true).values()) {
                    due.forEach(Runnable::run);
                }
                steps.headMap(tick, true).clear();
                List<Escalation> expected = everyClockComputed(fixture, tick);
                List<Escalation> actual = new ArrayList<>(fixture.complaints.tick(tick));
                actual.sort(Comparator.comparing(Escalation::reference));
                assertEquals(expected, actual, "the tick at " + tick);
                escalated += actual.size();
            }
            assertTrue(escalated > 50, "the generated complaints climb the ladder: " + escalated + " escalations");
        }
    }

    /** What the tick did before it read the stored due times: every open complaint's clocks computed on its calendar. */
    private static List<Escalation> everyClockComputed(ComplaintsFixture fixture, Instant when) {
        List<Escalation> escalations = new ArrayList<>();
        try (UnitOfWork work = fixture.store.begin()) {
            List<Complaint> open = work.query("SELECT c FROM Complaint c WHERE c.status <> ?1 AND c.status <> ?2 AND c.status <> ?3 ORDER BY c.reference",
                    ComplaintStatus.RESOLVED, ComplaintStatus.FOLLOWED_UP, ComplaintStatus.CLOSED);
            for (Complaint complaint : open) {
                BusinessCalendar calendar = fixture.complaints.calendar(complaint.getCalendarName());
                List<Clock> clocks = ServiceClocks.clocks(complaint, calendar, when);
                List<String> breached = ServiceClocks.breached(clocks, when);
                int level = Math.min(3, 1 + breached.size());
                if (level > complaint.getEscalationLevel()) {
                    ComplaintStatus status = complaint.getStatus() == ComplaintStatus.WAITING ? ComplaintStatus.WAITING : ComplaintStatus.ESCALATED;
                    escalations.add(new Escalation(complaint.getReference(), complaint.getEscalationLevel(), level, status, breached.get(level - 2)));
                }
            }
        }
        return escalations;
    }

    @Test
    void theWorkbenchRunsTheTickEveryMinuteAsTheSystemWhoeverIsSignedIn() throws Exception {
        try (ComplaintsFixture fixture = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.customer("C-1");
            office(fixture);
            fixture.complaints.open(complaint("K-1", Severity.GENERAL, shanghai("2026-05-04T09:00")));
            fixture.now.set(shanghai("2026-05-04T09:31"));
            // a desktop where a technician is signed in: no right to read complaints, let alone escalate them
            fixture.users.add(TestUsers.user("tec", Roles.TECHNICIAN, "usage", Action.READ));
            fixture.users.as("tec");
            try (Store desktop = AreaDatabase.enforcedStore(fixture.database, models(), List.of(), fixture.users)) {
                ComplaintService complaints = new ComplaintService(desktop, fixture.clock, fixture.users, null);
                BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
                DailyJobScheduler scheduler = new DailyJobScheduler(fixture.clock, List.of(new EscalationTick(complaints)), Duration.ofMinutes(15));
                try {
                    scheduler.start(outcomes::add);
                    Outcome first = outcomes.poll(60, TimeUnit.SECONDS);
                    assertTrue(first != null && !first.failed(), () -> String.valueOf(first));
                    assertEquals("complaints-tick", first.job());
                    assertEquals("1 complaints escalated", first.summary());
                } finally {
                    scheduler.stop();
                }
            }
            fixture.users.as("mo");
            Complaint escalated = fixture.complaints.show("K-1", null).complaint();
            assertEquals(2, escalated.getEscalationLevel());
            ComplaintEvent event = escalated.getEvents().get(escalated.getEvents().size() - 1);
            assertEquals(EventKind.ESCALATION, event.getKind());
            assertEquals("system", event.getActor(), "the system, not the technician who happened to be signed in");
            assertEquals(Duration.ofMinutes(1), new EscalationTick(fixture.complaints).cadence());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = { "DERBY_NETWORK", "POSTGRESQL" })
    void twoDesktopsTickingAtTheSameMomentEscalateEachComplaintOnce(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture fixture = new ComplaintsFixture(kind, home)) {
            fixture.customer("C-1");
            office(fixture);
            int count = 30;
            for (int i = 0; i < count; i++) {
                fixture.complaints.open(complaint(String.format("K-%02d", i), Severity.GENERAL, shanghai("2026-05-04T09:00")));
            }
            // both desktops have selected the complaints before either commits its escalations
            CyclicBarrier bothRead = new CyclicBarrier(2);
            List<Store> stores = new ArrayList<>();
            ExecutorService desktops = Executors.newFixedThreadPool(2);
            try {
                List<Future<List<Escalation>>> ticks = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Store store = fixture.database.migratedStore(models(),
                            List.of(new WaitAtFirstEscalation(bothRead)));
                    stores.add(store);
                    ComplaintService complaints = new ComplaintService(store, fixture.clock, fixture.users, null);
                    ticks.add(desktops.submit(() -> complaints.tick(shanghai("2026-05-04T09:31"))));
                }
                List<String> escalated = new ArrayList<>();
                for (Future<List<Escalation>> tick : ticks) {
                    tick.get(180, TimeUnit.SECONDS).forEach(escalation -> escalated.add(escalation.reference()));
                }
                assertEquals(count, escalated.size(), "each complaint escalated once, by one desktop or the other: " + escalated);
                assertEquals(count, Set.copyOf(escalated).size());
            } finally {
                desktops.shutdownNow();
                for (Store store : stores) {
                    store.close();
                }
            }
            for (int i = 0; i < count; i++) {
                Complaint stored = fixture.complaints.show(String.format("K-%02d", i), null).complaint();
                assertEquals(2, stored.getEscalationLevel());
                assertEquals(1, stored.getEvents().stream().filter(e -> e.getKind() == EventKind.ESCALATION).count(), stored.getReference());
                assertEquals(shanghai("2026-05-04T11:00"), stored.getEscalationDue(), "the next: the first solution's clock");
            }
            assertEquals(List.of(), fixture.complaints.tick(shanghai("2026-05-04T09:45")));
        }
    }

    @Test
    void theNextEscalationIsTheNthClockToRunOutAndNoneWhenDoneOrAtTheTop() throws Exception {
        try (ComplaintsFixture fixture = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.customer("C-1");
            office(fixture);
            Complaint opened = fixture.complaints.open(complaint("K-1", Severity.GENERAL, shanghai("2026-05-04T09:00")));
            assertEquals(shanghai("2026-05-04T09:30"), opened.getEscalationDue(), "level 1: the first clock to run out");
            // acknowledged in time: the acknowledge clock never counts, the first solution's is next
            assertEquals(shanghai("2026-05-04T11:00"),
                    fixture.complaints.act("K-1", Lifecycle.START, shanghai("2026-05-04T09:10"), null, null).getEscalationDue());
            // raised by hand to level 2: the second clock to run out, the resolve clock
            Complaint raised = fixture.complaints.act("K-1", Lifecycle.ESCALATE, shanghai("2026-05-04T09:20"), null, null);
            assertEquals(raised.getResolveDue(), raised.getEscalationDue());
            // waiting for the customer: the clocks not run out yet stand still
            assertNull(fixture.complaints.act("K-1", Lifecycle.WAIT, shanghai("2026-05-04T09:40"), null, null).getEscalationDue());
            assertEquals(List.of(), fixture.complaints.tick(shanghai("2026-06-30T09:00")));
            // waiting gave the first solution in time: the resolve clock alone is left, one short of level 3
            assertNull(fixture.complaints.act("K-1", Lifecycle.RESUME, shanghai("2026-05-05T09:40"), null, null).getEscalationDue());
            Complaint top = fixture.complaints.act("K-1", Lifecycle.ESCALATE, shanghai("2026-05-05T09:45"), null, null);
            assertNull(top.getEscalationDue(), "level 3 is the top");
            fixture.complaints.act("K-1", Lifecycle.RESOLVE, shanghai("2026-05-05T10:00"), null, null);
            Complaint again = fixture.complaints.act("K-1", Lifecycle.REOPEN, shanghai("2026-05-05T10:30"), null, null);
            assertNull(again.getEscalationDue(), "still at the top once reopened");
        }
    }

    @Test
    void aTickOfSeveralBatchesEscalatesEachDueComplaintOnceInDueOrder() throws Exception {
        try (ComplaintsFixture fixture = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.customer("C-1");
            // the first solution and resolve clocks far off: every complaint's acknowledge clock alone runs out
            fixture.complaints.setPolicy(Severity.URGENT, null, null, Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofHours(48));
            Instant start = shanghai("2026-05-04T09:00");
            int count = 420; // three batches of the tick
            // opened in the reverse of their due order, so the stored keys run against it
            for (int i = 0; i < count; i++) {
                fixture.complaints.open(complaint(String.format("B-%03d", i), Severity.URGENT, start.plus(Duration.ofMinutes(count - i))));
            }
            List<Escalation> escalated = fixture.complaints.tick(start.plus(Duration.ofMinutes(count + 15)));
            List<String> dueOrder = new ArrayList<>();
            for (int i = count - 1; i >= 0; i--) {
                dueOrder.add(String.format("B-%03d", i));
            }
            assertEquals(dueOrder, escalated.stream().map(Escalation::reference).toList(), "each batch in the order the clocks ran out");
            assertTrue(escalated.stream().allMatch(e -> e.fromLevel() == 1 && e.toLevel() == 2 && ServiceClocks.ACKNOWLEDGE.equals(e.clock())));
            assertEquals(List.of(), fixture.complaints.tick(start.plus(Duration.ofMinutes(count + 15))), "nothing twice");
            try (UnitOfWork work = fixture.store.begin()) {
                List<Object[]> events = work.query("SELECT COUNT(e), COUNT(DISTINCT c.persistentId), MIN(e.level), MAX(e.level) FROM Complaint c JOIN c.events e"
                        + " WHERE e.kind = ?1", EventKind.ESCALATION);
                assertEquals(List.of((long) count, (long) count, 2, 2), List.of(events.get(0)), "one escalation event per complaint, to level 2");
                List<Long> stillDue = work.query("SELECT COUNT(c) FROM Complaint c WHERE c.escalationDue <= ?1", start.plus(Duration.ofMinutes(count + 15)));
                assertEquals(0L, stillDue.get(0), "each stored its next escalation");
            }
        }
    }

    /** Holds each desktop's first commit of an escalation until the other has reached its own (or 20 seconds passed). */
    private static final class WaitAtFirstEscalation implements ChangeJournal {

        private final CyclicBarrier barrier;
        private final ThreadLocal<Boolean> waited = ThreadLocal.withInitial(() -> false);

        WaitAtFirstEscalation(CyclicBarrier barrier) {
            this.barrier = barrier;
        }

        @Override
        public List<? extends EObject> record(List<ObjectChange> changes) {
            boolean escalation = changes.stream().anyMatch(c -> c.object() instanceof ComplaintEvent e && e.getKind() == EventKind.ESCALATION);
            if (escalation && !waited.get()) {
                waited.set(true);
                try {
                    barrier.await(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // the other desktop found nothing to escalate: go on alone
                }
            }
            return List.of();
        }
    }
}
