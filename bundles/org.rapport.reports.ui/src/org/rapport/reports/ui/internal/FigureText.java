package org.rapport.reports.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;

import org.eclipse.osgi.util.NLS;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn.Unit;
import org.rapport.reports.api.Target;
import org.rapport.ui.api.Formats;

/** Figures as people read them, and as a chart draws them: a share in percent, minutes with their unit, "no data" as such. */
final class FigureText {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FigureText() {
    }

    /** The figure in its unit: "87.5 %", "4.2 min", "1,204"; "No data" when there was none. */
    static String of(Figure figure, Unit unit) {
        return figure == null || !figure.hasData() ? Messages.no_data : of(figure.value(), unit);
    }

    /** A value in its unit. */
    static String of(BigDecimal value, Unit unit) {
        return switch (unit) {
        case SHARE -> NLS.bind(Messages.unit_percent, decimals(value.multiply(HUNDRED), 1));
        case MINUTES -> NLS.bind(Messages.unit_minutes, decimals(value, 1));
        case MONEY -> Formats.money(value);
        case SCORE -> decimals(value, 2);
        case COUNT, POINTS -> Formats.count(value.setScale(0, RoundingMode.HALF_UP).longValue());
        };
    }

    /** What the chart's axis draws for a value: a share in percent, the rest as it is. */
    static double plotted(BigDecimal value, Unit unit) {
        return unit == Unit.SHARE ? value.multiply(HUNDRED).doubleValue() : value.doubleValue();
    }

    /** "Target at least 85.0 %", "Target at most 5.0 min". */
    static String target(Target target, Unit unit) {
        return NLS.bind(target.direction() == Target.Direction.AT_LEAST ? Messages.target_at_least : Messages.target_at_most, of(target.value(), unit));
    }

    private static String decimals(BigDecimal value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value.setScale(digits, RoundingMode.HALF_UP));
    }
}
