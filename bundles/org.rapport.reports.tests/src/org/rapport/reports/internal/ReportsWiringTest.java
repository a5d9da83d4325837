package org.rapport.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.cli.api.CliCommand;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.reports.api.ReportExports;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.Reports;
import org.rapport.testing.CliRun;
import org.rapport.testing.Services;

/** The reports service, the exports, the command and each shipped customer measure reach the runtime through DS with every reference satisfied. */
class ReportsWiringTest {

    @Test
    void theServiceAndTheMeasuresAreRegistered() {
        assertTrue(Services.await(Reports.class) instanceof ReportsService);
        assertTrue(Services.await(ReportExports.class) instanceof ReportExportsService);
        CliCommand command = Services.await(CliCommand.class, "(component.name=" + ReportCommand.class.getName() + ")");
        assertEquals("report", command.name());
        assertTrue(command.usage().startsWith("rapport-ctl report "), command.usage());
        CliRun wrong = CliRun.run(command, Map.of(), "repurchase-rate", "--bogus");
        assertEquals(CliCommand.USAGE, wrong.code(), wrong.err());
        for (String measure : List.of("RepurchaseRate", "RetentionRate", "ChurnRate", "ReturningOrderValue", "Revenue", "BuyingCustomers")) {
            ReportProvider provider = Services.await(ReportProvider.class, "(component.name=org.rapport.reports.internal.customers." + measure + ")");
            assertEquals("org.rapport.reports.internal.customers." + measure, provider.getClass().getName());
            assertTrue(provider.definition().contains("A purchase is a sale record"), provider.definition());
        }
    }

    @Test
    void theMeasuresOverPurchaseRecordsSayTheyAreExpensiveAndTheOthersCheap() throws Exception {
        var context = Services.contextOf(ReportsWiringTest.class);
        Services.await(Reports.class);
        List<ReportProvider> shipped = context.getServiceReferences(ReportProvider.class, null).stream().map(context::getService)
                .filter(provider -> provider.getClass().getName().startsWith("org.rapport.reports.internal.")).toList();
        assertTrue(shipped.size() >= 15, "the shipped measures: " + shipped.size());
        for (ReportProvider provider : shipped) {
            // the dashboards compute the cheap ones first: a measure over every purchase record must not pass for one
            boolean purchases = provider.reads().contains(CustomersPackage.Literals.CUSTOMER__PURCHASES);
            assertEquals(purchases ? ReportProvider.Cost.EXPENSIVE : ReportProvider.Cost.CHEAP, provider.cost(), provider.name());
        }
    }
}
