package org.rapport.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.reports.api.ReportPeriod;

/** The picker's periods counted from a day, the period before each, and the tiles a saved dashboard names. */
class PeriodsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    @Test
    void periodsAreWholeMonthsSoThePeriodBeforeIsToo() {
        assertEquals(new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), Periods.THIS_MONTH.of(TODAY));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)), Periods.LAST_MONTH.of(TODAY));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), Periods.QUARTER.of(TODAY));
        assertEquals(new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)), Periods.TWELVE_MONTHS.of(TODAY));
        assertEquals(new ReportPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)), Periods.QUARTER.of(TODAY).previous());
        assertEquals(new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)), Periods.QUARTER.of(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aSavedDashboardNamesItsTilesAndABadOneSaysWhich() {
        Dashboards.Dashboard own = Dashboards.parse("management", "Mine", "retention-rate:LINE:month; csat:bar:");
        assertEquals(List.of(new Dashboards.Tile("retention-rate", Dashboards.ChartKind.LINE, "month"), new Dashboards.Tile("csat", Dashboards.ChartKind.BAR, null)),
                own.tiles());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Dashboards.parse("management", "Mine", "retention-rate"));
        assertEquals("a tile is measure:BAR|LINE:dimension, not 'retention-rate'", bad.getMessage());
    }
}
