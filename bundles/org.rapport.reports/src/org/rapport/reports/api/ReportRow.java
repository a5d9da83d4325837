package org.rapport.reports.api;

import java.util.List;

/**
 * One row of a report: the period's total, or one value of the dimension it is broken down by.
 *
 * @param key the dimension's value as stored ({@code 2026-03}, {@code GOLD}, a category's code);
 *            null for the total; what a drill-down or a filter names
 * @param label the value for people, in the user's language
 * @param figures one per {@link ReportProvider#columns() column}, in order
 */
public record ReportRow(String key, String label, List<Figure> figures) {

    public ReportRow {
        figures = List.copyOf(figures);
    }
}
