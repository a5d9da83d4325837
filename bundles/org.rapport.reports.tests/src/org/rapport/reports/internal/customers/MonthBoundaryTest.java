package org.rapport.reports.internal.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportQuery;

/**
 * Two sales at 23:59:59 on 28 February and at midnight on 1 March in Shanghai, both on 28
 * February in UTC: months are the installation's, so February has one purchase and March one,
 * and the customer who bought in February bought again in March.
 */
class MonthBoundaryTest {

    @TempDir
    Path home;

    @Test
    void monthsAreCountedInTheInstallationsZone() throws Exception {
        try (ReportFixture fixture = new ReportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            List<Generated.Buyer> all = Generated.buyers(1, 0);
            fixture.store(all);
            ReportQuery february = ReportQuery.of(ReportPeriod.of(YearMonth.of(2026, 2)));
            ReportQuery march = ReportQuery.of(ReportPeriod.of(YearMonth.of(2026, 3)));
            assertEquals(new Figure(new BigDecimal("0.000000"), 1L), total(fixture, "repurchase-rate", february), "one purchase in February, not two");
            assertEquals(new Figure(new BigDecimal("10.00"), null), total(fixture, "revenue", february));
            assertEquals(new Figure(new BigDecimal("20.00"), null), total(fixture, "revenue", march));
            assertEquals(new Figure(new BigDecimal("1.000000"), 1L), total(fixture, "retention-rate", march), "bought in February and again in March");
            assertEquals(new Figure(new BigDecimal("0.000000"), 1L), total(fixture, "churn-rate", march));
            assertEquals(new Figure(new BigDecimal("20.000000"), 1L), total(fixture, "average-order-value-returning", march));
            assertEquals(new Figure(null, 0L), total(fixture, "retention-rate", february), "nobody bought in January: no data, not 0");
            assertEquals(new Figure(null, 0L), total(fixture, "average-order-value-returning", february), "nobody bought before February");
        }
    }

    private static Figure total(ReportFixture fixture, String measure, ReportQuery query) {
        return fixture.reports.run(measure, query, ReportProgress.NONE).total().figures().get(0);
    }
}
