package org.rapport.reports.internal.complaints;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Category;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintEvent;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.complaints.model.EventKind;
import org.rapport.complaints.model.Severity;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.internal.measures.MeasureDatabase;

/**
 * Follow-ups with and without an answer to the recommend question (0-10), generated through the
 * complaints service from January to May 2026 in Shanghai for customers of two account managers,
 * some followed up twice; in October 2025 only answers of 7 and 8; nothing in June 2025. Read back
 * as plain facts for the tests' own computation.
 */
final class NpsData {

    static final String[] CHANNELS = { "hotline", "chat", null };
    static final String[] CATEGORIES = { "delivery.late", "billing", null };

    /** A stored complaint as the test computes NPS from it, and its identity. */
    record Facts(String accountManager, String channel, String category, Integer recommend, List<Instant> followUps, long id) {
    }

    private NpsData() {
    }

    static void generate(MeasureDatabase db) {
        db.users.as("ada");
        for (int i = 1; i <= 6; i++) {
            db.customer("C-" + i, i % 2 == 0 ? "sam" : "tom");
        }
        try (UnitOfWork work = db.store.begin()) {
            for (String code : new String[] { "delivery.late", "billing" }) {
                Category category = ComplaintsFactory.eINSTANCE.createCategory();
                category.setCode(code);
                category.setName(code);
                work.add(category);
            }
            work.commit();
        }
        Random random = new Random(7);
        Instant spring = shanghai("2026-01-01T00:00");
        for (int i = 1; i <= 70; i++) {
            Instant opened = spring.plus(Duration.ofMinutes(random.nextInt(148 * 24 * 60)));
            // 0 to 10, or no answer (the question is optional)
            Integer answer = random.nextInt(5) == 0 ? null : random.nextInt(11);
            followedUp(db, "N-" + i, random, opened, answer);
        }
        for (int i = 1; i <= 6; i++) {
            followedUp(db, "P-" + i, random, shanghai("2025-10-0" + i + "T09:00"), 7 + i % 2);
        }
        // followed up at the last minute of September: counts in September, not in October
        followedUp(db, "P-7", random, shanghai("2025-09-30T12:00"), 10);
    }

    private static Instant shanghai(String local) {
        return LocalDateTime.parse(local).atZone(MeasureDatabase.SHANGHAI).toInstant();
    }

    private static void followedUp(MeasureDatabase db, String reference, Random random, Instant opened, Integer answer) {
        db.complaints.open(new NewComplaint(reference, "C-" + (1 + random.nextInt(6)), opened, CHANNELS[random.nextInt(CHANNELS.length)],
                CATEGORIES[random.nextInt(CATEGORIES.length)], Severity.GENERAL, "Complaint " + reference, null));
        db.complaints.act(reference, Lifecycle.START, opened.plusSeconds(60), null, null);
        Instant resolved = opened.plus(Duration.ofMinutes(30 + random.nextInt(600)));
        db.complaints.act(reference, Lifecycle.RESOLVE, resolved, "done", null);
        Instant followUp = reference.equals("P-7") ? shanghai("2025-09-30T23:59") : resolved.plus(Duration.ofMinutes(60 + random.nextInt(1400)));
        db.complaints.act(reference, Lifecycle.FOLLOW_UP, followUp, null, 1 + random.nextInt(5), answer);
        if (reference.startsWith("N-") && random.nextInt(5) == 0) {
            // reopened and followed up again, maybe in another month, maybe without the question
            Instant again = followUp.plus(Duration.ofMinutes(60 + random.nextInt(20000)));
            db.complaints.act(reference, Lifecycle.REOPEN, again, null, null);
            db.complaints.act(reference, Lifecycle.RESOLVE, again.plusSeconds(600), "again", null);
            db.complaints.act(reference, Lifecycle.FOLLOW_UP, again.plusSeconds(1200), null, 3, random.nextBoolean() ? null : random.nextInt(11));
        }
    }

    /** Every stored complaint, read back as the administrator. */
    static List<Facts> facts(MeasureDatabase db) {
        db.users.as("ada");
        List<Facts> facts = new ArrayList<>();
        try (UnitOfWork work = db.store.begin()) {
            for (Complaint c : work.<Complaint>query("SELECT c FROM Complaint c")) {
                List<Instant> followUps = new ArrayList<>();
                for (ComplaintEvent e : c.getEvents()) {
                    if (e.getKind() == EventKind.TRANSITION && e.getToStatus() == ComplaintStatus.FOLLOWED_UP) {
                        followUps.add(e.getAt());
                    }
                }
                facts.add(new Facts(c.getCustomer().getAccountManager(), c.getChannel(), c.getCategory() == null ? null : c.getCategory().getCode(),
                        c.getRecommendScore(), followUps, ((PersistentObject) c).persistentId()));
            }
        }
        return facts;
    }
}
