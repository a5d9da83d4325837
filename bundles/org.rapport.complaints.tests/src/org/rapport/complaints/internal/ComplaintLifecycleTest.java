package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.complaints.api.Complaints.CalendarChange;
import org.rapport.complaints.api.Complaints.Clock;
import org.rapport.complaints.api.Complaints.Escalation;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.EventKind;
import org.rapport.complaints.model.Severity;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;

/** A complaint through its lifecycle, its clocks on a business calendar and the escalation ladder, on each database. */
@ExtendWith(InEnglish.class)
class ComplaintLifecycleTest {

    @TempDir
    Path home;

    static Instant shanghai(String local) {
        return LocalDateTime.parse(local).atZone(ComplaintsFixture.SHANGHAI).toInstant();
    }

    /** The office calendar (lunch break, Labour Day, a make-up Saturday) and the general policy on it. */
    static void office(ComplaintsFixture fixture) {
        fixture.complaints.setCalendar(new CalendarChange("office", "Asia/Shanghai", "mon-fri 09:00-12:00,13:00-18:00",
                Map.of(LocalDate.of(2026, 5, 1), "Labour Day"), Set.of(LocalDate.of(2026, 5, 9)), Map.of()));
        fixture.complaints.setPolicy(Severity.GENERAL, null, "office", Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(48));
    }

