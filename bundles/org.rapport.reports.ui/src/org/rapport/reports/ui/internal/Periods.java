package org.rapport.reports.ui.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import org.rapport.reports.api.ReportPeriod;

/** The periods a dashboard offers, counted from today (the clock service's day). */
enum Periods {
    THIS_MONTH, LAST_MONTH, QUARTER, TWELVE_MONTHS, CUSTOM;

    /** The label in the picker. */
    String label() {
        return switch (this) {
        case THIS_MONTH -> Messages.period_this_month;
        case LAST_MONTH -> Messages.period_last_month;
        case QUARTER -> Messages.period_quarter;
        case TWELVE_MONTHS -> Messages.period_12_months;
        case CUSTOM -> Messages.period_custom;
        };
    }

    /**
     * The period for today. Whole calendar months, so the period before is whole months too
     * ({@link ReportPeriod#previous()}): this month so far counts as the month, whose days to come
     * have no data yet. {@link #CUSTOM} is the user's and has no period of its own here.
     */
    ReportPeriod of(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        return switch (this) {
        case THIS_MONTH -> ReportPeriod.of(month);
        case LAST_MONTH -> ReportPeriod.of(month.minusMonths(1));
        // the calendar quarter today is in
        case QUARTER -> {
            YearMonth first = YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
            yield new ReportPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        case TWELVE_MONTHS -> new ReportPeriod(month.minusMonths(11).atDay(1), month.atEndOfMonth());
        case CUSTOM -> throw new IllegalStateException("a custom period is chosen by the user");
        };
    }
}
