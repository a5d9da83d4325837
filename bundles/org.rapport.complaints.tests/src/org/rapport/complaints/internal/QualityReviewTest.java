package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.QualityReviews.Period;
import org.rapport.complaints.model.ChecklistItem;
import org.rapport.complaints.model.QualityReview;
import org.rapport.complaints.model.Severity;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;
import org.rapport.testing.CliRun;
import org.rapport.testing.TestUsers;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A supervisor draws a reproducible sample of a period's closed complaints, never one twice, and scores it against the checklist. */
@ExtendWith(InEnglish.class)
class QualityReviewTest {

    @TempDir
    Path home;

    /** Twelve complaints closed in April 2026 (Shanghai), one closed in May, one still open. */
    private static List<String> closeSome(ComplaintsFixture f) {
        f.customer("C-1");
        List<String> april = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String ref = "K-" + i;
            f.complaints.open(new NewComplaint(ref, "C-1", Instant.parse("2026-04-02T01:00:00Z"), "chat", null, Severity.GENERAL, "Late", null));
            f.close(ref, Instant.parse("2026-04-" + (10 + i) + "T03:00:00Z"));
            april.add(ref);
        }
        // 1 May 00:30 in Shanghai is still 30 April in UTC: the period is the installation's
        f.complaints.open(new NewComplaint("K-MAY", "C-1", Instant.parse("2026-04-02T01:00:00Z"), "chat", null, Severity.GENERAL, "Late", null));
        f.close("K-MAY", Instant.parse("2026-04-30T16:30:00Z"));
        f.complaints.open(new NewComplaint("K-OPEN", "C-1", Instant.parse("2026-04-02T01:00:00Z"), "chat", null, Severity.GENERAL, "Late", null));
        return april;
    }

    private static List<String> refs(List<QualityReview> reviews) {
        return reviews.stream().map(review -> review.getComplaint().getReference()).toList();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSampleIsReproducibleNeverDrawsTwiceAndIsScoredAgainstTheChecklist(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home)) {
            List<String> april = closeSome(f);
            Period period = f.reviews.period("2026-04");
            // the draw is the smallest lots of the seed: independent of the order the database returns the complaints in
            List<String> expected = april.stream().sorted(Comparator.comparingLong((String ref) -> ReviewService.lot("audit", ref))
                    .thenComparing(Comparator.naturalOrder())).toList();

            List<String> first = refs(f.reviews.sample(period, 3, "audit"));
            List<String> second = refs(f.reviews.sample(period, 3, "audit"));
            assertEquals(expected.subList(0, 3), first);
            assertEquals(expected.subList(3, 6), second, "the same seed goes on where it stopped, never drawing a complaint again");
            List<String> rest = refs(f.reviews.sample(period, 100, "other seed"));
            assertEquals(6, rest.size(), "only the twelve of April, the open one and the one of 1 May not among them");
            assertTrue(rest.stream().noneMatch(first::contains) && rest.stream().noneMatch(second::contains));
            assertEquals(List.of(), f.reviews.sample(period, 5, null));

            List<String> checklist = f.reviews.checklist().stream().map(ChecklistItem::getCode).toList();
            assertEquals(List.of("greeting", "understanding", "solution", "timeliness", "follow-up"), checklist);
            // the shipped texts are shown as they are, not through a format: no doubled quote
            assertEquals("Followed up and recorded the customer's satisfaction", f.reviews.checklist().get(4).getText());
            f.reviews.setItem("empathy", "Showed understanding for the customer", 3, true);
            f.reviews.setItem("timeliness", null, null, false);
            assertEquals(List.of("greeting", "understanding", "solution", "follow-up", "empathy"),
                    f.reviews.checklist().stream().map(ChecklistItem::getCode).toList(), "the first change keeps the shipped items");

            String drawn = first.get(0);
            Map<String, Integer> scores = new LinkedHashMap<>(Map.of("greeting", 2, "understanding", 1, "solution", 4, "follow-up", 2));
            assertEquals("Complaint " + drawn + ": the checklist item empathy has no score (--score empathy=N).",
                    assertThrows(ComplaintsException.class, () -> f.reviews.score(drawn, scores, null)).getMessage());
            scores.put("empathy", 4);
            assertEquals("Checklist item empathy: 4 is not a score from 0 to 3.",
                    assertThrows(ComplaintsException.class, () -> f.reviews.score(drawn, scores, null)).getMessage());
            scores.put("empathy", 3);
            scores.put("tone", 1);
            assertTrue(assertThrows(ComplaintsException.class, () -> f.reviews.score(drawn, scores, null)).getMessage().startsWith("Not on the checklist: tone."));
            scores.remove("tone");
            QualityReview review = f.reviews.score(drawn, scores, "good");
            assertEquals(12, review.getTotal());
            assertEquals(13, review.getMaxTotal());
            assertEquals(5, review.getScores().size());
            assertTrue(assertThrows(ComplaintsException.class, () -> f.reviews.score(drawn, scores, null)).getMessage().contains("was already scored by mo"));
            assertTrue(assertThrows(ComplaintsException.class, () -> f.reviews.score("K-OPEN", scores, null)).getMessage()
                    .startsWith("Complaint K-OPEN was not drawn for review"));

            assertEquals(11, f.reviews.reviews(period, true).size(), "twelve drawn, one scored");
            assertEquals(12, f.reviews.reviews(period, false).size());
            assertNull(f.reviews.reviews(period, true).stream().filter(r -> r.getComplaint().getReference().equals(drawn)).findAny().orElse(null));
            assertEquals(0, f.reviews.reviews(f.reviews.period("2026-05-01..2026-05-31"), false).size());
            assertEquals("A period must be a month (2026-04), a day (2026-04-07) or FROM..TO (2026-04-01..2026-04-15): April",
                    assertThrows(ComplaintsException.class, () -> f.reviews.period("April")).getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "DERBY_EMBEDDED")
    void onlySupervisorsReviewAndTheCommandsSampleScoreAndList(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home, true)) {
            f.users.add(TestUsers.administrator("ada"));
            f.users.add(new SessionUser("agnes", "Agnes", Set.of(Roles.SERVICE_AGENT), List.of(new Grant(ComplaintsAreaId.ID, Action.READ, Scope.ALL),
                    new Grant(ComplaintsAreaId.ID, Action.UPDATE, Scope.ALL)), Map.of()));
            f.users.as("ada");
            closeSome(f);
            f.users.as("agnes");
            assertThrows(AccessDeniedException.class, () -> f.reviews.sample(f.reviews.period("2026-04"), 2, null));

            ComplaintsCommand command = f.command();
            CliRun sample = f.cli(command, "ada", "review", "sample", "2026-04", "--size", "2", "--seed", "s1", "--format", "json");
            assertEquals(0, sample.code(), sample.err());
            JsonArray drawn = JsonParser.parseString(sample.out()).getAsJsonArray();
            assertEquals(2, drawn.size());
            String ref = drawn.get(0).getAsJsonObject().get("reference").getAsString();
            assertEquals("s1", drawn.get(0).getAsJsonObject().get("seed").getAsString());

            CliRun score = f.cli(command, "ada", "review", "score", ref, "--score", "greeting=2", "--score", "understanding=2", "--score", "solution=3",
                    "--score", "timeliness=1", "--score", "follow-up=2", "--note", "fine");
            assertEquals(0, score.code(), score.err());
            assertEquals(ref + ": 10 of 12", score.out().strip());
            CliRun badScore = f.cli(command, "ada", "review", "score", ref, "--score", "greeting");
            assertEquals(2, badScore.code());

            CliRun list = f.cli(command, "ada", "review", "list", "2026-04", "--format", "json");
            JsonArray reviews = JsonParser.parseString(list.out()).getAsJsonArray();
            assertEquals(2, reviews.size());
            JsonObject scored = reviews.asList().stream().map(e -> e.getAsJsonObject()).filter(o -> o.get("reference").getAsString().equals(ref))
                    .findFirst().orElseThrow();
            assertEquals(10, scored.get("total").getAsInt());
            assertEquals("greeting=2;understanding=2;solution=3;timeliness=1;follow-up=2", scored.get("scores").getAsString());
            CliRun open = f.cli(command, "ada", "review", "list", "--open", "--format", "csv");
            assertEquals(2, open.out().strip().lines().count(), open.out());
            CliRun checklist = f.cli(command, "ada", "review", "checklist", "--format", "csv");
            assertTrue(checklist.out().startsWith("code,text,max\r\ngreeting,"), checklist.out());
            CliRun agent = f.cli(command, "agnes", "review", "list");
            assertEquals(1, agent.code(), "an agent may not read reviews: " + agent.err());
        }
    }
}
