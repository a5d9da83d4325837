package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.complaints.api.Complaints.CalendarChange;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Severity;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;
import org.rapport.testing.TestUsers;

/**
 * A salesperson reads the complaints of the customers they manage, with their clocks on a stored
 * calendar, and nothing of the others' (the store's own-records rule on the range variable).
 */
class OwnCustomersTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void salesSeeTheirOwnCustomersComplaintsOnly(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home, true)) {
            f.users.add(TestUsers.administrator("ada"));
            f.users.add(new SessionUser("sam", "Sam", Set.of(Roles.SALES), List.of(new Grant(ComplaintsAreaId.ID, Action.READ, Scope.OWN),
                    new Grant(ComplaintsAreaId.SETTINGS, Action.READ, Scope.ALL), new Grant(CustomersAreaId.ID, Action.READ, Scope.OWN)), Map.of()));
            f.users.as("ada");
            f.customer("C-1", "sam");
            f.customer("C-2", "tom");
            f.complaints.setCalendar(new CalendarChange("office", "Asia/Shanghai", "mon-fri 09:00-18:00", Map.of(), Set.of(), Map.of()));
            f.complaints.setPolicy(Severity.GENERAL, null, "office", Duration.ofMinutes(30), null, Duration.ofHours(8));
            f.complaints.open(new NewComplaint("K-1", "C-1", Instant.parse("2026-05-04T01:00:00Z"), "chat", null, Severity.GENERAL, "Late", null));
            f.complaints.open(new NewComplaint("K-2", "C-2", Instant.parse("2026-05-04T01:00:00Z"), "chat", null, Severity.GENERAL, "Broken", null));

            f.users.as("sam");
            assertEquals(List.of("K-1"), f.complaints.list(false, Instant.parse("2026-05-04T02:00:00Z")).stream()
                    .map(view -> view.complaint().getReference()).toList());
            assertEquals(Instant.parse("2026-05-04T01:30:00Z"), f.complaints.show("K-1", null).clocks().get(0).due().orElseThrow());
            assertEquals("No complaint has the reference K-2 (or you may not read it).",
                    assertThrows(ComplaintsException.class, () -> f.complaints.show("K-2", null)).getMessage());
            assertThrows(AccessDeniedException.class, () -> f.complaints.act("K-1", Lifecycle.START, Instant.parse("2026-05-04T01:05:00Z"), null, null));
        }
    }
}
