package org.rapport.reports.internal.customers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;

/**
 * The customer measures read the purchases alone, each customer by the purchases' owner column,
 * when nothing asks for the customer: the statements then do not join the customers' table, as
 * hand-written SQL does not (docs/performance.md, "Reports", R2 and R19). A slice by region needs
 * the customer, and a sales user of own accounts reads through the customers he manages, the read
 * rules refusing the purchases alone. The figures themselves are checked against the plain
 * computation, as the manager and as the sales user, in {@link CustomerMeasuresTest}.
 */
class PurchasesAloneTest {

    private static final String THROUGH_CUSTOMER = "FROM Customer c JOIN c.purchases p";
    private static final ReportQuery QUARTER = ReportQuery.of(new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
    private static final ReportQuery YEAR_BY_MONTH = new ReportQuery(new ReportPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)), Dimensions.MONTH,
            Map.of());

    @TempDir
    Path home;

    @Test
    void aManagersFiguresReadThePurchasesAloneARegionOrAnOwnAccountsUserThroughTheCustomer() throws Exception {
        try (ReportFixture fixture = new ReportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.store(Generated.buyers(2026, 30));
            QueryLog log = new QueryLog(fixture.store);
            PurchaseFigures figures = new PurchaseFigures(log, ReportFixture.CLOCK, fixture.channels);
            for (ReportProvider measure : List.of(new BuyingCustomers(figures), new Revenue(figures), new RetentionRate(figures), new ChurnRate(figures))) {
                for (ReportQuery query : List.of(QUARTER, YEAR_BY_MONTH)) {
                    fixture.users.as("mo");
                    log.clear();
                    measure.compute(query, ReportProgress.NONE);
                    assertFalse(log.statements().isEmpty(), measure.name());
                    log.statements().forEach(jpql -> assertFalse(jpql.contains("Customer"), measure.name() + " " + query + ": " + jpql));

                    log.clear();
                    measure.compute(new ReportQuery(query.period(), query.by(), Map.of(Dimensions.REGION, "East")), ReportProgress.NONE);
                    log.statements().forEach(jpql -> assertTrue(jpql.contains(THROUGH_CUSTOMER), measure.name() + " by region: " + jpql));

                    fixture.users.as(ReportFixture.SALES);
                    log.clear();
                    measure.compute(query, ReportProgress.NONE);
                    List<String> alone = log.statements().stream().filter(jpql -> !jpql.contains(THROUGH_CUSTOMER)).toList();
                    // the one the rules refused, before any statement was sent; then through his customers only
                    assertTrue(alone.size() <= 1, measure.name() + " as the sales user: " + alone);
                    assertTrue(log.count() > alone.size(), measure.name() + " as the sales user: " + log.statements());
                }
            }
        }
    }
}
