package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.Severity;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.CliRun;

/** The follow-up's optional answer to "how likely are you to recommend us, 0-10" (the NPS question), through the service and the CLI. */
@ExtendWith(InEnglish.class)
class RecommendAnswerTest {

    private static final Instant OPENED = Instant.parse("2026-05-04T01:00:00Z");

    @TempDir
    Path home;

    private static void resolved(ComplaintsFixture f, String reference) {
        f.complaints.open(new NewComplaint(reference, "C-1", OPENED, "hotline", null, Severity.GENERAL, "Late delivery", null));
        f.complaints.act(reference, Lifecycle.START, OPENED.plusSeconds(60), null, null);
        f.complaints.act(reference, Lifecycle.RESOLVE, OPENED.plusSeconds(3600), "sent again", null);
    }

    private static Integer stored(ComplaintsFixture f, String reference) {
        try (UnitOfWork work = f.store.begin()) {
            return work.<Complaint>query("SELECT c FROM Complaint c WHERE c.reference = ?1", reference).get(0).getRecommendScore();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theFollowUpStoresTheAnswerOfItsLastFollowUpOnly(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home)) {
            f.customer("C-1");
            resolved(f, "K-1");
            f.complaints.act("K-1", Lifecycle.FOLLOW_UP, OPENED.plusSeconds(7200), null, 4, 0);
            assertEquals(Integer.valueOf(0), stored(f, "K-1"), "0 is an answer, not a missing one");
            resolved(f, "K-2");
            // the signature without the answer still works: no answer
            f.complaints.act("K-2", Lifecycle.FOLLOW_UP, OPENED.plusSeconds(7200), null, 5);
            assertNull(stored(f, "K-2"));
            // reopened and followed up again without the question: the earlier answer is not the last follow-up's
            f.complaints.act("K-1", Lifecycle.REOPEN, OPENED.plusSeconds(7300), null, null);
            f.complaints.act("K-1", Lifecycle.RESOLVE, OPENED.plusSeconds(7400), "refunded", null);
            f.complaints.act("K-1", Lifecycle.FOLLOW_UP, OPENED.plusSeconds(7500), null, 3, null);
            assertNull(stored(f, "K-1"));
        }
    }

    @Test
    void anAnswerOutOfRangeOrWithAnotherStepIsRefusedAndNothingIsStored() throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1");
            resolved(f, "K-1");
            ComplaintsException high = assertThrows(ComplaintsException.class,
                    () -> f.complaints.act("K-1", Lifecycle.FOLLOW_UP, OPENED.plusSeconds(7200), null, 4, 11));
            assertEquals("Complaint K-1: the answer to \"how likely are you to recommend us\" (--nps) is a whole number from 0 to 10, not \"11\".",
                    high.getMessage());
            assertThrows(ComplaintsException.class, () -> f.complaints.act("K-1", Lifecycle.FOLLOW_UP, OPENED.plusSeconds(7200), null, 4, -1));
            ComplaintsException other = assertThrows(ComplaintsException.class,
                    () -> f.complaints.act("K-1", Lifecycle.REOPEN, OPENED.plusSeconds(7200), null, null, 9));
            assertTrue(other.getMessage().contains("only the follow-up records"), other.getMessage());
            assertEquals(ComplaintStatus.RESOLVED, f.complaints.show("K-1", OPENED.plusSeconds(7200)).complaint().getStatus());
            assertNull(stored(f, "K-1"));
        }
    }

    @Test
    void theCommandTakesNpsWithTheFollowUpAndRefusesAnAnswerOutOfRange() throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1");
            ComplaintsCommand command = new ComplaintsCommand(f.complaints, null, f.users, f.users);
            resolved(f, "K-1");
            CliRun high = f.cli(command, "ann", "act", "K-1", "follow-up", "--at", "2026-05-04T05:00:00Z", "--csat", "4", "--nps", "12");
            assertEquals(1, high.code());
            assertTrue(high.err().contains("(--nps) is a whole number from 0 to 10, not \"12\""), high.err());
            CliRun words = f.cli(command, "ann", "act", "K-1", "follow-up", "--at", "2026-05-04T05:00:00Z", "--csat", "4", "--nps", "nine");
            assertTrue(words.code() != 0, words.out());
            assertTrue(words.err().contains("not \"nine\""), words.err());
            assertNull(stored(f, "K-1"));
            CliRun done = f.cli(command, "ann", "act", "K-1", "follow-up", "--at", "2026-05-04T05:00:00Z", "--csat", "4", "--nps", "9");
            assertEquals(0, done.code(), done.err());
            assertEquals(Integer.valueOf(9), stored(f, "K-1"));
        }
    }
}
