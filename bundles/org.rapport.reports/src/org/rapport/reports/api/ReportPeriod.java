package org.rapport.reports.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The period P a measure is computed for: whole days from {@code from} to {@code to}, both
 * included, in the installation's zone.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The calendar month {@code month}. */
    public static ReportPeriod of(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** Whether the period is whole calendar months: from a month's first day to a month's last. */
    public boolean isWholeMonths() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
    }

    /** How many days the period has. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The period before this one, as {@code DOMAIN.md} defines it for retention: it ends the day
     * before this one starts and is as long, the same number of calendar months when this one is
     * whole months (so the period before March is February, all 28 or 29 days of it), else the
     * same number of days.
     */
    public ReportPeriod previous() {
        if (isWholeMonths()) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
            return new ReportPeriod(from.minusMonths(months), from.minusDays(1));
        }
        return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** The calendar months the period touches, in order (the first and last may be partly outside it). */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The period's first moment in the zone: {@code from} at the start of the day. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in the zone (exclusive end): the day after {@code to} at its start. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
