package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.cli.api.CliCommand;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.testmodel.Address;
import org.rapport.persistence.testmodel.Call;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.AuditLog;
import org.rapport.security.api.AuditLog.Entry;
import org.rapport.security.api.PrivacyRequests.Summary;
import org.rapport.security.model.AuditAction;
import org.rapport.testing.CliRun;
import org.rapport.testing.RawFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Personal-data requests on the three databases: an export holds everything about the customer
 * (and the audit log's entries about them, readable), carries the exporter's name and is
 * audited; an erasure leaves no personal value of the customer anywhere in the database (every
 * column of every table scanned), keeps their orders, and leaves the audit log's entries about
 * them unreadable where they held personal values.
 */
class PrivacyTest {

    /** The customer's personal values, each found nowhere else in the seed. */
    private static final List<String> PERSONAL = List.of("Zhang Wei", "1975-03-09", "123456.78", "Nanjing Road 1", "Shanghai", "family discount");

    @TempDir
    Path home;

    /** As the administrator, gives C1 values of its own, an address and a call; then the manager renames C1. */
    private static long personalise(EnforcedFixture f) throws Exception {
        f.signIn("ada");
        long id;
        try (UnitOfWork work = f.store.begin()) {
            Customer c1 = work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", "C1").get(0);
            c1.setBirthday(LocalDate.of(1975, 3, 9));
            c1.setIncome(new BigDecimal("123456.78"));
            Address address = EnforcedFixture.T.createAddress();
            address.setStreet("Nanjing Road 1");
            address.setCity("Shanghai");
            c1.getAddresses().add(address);
            Call call = EnforcedFixture.T.createCall();
            call.setAt(Instant.parse("2026-02-01T08:00:00Z"));
            call.setSummary("Asked about the family discount");
            c1.getInteractions().add(call);
            work.commit();
            id = ((PersistentObject) c1).persistentId();
        }
        f.signIn("mo");
        try (UnitOfWork work = f.store.begin()) {
            Customer c1 = work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", "C1").get(0);
            c1.setName("Zhang Wei Jr");
            work.commit();
        }
        return id;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anExportHoldsEverythingAboutTheCustomerUnderTheExportersName(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            personalise(f);
            f.signIn("mo");
            StringWriter out = new StringWriter();
            Summary summary = f.privacy.export("C1", out);
            assertEquals(new Summary("Customer 'C1'", 5, 6), summary, "the customer, two orders, an address, a call; name, birthday, income, street, city, summary");

            JsonObject export = JsonParser.parseString(out.toString()).getAsJsonObject();
            assertEquals("Mo (mo)", export.get("exportedBy").getAsString());
            JsonArray objects = export.getAsJsonArray("objects");
            JsonObject customer = objects.get(0).getAsJsonObject().getAsJsonObject("values");
            assertEquals("Zhang Wei Jr", customer.get("name").getAsString());
            assertEquals("1975-03-09", customer.get("birthday").getAsString());
            assertEquals(0, new BigDecimal("123456.78").compareTo(customer.get("income").getAsBigDecimal()));
            assertTrue(out.toString().contains("\"street\": \"Nanjing Road 1\""), out.toString());
            // the log's entries about the customer, personal values read with the customer's key
            boolean renamed = false;
            for (JsonElement entry : export.getAsJsonArray("audit")) {
                JsonObject e = entry.getAsJsonObject();
                renamed |= "name".equals(stringOrNull(e, "feature")) && "Zhang Wei".equals(stringOrNull(e, "old")) && "Zhang Wei Jr".equals(stringOrNull(e, "new"))
                        && "mo".equals(e.get("user").getAsString());
            }
            assertTrue(renamed, out.toString());

            // the export itself is in the log, one entry per object, under the exporter's name
            f.signIn("ada");
            List<Entry> exports = f.security.auditLog.entries(new AuditLog.Filter(null, null, "mo", null, null), 0, 100).stream()
                    .filter(e -> e.action() == AuditAction.EXPORT).toList();
            assertEquals(5, exports.size());

            // of the presets, only managers and administrators may export customer records
            for (String login : List.of("wu", "tec", "cleo")) {
                f.signIn(login);
                assertThrows(AccessDeniedException.class, () -> f.privacy.export("C1", new StringWriter()), login);
            }
            // issue 14, defect 8: one refusal for a reference that exists and one that does not, without internal ids
            for (String login : List.of("li.na", "tec")) {
                f.signIn(login);
                AccessDeniedException existing = assertThrows(AccessDeniedException.class, () -> f.privacy.export("C1", new StringWriter()));
                AccessDeniedException missing = assertThrows(AccessDeniedException.class, () -> f.privacy.export("NO-SUCH", new StringWriter()));
                assertEquals(login + " may not export customers records, so cannot export what Rapport holds about the reference 'C1'.", existing.getMessage());
                assertEquals(existing.getMessage().replace("C1", "NO-SUCH"), missing.getMessage());
                AccessDeniedException erase = assertThrows(AccessDeniedException.class, () -> f.privacy.erase("C1"));
                AccessDeniedException eraseMissing = assertThrows(AccessDeniedException.class, () -> f.privacy.erase("NO-SUCH"));
                assertEquals(login + " may not delete customers records, so cannot erase the reference 'C1'.", erase.getMessage());
                assertEquals(erase.getMessage().replace("C1", "NO-SUCH"), eraseMissing.getMessage());
                assertFalse(existing.getMessage().contains("#") || erase.getMessage().contains("#"), "no internal id: " + existing.getMessage());
            }
            f.signIn("mo");
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> f.privacy.export("NO-SUCH", new StringWriter()));
            assertEquals("No customer (or other data subject) has the reference 'NO-SUCH'.", unknown.getMessage(), "one who may is told the reference is unknown");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anErasureLeavesNoPersonalValueAnywhereInTheDatabase(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            long c1 = personalise(f);
            String before = everyValue(f);
            for (String value : PERSONAL) {
                assertTrue(before.contains(value), value + " is stored before the erasure, so the scan can see it");
            }

            f.signIn("li.na");
            assertThrows(AccessDeniedException.class, () -> f.privacy.erase("C1"), "sales may not erase");
            f.signIn("mo");
            Summary summary = f.privacy.erase("C1");
            assertEquals("Customer 'C1'", summary.subject(), "named by its reference, not its internal id");
            assertEquals(6, summary.personalValues());

            String after = everyValue(f);
            for (String value : PERSONAL) {
                assertFalse(after.contains(value), value + " is still stored somewhere after the erasure");
            }
            assertTrue(after.contains("Anna Berg"), "the other customer is untouched");
            Customer erased = f.stored("C1");
            assertEquals("Erased", erased.getName());
            assertEquals(2, erased.getOrders().size(), "orders stay: the figures must still add up");

            // the log keeps its entries; what they said about the customer can no longer be read
            f.signIn("ada");
            List<Entry> names = f.security.auditLog.entries(new AuditLog.Filter(null, null, "mo", "Customer", c1), 0, 100).stream()
                    .filter(e -> "name".equals(e.feature())).toList();
            assertEquals(2, names.size(), "the rename and the erasure");
            assertEquals("(erased)", names.get(0).oldValue());
            assertEquals("(erased)", names.get(0).newValue());
            assertEquals(AuditTrail.MASKED, names.get(1).oldValue(), "the erasure does not log what it erased");
            assertEquals(AuditTrail.MASKED, names.get(1).newValue());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anObjectAppendedToAnUnreadListIsAuditedUnderItsCustomersKey(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            f.signIn("ada");
            Call call = EnforcedFixture.T.createCall();
            call.setAt(Instant.parse("2026-02-01T08:00:00Z"));
            call.setSummary("Asked about the family discount");
            try (UnitOfWork work = f.store.begin()) {
                Customer c1 = work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", "C1").get(0);
                work.append(c1, TestmodelPackage.eINSTANCE.getCustomer_Interactions(), call);
                assertTrue(((PersistentObject) c1).internalPending(TestmodelPackage.eINSTANCE.getCustomer_Interactions()) != null, "the list was read");
                work.commit();
            }
            long id = ((PersistentObject) call).persistentId();
            List<Entry> created = f.security.auditLog.entries(new AuditLog.Filter(null, null, "ada", "Call", id), 0, 100);
            assertTrue(created.stream().anyMatch(e -> e.action() == AuditAction.CREATE && e.feature() == null
                    && e.newValue().contains("\"summary\":\"Asked about the family discount\"")), created::toString);
            // the summary is personal: kept with the customer's key, so the customer's export reads it
            f.signIn("mo");
            StringWriter out = new StringWriter();
            f.privacy.export("C1", out);
            assertTrue(out.toString().contains("\"summary\": \"Asked about the family discount\""), out.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "DERBY_EMBEDDED")
    void theCommandExportsToAFileAndErasesOnlyWhenTold(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            f.directory.signOut();
            CliCommand command = new PrivacyCommand(f.directory, f.directory, f.privacy);
            Map<String, String> mo = Map.of("RAPPORT_USER", "mo", "RAPPORT_PASSWORD", EnforcedFixture.PASSWORD);
            Path file = home.resolve("c2.json");
            CliRun export = CliRun.run(command, mo, "export", "C2", "--out", file.toString());
            assertEquals(CliCommand.OK, export.code(), export.err());
            assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("\"name\": \"Anna Berg\""));
            assertFalse(Files.exists(home.resolve("c2.json.part")));
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "personal data: its owner's only");
            // issue 14, defect 7: an export into a folder is refused before anything is written or recorded
            long exportsBefore = exportEntries(f);
            Path folder = Files.createDirectories(home.resolve("a-folder"));
            CliRun intoFolder = CliRun.run(command, mo, "export", "C2", "--out", folder.toString());
            assertEquals(CliCommand.FAILED, intoFolder.code());
            assertTrue(intoFolder.err().contains(folder + " is a folder"), intoFolder.err());
            assertFalse(Files.exists(home.resolve("a-folder.part")));
            assertTrue(Files.isDirectory(folder));
            assertEquals(exportsBefore, exportEntries(f), "a refused export is not recorded");

            CliRun unsure = CliRun.run(command, mo, "erase", "C2");
            assertEquals(CliCommand.USAGE, unsure.code());
            assertEquals("Anna Berg", f.stored("C2").getName());
            CliRun erase = CliRun.run(command, mo, "erase", "C2", "--yes");
            assertEquals(CliCommand.OK, erase.code(), erase.err());
            assertEquals("Erased", f.stored("C2").getName());
            CliRun noUser = CliRun.run(command, Map.of(), "export", "C1");
            assertEquals(CliCommand.FAILED, noUser.code());
        }
    }

    /**
     * Issue 14, defect 3: after an erasure the name, e-mail and phone were still readable with
     * {@code grep -a} in Derby's transaction log and in the index files, and in any backup taken
     * afterwards. Scanned as it was found: every byte of every file of the database folder, and
     * of a backup made after the erasure, for each personal text value (as UTF-8, which is also
     * Derby's modified UTF-8 for these characters, and as UTF-16) and for the customer's audit key.
     */
    @Test
    void anErasureLeavesNoPersonalValueInTheDatabaseFilesNorInALaterBackup() throws Exception {
        List<String> textual = List.of("Zhang Wei", "Nanjing Road 1", "Shanghai", "family discount");
        try (EnforcedFixture f = new EnforcedFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            personalise(f);
            Path folder = f.security.database.settings.embeddedLocation();
            List<String> keysBefore = column(f, "SELECT MATERIAL FROM SEC_SUBJECT_KEY");
            for (String value : textual) {
                assertFalse(RawFiles.holding(folder, value).isEmpty(), value + " is in the files before the erasure, so the scan can see it");
            }

            f.signIn("mo");
            f.privacy.erase("C1");
            List<String> erasedKeys = new ArrayList<>(keysBefore);
            erasedKeys.removeAll(column(f, "SELECT MATERIAL FROM SEC_SUBJECT_KEY"));
            assertEquals(1, erasedKeys.size(), "the customer's key is deleted");

            Path backups = home.resolve("after-erasure");
            try (Connection connection = DataSources.open(f.security.database.settings).getConnection();
                    java.sql.PreparedStatement backup = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, backups.toString());
                backup.execute();
            }
            List<String> left = new ArrayList<>();
            for (String value : concat(textual, erasedKeys)) {
                for (Path scanned : List.of(folder, backups)) {
                    RawFiles.holding(scanned, value).forEach(file -> left.add(value + " in " + home.relativize(file)));
                }
            }
            assertEquals(List.of(), left, "personal values left in the raw files");
            assertTrue(RawFiles.holding(folder, "Anna Berg").size() > 0, "the other customer is still there: the scan reads what is stored");
            assertEquals("Erased", f.stored("C1").getName());
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<String> column(EnforcedFixture f, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DataSources.open(f.security.database.settings).getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** The audit log's export entries, counted in the table itself: nobody is signed in. */
    private static long exportEntries(EnforcedFixture f) throws SQLException {
        return Long.parseLong(column(f, "SELECT COUNT(*) FROM SEC_AUDIT_ENTRY WHERE ACTION = 'EXPORT'").get(0));
    }

    private static String stringOrNull(JsonObject object, String name) {
        JsonElement element = object.get(name);
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    /** Every value of every column of every table of the test's schema, as text. */
    private static String everyValue(EnforcedFixture f) throws SQLException {
        StringBuilder values = new StringBuilder();
        try (Connection connection = DataSources.open(f.security.database.settings).getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet found = meta.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
                while (found.next()) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.size() > 10, "the scan found the tables: " + tables);
            for (String table : tables) {
                try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            values.append(rows.getString(column)).append('\u0001');
                        }
                    }
                }
            }
        }
        return values.toString();
    }
}
