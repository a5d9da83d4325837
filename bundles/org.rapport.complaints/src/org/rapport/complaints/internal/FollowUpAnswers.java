package org.rapport.complaints.internal;

import org.eclipse.osgi.util.NLS;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Complaint;

/** The follow-up's optional answer to "how likely are you to recommend us, 0-10" (the NPS question). */
final class FollowUpAnswers {

    static final int RECOMMEND_MIN = 0;
    static final int RECOMMEND_MAX = 10;

    private FollowUpAnswers() {
    }

    /**
     * Records the answer of a follow-up; a follow-up without one clears the answer of an earlier
     * follow-up, so the complaint's answers are always those of its last follow-up.
     */
    static void recommend(Complaint complaint, Lifecycle step, Integer recommend) {
        if (step != Lifecycle.FOLLOW_UP) {
            if (recommend != null) {
                throw new ComplaintsException(NLS.bind(Messages.recommend_follow_up_only, complaint.getReference(), step.word()));
            }
            return;
        }
        if (recommend != null && (recommend < RECOMMEND_MIN || recommend > RECOMMEND_MAX)) {
            throw new ComplaintsException(NLS.bind(Messages.recommend_range, complaint.getReference(), recommend));
        }
        complaint.setRecommendScore(recommend);
    }
}
