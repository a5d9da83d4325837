package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.CustomerSearch.Hit;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.ImportKind;
import org.rapport.customers.model.Phone;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.model.AuditEntry;
import org.rapport.security.model.AuditAction;
import org.rapport.testing.CliRun;

/** Exports with their watermark, permission and audit entries, and searches, on the three databases. */
class ExportSearchTest {

    static final String CUSTOMERS = """
            ref,name,email,phone,birthday,region,channel,tags
            C-1,"Li, Na",li.na@example.com,+86 138 0013 8000,1988-02-29,East,WEB,frequent buyer;eco-minded
            C-2,Lina Wu,,021-6279-0000,,North,STORE,
            C-3,"Anna ""Anni"" Berg",anna@example.org,,,,,#1 fan
            C-4,#hash first,,,,,,
            """;

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anExportCarriesTheWatermarkImportsAgainAndIsAudited(DatabaseKind kind) throws Exception {
        Path export = home.resolve("export.csv");
        Map<String, Customer> original;
        try (ImportFixture fixture = new ImportFixture(kind, Files.createDirectories(home.resolve("a")))) {
            fixture.importer.importFile(ImportKind.CUSTOMERS, ImportFixture.write(home, "in.csv", CUSTOMERS), Options.defaults(), Progress.NONE);
            original = fixture.customers();

            // a clerk may read but not export
            CliRun refused = fixture.cli(fixture.exportCommand(), "cleo", "customers", export.toString());
            assertEquals(1, refused.code());
            assertEquals("cleo may not export customers (the EXPORT permission on customers is missing).", refused.err().strip());
            assertFalse(Files.exists(export), "nothing is written for a refused export");
            fixture.users.as("cleo");
            assertThrows(AccessDeniedException.class, () -> fixture.exporter.exportCustomers(export, Progress.NONE));

            CliRun run = fixture.cli(fixture.exportCommand(), "mo", "customers", export.toString());
            assertEquals(0, run.code(), run.err());
            assertEquals("exported: 4\n", run.out());
            List<String> lines = Files.readAllLines(export);
            assertEquals("# Rapport customers exported by mo (MO) at 2026-03-01T09:00:00Z", lines.get(0));
            assertEquals("ref,name,email,phone,birthday,region,channel,tags", lines.get(1));
            assertEquals("C-1,\"Li, Na\",li.na@example.com,+8613800138000,1988-02-29,East,web-shop,frequent buyer;eco-minded", lines.get(2));
            assertEquals("C-4,\"#hash first\",,,,,other,", lines.get(lines.size() - 1));

            // the audit log as the system reads it (AuditLog.entries wants an administrator from the user directory)
            try (UnitOfWork work = fixture.store.begin()) {
                List<AuditEntry> entries = work.query("SELECT e FROM AuditEntry e WHERE e.login = ?1", "mo");
                assertEquals(4, entries.size(), entries.toString());
                for (AuditEntry entry : entries) {
                    assertEquals(AuditAction.EXPORT, entry.getAction());
                    assertEquals(CustomersPackage.eNS_URI + "#Customer", entry.getObjectClass());
                    assertEquals("CSV export.csv: ref, name, email, phone, birthday, region, channel, tags", entry.getNewValue());
                }
            }
        }
        // the export imports into an empty database as the same customers
        try (ImportFixture other = new ImportFixture(kind, Files.createDirectories(home.resolve("b")))) {
            CliRun run = other.cli(other.importCommand(), "mo", "customers", export.toString());
            assertEquals(0, run.code(), run.err());
            Map<String, Customer> again = other.customers();
            assertEquals(original.keySet(), again.keySet());
            for (String reference : original.keySet()) {
                Customer want = original.get(reference);
                Customer got = again.get(reference);
                for (var feature : List.of(CustomersPackage.Literals.CUSTOMER__NAME, CustomersPackage.Literals.CUSTOMER__BIRTHDAY,
                        CustomersPackage.Literals.CUSTOMER__REGION, CustomersPackage.Literals.CUSTOMER__CHANNEL, CustomersPackage.Literals.CUSTOMER__TAGS,
                        CustomersPackage.Literals.CUSTOMER__ACCOUNT_MANAGER, CustomersPackage.Literals.CUSTOMER__STATUS)) {
                    assertEquals(want.eGet(feature), got.eGet(feature), reference + "." + feature.getName());
                }
                assertTrue(EcoreUtil.equals(want.getEmails(), got.getEmails()), reference + " e-mails");
                assertTrue(EcoreUtil.equals(want.getPhones(), got.getPhones()), reference + " phones");
            }
        }
    }

