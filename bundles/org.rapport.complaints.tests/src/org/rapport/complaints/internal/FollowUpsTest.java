package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.FollowUps.FollowUp;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Severity;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.testing.CliRun;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The follow-ups to make: every resolved complaint, due 24 h after resolving and overdue from then; and the times of the commands. */
@ExtendWith(InEnglish.class)
class FollowUpsTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void resolvedComplaintsAreListedByTheirFollowUpDueTime(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home)) {
            f.customer("C-1");
            for (String ref : List.of("K-1", "K-2", "K-3", "K-4")) {
                f.complaints.open(new NewComplaint(ref, "C-1", Instant.parse("2026-05-04T01:00:00Z"), "chat", null, Severity.GENERAL, "Late", null));
                f.complaints.act(ref, Lifecycle.START, Instant.parse("2026-05-04T01:10:00Z"), null, null);
            }
            f.complaints.act("K-2", Lifecycle.RESOLVE, Instant.parse("2026-05-04T02:00:00Z"), null, null);
            f.complaints.act("K-1", Lifecycle.RESOLVE, Instant.parse("2026-05-04T08:00:00Z"), null, null);
            f.complaints.act("K-3", Lifecycle.RESOLVE, Instant.parse("2026-05-04T03:00:00Z"), null, null);
            f.complaints.act("K-3", Lifecycle.FOLLOW_UP, Instant.parse("2026-05-04T05:00:00Z"), null, 4);

            List<FollowUp> due = f.followUps.due(Instant.parse("2026-05-05T02:00:00Z"));
            assertEquals(List.of("K-2", "K-1"), due.stream().map(followUp -> followUp.complaint().getReference()).toList(),
                    "K-3 had its follow-up, K-4 is not resolved");
            assertEquals(true, due.get(0).overdue(), "24 h after resolving, to the second");
            assertEquals(Instant.parse("2026-05-05T02:00:00Z"), due.get(0).due());
            assertEquals(false, due.get(1).overdue());
            assertEquals(List.of("K-2"), f.followUps.due(Instant.parse("2026-05-04T07:00:00Z")).stream().map(fu -> fu.complaint().getReference()).toList(),
                    "K-1 was not yet resolved then");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "DERBY_EMBEDDED")
    void theCommandsReadTimesWithoutAnOffsetInTheInstallationsZone(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home)) {
            f.customer("C-1");
            f.complaints.open(new NewComplaint("K-1", "C-1", Instant.parse("2026-05-04T01:00:00Z"), "chat", null, Severity.GENERAL, "Late", null));
            ComplaintsCommand command = f.command();
            // the clock service is in Shanghai; the machine's zone is whatever it is
            CliRun start = f.cli(command, "ann", "act", "K-1", "start", "--at", "2026-05-04T09:30");
            assertEquals(0, start.code(), start.err());
            assertEquals(Instant.parse("2026-05-04T01:30:00Z"), f.complaints.show("K-1", null).complaint().getAcknowledgedAt());
            assertEquals(0, f.cli(command, "ann", "act", "K-1", "resolve", "--at", "2026-05-04T10:00").code());

            CliRun notYet = f.cli(command, "ann", "followups", "--as-of", "2026-05-05T09:59", "--overdue", "--format", "csv");
            assertEquals("reference,customer,assignee,resolved_at,due,overdue\r\n", notYet.out());
            CliRun list = f.cli(command, "ann", "followups", "--as-of", "2026-05-05T10:00", "--format", "json");
            assertEquals(0, list.code(), list.err());
            JsonArray rows = JsonParser.parseString(list.out()).getAsJsonArray();
            assertEquals(1, rows.size());
            JsonObject row = rows.get(0).getAsJsonObject();
            assertEquals("K-1", row.get("reference").getAsString());
            assertEquals("ann", row.get("assignee").getAsString());
            assertEquals("2026-05-05T02:00:00Z", row.get("due").getAsString());
            assertEquals(true, row.get("overdue").getAsBoolean());
        }
    }
}
