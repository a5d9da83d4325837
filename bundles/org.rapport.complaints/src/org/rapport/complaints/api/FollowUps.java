package org.rapport.complaints.api;

import java.time.Instant;
import java.util.List;

import org.rapport.complaints.model.Complaint;

/**
 * Follow-up reminders (DOMAIN.md section 4): a resolved complaint waits for its follow-up contact,
 * due 24 hours after it was resolved.
 */
public interface FollowUps {

    /** A resolved complaint waiting for its follow-up; {@code overdue} once its due time is reached. */
    record FollowUp(Complaint complaint, Instant resolvedAt, Instant due, boolean overdue) {
    }

    /** Every resolved complaint the user may read, resolved by {@code asOf} (null: now), earliest due first. */
    List<FollowUp> due(Instant asOf);
}