    /**
     * Issue 14, defect 7: an export to an existing folder failed but left {@code NAME.part},
     * readable by everyone, and the audit log recorded the export. A failed export now leaves no
     * file and records nothing, whatever stops it; a whole export is readable by its owner only.
     */
    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "DERBY_EMBEDDED")
    void aFailedExportLeavesNoFileAndRecordsNothingAndAnExportIsItsOwnersOnly(DatabaseKind kind) throws Exception {
        try (ImportFixture fixture = new ImportFixture(kind, Files.createDirectories(home.resolve("h")))) {
            fixture.importer.importFile(ImportKind.CUSTOMERS, ImportFixture.write(home, "in.csv", CUSTOMERS), Options.defaults(), Progress.NONE);
            Path emptyFolder = Files.createDirectories(home.resolve("empty-folder"));
            Path fullFolder = Files.createDirectories(home.resolve("full-folder"));
            Files.writeString(fullFolder.resolve("kept.txt"), "kept");
            Path noParent = home.resolve("missing").resolve("export.csv");
            for (Path target : List.of(emptyFolder, fullFolder, noParent)) {
                CliRun run = fixture.cli(fixture.exportCommand(), "mo", "customers", target.toString());
                assertEquals(1, run.code(), target + ": " + run.out());
                assertTrue(run.err().contains(target.toString()) && run.err().contains(target == noParent ? "does not exist" : "is a folder"), run.err());
                assertFalse(Files.exists(target.resolveSibling(target.getFileName() + ".part")), target + ": no partial file is left");
                assertEquals(0L, exportEntries(fixture), target + ": nothing is recorded for a failed export");
            }
            assertTrue(Files.isDirectory(emptyFolder), "the folder is not replaced by the export");
            assertEquals("kept", Files.readString(fullFolder.resolve("kept.txt")));

            Path export = home.resolve("whole.csv");
            CliRun run = fixture.cli(fixture.exportCommand(), "mo", "customers", export.toString());
            assertEquals(0, run.code(), run.err());
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(export)));
            assertEquals(4L, exportEntries(fixture), "the whole export is recorded, one entry per customer");
        }
    }

    private static long exportEntries(ImportFixture fixture) {
        try (UnitOfWork work = fixture.store.begin()) {
            return work.<AuditEntry>query("SELECT e FROM AuditEntry e WHERE e.login = ?1", "mo").stream().filter(e -> e.getAction() == AuditAction.EXPORT)
                    .count();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCancelledExportLeavesTheEarlierFileAndNoPart(DatabaseKind kind) throws Exception {
        try (ImportFixture fixture = new ImportFixture(kind, home)) {
            StringBuilder csv = new StringBuilder("ref,name,email,phone,birthday,region,channel,tags\n");
            for (int i = 0; i < CustomerExportService.AUDIT_BLOCK + 10; i++) {
                csv.append("X-").append(i).append(",Customer ").append(i).append(",,,,,,\n");
            }
            fixture.importer.importFile(ImportKind.CUSTOMERS, ImportFixture.write(home, "many.csv", csv.toString()), Options.defaults(), Progress.NONE);
            Path export = home.resolve("export.csv");
            Files.writeString(export, "an earlier export\n");
            fixture.users.as("mo");
            long[] seen = { 0 };
            long written = fixture.exporter.exportCustomers(export, new Progress() {
                @Override
                public boolean isCancelled() {
                    return ++seen[0] >= 1; // after the first block
                }
            });
            assertEquals(CustomerExportService.AUDIT_BLOCK, written, "stopped after the first block");
            assertEquals(List.of("an earlier export"), Files.readAllLines(export), "the earlier file is untouched");
            assertFalse(Files.exists(home.resolve("export.csv.part")), "no partial file is left");

            List<String> told = new java.util.ArrayList<>();
            assertEquals(CustomerExportService.AUDIT_BLOCK + 10L, fixture.exporter.exportCustomers(export, new Progress() {
                @Override
                public void total(long rows) {
                    told.add("total " + rows);
                }

                @Override
                public boolean isCancelled() {
                    told.add("block");
                    return false;
                }
            }));
            assertEquals(List.of("total " + (CustomerExportService.AUDIT_BLOCK + 10), "block"), told, "the total comes first, from the exporter");
            assertEquals(CustomerExportService.AUDIT_BLOCK + 12, Files.readAllLines(export).size(), "watermark, header and every customer");
            assertFalse(Files.exists(home.resolve("export.csv.part")));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void searchFindsByNamePrefixNormalisedContactsAndReference(DatabaseKind kind) throws Exception {
        try (ImportFixture fixture = new ImportFixture(kind, home)) {
            fixture.importer.importFile(ImportKind.CUSTOMERS, ImportFixture.write(home, "in.csv", CUSTOMERS), Options.defaults(), Progress.NONE);
            assertEquals(List.of("C-1", "C-2"), references(fixture.search.search("Li", 50)), "name prefix, by name");
            assertEquals(List.of(), references(fixture.search.search("i", 50)), "a prefix, not a substring");
            assertEquals(List.of("C-1", "C-2"), references(fixture.search.search("lI", 50)), "a name prefix in any case");
            assertEquals(List.of("C-1"), references(fixture.search.search(" LI.NA@Example.com", 50)), "e-mail normalised");
            assertEquals(List.of("C-2"), references(fixture.search.search("021 6279 0000", 50)), "phone normalised");
            assertEquals(List.of("C-1"), references(fixture.search.search("0086 138-0013-8000", 50)), "phone normalised");
            assertEquals(List.of("C-3"), references(fixture.search.search("C-3", 50)), "reference");
            assertEquals(List.of("C-1"), references(fixture.search.search("Li", 1)), "limit");
            assertEquals(List.of(), references(fixture.search.search("L%", 50)), "% is no wildcard");

            CliRun run = fixture.cli(fixture.customersCommand(), "mo", "search", "Li");
            assertEquals(0, run.code(), run.err());
            assertEquals("C-1\tLi, Na\tli.na@example.com\t+8613800138000\tEast\nC-2\tLina Wu\t\t02162790000\tNorth\n", run.out());
            run = fixture.cli(fixture.customersCommand(), "mo", "search", "Li", "--limit", "1");
            assertEquals("C-1\tLi, Na\tli.na@example.com\t+8613800138000\tEast\n", run.out());
            assertEquals(2, fixture.cli(fixture.customersCommand(), "mo", "search", "Li", "--limit", "0").code());
            assertEquals(2, fixture.cli(fixture.customersCommand(), "mo", "search").code());

            // a second e-mail and phone: a hit found by either shows the customer once, with the first of each
            try (UnitOfWork work = fixture.store.begin()) {
                Customer li = work.<Customer> query("SELECT c FROM Customer c WHERE c.reference = ?1", "C-1").get(0);
                EmailAddress email = CustomersFactory.eINSTANCE.createEmailAddress();
                email.setAddress("na.li@example.net");
                li.getEmails().add(email);
                Phone phone = CustomersFactory.eINSTANCE.createPhone();
                phone.setNumber("+8613900139000");
                li.getPhones().add(phone);
                work.commit();
            }
            Hit first = new Hit("C-1", "Li, Na", "li.na@example.com", "+8613800138000", "East");
            assertEquals(List.of(first), fixture.search.search("na.li@example.net", 50), "found by the second address");
            assertEquals(List.of(first), fixture.search.search("+86 139 0013 9000", 50), "found by the second phone");
            assertEquals(List.of(first, new Hit("C-2", "Lina Wu", null, "02162790000", "North")), fixture.search.search("Li", 50), "found by name");
        }
    }

    private static List<String> references(List<Hit> hits) {
        return hits.stream().map(Hit::reference).toList();
    }
}
