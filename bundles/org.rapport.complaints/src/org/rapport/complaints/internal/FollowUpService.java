package org.rapport.complaints.internal;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.complaints.api.FollowUps;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/** {@link FollowUps} over the store: the resolved complaints by their follow-up due time, the query's own order. */
@Component(service = FollowUps.class)
public class FollowUpService implements FollowUps {

    @Reference
    private Store store;
    @Reference
    private ClockService clock;

    /** For DS. */
    public FollowUpService() {
    }

    /** For tests. */
    public FollowUpService(Store store, ClockService clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<FollowUp> due(Instant asOf) {
        Instant when = asOf == null ? clock.now() : asOf;
        try (UnitOfWork work = store.begin()) {
            // through the range variable only, so an own-records user's row filter applies
            List<Complaint> resolved = work.query("SELECT c FROM Complaint c WHERE c.status = ?1 AND c.resolvedAt <= ?2 ORDER BY c.followUpDue, c.reference",
                    ComplaintStatus.RESOLVED, when);
            return resolved.stream().map(complaint -> new FollowUp(complaint, complaint.getResolvedAt(), complaint.getFollowUpDue(),
                    !complaint.getFollowUpDue().isAfter(when))).toList();
        }
    }
}
