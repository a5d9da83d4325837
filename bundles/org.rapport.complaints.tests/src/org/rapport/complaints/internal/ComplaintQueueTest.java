package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.api.ComplaintQueue.Column;
import org.rapport.complaints.api.ComplaintQueue.Filter;
import org.rapport.complaints.api.ComplaintQueue.Row;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.Severity;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;
import org.rapport.testing.TestUsers;

/**
 * The queue's order and filters come from the database on each kind: the nearest due time of a
 * clock not met first (overdue ones first), stopped clocks after running ones, handled complaints
 * last; a salesperson's queue holds their own customers' complaints only.
 */
class ComplaintQueueTest {

    @TempDir
    Path home;

    private static final Instant T0 = Instant.parse("2026-05-04T01:00:00Z");

    private static List<String> references(List<Row> rows) {
        return rows.stream().map(Row::reference).toList();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theMostUrgentComeFirstAndTheFiltersNarrow(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home, true)) {
            f.users.add(TestUsers.administrator("ada"));
            f.users.add(new SessionUser("sam", "Sam", Set.of(Roles.SALES), List.of(new Grant(ComplaintsAreaId.ID, Action.READ, Scope.OWN),
                    new Grant(ComplaintsAreaId.SETTINGS, Action.READ, Scope.ALL), new Grant(CustomersAreaId.ID, Action.READ, Scope.OWN)), Map.of()));
            f.users.as("ada");
            f.customer("C-1", "sam");
            f.customer("C-2", "tom");
            ComplaintQueue queue = new StoreComplaintQueue(f.store, f.clock);
            // 24x7: general 30 min to acknowledge, 2 h to a first solution; urgent 10 min; inquiry 1 h
            f.complaints.open(new NewComplaint("G-EARLY", "C-2", T0, "chat", null, Severity.GENERAL, "Late", null)); // ack due 01:30
            f.complaints.open(new NewComplaint("U-LATER", "C-1", T0.plusSeconds(25 * 60), "hotline", null, Severity.URGENT, "Sparks", null)); // 01:35
            f.complaints.open(new NewComplaint("I-HOUR", "C-1", T0.plusSeconds(10 * 60), "app", null, Severity.INQUIRY, "Warranty?", null)); // 02:10
            f.complaints.open(new NewComplaint("G-ACKED", "C-2", T0, "store", null, Severity.GENERAL, "Size", null));
            f.complaints.act("G-ACKED", Lifecycle.ACKNOWLEDGE, T0.plusSeconds(60), null, null); // next: first solution 03:00
            f.complaints.open(new NewComplaint("G-WAITS", "C-2", T0, "web-shop", null, Severity.GENERAL, "Refund", null));
            f.complaints.act("G-WAITS", Lifecycle.START, T0.plusSeconds(60), null, null);
            f.complaints.act("G-WAITS", Lifecycle.WAIT, T0.plusSeconds(120), "statement asked for", null); // no clock runs
            f.complaints.open(new NewComplaint("G-DONE", "C-1", T0, "store", null, Severity.GENERAL, "Rude", null));
            f.complaints.act("G-DONE", Lifecycle.START, T0.plusSeconds(60), null, null);
            f.complaints.act("G-DONE", Lifecycle.RESOLVE, T0.plusSeconds(600), "apologised", null);
            f.now.set(T0.plusSeconds(32 * 60)); // 01:32: G-EARLY is 2 minutes overdue

            Filter all = new Filter(null, null, null, null, false, null);
            List<Row> rows = queue.rows(all, Column.URGENCY, true, 0, 50);
            assertEquals(List.of("G-EARLY", "U-LATER", "I-HOUR", "G-ACKED", "G-WAITS", "G-DONE"), references(rows));
            assertEquals("acknowledge", rows.get(0).nextClock());
            assertEquals(T0.plusSeconds(30 * 60), rows.get(0).nextDue());
            assertEquals("solution", rows.get(3).nextClock(), "acknowledged: the first solution is due next");
            assertNull(rows.get(4).nextDue(), "no clock runs while waiting");
            assertEquals(6, queue.count(all));
            // pages in the same order, no row twice
            assertEquals(List.of("I-HOUR", "G-ACKED"), references(queue.rows(all, Column.URGENCY, true, 2, 2)));

            assertEquals(List.of("G-EARLY"), references(queue.rows(new Filter(null, null, null, null, true, null), Column.URGENCY, true, 0, 50)));
            assertEquals(5, queue.count(Filter.OPEN));
            assertEquals(List.of("G-WAITS"),
                    references(queue.rows(new Filter(EnumSet.of(ComplaintStatus.WAITING), null, null, null, false, null), Column.URGENCY, true, 0, 50)));
            assertEquals(List.of("G-WAITS", "G-DONE"), references(queue.rows(new Filter(null, null, "ada", null, false, null), Column.REFERENCE, false, 0, 50)));
            assertEquals(4, queue.count(new Filter(null, null, ComplaintQueue.NOBODY, null, false, null)));

            f.complaints.assign("I-HOUR", "bob");
            assertEquals(List.of("I-HOUR"), references(queue.rows(new Filter(null, null, "bob", null, false, null), Column.URGENCY, true, 0, 50)));
            assertEquals(List.of("ada", "bob"), queue.assignees());
            f.complaints.tick(null); // G-EARLY's acknowledge clock ran out: level 2
            assertEquals(List.of("G-EARLY"), references(queue.rows(new Filter(null, 2, null, null, false, null), Column.URGENCY, true, 0, 50)));

            long c1 = ((org.rapport.persistence.api.PersistentObject) f.complaints.show("U-LATER", null).complaint().getCustomer()).persistentId();
            assertEquals(List.of("U-LATER", "I-HOUR", "G-DONE"), references(queue.rows(Filter.ofCustomer(c1), Column.URGENCY, true, 0, 50)));
            // a report's drill-down: those complaints only, with the other filters on top; an empty set lists none
            java.util.Set<Long> two = queue.rows(all, Column.REFERENCE, true, 0, 50).stream().filter(r -> java.util.Set.of("U-LATER", "G-DONE").contains(r.reference()))
                    .map(Row::id).collect(java.util.stream.Collectors.toSet());
            assertEquals(List.of("G-DONE", "U-LATER"), references(queue.rows(all.only(two), Column.REFERENCE, true, 0, 50)));
            assertEquals(2, queue.count(all.only(two)));
            assertEquals(List.of("U-LATER"), references(queue.rows(Filter.OPEN.only(two), Column.URGENCY, true, 0, 50)), "the other filters apply on top");
            assertEquals(0, queue.count(all.only(java.util.Set.of())));

            f.users.as("sam");
            assertEquals(List.of("U-LATER", "I-HOUR", "G-DONE"), references(queue.rows(all, Column.URGENCY, true, 0, 50)), "their own customers' only");
            assertEquals(3, queue.count(all));
            f.users.as("ada");
            f.complaints.act("G-DONE", Lifecycle.FOLLOW_UP, null, null, 5);
            f.complaints.act("G-DONE", Lifecycle.CLOSE, null, null, null);
            assertEquals("Complaint G-DONE is closed: reopen it to assign it.",
                    assertThrows(ComplaintsException.class, () -> f.complaints.assign("G-DONE", "bob")).getMessage());
            assertEquals("apologised", f.complaints.show("G-DONE", null).complaint().getResolution(), "the resolving step's note is the resolution");
        }
    }
}
