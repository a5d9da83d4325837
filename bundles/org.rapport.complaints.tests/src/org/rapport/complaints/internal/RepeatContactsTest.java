package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.complaints.api.Complaints.ComplaintView;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintEvent;
import org.rapport.complaints.model.EventKind;
import org.rapport.complaints.model.Severity;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.testing.CliRun;
import org.rapport.transfer.api.ImportOptions;
import org.rapport.transfer.api.ImportResult;
import org.rapport.transfer.api.Progress;

/**
 * One conversation across channels: an imported row or a contact at the desk from a customer with an
 * open complaint of the same category joins it as a repeat contact, exactly by the rule of
 * {@code Complaints.intake}; anything else opens a complaint.
 */
@ExtendWith(InEnglish.class)
class RepeatContactsTest {

    @TempDir
    Path home;

    private static Complaint complaint(ComplaintsFixture f, String reference) {
        return f.complaints.show(reference, null).complaint();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anImportedRowJoinsTheCustomersOpenComplaintOfTheSameCategory(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home)) {
            f.customer("C-1");
            f.customer("C-2");
            f.category("delivery");
            f.category("billing");
            f.complaints.open(new NewComplaint("K-1", "C-1", Instant.parse("2026-05-04T01:00:00Z"), "chat", "delivery", Severity.GENERAL, "Late", null));
            f.complaints.open(new NewComplaint("K-0", "C-1", Instant.parse("2026-05-01T01:00:00Z"), "chat", "billing", Severity.GENERAL, "Charged twice",
                    null));
            f.complaints.act("K-0", Lifecycle.START, Instant.parse("2026-05-01T02:00:00Z"), null, null);
            f.complaints.act("K-0", Lifecycle.RESOLVE, Instant.parse("2026-05-01T03:00:00Z"), null, null);
            Path file = home.resolve("complaints.csv");
            Files.writeString(file, "ref,customer_ref,opened_at,channel,category,severity,subject,description\n"
                    // the same customer and category, later: joins K-1 whatever the channel
                    + "H-1,C-1,2026-05-04T11:00+08:00,hotline,delivery,general,Still late,Called again\n"
                    // another category, no category, another customer, or before K-1 was opened: complaints of their own
                    + "H-2,C-1,2026-05-04T11:00+08:00,hotline,billing,general,Charged twice again,\n"
                    + "H-3,C-1,2026-05-04T11:00+08:00,hotline,,general,Question,\n"
                    + "H-4,C-2,2026-05-04T11:00+08:00,hotline,delivery,general,Late,\n"
                    + "H-5,C-1,2026-05-03T11:00+08:00,web,delivery,general,Late,\n"
                    // C-2's complaint H-4 was opened by this very file, in the same batch: a later row joins it
                    + "H-6,C-2,2026-05-04T12:00+08:00,app,delivery,general,Late still,\n");
            ImportResult result = f.importer().importFile(ComplaintRows.KIND, file, ImportOptions.defaults(), Progress.NONE);
            assertEquals(6, result.imported());
            assertEquals(0, result.rejected());
            assertEquals(2, result.warnings(), "the joined rows are reported");
            assertEquals(1, complaint(f, "H-4").getRepeatContacts());
            assertTrue(Files.readString(result.warningsFile()).contains("Contact H-1 joined the customer's open complaint K-1"),
                    Files.readString(result.warningsFile()));

            Complaint joined = complaint(f, "K-1");
            assertEquals(1, joined.getRepeatContacts());
            ComplaintEvent contact = joined.getEvents().get(joined.getEvents().size() - 1);
            assertEquals(EventKind.CONTACT, contact.getKind());
            assertEquals("hotline", contact.getChannel());
            assertEquals("H-1", contact.getReference());
            assertEquals("Still late: Called again", contact.getNote());
            assertEquals(Instant.parse("2026-05-04T03:00:00Z"), contact.getAt());
            List<String> opened = f.complaints.list(false, Instant.parse("2026-05-04T04:00:00Z")).stream().map(ComplaintView::complaint)
                    .map(Complaint::getReference).sorted().toList();
            assertEquals(List.of("H-2", "H-3", "H-4", "H-5", "K-1"), opened, "K-0 was resolved: H-2 is a complaint of its own");

            ImportResult again = f.importer().importFile(ComplaintRows.KIND, file, ImportOptions.defaults(), Progress.NONE);
            assertEquals(0, again.imported());
            assertEquals(6, again.duplicates(), "the joined rows are known by their references too");
            assertEquals(1, complaint(f, "K-1").getRepeatContacts());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "DERBY_EMBEDDED")
    void aContactAtTheDeskJoinsOrOpensByTheSameRule(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home)) {
            f.customer("C-1");
            f.category("delivery");
            f.complaints.open(new NewComplaint("K-1", "C-1", Instant.parse("2026-05-04T01:00:00Z"), "chat", "delivery", Severity.GENERAL, "Late", null));
            ComplaintsCommand command = f.command();
            CliRun joined = f.cli(command, "ann", "contact", "T-1", "--customer", "C-1", "--category", "delivery", "--channel", "hotline", "--subject",
                    "Where is it", "--at", "2026-05-04T12:00");
            assertEquals(0, joined.code(), joined.err());
            assertEquals("T-1 joined complaint K-1 as a repeat contact (1 repeat contacts)", joined.out().strip());
            assertEquals(Instant.parse("2026-05-04T04:00:00Z"), complaint(f, "K-1").getEvents().get(1).getAt(), "12:00 in the installation's zone");
            CliRun twice = f.cli(command, "ann", "contact", "T-1", "--customer", "C-1", "--category", "delivery", "--channel", "hotline", "--subject", "x");
            assertEquals(1, twice.code(), "the same contact is not counted twice");

            f.complaints.act("K-1", Lifecycle.START, Instant.parse("2026-05-04T05:00:00Z"), null, null);
            f.complaints.act("K-1", Lifecycle.RESOLVE, Instant.parse("2026-05-04T06:00:00Z"), null, null);
            CliRun opened = f.cli(command, "ann", "contact", "T-2", "--customer", "C-1", "--category", "delivery", "--channel", "app", "--subject",
                    "Late again", "--severity", "urgent", "--at", "2026-05-04T15:00");
            assertEquals(0, opened.code(), opened.err());
            assertEquals("T-2: a new complaint opened", opened.out().strip());
            assertEquals(Severity.URGENT, complaint(f, "T-2").getSeverity());
            assertEquals(1, complaint(f, "K-1").getRepeatContacts());
        }
    }
}
