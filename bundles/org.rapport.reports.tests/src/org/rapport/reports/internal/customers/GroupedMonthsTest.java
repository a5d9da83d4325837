package org.rapport.reports.internal.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;

/**
 * The retention and churn rates count every month of a breakdown in one pass over the records,
 * not with queries per month: over 12 months they ran 26 statements (each month and the month
 * before it, and the total), which made the Management dashboard's year take minutes. The figures
 * themselves are checked against the plain computation in {@link CustomerMeasuresTest}. (The other
 * customer measures keep a query per month: each reads its month's records by the index on their
 * time, and one pass was no faster for them in the benchmark.)
 */
class GroupedMonthsTest {

    @TempDir
    Path home;

    @Test
    void twelveMonthsByMonthCostAFewStatementsNotOneAMonth() throws Exception {
        try (ReportFixture fixture = new ReportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.store(Generated.buyers(2026, 30));
            QueryLog statements = new QueryLog(fixture.store);
            PurchaseFigures counted = new PurchaseFigures(statements, ReportFixture.CLOCK, fixture.channels);
            ReportQuery year = new ReportQuery(new ReportPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)), "month", Map.of());
            // the pass over the year's sales, then the total's own two
            Map<ReportProvider, Integer> most = Map.of(new RetentionRate(counted), 1 + 2, new ChurnRate(counted), 1 + 2);
            most.forEach((measure, expected) -> {
                statements.clear();
                ReportResult result = measure.compute(year, ReportProgress.NONE);
                assertEquals(12, result.rows().size(), measure.name());
                assertTrue(statements.count() <= expected, measure.name() + ": " + statements.count() + " statements for 12 months, at most " + expected);
            });
        }
    }
}
