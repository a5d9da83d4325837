package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.ImportKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.security.api.PrivacyRequests.Summary;
import org.rapport.security.internal.PrivacyService;
import org.rapport.security.internal.SecurityModel;
import org.rapport.transfer.internal.TransferModel;

/**
 * What an erasure of a customer clears (issue 14, defect 9, decided in the admin guide, "Privacy
 * requests"): the tags, which describe the person, go; the region, a coarse sales area kept so
 * figures by region add up, stays.
 */
class ErasureDecisionTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anErasureClearsTheTagsAndKeepsTheRegion(DatabaseKind kind) throws Exception {
        try (ImportFixture fixture = new ImportFixture(kind, home)) {
            fixture.importer.importFile(ImportKind.CUSTOMERS, ImportFixture.write(home, "c.csv", """
                    ref,name,email,region,tags
                    C-1,Li Na,li.na@example.com,East,young parents;eco-minded
                    C-2,Wu Lei,,East,eco-minded
                    """), Options.defaults(), Progress.NONE);
            PrivacyService privacy = new PrivacyService(fixture.store, fixture.users, fixture.auditLog, ImportFixture.CLOCK,
                    List.of(new SecurityModel(), new TransferModel(), new CustomersModel()));
            fixture.users.as("mo");
            Summary summary = privacy.erase("C-1");
            assertEquals("Customer 'C-1'", summary.subject());

            Customer erased = fixture.customers().get("C-1");
            assertEquals("Erased customer", erased.getName());
            assertEquals(List.of(), erased.getTags(), "tags are personal");
            assertEquals("East", erased.getRegion(), "the region is not");
            assertEquals(List.of("eco-minded"), fixture.customers().get("C-2").getTags(), "another customer's tags stay");
        }
    }
}
