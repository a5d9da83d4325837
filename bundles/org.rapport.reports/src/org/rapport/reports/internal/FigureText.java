package org.rapport.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;

/**
 * How a figure is written: for people a share is a percentage with one decimal (42.9 %), an
 * amount has two decimals, a count none; for programs (CSV, JSON) a share stays a fraction
 * (0.428571) and every figure is written as computed. A figure with no data is null here; each
 * output says how it shows that.
 */
public final class FigureText {

    private FigureText() {
    }

    /** For people; null for no data. */
    public static String forPeople(Figure figure, FigureColumn.Unit unit) {
        if (!figure.hasData()) {
            return null;
        }
        BigDecimal value = figure.value();
        return switch (unit) {
        case SHARE -> value.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
        case MONEY, SCORE -> value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        case MINUTES -> value.setScale(1, RoundingMode.HALF_UP).toPlainString();
        case COUNT, POINTS -> value.setScale(0, RoundingMode.HALF_UP).toPlainString();
        };
    }

    /** For programs: the value as computed (a share as a fraction); null for no data. */
    public static BigDecimal forMachines(Figure figure) {
        return figure.hasData() ? figure.value() : null;
    }
}
