package org.rapport.complaints.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.rapport.complaints.model.ChecklistItem;
import org.rapport.complaints.model.QualityReview;

/**
 * Quality review (DOMAIN.md section 4): a supervisor draws a sample of a period's closed complaints
 * and scores each against the checklist. The draw is reproducible (the same seed over the same
 * complaints draws the same ones) and never draws a complaint already drawn. How it draws is the
 * user guide's (Quality review).
 */
public interface QualityReviews {

    /** The active checklist in its order; the shipped one until an administrator sets items. */
    List<ChecklistItem> checklist();

    /** Adds or changes a checklist item (scored from 0 to {@code maxScore}, null: unchanged); {@code active} false retires it. */
    ChecklistItem setItem(String code, String text, Integer maxScore, boolean active);

    /** A period of closing times, [from, to), as the user wrote it (2026-04 or 2026-04-01..2026-04-15). */
    record Period(String text, Instant from, Instant to) {
    }

    /** Reads 2026-04 (a month), 2026-04-07 (a day) or FROM..TO (dates, both included) in the installation's zone. */
    Period period(String text);

    /** Draws up to {@code size} closed complaints of the period not drawn before; {@code seed} null: the period's text. */
    List<QualityReview> sample(Period period, int size, String seed);

    /** Scores a drawn complaint: every active item of the checklist, each from 0 to its maximum. */
    QualityReview score(String complaintRef, Map<String, Integer> scores, String note);

    /** Reviews drawn for closing times in the period (null: all), still to score only with {@code open}. */
    List<QualityReview> reviews(Period period, boolean open);
}
