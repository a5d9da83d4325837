package org.rapport.reports.api;

import java.math.BigDecimal;

/**
 * A figure a measure should reach, shown against the actual one: retention at least 0.85, first
 * response at most 5 minutes.
 *
 * @param column the {@link FigureColumn#key()} the target is for
 * @param direction whether the figure should be at least or at most the value
 * @param value in the column's unit (a share as a fraction)
 */
public record Target(String column, Direction direction, BigDecimal value) {

    /** Which side of the target is good. */
    public enum Direction {
        AT_LEAST, AT_MOST
    }

    /** Whether a figure meets the target; a figure with no data meets nothing. */
    public boolean metBy(BigDecimal figure) {
        if (figure == null) {
            return false;
        }
        int compared = figure.compareTo(value);
        return direction == Direction.AT_LEAST ? compared >= 0 : compared <= 0;
    }
}
