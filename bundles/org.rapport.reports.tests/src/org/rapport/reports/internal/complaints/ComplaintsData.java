package org.rapport.reports.internal.complaints;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.internal.measures.MeasureDatabase;

/**
 * Complaints generated through the complaints service (opened, acknowledged or not, contacted
 * again, escalated, waiting, resolved, followed up with an answer, closed, reopened) from January
 * to May 2026 in Shanghai, for customers of two account managers; and the stored complaints read
 * back as plain facts, for the tests' own computation of each measure.
 */
final class ComplaintsData {

    static final String[] CHANNELS = { "hotline", "chat", "email", null };
    static final String[] CATEGORIES = { "delivery.late", "product.broken", "billing", null };
    static final Map<String, String> CATEGORY_NAMES = Map.of("delivery.late", "Late delivery", "product.broken", "Broken product", "billing", "Billing");
    /** The Chinese names of the categories that have one (billing has none: Chinese readers see its English name). */
    static final Map<String, String> CATEGORY_NAMES_ZH = Map.of("delivery.late", "延迟送达", "product.broken", "产品损坏");

    /** A stored complaint as the tests compute from it: no code of the measures. */
    record Facts(String reference, String accountManager, String channel, String category, String categoryName, Instant openedAt, Instant acknowledgedAt,
            Instant solvedAt, Instant resolvedAt, Instant acknowledgeDue, Instant solutionDue, Instant resolveDue, Integer csat, int repeatContacts,
            int escalationLevel, List<Instant> followUps, boolean reopened) {
    }

    private ComplaintsData() {
    }

    static void generate(MeasureDatabase db) {
        db.users.as("ada");
        for (int i = 1; i <= 8; i++) {
            db.customer("C-" + i, i % 2 == 0 ? "sam" : "tom");
        }
        try (UnitOfWork work = db.store.begin()) {
            CATEGORY_NAMES.forEach((code, name) -> category(work, code, name));
            work.commit();
        }
        Random random = new Random(18);
        Instant start = LocalDateTime.parse("2026-01-01T00:00").atZone(MeasureDatabase.SHANGHAI).toInstant();
        for (int i = 1; i <= 90; i++) {
            String reference = "K-" + i;
            // whole minutes, some on the first and last minutes of a month in Shanghai
            Instant opened = i % 15 == 0 ? LocalDateTime.parse("2026-0" + (1 + i / 30) + "-01T00:00").atZone(MeasureDatabase.SHANGHAI).toInstant().minusSeconds(60)
                    : start.plus(Duration.ofMinutes(random.nextInt(150 * 24 * 60)));
            db.complaints.open(new NewComplaint(reference, "C-" + (1 + random.nextInt(8)), opened, CHANNELS[random.nextInt(CHANNELS.length)],
                    CATEGORIES[random.nextInt(CATEGORIES.length)], Severity.values()[random.nextInt(3)], "Complaint " + i, null));
            new Life(db, reference, opened, random).live();
        }
        // opened on the morning the report runs: some clocks have run out, the resolve clocks are not due yet
        for (int i = 91; i <= 94; i++) {
            Instant opened = db.now.get().minus(Duration.ofMinutes(30L * (i - 88)));
            db.complaints.open(new NewComplaint("K-" + i, "C-" + (i - 88), opened, "chat", "billing", Severity.GENERAL, "Complaint " + i, null));
            if (i % 2 == 1) {
                db.complaints.act("K-" + i, Lifecycle.ACKNOWLEDGE, opened.plus(Duration.ofMinutes(4)), null, null);
            }
        }
    }

    private static void category(UnitOfWork work, String code, String name) {
        Category category = ComplaintsFactory.eINSTANCE.createCategory();
        category.setCode(code);
        category.setName(name);
        category.setNameZh(CATEGORY_NAMES_ZH.get(code));
        work.add(category);
    }

    /** One complaint's random course through its lifecycle, in time order. */
    private static final class Life {
        private final MeasureDatabase db;
        private final String reference;
        private final Random random;
        private Instant at;

        Life(MeasureDatabase db, String reference, Instant opened, Random random) {
            this.db = db;
            this.reference = reference;
            this.random = random;
            this.at = opened;
        }

        private Instant later(int minMinutes, int maxMinutes) {
            at = at.plus(Duration.ofMinutes(minMinutes + random.nextInt(maxMinutes - minMinutes + 1)));
            return at;
        }

        private void act(Lifecycle step, Integer csat) {
            db.complaints.act(reference, step, at, null, csat);
        }

        void live() {
            if (random.nextInt(10) == 0) {
                return;
            }
            if (random.nextInt(10) == 0) {
                later(1, 90);
                act(Lifecycle.ESCALATE, null);
            }
            later(0, 25);
            act(random.nextBoolean() ? Lifecycle.ACKNOWLEDGE : Lifecycle.START, null);
            for (int contacts = random.nextInt(6) - 3; contacts > 0; contacts--) {
                db.complaints.contact(reference, CHANNELS[random.nextInt(3)], later(5, 300), null);
            }
            if (random.nextInt(5) == 0) {
                later(5, 60);
                act(Lifecycle.WAIT, null);
                later(10, 900);
                act(Lifecycle.RESUME, null);
            }
            if (random.nextInt(7) == 0) {
                return;
            }
            later(10, 3500);
            act(Lifecycle.RESOLVE, null);
            if (random.nextInt(5) == 0) {
                return;
            }
            later(60, 1500);
            act(Lifecycle.FOLLOW_UP, 1 + random.nextInt(5));
            if (random.nextBoolean()) {
                later(10, 600);
                act(Lifecycle.CLOSE, null);
            }
            if (random.nextInt(6) == 0) {
                later(60, 3000);
                act(Lifecycle.REOPEN, null);
                if (random.nextBoolean()) {
                    later(60, 3000);
                    act(Lifecycle.RESOLVE, null);
                    later(60, 1500);
                    act(Lifecycle.FOLLOW_UP, 1 + random.nextInt(5));
                }
            }
        }
    }

    /** Every stored complaint, read back (as the administrator) into plain facts. */
    static List<Facts> facts(MeasureDatabase db) {
        db.users.as("ada");
        List<Facts> facts = new ArrayList<>();
        try (UnitOfWork work = db.store.begin()) {
            List<Complaint> complaints = work.query("SELECT c FROM Complaint c");
            for (Complaint c : complaints) {
                List<Instant> followUps = new ArrayList<>();
                boolean reopened = false;
                for (ComplaintEvent e : c.getEvents()) {
                    if (e.getKind() == EventKind.TRANSITION && e.getToStatus() == ComplaintStatus.FOLLOWED_UP) {
                        followUps.add(e.getAt());
                    }
                    reopened |= e.getToStatus() == ComplaintStatus.REOPENED;
                }
                facts.add(new Facts(c.getReference(), c.getCustomer().getAccountManager(), c.getChannel(),
                        c.getCategory() == null ? null : c.getCategory().getCode(), c.getCategory() == null ? null : c.getCategory().getName(), c.getOpenedAt(),
                        c.getAcknowledgedAt(), c.getSolvedAt(), c.getResolvedAt(), c.getAcknowledgeDue(), c.getSolutionDue(), c.getResolveDue(), c.getCsat(),
                        c.getRepeatContacts(), c.getEscalationLevel(), followUps, reopened));
            }
        }
        return facts;
    }
}
