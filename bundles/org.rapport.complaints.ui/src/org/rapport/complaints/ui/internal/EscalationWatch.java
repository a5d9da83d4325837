package org.rapport.complaints.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.complaints.model.EventKind;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.StaffNames;

/**
 * Which escalations concern the signed-in user, since the queue opened: those of complaints
 * assigned to them, and for a manager those of every complaint they may read (Rapport keeps no
 * reporting line between users, so "their manager" is whoever holds the manager role). An
 * escalation the user made themselves is not news to them. Whoever escalated (the tick of any
 * desktop, the command line, a colleague), the escalation shows here; and any escalation not seen
 * before, whether it concerns the user or not, tells the queue that its rows are stale: commit events
 * reach only the process that commits, so another desktop's escalations are known here only from
 * this look.
 */
final class EscalationWatch {

    /** An escalation to tell the user of. */
    record Seen(long id, String reference, String assignee, Integer level, String note, Instant at) {

        String text(StaffNames staff) {
            String who = assignee == null ? Messages.notice_nobody : staff.nameOf(assignee);
            return NLS.bind(Messages.escalation_notice, new Object[] { reference, Messages.level(level == null ? 0 : level), who, note == null ? "" : note });
        }
    }

    /** What one look found: the escalations to tell the user of, and whether any escalation was new at all. */
    record Look(List<Seen> news, boolean changed) {
        static final Look NOTHING = new Look(List.of(), false);
    }

    private final Store store;
    private final CurrentUser user;
    private final Instant since;
    private final Set<Long> seen = new HashSet<>();

    EscalationWatch(Store store, ClockService clock, CurrentUser user) {
        this.store = store;
        this.user = user;
        this.since = clock.now();
    }

    /** The escalations not told yet, and whether any escalation the user may read is new. Called off the UI thread. */
    synchronized Look read() {
        SessionUser me = user.get().orElse(null);
        if (me == null) {
            return Look.NOTHING;
        }
        boolean manager = me.hasRole(Roles.MANAGER) || me.hasRole(Roles.ADMINISTRATOR);
        List<Object[]> found;
        try (UnitOfWork work = store.begin()) {
            // every escalation the user may read (the store's rules apply), not only theirs: the queue lists them all
            found = work.query("SELECT e.persistentId, c.reference, c.assignee, e.level, e.note, e.at, e.actor FROM Complaint c JOIN c.events e"
                    + " WHERE e.kind = ?1 AND e.at >= ?2 ORDER BY e.at", EventKind.ESCALATION, since);
        }
        List<Seen> news = new ArrayList<>();
        boolean changed = false;
        for (Object[] row : found) {
            long id = ((Number) row[0]).longValue();
            if (!seen.add(id)) {
                continue;
            }
            changed = true;
            String assignee = (String) row[2];
            boolean concerns = manager || me.login().equals(assignee);
            if (concerns && !me.login().equals(row[6])) {
                news.add(new Seen(id, (String) row[1], assignee, (Integer) row[3], (String) row[4], (Instant) row[5]));
            }
        }
        return new Look(news, changed);
    }
}
