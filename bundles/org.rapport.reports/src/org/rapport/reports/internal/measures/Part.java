package org.rapport.reports.internal.measures;

import java.util.List;
import java.util.Map;

/**
 * One aggregate query of a measure: {@code SELECT aggregates FROM from WHERE where}. The where
 * clause names its parameters as markers: {@code {from}} and {@code {to}} are the window's start
 * (included) and end (excluded); the others come from {@code values}.
 *
 * @param aggregates the aggregate expressions, each a number (a SUM of nothing counts as 0)
 * @param from the range variable and its joins, e.g. {@code Complaint c}
 * @param where the condition that places a row in the window
 * @param values the other markers' values
 */
public record Part(List<String> aggregates, String from, String where, Map<String, Object> values) {

    public Part {
        aggregates = List.copyOf(aggregates);
        values = Map.copyOf(values);
    }

    public Part(List<String> aggregates, String from, String where) {
        this(aggregates, from, where, Map.of());
    }
}
