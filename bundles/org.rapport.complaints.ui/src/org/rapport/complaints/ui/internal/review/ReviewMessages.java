package org.rapport.complaints.ui.internal.review;

import org.eclipse.osgi.util.NLS;

/** The quality review view's texts, from the bundle's {@code OSGI-INF/l10n/bundle*.properties} (keys review_ui_*). */
public final class ReviewMessages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String review_ui_not_allowed;
    public static String review_ui_read_only;
    public static String review_ui_period;
    public static String review_ui_size;
    public static String review_ui_seed;
    public static String review_ui_draw;
    public static String review_ui_drawn;
    public static String review_ui_drawn_none;
    public static String review_ui_count;
    public static String review_ui_failed;
    public static String review_ui_column_reference;
    public static String review_ui_column_subject;
    public static String review_ui_column_agent;
    public static String review_ui_column_closed;
    public static String review_ui_column_score;
    public static String review_ui_column_reviewer;
    public static String review_ui_to_score;
    public static String review_ui_score_of;
    public static String review_ui_averages;
    public static String review_ui_column_reviews;
    public static String review_ui_column_average;
    public static String review_ui_nobody;
    public static String review_ui_choose;
    public static String review_ui_scoring;
    public static String review_ui_scored;
    public static String review_ui_comment;
    public static String review_ui_save;
    public static String review_ui_open;
    public static String review_ui_saved;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ReviewMessages.class);
    }

    private ReviewMessages() {
    }
}
