package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.model.Severity;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.testing.CliRun;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code rapport-ctl complaints calendar set | policy set | due | act | show | list | tick}, signed in as the shell does it. */
@ExtendWith(InEnglish.class)
class ComplaintsCommandTest {

    @TempDir
    Path home;

    @Test
    void anAdministratorSetsACalendarFromAnICalendarFileAndChecksItWithDue() throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            ComplaintsCommand command = new ComplaintsCommand(f.complaints, null, f.users, f.users);
            Path ics = home.resolve("cn.ics");
            Files.writeString(ics, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260501\r\nDTEND;VALUE=DATE:20260506\r\n"
                    + "SUMMARY:Labour Day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
            CliRun set = f.cli(command, "mo", "calendar", "set", "cn", "--zone", "Asia/Shanghai", "--hours", "mon-fri 09:00-12:00,13:00-18:00",
                    "--holidays", ics.toString(), "--workday", "2026-05-09", "--date", "2026-04-30 09:00-12:00");
            assertEquals(0, set.code(), set.err());
            assertEquals("calendar cn (Asia/Shanghai): mon-fri 09:00-12:00,13:00-18:00; 5 holidays, 1 make-up working days, 1 dates with their own hours",
                    set.out().strip());

            CliRun due = f.cli(command, "mo", "due", "--calendar", "cn", "--from", "2026-04-30T11:40", "--add", "2h", "--format", "json");
            assertEquals(0, due.code(), due.err());
            JsonObject answer = JsonParser.parseString(due.out()).getAsJsonArray().get(0).getAsJsonObject();
            // 20 min on the short Thursday, then the Labour Day holidays, one run of dates in the explanation
            assertEquals("2026-05-06T10:40+08:00", answer.get("due").getAsString());
            assertEquals("2 h of business time from Thu 30 Apr 2026 11:40 = Wed 6 May 2026 10:40; 30 Apr with hours 09:00-12:00 and "
                    + "1 May-5 May (Labour Day) skipped", answer.get("explanation").getAsString());

            CliRun bad = f.cli(command, "mo", "calendar", "set", "cn", "--hours", "mon-fri 9-18");
            assertEquals(1, bad.code());
            assertTrue(bad.err().contains("\"9-18\" in \"mon-fri 9-18\" is not a time range"), bad.err());
            CliRun unknown = f.cli(command, "mo", "due", "--calendar", "nowhere", "--from", "2026-04-30T11:40", "--add", "2h");
            assertEquals(1, unknown.code());
            assertTrue(unknown.err().contains("There is no calendar nowhere"), unknown.err());
        }
    }

    @Test
    void anAgentTakesAComplaintThroughTheCommandsAndTheTickEscalatesAnother() throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1");
            ComplaintsCommand command = new ComplaintsCommand(f.complaints, null, f.users, f.users);
            assertEquals(0, f.cli(command, "mo", "policy", "set", "urgent", "--acknowledge", "10m", "--resolve", "4h").code());
            f.complaints.open(new NewComplaint("K-1", "C-1", java.time.Instant.parse("2026-05-04T01:00:00Z"), "chat", null, Severity.URGENT,
                    "Broken on arrival", null));
            f.complaints.open(new NewComplaint("K-2", "C-1", java.time.Instant.parse("2026-05-04T01:00:00Z"), "chat", null, Severity.URGENT,
                    "Wrong colour", null));
            CliRun start = f.cli(command, "ann", "act", "K-1", "start", "--at", "2026-05-04T01:05:00Z");
            assertEquals(0, start.code(), start.err());
            assertEquals("K-1: in progress, level 1", start.out().strip());
            CliRun refused = f.cli(command, "ann", "act", "K-1", "close");
            assertEquals(1, refused.code());
            assertTrue(refused.err().contains("Complaint K-1 is in progress: \"close\" is possible only when it is follow-up done."), refused.err());

            CliRun tick = f.cli(command, "mo", "tick", "--as-of", "2026-05-04T01:10:00Z", "--format", "csv");
            assertEquals("reference,from_level,to_level,status,clock\r\nK-2,1,2,escalated,acknowledge\r\n", tick.out());

            CliRun show = f.cli(command, "ann", "show", "K-2", "--as-of", "2026-05-04T01:10:00Z", "--format", "json");
            JsonArray clocks = JsonParser.parseString(show.out()).getAsJsonArray();
            assertEquals(2, clocks.size(), "acknowledge and resolve; urgent has no first-solution clock here");
            JsonObject acknowledge = clocks.get(0).getAsJsonObject();
            assertEquals("escalated", acknowledge.get("status").getAsString());
            assertEquals(2, acknowledge.get("level").getAsInt());
            assertTrue(acknowledge.get("overdue").getAsBoolean());
            assertEquals("10 min of business time from Mon 4 May 2026 09:00 = Mon 4 May 2026 09:10", acknowledge.get("explanation").getAsString());

            CliRun contact = f.cli(command, "ann", "contact", "K-2", "--channel", "hotline", "--at", "2026-05-04T01:20:00Z");
            assertEquals("K-2: contact recorded, 1 repeat contacts", contact.out().strip(), contact.err());
            CliRun compensate = f.cli(command, "ann", "compensate", "K-2", "loyalty-points", "--points", "100", "--note", "sorry");
            assertEquals("K-2: loyalty points given", compensate.out().strip(), compensate.err());
            assertEquals(100, f.loyalty.account("C-1").balance());
            CliRun noKind = f.cli(command, "ann", "compensate", "K-2", "flowers");
            assertEquals(2, noKind.code());
            assertTrue(noKind.err().contains("Unknown compensation \"flowers\""), noKind.err());

            CliRun overdue = f.cli(command, "ann", "list", "--overdue", "--as-of", "2026-05-04T01:10:00Z", "--format", "csv");
            assertTrue(overdue.out().contains("\r\nK-2,C-1,urgent,escalated,2,"), overdue.out());
            assertTrue(!overdue.out().contains("K-1,"), overdue.out());
        }
    }

    @Test
    void anImportOpensEachRowAsANewComplaintAndReportsTheRest() throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1");
            ComplaintsCommand command = new ComplaintsCommand(f.complaints, f.importer(), f.users, f.users);
            Path file = home.resolve("complaints.csv");
            Files.writeString(file, "ref,customer_ref,opened_at,channel,category,severity,subject,description\n"
                    + "K-1,C-1,2026-05-04T09:00+08:00,hotline,,general,Late delivery,\"Parcel, not come\"\n"
                    + "K-2,C-1,2026-05-04T09:00+08:00,chat,,severe,Broken,\n"
                    + "K-3,C-404,2026-05-04T09:00+08:00,chat,,urgent,Broken,\n"
                    + "K-1,C-1,2026-05-04T10:00+08:00,chat,,general,Again,\n");
            CliRun run = f.cli(command, "ann", "import", file.toString());
            assertEquals(1, run.code(), run.err());
            assertTrue(run.out().contains(": 1 complaints imported, 2 rejected"), run.out());
            String rejects = Files.readString(home.resolve("complaints.csv.rejects.csv"));
            assertTrue(rejects.contains("3,severity,severe,") && rejects.contains("Unknown severity"), rejects);
            assertTrue(rejects.contains("No customer has the reference C-404."), rejects);
            assertEquals(org.rapport.complaints.model.ComplaintStatus.NEW, f.complaints.show("K-1", null).complaint().getStatus());
            assertEquals("Parcel, not come", f.complaints.show("K-1", null).complaint().getDescription());

            // a file from Excel on Chinese Windows, named as what it is (another customer: a row joins its customer's open complaint)
            f.customer("C-2");
            Path chinese = home.resolve("complaints-zh.csv");
            Files.write(chinese, ("ref,customer_ref,opened_at,channel,category,severity,subject,description\n"
                    + "K-9,C-2,2026-05-05T09:00+08:00,hotline,,general,快递未到,包裹三天未到\n").getBytes(java.nio.charset.Charset.forName("GB18030")));
            assertEquals(1, f.cli(command, "ann", "import", chinese.toString()).code(), "not UTF-8: refused whole");
            CliRun gb = f.cli(command, "ann", "import", chinese.toString(), "--encoding", "GB18030");
            assertEquals(0, gb.code(), gb.err());
            assertEquals("快递未到", f.complaints.show("K-9", null).complaint().getSubject());
            assertEquals("包裹三天未到", f.complaints.show("K-9", null).complaint().getDescription());

            // Excel in French saves "CSV" with ; between fields; a comma stays text in the description
            f.customer("C-3");
            Path french = Files.writeString(home.resolve("plaintes.csv"), "ref;customer_ref;opened_at;channel;category;severity;subject;description\n"
                    + "K-20;C-3;2026-05-06T09:00+02:00;hotline;;general;Colis perdu;Pas reçu, 3 jours\n");
            CliRun asCommas = f.cli(command, "ann", "import", french.toString());
            assertEquals(1, asCommas.code());
            assertTrue(asCommas.err().contains("import it with --delimiter ;"), asCommas.err());
            CliRun semicolons = f.cli(command, "ann", "import", french.toString(), "--delimiter", ";");
            assertEquals(0, semicolons.code(), semicolons.err());
            assertEquals("Pas reçu, 3 jours", f.complaints.show("K-20", null).complaint().getDescription());
        }
    }
}
