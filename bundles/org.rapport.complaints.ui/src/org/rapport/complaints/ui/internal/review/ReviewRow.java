package org.rapport.complaints.ui.internal.review;

import java.time.Instant;
import java.util.List;

import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.QualityReview;

/** A drawn complaint as the quality review view shows it, read off the UI thread. */
record ReviewRow(String reference, String subject, String agent, Instant closedAt, Integer total, Integer maxTotal, String reviewer, Instant scoredAt,
        String note, List<Score> scores) {

    /** One checklist item's score, with the item as it was when scored. */
    record Score(String item, String text, int score, int maxScore) {
    }

    static ReviewRow of(QualityReview review) {
        Complaint complaint = review.getComplaint();
        return new ReviewRow(complaint.getReference(), complaint.getSubject(), complaint.getAssignee(), complaint.getClosedAt(), review.getTotal(),
                review.getMaxTotal(), review.getReviewer(), review.getScoredAt(), review.getNote(),
                review.getScores().stream().map(s -> new Score(s.getItem(), s.getText(), s.getScore(), s.getMaxScore())).toList());
    }

    boolean scored() {
        return scoredAt != null;
    }
}
