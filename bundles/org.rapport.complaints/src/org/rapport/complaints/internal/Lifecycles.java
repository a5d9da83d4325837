package org.rapport.complaints.internal;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.osgi.util.NLS;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.ClockPause;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintsFactory;

/** What a lifecycle step does to a complaint's times, pauses and level, beyond its new status. */
final class Lifecycles {

    static final Duration FOLLOW_UP_WITHIN = Duration.ofHours(24);

    private Lifecycles() {
    }

    static void apply(Complaint complaint, Lifecycle step, Instant at, Integer csat, String login) {
        switch (step) {
            case ACKNOWLEDGE -> acknowledge(complaint, at);
            case START -> {
                acknowledge(complaint, at);
                // the one who starts it handles it; a step taken by automation (an import, the demo) leaves it to be taken
                if (complaint.getAssignee() == null && !org.rapport.complaints.api.Complaints.SYSTEM.equals(login)) {
                    complaint.setAssignee(login);
                }
            }
            case WAIT -> {
                ClockPause pause = ComplaintsFactory.eINSTANCE.createClockPause();
                pause.setPausedAt(at);
                complaint.getPauses().add(pause);
                firstSolution(complaint, at);
            }
            case RESUME -> resume(complaint, at);
            case ESCALATE -> {
                if (complaint.getEscalationLevel() >= 3) {
                    throw new ComplaintsException(NLS.bind(Messages.escalate_top, complaint.getReference()));
                }
                complaint.setEscalationLevel(complaint.getEscalationLevel() + 1);
            }
            case RESOLVE -> {
                resume(complaint, at);
                acknowledge(complaint, at);
                firstSolution(complaint, at);
                complaint.setResolvedAt(at);
                complaint.setFollowUpDue(at.plus(FOLLOW_UP_WITHIN));
            }
            case FOLLOW_UP -> {
                if (csat == null || csat < 1 || csat > 5) {
                    throw new ComplaintsException(NLS.bind(Messages.csat_required, complaint.getReference(), csat == null ? "" : csat));
                }
                complaint.setCsat(csat);
            }
            case CLOSE -> complaint.setClosedAt(at);
            case REOPEN -> {
                complaint.setResolvedAt(null);
                complaint.setClosedAt(null);
                complaint.setFollowUpDue(null);
            }
        }
    }

    private static void acknowledge(Complaint complaint, Instant at) {
        if (complaint.getAcknowledgedAt() == null) {
            complaint.setAcknowledgedAt(at);
        }
    }

    private static void firstSolution(Complaint complaint, Instant at) {
        if (complaint.getSolvedAt() == null) {
            complaint.setSolvedAt(at);
        }
    }

    private static void resume(Complaint complaint, Instant at) {
        for (ClockPause pause : complaint.getPauses()) {
            if (pause.getResumedAt() == null) {
                if (at.isBefore(pause.getPausedAt())) {
                    throw new ComplaintsException(NLS.bind(Messages.resume_before_wait, complaint.getReference(), pause.getPausedAt()));
                }
                pause.setResumedAt(at);
            }
        }
    }
}
