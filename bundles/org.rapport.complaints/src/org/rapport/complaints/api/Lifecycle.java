package org.rapport.complaints.api;

import static org.rapport.complaints.model.ComplaintStatus.ACKNOWLEDGED;
import static org.rapport.complaints.model.ComplaintStatus.CLOSED;
import static org.rapport.complaints.model.ComplaintStatus.ESCALATED;
import static org.rapport.complaints.model.ComplaintStatus.FOLLOWED_UP;
import static org.rapport.complaints.model.ComplaintStatus.IN_PROGRESS;
import static org.rapport.complaints.model.ComplaintStatus.NEW;
import static org.rapport.complaints.model.ComplaintStatus.REOPENED;
import static org.rapport.complaints.model.ComplaintStatus.RESOLVED;
import static org.rapport.complaints.model.ComplaintStatus.WAITING;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.rapport.complaints.model.ComplaintStatus;

/**
 * The complaint lifecycle of DOMAIN.md section 4: new -> acknowledged -> in progress -> (escalated)
 * -> resolved -> follow-up done -> closed, with waiting for the customer (the clocks stand still)
 * and reopening. Each step says from which statuses it may be taken and where it leads.
 */
public enum Lifecycle {

    ACKNOWLEDGE("acknowledge", ACKNOWLEDGED, EnumSet.of(NEW, REOPENED, ESCALATED)),
    START("start", IN_PROGRESS, EnumSet.of(NEW, ACKNOWLEDGED, ESCALATED, REOPENED)),
    WAIT("wait", WAITING, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, ESCALATED, REOPENED)),
    RESUME("resume", IN_PROGRESS, EnumSet.of(WAITING)),
    /** Raises the level by one; from escalated too, up to level 3. */
    ESCALATE("escalate", ESCALATED, EnumSet.of(NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING, ESCALATED, REOPENED)),
    RESOLVE("resolve", RESOLVED, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, WAITING, ESCALATED, REOPENED)),
    FOLLOW_UP("follow-up", FOLLOWED_UP, EnumSet.of(RESOLVED)),
    CLOSE("close", CLOSED, EnumSet.of(FOLLOWED_UP)),
    REOPEN("reopen", REOPENED, EnumSet.of(RESOLVED, FOLLOWED_UP, CLOSED));

    /** Statuses in which the complaint is still being handled: its clocks and escalation apply. */
    public static final Set<ComplaintStatus> OPEN = EnumSet.of(NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING, ESCALATED, REOPENED);

    private final String word;
    private final ComplaintStatus target;
    private final Set<ComplaintStatus> from;

    Lifecycle(String word, ComplaintStatus target, Set<ComplaintStatus> from) {
        this.word = word;
        this.target = target;
        this.from = from;
    }

    /** The word on the command line and in the event history (follow-up). */
    public String word() {
        return word;
    }

    public ComplaintStatus target() {
        return target;
    }

    public Set<ComplaintStatus> from() {
        return from;
    }

    public boolean allowedFrom(ComplaintStatus status) {
        return from.contains(status);
    }

    public static Optional<Lifecycle> ofWord(String word) {
        for (Lifecycle step : values()) {
            if (step.word.equals(word.toLowerCase(Locale.ROOT))) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
