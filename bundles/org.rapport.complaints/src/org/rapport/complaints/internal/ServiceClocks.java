package org.rapport.complaints.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.rapport.complaints.api.BusinessCalendar;
import org.rapport.complaints.api.Complaints.Clock;
import org.rapport.complaints.api.Interval;
import org.rapport.complaints.model.ClockPause;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintStatus;

/**
 * A complaint's three clocks (acknowledge, first solution, resolve), all from its opening on its
 * calendar, minus its pauses. The due times are always computed again from the pauses, so a pause
 * over a holiday or a night moves them by business time, not by the length of the pause.
 */
final class ServiceClocks {

    static final String ACKNOWLEDGE = "acknowledge";
    static final String SOLUTION = "solution";
    static final String RESOLVE = "resolve";

    /** Statuses whose clocks no longer run: the tick leaves them alone. */
    static final Set<ComplaintStatus> DONE = EnumSet.of(ComplaintStatus.RESOLVED, ComplaintStatus.FOLLOWED_UP, ComplaintStatus.CLOSED);
    static final int TOP_LEVEL = 3;

    private ServiceClocks() {
    }

    static List<Interval> pauses(Complaint complaint) {
        List<Interval> pauses = new ArrayList<>();
        for (ClockPause pause : complaint.getPauses()) {
            pauses.add(new Interval(pause.getPausedAt(), pause.getResumedAt()));
        }
        return pauses;
    }

    /** Stores the due times computed from the opening and the pauses (none while a pause is open). */
    static void recompute(Complaint complaint, BusinessCalendar calendar) {
        List<Interval> pauses = pauses(complaint);
        complaint.setAcknowledgeDue(due(calendar, complaint, complaint.getAcknowledgeMinutes(), pauses));
        complaint.setSolutionDue(complaint.getSolutionMinutes() == null ? null : due(calendar, complaint, complaint.getSolutionMinutes(), pauses));
        complaint.setResolveDue(due(calendar, complaint, complaint.getResolveMinutes(), pauses));
        complaint.setEscalationDue(escalationDue(complaint));
    }

    /** A clock as stored: its due time (none while a pause stops it before then) and when it was met. */
    private record Stored(String name, Instant due, Instant met) {

        /** When it ran out unmet or met late (both count against it); null while it has not or cannot. */
        Instant breachedAt() {
            return due != null && (met == null || met.isAfter(due)) ? due : null;
        }
    }

    private static List<Stored> stored(Complaint complaint) {
        List<Stored> clocks = new ArrayList<>();
        clocks.add(new Stored(ACKNOWLEDGE, complaint.getAcknowledgeDue(), complaint.getAcknowledgedAt()));
        if (complaint.getSolutionMinutes() != null) {
            clocks.add(new Stored(SOLUTION, complaint.getSolutionDue(), complaint.getSolvedAt()));
        }
        clocks.add(new Stored(RESOLVE, complaint.getResolveDue(), complaint.getResolvedAt()));
        return clocks;
    }

    /**
     * {@link #breached(List, Instant)} from the stored due times, without the calendar: a clock met
     * by {@code asOf} counts when it was met late, one not met (or met after {@code asOf}) when its
     * due time is not after {@code asOf}, which comes to the same.
     */
    static List<String> breached(Complaint complaint, Instant asOf) {
        return stored(complaint).stream().filter(clock -> clock.breachedAt() != null && !clock.breachedAt().isAfter(asOf)).map(Stored::name)
                .toList();
    }

    /**
     * When the escalation level next rises unless a clock is met first: the level is one more than
     * the clocks that ran out (at most {@value #TOP_LEVEL}), so at level n it is the n-th moment a
     * clock runs out. None at the top, once done, or while a pause stops the clocks that remain.
     */
    static Instant escalationDue(Complaint complaint) {
        int level = complaint.getEscalationLevel();
        if (DONE.contains(complaint.getStatus()) || level >= TOP_LEVEL) {
            return null;
        }
        List<Instant> moments = stored(complaint).stream().map(Stored::breachedAt).filter(Objects::nonNull).sorted().toList();
        int next = Math.max(level, 1) - 1;
        return next < moments.size() ? moments.get(next) : null;
    }

    private static Instant due(BusinessCalendar calendar, Complaint complaint, int minutes, List<Interval> pauses) {
        return calendar.due(complaint.getOpenedAt(), Duration.ofMinutes(minutes), pauses).orElse(null);
    }

    /** The clocks as of a moment: when each is due, when it was met, whether it ran out unmet, in words. */
    static List<Clock> clocks(Complaint complaint, BusinessCalendar calendar, Instant asOf) {
        List<Interval> pauses = pauses(complaint);
        List<Clock> clocks = new ArrayList<>();
        clocks.add(clock(ACKNOWLEDGE, complaint.getAcknowledgeMinutes(), complaint.getAcknowledgedAt(), complaint, calendar, pauses, asOf));
        if (complaint.getSolutionMinutes() != null) {
            clocks.add(clock(SOLUTION, complaint.getSolutionMinutes(), complaint.getSolvedAt(), complaint, calendar, pauses, asOf));
        }
        clocks.add(clock(RESOLVE, complaint.getResolveMinutes(), complaint.getResolvedAt(), complaint, calendar, pauses, asOf));
        return clocks;
    }

    /** Clocks that ran out before they were met (late or still unmet at {@code asOf}): what drives the escalation level. */
    static List<String> breached(List<Clock> clocks, Instant asOf) {
        List<String> names = new ArrayList<>();
        for (Clock clock : clocks) {
            if (clock.due().isEmpty()) {
                continue;
            }
            Instant due = clock.due().get();
            Optional<Instant> met = clock.met().filter(at -> !at.isAfter(asOf));
            if (met.isPresent() ? met.get().isAfter(due) : !due.isAfter(asOf)) {
                names.add(clock.name());
            }
        }
        return names;
    }

    private static Clock clock(String name, int minutes, Instant met, Complaint complaint, BusinessCalendar calendar, List<Interval> pauses,
            Instant asOf) {
        Duration business = Duration.ofMinutes(minutes);
        Optional<Instant> due = calendar.due(complaint.getOpenedAt(), business, pauses);
        boolean overdue = met == null && due.isPresent() && !due.get().isAfter(asOf);
        String explanation = ClockExplainer.explainDue(calendar, complaint.getOpenedAt(), business, pauses);
        return new Clock(name, business, due, Optional.ofNullable(met), overdue, explanation);
    }
}
