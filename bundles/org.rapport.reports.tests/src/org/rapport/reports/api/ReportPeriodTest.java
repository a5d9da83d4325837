package org.rapport.reports.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The period before P as DOMAIN.md defines it, and a period's bounds in a zone. */
class ReportPeriodTest {

    private static ReportPeriod days(String from, String to) {
        return new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void beforeWholeMonthsComeAsManyWholeMonths() {
        assertEquals(days("2026-02-01", "2026-02-28"), ReportPeriod.of(YearMonth.of(2026, 3)).previous(), "March: all of February");
        assertEquals(days("2024-02-01", "2024-02-29"), ReportPeriod.of(YearMonth.of(2024, 3)).previous(), "a leap year's February has 29 days");
        assertEquals(days("2026-01-01", "2026-01-31"), ReportPeriod.of(YearMonth.of(2026, 2)).previous(), "February: all of January, 31 days");
        assertEquals(days("2025-12-01", "2025-12-31"), ReportPeriod.of(YearMonth.of(2026, 1)).previous(), "across the year");
        assertEquals(days("2025-10-01", "2025-12-31"), days("2026-01-01", "2026-03-31").previous(), "a quarter: the quarter before");
        assertEquals(days("2025-03-01", "2026-02-28"), days("2026-03-01", "2027-02-28").previous(), "twelve months ending in February");
        assertEquals(days("2023-03-01", "2024-02-29"), days("2024-03-01", "2025-02-28").previous());
        assertTrue(days("2024-02-01", "2024-02-29").isWholeMonths());
        assertFalse(days("2023-02-01", "2023-02-27").isWholeMonths());
    }

    @Test
    void beforeOtherPeriodsComeAsManyDays() {
        assertEquals(days("2026-03-03", "2026-03-09"), days("2026-03-10", "2026-03-16").previous(), "a week");
        assertEquals(days("2026-02-28", "2026-02-28"), days("2026-03-01", "2026-03-01").previous(), "a day: the day before");
        assertEquals(days("2024-02-13", "2024-03-01"), days("2024-03-02", "2024-03-19").previous(), "18 days across 29 February");
        assertEquals(days("2026-01-16", "2026-02-14"), days("2026-02-15", "2026-03-16").previous(), "30 days, not a month");
        assertEquals(days("2026-01-02", "2026-01-31"), days("2026-02-01", "2026-03-02").previous(), "from a first day, not to a last day: days");
        assertEquals(30, days("2026-02-01", "2026-03-02").previous().days());
    }

    @Test
    void boundsAreTheZonesMidnights() {
        ReportPeriod march = ReportPeriod.of(YearMonth.of(2026, 3));
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertEquals(Instant.parse("2026-02-28T16:00:00Z"), march.start(shanghai));
        assertEquals(Instant.parse("2026-03-31T16:00:00Z"), march.end(shanghai));
        assertEquals(List.of(YearMonth.of(2026, 2), YearMonth.of(2026, 3)), days("2026-02-20", "2026-03-02").months());
        assertThrows(IllegalArgumentException.class, () -> days("2026-03-02", "2026-03-01"));
    }
}
