package org.rapport.complaints.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rapport.complaints.api.BusinessCalendar;
import org.rapport.complaints.api.Complaints.Clock;
import org.rapport.complaints.api.Interval;
import org.rapport.complaints.model.ClockPause;
import org.rapport.complaints.model.Complaint;

/**
 * A complaint's three clocks (acknowledge, first solution, resolve), all from its opening on its
 * calendar, minus its pauses. The due times are always computed again from the pauses, so a pause
 * over a holiday or a night moves them by business time, not by the length of the pause.
 */
final class ServiceClocks {

    static final String ACKNOWLEDGE = "acknowledge";
    static final String SOLUTION = "solution";
    static final String RESOLVE = "resolve";

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
