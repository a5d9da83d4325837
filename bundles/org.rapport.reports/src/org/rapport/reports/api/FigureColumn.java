package org.rapport.reports.api;

/**
 * One figure of a report's rows.
 *
 * @param key the column's name in CSV and JSON output, snake_case: {@code rate}, {@code mean}, {@code share_4_5}
 * @param unit what the figure counts, which says how it is shown
 */
public record FigureColumn(String key, Unit unit) {

    /** What a figure is, which decides how it is written and drawn. */
    public enum Unit {
        /** A share, stored as a fraction 0..1 and shown as a percentage. */
        SHARE,
        /** A number of customers, complaints, members. */
        COUNT,
        /** An amount in the installation's currency. */
        MONEY,
        /** A duration in minutes. */
        MINUTES,
        /** A score on the measure's own scale (CSAT 1-5, NPS -100..100). */
        SCORE,
        /** Loyalty points. */
        POINTS
    }
}
