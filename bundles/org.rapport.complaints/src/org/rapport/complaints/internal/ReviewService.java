package org.rapport.complaints.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.QualityReviews;
import org.rapport.complaints.model.ChecklistItem;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.complaints.model.QualityReview;
import org.rapport.complaints.model.ReviewScore;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;

/** {@link QualityReviews} over the store. */
@Component(service = QualityReviews.class)
public class ReviewService implements QualityReviews {

    private static final int CODE_LENGTH = 64;
    private static final int TEXT_LENGTH = 200;
    private static final int NOTE_LENGTH = 2000;
    private static final int SEED_LENGTH = 64;
    private static final int MAX_SCORE = 100;

    @Reference
    private Store store;
    @Reference
    private ClockService clock;
    @Reference
    private CurrentUser currentUser;

    /** For DS. */
    public ReviewService() {
    }

    /** For tests. */
    public ReviewService(Store store, ClockService clock, CurrentUser currentUser) {
        this.store = store;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Override
    public List<ChecklistItem> checklist() {
        try (UnitOfWork work = store.begin()) {
            List<ChecklistItem> stored = stored(work);
            List<ChecklistItem> items = stored.isEmpty() ? shipped() : stored;
            return items.stream().filter(ChecklistItem::isActive).toList();
        }
    }

    private static List<ChecklistItem> stored(UnitOfWork work) {
        return work.query("SELECT i FROM ChecklistItem i ORDER BY i.position, i.code");
    }

    /** The shipped checklist, until an administrator changes it (the first change stores it). */
    private static List<ChecklistItem> shipped() {
        return List.of(item("greeting", Messages.review_item_greeting, 2, 1), item("understanding", Messages.review_item_understanding, 2, 2),
                item("solution", Messages.review_item_solution, 4, 3), item("timeliness", Messages.review_item_timeliness, 2, 4),
                item("follow-up", Messages.review_item_follow_up, 2, 5));
    }

    private static ChecklistItem item(String code, String text, int max, int position) {
        ChecklistItem item = ComplaintsFactory.eINSTANCE.createChecklistItem();
        item.setCode(code);
        item.setText(text);
        item.setMaxScore(max);
        item.setPosition(position);
        item.setActive(true);
        return item;
    }

    @Override
    public ChecklistItem setItem(String code, String text, Integer maxScore, boolean active) {
        String clean = ComplaintService.required(code, "code", CODE_LENGTH);
        if (maxScore != null && (maxScore < 1 || maxScore > MAX_SCORE)) {
            throw new ComplaintsException(NLS.bind(Messages.review_bad_max, clean, maxScore));
        }
        try (UnitOfWork work = store.begin()) {
            List<ChecklistItem> stored = stored(work);
            if (stored.isEmpty()) {
                stored = new ArrayList<>(shipped());
                stored.forEach(work::add);
            }
            ChecklistItem item = stored.stream().filter(i -> i.getCode().equals(clean)).findFirst().orElse(null);
            if (item == null) {
                if (maxScore == null) {
                    throw new ComplaintsException(NLS.bind(Messages.field_missing, "max"));
                }
                item = item(clean, ComplaintService.required(text, "text", TEXT_LENGTH), maxScore,
                        stored.stream().mapToInt(ChecklistItem::getPosition).max().orElse(0) + 1);
                work.add(item);
            } else if (text != null && !text.isBlank()) {
                item.setText(ComplaintService.optional(text, "text", TEXT_LENGTH));
            }
            if (maxScore != null) {
                item.setMaxScore(maxScore);
            }
            item.setActive(active);
            work.commit();
            return item;
        }
    }

    @Override
    public Period period(String text) {
        String given = text == null ? "" : text.strip();
        ZoneId zone = clock.zone();
        try {
            LocalDate first;
            LocalDate last;
            if (given.contains("..")) {
                first = LocalDate.parse(given.substring(0, given.indexOf("..")).strip());
                last = LocalDate.parse(given.substring(given.indexOf("..") + 2).strip());
            } else if (given.length() == 7) {
                YearMonth month = YearMonth.parse(given);
                first = month.atDay(1);
                last = month.atEndOfMonth();
            } else {
                first = LocalDate.parse(given);
                last = first;
            }
            if (last.isBefore(first)) {
                throw new ComplaintsException(NLS.bind(Messages.review_bad_period, text));
            }
            return new Period(given, first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
        } catch (DateTimeException | StringIndexOutOfBoundsException bad) {
            throw new ComplaintsException(NLS.bind(Messages.review_bad_period, text));
        }
    }

    @Override
    public List<QualityReview> sample(Period period, int size, String seed) {
        if (size < 1) {
            throw new ComplaintsException(NLS.bind(Messages.review_bad_size, size));
        }
        String draw = seed == null || seed.isBlank() ? period.text() : ComplaintService.optional(seed, "seed", SEED_LENGTH);
        try (UnitOfWork work = store.begin()) {
            List<Complaint> closed = work.query("SELECT c FROM Complaint c WHERE c.status = ?1 AND c.closedAt >= ?2 AND c.closedAt < ?3",
                    ComplaintStatus.CLOSED, period.from(), period.to());
            Set<String> drawn = new HashSet<>(work.<String>query("SELECT c.reference FROM QualityReview r JOIN r.complaint c WHERE c.closedAt >= ?1"
                    + " AND c.closedAt < ?2", period.from(), period.to()));
            List<Complaint> chosen = closed.stream().filter(complaint -> !drawn.contains(complaint.getReference()))
                    .sorted(Comparator.<Complaint>comparingLong(complaint -> lot(draw, complaint.getReference())).thenComparing(Complaint::getReference))
                    .limit(size).toList();
            List<QualityReview> reviews = new ArrayList<>();
            for (Complaint complaint : chosen) {
                QualityReview review = ComplaintsFactory.eINSTANCE.createQualityReview();
                review.setComplaint(complaint);
                review.setPeriod(period.text());
                review.setSeed(draw);
                review.setReviewer(login());
                review.setSampledAt(clock.now());
                work.add(review);
                reviews.add(review);
            }
            work.commit();
            return reviews;
        }
    }

    /**
     * A complaint's lot in a draw: the first 8 bytes of SHA-256 over the seed and its reference, as
     * an unsigned number. The smallest lots are drawn; a complaint's lot does not depend on which
     * others there are, so complaints closed later do not change who would have been drawn.
     */
    static long lot(String seed, String reference) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((seed + "\n" + reference).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash, 0, Long.BYTES).getLong() ^ Long.MIN_VALUE;
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public QualityReview score(String complaintRef, Map<String, Integer> scores, String note) {
        try (UnitOfWork work = store.begin()) {
            List<QualityReview> found = work.query("SELECT r FROM QualityReview r JOIN r.complaint c WHERE c.reference = ?1", complaintRef);
            if (found.isEmpty()) {
                throw new ComplaintsException(NLS.bind(Messages.review_not_drawn, complaintRef));
            }
            QualityReview review = found.get(0);
            if (review.getScoredAt() != null) {
                throw new ComplaintsException(NLS.bind(Messages.review_scored, new Object[] { complaintRef, review.getReviewer(), review.getScoredAt() }));
            }
            List<ChecklistItem> stored = stored(work);
            List<ChecklistItem> items = (stored.isEmpty() ? shipped() : stored).stream().filter(ChecklistItem::isActive).toList();
            Map<String, Integer> left = new LinkedHashMap<>(scores);
            int total = 0;
            int max = 0;
            for (ChecklistItem item : items) {
                Integer given = left.remove(item.getCode());
                if (given == null) {
                    throw new ComplaintsException(NLS.bind(Messages.review_item_missing, complaintRef, item.getCode()));
                }
                if (given < 0 || given > item.getMaxScore()) {
                    throw new ComplaintsException(NLS.bind(Messages.review_bad_score, new Object[] { item.getCode(), given, item.getMaxScore() }));
                }
                ReviewScore score = ComplaintsFactory.eINSTANCE.createReviewScore();
                score.setItem(item.getCode());
                score.setText(item.getText());
                score.setScore(given);
                score.setMaxScore(item.getMaxScore());
                review.getScores().add(score);
                total += given;
                max += item.getMaxScore();
            }
            if (!left.isEmpty()) {
                throw new ComplaintsException(NLS.bind(Messages.review_item_unknown, String.join(", ", left.keySet()),
                        String.join(", ", items.stream().map(ChecklistItem::getCode).toList())));
            }
            review.setTotal(total);
            review.setMaxTotal(max);
            review.setNote(ComplaintService.optional(note, "note", NOTE_LENGTH));
            review.setScoredAt(clock.now());
            review.setReviewer(login());
            ComplaintService.commit(work, complaintRef);
            return review;
        }
    }

    @Override
    public List<QualityReview> reviews(Period period, boolean open) {
        String scored = open ? " AND r.scoredAt IS NULL" : "";
        try (UnitOfWork work = store.begin()) {
            List<QualityReview> reviews = period == null
                    ? work.query("SELECT r FROM QualityReview r JOIN r.complaint c WHERE r.sampledAt IS NOT NULL" + scored + " ORDER BY c.closedAt, c.reference")
                    : work.query("SELECT r FROM QualityReview r JOIN r.complaint c WHERE c.closedAt >= ?1 AND c.closedAt < ?2" + scored
                            + " ORDER BY c.closedAt, c.reference", period.from(), period.to());
            // what the caller shows, read while the unit of work is open
            reviews.forEach(review -> review.getScores().size());
            return reviews;
        }
    }

    private String login() {
        return currentUser.get().map(SessionUser::login).orElse(Complaints.SYSTEM);
    }
}
