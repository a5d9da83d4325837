package org.rapport.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.Reports;
import org.rapport.testing.Services;

/** The reports service and each shipped customer measure reach the runtime through DS with every reference satisfied. */
class ReportsWiringTest {

    @Test
    void theServiceAndTheMeasuresAreRegistered() {
        assertTrue(Services.await(Reports.class) instanceof ReportsService);
        for (String measure : List.of("RepurchaseRate", "RetentionRate", "ChurnRate", "ReturningOrderValue", "Revenue", "BuyingCustomers")) {
            ReportProvider provider = Services.await(ReportProvider.class, "(component.name=org.rapport.reports.internal.customers." + measure + ")");
            assertEquals("org.rapport.reports.internal.customers." + measure, provider.getClass().getName());
            assertTrue(provider.definition().contains("A purchase is a sale record"), provider.definition());
        }
    }
}