    private static NewComplaint general(String ref, String at) {
        return new NewComplaint(ref, "C-1", shanghai(at), "hotline", null, Severity.GENERAL, "Late delivery", "The parcel has not come.");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void fromNewToClosedWithTheClocksOnTheCalendar(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture fixture = new ComplaintsFixture(kind, home)) {
            fixture.customer("C-1");
            office(fixture);
            // Thursday 17:40, the day before Labour Day
            Complaint opened = fixture.complaints.open(general("K-1", "2026-04-30T17:40"));
            assertEquals(ComplaintStatus.NEW, opened.getStatus());
            assertEquals(shanghai("2026-05-04T09:10"), opened.getAcknowledgeDue());
            assertEquals(shanghai("2026-05-04T10:40"), opened.getSolutionDue());

            fixture.users.as("ann");
            fixture.complaints.act("K-1", Lifecycle.ACKNOWLEDGE, shanghai("2026-05-04T09:05"), null, null);
            fixture.complaints.act("K-1", Lifecycle.START, shanghai("2026-05-04T09:06"), null, null);
            // waiting for the customer from 10:00 to Tuesday 10:00: the clocks stand still for 8 business hours
            fixture.complaints.act("K-1", Lifecycle.WAIT, shanghai("2026-05-04T10:00"), "asked for the order number", null);
            Complaint waiting = fixture.complaints.show("K-1", shanghai("2026-05-05T09:00")).complaint();
            assertNull(waiting.getResolveDue(), "no due time while the clock is stopped");
            fixture.complaints.act("K-1", Lifecycle.RESUME, shanghai("2026-05-05T10:00"), null, null);
            Complaint resumed = fixture.complaints.show("K-1", shanghai("2026-05-05T10:00")).complaint();
            // 48 h of business time (8 h a day) from Thu 17:40 without the pause: Sat 9 May 17:40, a make-up working day;
            // the pause holds 8 business hours (Mon 10:00-12:00, 13:00-18:00, Tue 09:00-10:00), so one working day later
            assertEquals(shanghai("2026-05-11T17:40"), resumed.getResolveDue());
            assertEquals("ann", resumed.getAssignee());

            Complaint resolved = fixture.complaints.act("K-1", Lifecycle.RESOLVE, shanghai("2026-05-05T11:00"), "replacement sent", null);
            assertEquals(shanghai("2026-05-06T11:00"), resolved.getFollowUpDue());
            ComplaintsException noCsat = assertThrows(ComplaintsException.class,
                    () -> fixture.complaints.act("K-1", Lifecycle.FOLLOW_UP, shanghai("2026-05-06T10:00"), null, 7));
            assertTrue(noCsat.getMessage().contains("--csat 1 to 5"), noCsat.getMessage());
            fixture.complaints.act("K-1", Lifecycle.FOLLOW_UP, shanghai("2026-05-06T10:00"), null, 5);
            Complaint closed = fixture.complaints.act("K-1", Lifecycle.CLOSE, shanghai("2026-05-06T10:01"), null, null);
            assertEquals(ComplaintStatus.CLOSED, closed.getStatus());
            assertEquals(Integer.valueOf(5), closed.getCsat());

            try (UnitOfWork work = fixture.store.begin()) {
                Complaint stored = work.<Complaint>query("SELECT c FROM Complaint c WHERE c.reference = ?1", "K-1").get(0);
                List<ComplaintStatus> path = stored.getEvents().stream().map(event -> event.getToStatus()).toList();
                assertEquals(List.of(ComplaintStatus.NEW, ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING,
                        ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED, ComplaintStatus.FOLLOWED_UP, ComplaintStatus.CLOSED), path);
                assertEquals(EventKind.OPENED, stored.getEvents().get(0).getKind());
                assertEquals("ann", stored.getEvents().get(3).getActor());
                assertEquals(1, stored.getPauses().size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void illegalStepsAreRefusedSayingWhatIsPossibleAndNothingIsStored(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture fixture = new ComplaintsFixture(kind, home)) {
            fixture.customer("C-1");
            fixture.complaints.open(general("K-2", "2026-04-30T09:00"));
            ComplaintsException refused = assertThrows(ComplaintsException.class,
                    () -> fixture.complaints.act("K-2", Lifecycle.CLOSE, shanghai("2026-04-30T09:10"), null, null));
            assertEquals("Complaint K-2 is new: \"close\" is possible only when it is follow-up done.", refused.getMessage());
            assertEquals("Complaint K-2 is new: \"resume\" is possible only when it is waiting for the customer.",
                    assertThrows(ComplaintsException.class, () -> fixture.complaints.act("K-2", Lifecycle.RESUME, null, null, null)).getMessage());
            assertEquals(ComplaintStatus.NEW, fixture.complaints.show("K-2", null).complaint().getStatus());
            assertEquals(1, fixture.complaints.show("K-2", null).complaint().getEvents().size());
            assertEquals("No complaint has the reference K-404 (or you may not read it).",
                    assertThrows(ComplaintsException.class, () -> fixture.complaints.act("K-404", Lifecycle.START, null, null, null)).getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theTickClimbsTheLadderOneLevelPerClockRunOutAndOnlyOnce(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture fixture = new ComplaintsFixture(kind, home)) {
            fixture.customer("C-1");
            office(fixture);
            fixture.complaints.open(general("K-3", "2026-05-04T09:00"));
            assertEquals(List.of(), fixture.complaints.tick(shanghai("2026-05-04T09:29")));
            List<Escalation> first = fixture.complaints.tick(shanghai("2026-05-04T09:30"));
            assertEquals(List.of(new Escalation("K-3", 1, 2, ComplaintStatus.ESCALATED, ServiceClocks.ACKNOWLEDGE)), first);
            assertEquals(List.of(), fixture.complaints.tick(shanghai("2026-05-04T09:45")), "a second tick at the same state does nothing");
            // acknowledged late; the first solution's clock runs out at 11:00
            fixture.complaints.act("K-3", Lifecycle.START, shanghai("2026-05-04T10:00"), null, null);
            List<Escalation> second = fixture.complaints.tick(shanghai("2026-05-04T11:00"));
            assertEquals(List.of(new Escalation("K-3", 2, 3, ComplaintStatus.ESCALATED, ServiceClocks.SOLUTION)), second);
            assertEquals(List.of(), fixture.complaints.tick(shanghai("2026-05-20T11:00")), "level 3 is the top");
            List<Clock> clocks = fixture.complaints.show("K-3", shanghai("2026-05-04T11:00")).clocks();
            assertTrue(clocks.get(1).overdue(), clocks.toString());
            assertEquals(List.of("K-3"), fixture.complaints.list(true, shanghai("2026-05-04T11:00")).stream()
                    .map(view -> view.complaint().getReference()).toList());
            Complaint escalated = fixture.complaints.show("K-3", null).complaint();
            assertEquals("system", escalated.getEvents().get(1).getActor());
            assertEquals("The acknowledge clock ran out: escalated to level 2.", escalated.getEvents().get(1).getNote());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void twoAgentsTakingTheSameComplaintAtOnceOneWinsTheOtherIsTold(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture fixture = new ComplaintsFixture(kind, home)) {
            fixture.customer("C-1");
            fixture.complaints.open(general("K-4", "2026-04-30T09:00"));
            // Bob read the complaint; Ann takes it before Bob's step is stored
            try (UnitOfWork bobs = fixture.store.begin()) {
                Complaint bobsCopy = bobs.<Complaint>query("SELECT c FROM Complaint c WHERE c.reference = ?1", "K-4").get(0);
                fixture.users.as("ann");
                fixture.complaints.act("K-4", Lifecycle.START, shanghai("2026-04-30T09:05"), null, null);
                bobsCopy.setAssignee("bob");
                bobsCopy.setStatus(ComplaintStatus.IN_PROGRESS);
                assertThrows(org.rapport.persistence.api.StaleEditException.class, bobs::commit);
            }
            assertEquals("ann", fixture.complaints.show("K-4", null).complaint().getAssignee());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aContactOnAnotherChannelJoinsTheComplaintAndCountsAsARepeat(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture fixture = new ComplaintsFixture(kind, home)) {
            fixture.customer("C-1");
            fixture.complaints.open(general("K-5", "2026-04-30T09:00"));
            fixture.complaints.contact("K-5", "hotline", shanghai("2026-04-30T10:00"), "called about the chat");
            Complaint joined = fixture.complaints.contact("K-5", "store", shanghai("2026-04-30T11:00"), null);
            assertEquals(2, joined.getRepeatContacts());
            assertEquals(List.of("hotline", "hotline", "store"), joined.getEvents().stream().map(event -> event.getChannel()).toList());
            assertEquals(EventKind.CONTACT, joined.getEvents().get(2).getKind());
            assertEquals("Complaint K-5 is closed: reopen it to record a contact about it.", assertThrows(ComplaintsException.class, () -> {
                fixture.complaints.act("K-5", Lifecycle.START, shanghai("2026-04-30T11:30"), null, null);
                fixture.complaints.act("K-5", Lifecycle.RESOLVE, shanghai("2026-04-30T12:00"), null, null);
                fixture.complaints.act("K-5", Lifecycle.FOLLOW_UP, shanghai("2026-04-30T13:00"), null, 4);
                fixture.complaints.act("K-5", Lifecycle.CLOSE, shanghai("2026-04-30T13:01"), null, null);
                fixture.complaints.contact("K-5", "chat", shanghai("2026-04-30T14:00"), null);
            }).getMessage());
        }
    }
}
