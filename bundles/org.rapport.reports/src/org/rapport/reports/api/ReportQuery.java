package org.rapport.reports.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report is asked for: a period, optionally a dimension to give one row per value of
 * ({@code --by channel}), and filters that keep what has one value of a dimension
 * ({@code --filter region=East}).
 *
 * @param period the period P
 * @param by a dimension's name ({@link Dimensions}), or null for the period's total only
 * @param filters dimension name to value; empty for none
 */
public record ReportQuery(ReportPeriod period, String by, Map<String, String> filters) {

    public ReportQuery {
        Objects.requireNonNull(period, "period");
        filters = Map.copyOf(filters);
    }

    /** The period's total, unfiltered. */
    public static ReportQuery of(ReportPeriod period) {
        return new ReportQuery(period, null, Map.of());
    }

    /** The dimension the rows are given by, if any. */
    public Optional<String> breakdown() {
        return Optional.ofNullable(by);
    }
}
