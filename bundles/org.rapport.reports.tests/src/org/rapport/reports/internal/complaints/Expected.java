package org.rapport.reports.internal.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import org.rapport.reports.internal.complaints.ComplaintsData.Facts;

/**
 * Each complaints measure computed in plain Java over the complaints' facts, from its definition in
 * the user guide, for a window [start, end) and the moment the report runs. A figure is a
 * {@code Double}, null for no data.
 */
final class Expected {

    private final List<Facts> facts;
    private final Instant start;
    private final Instant end;
    private final Instant now;

    Expected(List<Facts> facts, Instant start, Instant end, Instant now) {
        this.facts = facts;
        this.start = start;
        this.end = end;
        this.now = now;
    }

    Expected only(Predicate<Facts> keep) {
        return new Expected(facts.stream().filter(keep).toList(), start, end, now);
    }

    private boolean in(Instant at) {
        return at != null && !at.isBefore(start) && at.isBefore(end);
    }

    private List<Facts> opened() {
        return facts.stream().filter(f -> in(f.openedAt())).toList();
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    List<Double> csat() {
        long answers = 0;
        long sum = 0;
        long good = 0;
        for (Facts f : facts) {
            if (f.csat() != null && !f.followUps().isEmpty() && in(Collections.max(f.followUps()))) {
                answers++;
                sum += f.csat();
                good += f.csat() >= 4 ? 1 : 0;
            }
        }
        return List.of(answers == 0 ? NO_DATA : (double) sum / answers, share(good, answers) == null ? NO_DATA : share(good, answers));
    }

    /** Stands for no data in an immutable list. */
    static final Double NO_DATA = Double.NaN;

    List<Double> firstResponse() {
        long answered = 0;
        long seconds = 0;
        long awaiting = 0;
        for (Facts f : opened()) {
            if (f.acknowledgedAt() == null) {
                awaiting++;
            } else {
                answered++;
                seconds += Duration.between(f.openedAt(), f.acknowledgedAt()).getSeconds();
            }
        }
        return List.of(answered == 0 ? NO_DATA : seconds / 60.0 / answered, (double) awaiting);
    }

    List<Double> resolutionRate() {
        List<Facts> opened = opened();
        long resolved = opened.stream().filter(f -> f.resolvedAt() != null).count();
        return List.of(orNoData(share(resolved, opened.size())), (double) resolved);
    }

    List<Double> firstContactResolution() {
        List<Facts> resolved = opened().stream().filter(f -> f.resolvedAt() != null).toList();
        long first = resolved.stream().filter(f -> f.repeatContacts() == 0 && f.escalationLevel() == 1 && !f.reopened()).count();
        return List.of(orNoData(share(first, resolved.size())));
    }

    List<Double> slaCompliance() {
        long[] due = new long[3];
        long[] met = new long[3];
        for (Facts f : facts) {
            clock(0, f.acknowledgeDue(), f.acknowledgedAt(), due, met);
            clock(1, f.solutionDue(), f.solvedAt(), due, met);
            clock(2, f.resolveDue(), f.resolvedAt(), due, met);
        }
        List<Double> figures = new ArrayList<>();
        figures.add(orNoData(share(met[0] + met[1] + met[2], due[0] + due[1] + due[2])));
        for (int i = 0; i < 3; i++) {
            figures.add(orNoData(share(met[i], due[i])));
        }
        return figures;
    }

    private void clock(int i, Instant dueAt, Instant metAt, long[] due, long[] met) {
        if (in(dueAt) && (metAt != null || !dueAt.isAfter(now))) {
            due[i]++;
            if (metAt != null && !metAt.isAfter(dueAt)) {
                met[i]++;
            }
        }
    }

    List<Double> repeatContactRate() {
        List<Facts> opened = opened();
        long again = opened.stream().filter(f -> f.repeatContacts() > 0).count();
        long contacts = opened.stream().mapToLong(Facts::repeatContacts).sum();
        return List.of(orNoData(share(again, opened.size())), (double) contacts);
    }

    /** Hot spots of this (filtered) set, whose share is of {@code all} complaints opened in the window. */
    List<Double> hotSpots(Expected all) {
        long count = opened().size();
        return List.of((double) count, orNoData(share(count, all.opened().size())));
    }

    /**
     * The references of the complaints behind a measure's figures: those it is computed over (the
     * answered ones for CSAT, the resolved ones for first-contact resolution, those with a clock
     * that counts for SLA compliance, those opened for the others).
     */
    java.util.Set<String> behind(String measure) {
        Predicate<Facts> behind = switch (measure) {
        case "csat" -> f -> f.csat() != null && !f.followUps().isEmpty() && in(Collections.max(f.followUps()));
        case "first-contact-resolution" -> f -> in(f.openedAt()) && f.resolvedAt() != null;
        case "sla-compliance" -> f -> counts(f.acknowledgeDue(), f.acknowledgedAt()) || counts(f.solutionDue(), f.solvedAt())
                || counts(f.resolveDue(), f.resolvedAt());
        default -> f -> in(f.openedAt());
        };
        java.util.Set<String> references = new java.util.TreeSet<>();
        facts.stream().filter(behind).forEach(f -> references.add(f.reference()));
        return references;
    }

    private boolean counts(Instant dueAt, Instant metAt) {
        return in(dueAt) && (metAt != null || !dueAt.isAfter(now));
    }

    private static Double orNoData(Double value) {
        return value == null ? NO_DATA : value;
    }
}
