package org.rapport.reports.api;

import java.util.List;

/**
 * A measure's answer to a query.
 *
 * @param report the measure's {@link ReportProvider#name() name}
 * @param query what was asked
 * @param columns the figures of each row
 * @param total the period's figures over everything the filters keep
 * @param rows one per value of the breakdown dimension, in the dimension's order (months in
 *            time order, others by label); empty without a breakdown
 */
public record ReportResult(String report, ReportQuery query, List<FigureColumn> columns, ReportRow total, List<ReportRow> rows) {

    public ReportResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
