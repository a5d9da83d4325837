package org.rapport.reports.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One figure: its value in its column's unit, or none when there is no data to compute it from
 * (a rate over nobody is "no data", never 0 and never a division by zero), with what it is over.
 *
 * @param value the figure (a share as a fraction 0..1), or null for no data
 * @param base how many customers, complaints or answers the figure is computed over (the
 *            denominator of a rate, the count of a mean), or null where that says nothing (a sum)
 */
public record Figure(BigDecimal value, Long base) {

    /** Decimals kept in a computed share or mean; shown rounded further. */
    public static final int SCALE = 6;

    /** Whether there was data to compute the figure from. */
    public boolean hasData() {
        return value != null;
    }

    /** {@code part / whole} as a fraction, or no data when the whole is 0. */
    public static Figure share(long part, long whole) {
        if (whole == 0) {
            return new Figure(null, 0L);
        }
        return new Figure(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP), whole);
    }

    /** {@code sum / count}, or no data when the count is 0. */
    public static Figure mean(BigDecimal sum, long count) {
        if (count == 0) {
            return new Figure(null, 0L);
        }
        return new Figure(sum.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP), count);
    }

    /** A count or a sum: always data (nothing counts 0). */
    public static Figure amount(BigDecimal amount) {
        return new Figure(amount, null);
    }

    /** A count: always data. */
    public static Figure count(long count) {
        return new Figure(BigDecimal.valueOf(count), null);
    }
}
