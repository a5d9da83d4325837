package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.cli.api.CliCommand;
import org.rapport.customers.api.CustomerExport;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.CustomerSearch;
import org.rapport.testing.CliRun;
import org.rapport.testing.Services;

/** The services and commands reach the runtime through DS with every reference satisfied, and a wrong call is a usage error. */
class CustomerCommandsWiringTest {

    @Test
    void theServicesAndCommandsAreRegistered() {
        assertTrue(Services.await(CustomerImport.class) instanceof CustomerImportService);
        assertTrue(Services.await(CustomerExport.class) instanceof CustomerExportService);
        assertTrue(Services.await(CustomerSearch.class) instanceof CustomerSearchService);
        for (Map.Entry<String, Class<? extends CliCommand>> command : Map.<String, Class<? extends CliCommand>> of("import", ImportCommand.class, "export", ExportCommand.class, "customers",
                CustomersCommand.class).entrySet()) {
            CliCommand registered = Services.await(CliCommand.class, "(component.name=" + command.getValue().getName() + ")");
            assertEquals(command.getKey(), registered.name());
            assertTrue(registered.usage().startsWith("rapport-ctl " + command.getKey() + " "), registered.usage());
            for (List<String> wrong : List.of(List.<String> of(), List.of("nonsense", "x", "y"), List.of("customers", "a.csv", "--bogus"))) {
                CliRun run = CliRun.run(registered, Map.of(), wrong.toArray(String[]::new));
                assertEquals(CliCommand.USAGE, run.code(), command.getKey() + " " + wrong + ": " + run.err());
            }
        }
    }
}
