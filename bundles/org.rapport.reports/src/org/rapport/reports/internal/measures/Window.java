package org.rapport.reports.internal.measures;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import org.rapport.reports.api.ReportPeriod;

/** A stretch of time a query counts in: from {@code start} (included) to {@code end} (excluded). */
record Window(Instant start, Instant end) {

    static Window of(ReportPeriod period, ZoneId zone) {
        return new Window(period.start(zone), period.end(zone));
    }

    static Window of(YearMonth month, ZoneId zone) {
        return new Window(month.atDay(1).atStartOfDay(zone).toInstant(), month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    /** What this window and the other have in common; empty (start = end) when nothing. */
    Window and(Window other) {
        Instant from = start.isAfter(other.start) ? start : other.start;
        Instant to = end.isBefore(other.end) ? end : other.end;
        return to.isAfter(from) ? new Window(from, to) : new Window(from, from);
    }
}
