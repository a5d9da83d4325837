package org.rapport.reports.internal.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportQuery;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.Scope;

/** Which measures the reports service offers whom, in which order, and how it refuses a question a measure cannot answer. */
class ReportsServiceTest {

    private static final ReportPeriod MARCH = ReportPeriod.of(YearMonth.of(2026, 3));

    @TempDir
    Path home;

    @Test
    void measuresAreOfferedByTitleAndOnlyOverFieldsTheUserMayRead() throws Exception {
        try (ReportFixture fixture = new ReportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            assertEquals(List.of("average-order-value-returning", "customers", "churn-rate", "repurchase-rate", "retention-rate", "revenue"),
                    ReportFixture.names(fixture.reports.available()), "by title: Average order value..., Buying customers, Churn rate, ...");

            fixture.users.add(new SessionUser("noamount", "No Amount", Set.of("clerk"), List.of(new Grant(CustomersAreaId.ID, Action.READ, Scope.ALL)),
                    Map.of(SessionUser.featureKey(CustomersPackage.Literals.PURCHASE__AMOUNT), FieldAccess.HIDDEN)));
            fixture.users.as("noamount");
            assertEquals(List.of("customers", "churn-rate", "repurchase-rate", "retention-rate"), ReportFixture.names(fixture.reports.available()),
                    "revenue and order value read the hidden amounts: not offered");
            ReportException refused = assertThrows(ReportException.class, () -> fixture.reports.run("revenue", ReportQuery.of(MARCH), ReportProgress.NONE));
            assertEquals("There is no measure revenue for you; the measures you may run: customers, churn-rate, repurchase-rate, retention-rate",
                    refused.getMessage());

            fixture.users.add(new SessionUser("readonly", "Read Only", Set.of("clerk"), List.of(new Grant(CustomersAreaId.ID, Action.READ, Scope.ALL)),
                    Map.of(SessionUser.featureKey(CustomersPackage.Literals.PURCHASE__AMOUNT), FieldAccess.READ_ONLY)));
            fixture.users.as("readonly");
            assertEquals(6, fixture.reports.available().size(), "a read-only field is read");

            fixture.users.add(new SessionUser("outsider", "Outsider", Set.of("technician"), List.of(new Grant("loyalty", Action.READ, Scope.ALL)), Map.of()));
            fixture.users.as("outsider");
            assertEquals(List.of(), fixture.reports.available(), "no read grant on customers: no customer measure");
        }
    }

    @Test
    void aBreakdownOrFilterTheMeasureHasNotIsRefusedNamingTheValidOnes() throws Exception {
        try (ReportFixture fixture = new ReportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            ReportException by = assertThrows(ReportException.class,
                    () -> fixture.reports.run("repurchase-rate", new ReportQuery(MARCH, "tier", Map.of()), ReportProgress.NONE));
            assertEquals("The measure repurchase-rate cannot be broken down by tier; its dimensions: channel, month, region, tag", by.getMessage());
            ReportException filter = assertThrows(ReportException.class,
                    () -> fixture.reports.run("repurchase-rate", new ReportQuery(MARCH, null, Map.of("category", "x")), ReportProgress.NONE));
            assertEquals("The measure repurchase-rate cannot be filtered on category; its dimensions: channel, month, region, tag", filter.getMessage());
            ReportException month = assertThrows(ReportException.class,
                    () -> fixture.reports.run("repurchase-rate", new ReportQuery(MARCH, null, Map.of("month", "2026-04")), ReportProgress.NONE));
            assertEquals("The month 2026-04 is outside the period 2026-03-01..2026-03-31.", month.getMessage());
            assertTrue(fixture.reports.find("repurchase-rate").isPresent());
        }
    }
}
