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
 * desktop, the command line, a colleague), the escalation shows here.
 */
final class EscalationWatch {

    /** An escalation to tell the user of. */
    record Seen(long id, String reference, String assignee, Integer level, String note, Instant at) {

        String text(StaffNames staff) {
            String who = assignee == null ? Messages.notice_nobody : staff.nameOf(assignee);
            return NLS.bind(Messages.escalation_notice, new Object[] { reference, Messages.level(level == null ? 0 : level), who, note == null ? "" : note });
        }
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

    /** The escalations not told yet. Called off the UI thread. */
    synchronized List<Seen> read() {
        SessionUser me = user.get().orElse(null);
        if (me == null) {
            return List.of();
        }
        boolean manager = me.hasRole(Roles.MANAGER) || me.hasRole(Roles.ADMINISTRATOR);
        List<Object[]> found;
        try (UnitOfWork work = store.begin()) {
            String query = "SELECT e.persistentId, c.reference, c.assignee, e.level, e.note, e.at, e.actor FROM Complaint c JOIN c.events e"
                    + " WHERE e.kind = ?1 AND e.at >= ?2" + (manager ? "" : " AND c.assignee = ?3") + " ORDER BY e.at";
            found = manager ? work.query(query, EventKind.ESCALATION, since) : work.query(query, EventKind.ESCALATION, since, me.login());
        }
        List<Seen> news = new ArrayList<>();
        for (Object[] row : found) {
            long id = ((Number) row[0]).longValue();
            if (seen.add(id) && !me.login().equals(row[6])) {
                news.add(new Seen(id, (String) row[1], (String) row[2], (Integer) row[3], (String) row[4], (Instant) row[5]));
            }
        }
        return news;
    }
}
