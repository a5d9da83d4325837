package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.ImportKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.internal.DataSources;
import org.rapport.security.internal.AuditTrail;
import org.rapport.security.internal.PrivacyService;
import org.rapport.security.internal.SecurityModel;
import org.rapport.transfer.internal.TransferModel;

/**
 * The import with the audit trail on, as users run it: a new customer, its e-mail address and its
 * phone are one creation entry (issue 13 item 4), whose contact values a personal-data export
 * reads and an erasure makes unreadable, like the customer's own.
 */
class AuditedImportTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anImportedCustomerWithItsContactsIsOneEntryThatAnErasureShreds(DatabaseKind kind) throws Exception {
        AuditTrail trail = new AuditTrail(ImportFixture.CLOCK, Optional::empty);
        try (ImportFixture fixture = new ImportFixture(kind, home, List.of(trail))) {
            trail.useStore(fixture.store);
            fixture.importer.importFile(ImportKind.CUSTOMERS, ImportFixture.write(home, "c.csv", """
                    ref,name,email,phone,region,tags
                    C-1,Li Na,li.na@example.com,13800138000,East,young parents
                    C-2,Wu Lei,wu.lei@example.com,13900139000,West,
                    """), Options.defaults(), Progress.NONE);
            long c1 = ((PersistentObject) fixture.customers().get("C-1")).persistentId();

            List<String> creations = column(fixture, "SELECT OBJECT_CLASS FROM SEC_AUDIT_ENTRY WHERE ACTION = 'CREATE'");
            assertEquals(2, creations.stream().filter(c -> c.endsWith("#Customer")).count(), creations::toString);
            assertFalse(creations.stream().anyMatch(c -> c.endsWith("#EmailAddress") || c.endsWith("#Phone")),
                    () -> "the contacts are parts of their customer's entry: " + creations);
            String stored = String.join("\n", column(fixture, "SELECT NEW_VALUE FROM SEC_AUDIT_ENTRY WHERE ACTION = 'CREATE'"));
            for (String personal : List.of("Li Na", "li.na@example.com", "13800138000", "young parents")) {
                assertFalse(stored.contains(personal), personal + " in clear in the log: " + stored);
            }

            PrivacyService privacy = new PrivacyService(fixture.store, fixture.users, fixture.auditLog, ImportFixture.CLOCK,
                    List.of(new SecurityModel(), new TransferModel(), new CustomersModel()));
            fixture.users.as("mo");
            String export = export(privacy, "C-1");
            assertTrue(export.contains("\"object\": \"Customer#" + c1 + "\""), export);
            assertTrue(export.contains("\"emails.0.address\": \"li.na@example.com\""), export);
            assertTrue(export.contains("\"phones.0.number\": \"13800138000\""), export);
            assertTrue(export.contains("\"name\": \"Li Na\""), export);

            privacy.erase("C-1");
            String after = export(privacy, "C-1");
            assertTrue(after.contains("\"emails.0.address\": \"(erased)\""), after);
            assertTrue(after.contains("\"phones.0.number\": \"(erased)\""), after);
            assertFalse(after.contains("13800138000") || after.contains("li.na@example.com"), after);
            assertTrue(export(privacy, "C-2").contains("\"phones.0.number\": \"13900139000\""), "another customer's entry is still readable");
        }
    }

    private static String export(PrivacyService privacy, String reference) throws Exception {
        StringWriter out = new StringWriter();
        privacy.export(reference, out);
        return out.toString();
    }

    private static List<String> column(ImportFixture fixture, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DataSources.open(fixture.database.settings).getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
