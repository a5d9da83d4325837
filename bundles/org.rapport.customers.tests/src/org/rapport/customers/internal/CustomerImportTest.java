package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.CustomerImport.Result;
import org.rapport.customers.api.ImportException;
import org.rapport.customers.api.Progress;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.DataQuality;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.customers.model.ImportKind;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Phone;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.testing.CliRun;

/** Importing customers and purchases: what is stored, what is rejected and why, exactly; stats over what was imported. */
class CustomerImportTest {

    static final String UNKNOWN_CHANNEL = "\"not a known channel: stored as other; add the channel, or map the value in the mapping file (channel.VALUE=CODE); "
            + "the channels are app, field-sales, hotline, other, social-media, store, web-shop\"";

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aGoodFileImportsExactlyAndTheStatsCountIt(DatabaseKind kind) throws Exception {
        try (ImportFixture fixture = new ImportFixture(kind, home)) {
            // a BOM, the columns in another order, quoted values with commas, quotes and spaces
            Path customers = ImportFixture.write(home, "customers.csv", """
                    \uFEFFname,ref,email,phone,birthday,region,channel,tags
                    "Li, Na",C-1, Li.Na@Example.COM ,+86 138 0013 8000,1988-02-29,East,web,frequent buyer;eco-minded
                    Wang Wei,C-2,,021-6279-0000,,North,STORE,
                    "Anna ""Anni"" Berg",C-3,anna@example.org,,,,,VIP ; VIP
                    """);
            CliRun run = fixture.cli(fixture.importCommand(), "mo", "customers", customers.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().startsWith("import: imp-"), run.out());
            assertTrue(run.out().contains("\nimported: 3\nrejected: 0\nduplicates: 0\nwarnings: 0\nrejects file: " + home.resolve("customers.csv.rejects.csv")
                    + "\nduplicates file: " + home.resolve("customers.csv.duplicates.csv") + "\nwarnings file: " + home.resolve("customers.csv.warnings.csv")
                    + "\n"), run.out());
            assertEquals("line,field,value,reason\n", Files.readString(home.resolve("customers.csv.rejects.csv")));
            assertEquals("line,ref,matching_ref,matched_on\n", Files.readString(home.resolve("customers.csv.duplicates.csv")));

            Map<String, Customer> stored = fixture.customers();
            assertEquals(List.of("C-1", "C-2", "C-3"), List.copyOf(stored.keySet()));
            Customer lina = stored.get("C-1");
            assertEquals("Li, Na", lina.getName());
            assertEquals(List.of("li.na@example.com"), lina.getEmails().stream().map(e -> e.getAddress()).toList());
            assertEquals(List.of("+8613800138000"), lina.getPhones().stream().map(p -> p.getNumber()).toList());
            assertEquals(LocalDate.of(1988, 2, 29), lina.getBirthday());
            assertEquals("East", lina.getRegion());
            assertEquals(Channels.WEB_SHOP, lina.getChannel());
            assertEquals(List.of("frequent buyer", "eco-minded"), lina.getTags());
            assertEquals("mo", lina.getAccountManager());
            assertEquals(CustomerStatus.ACTIVE, lina.getStatus());
            assertEquals(ImportFixture.NOW, lina.getCreatedAt());
            Customer wang = stored.get("C-2");
            assertEquals(List.of(), wang.getEmails());
            assertEquals("02162790000", wang.getPhones().get(0).getNumber());
            assertNull(wang.getBirthday());
            assertEquals(Channels.STORE, wang.getChannel());
            assertEquals(List.of(), wang.getTags());
            Customer anna = stored.get("C-3");
            assertEquals("Anna \"Anni\" Berg", anna.getName());
            assertEquals(Channels.OTHER, anna.getChannel());
            assertEquals(List.of("VIP"), anna.getTags());
            assertNull(anna.getRegion());

            Path purchases = ImportFixture.write(home, "purchases.csv", """
                    customer_ref,date,amount,quantity,product,channel
                    C-1,2025-12-24T10:30:00Z,1299.90,1,Espresso machine,STORE
                    C-1,2026-01-05,59.8,2,Coffee beans,web
                    C-2,2026-01-10T08:00:00,10,,Filter,
                    C-3,2025-11-30T23:30:00+08:00,5.50,3,Mug,APP
                    C-3,2026-02-28T18:00:00Z,100.00,1,Grinder,WEB
                    """);
            run = fixture.cli(fixture.importCommand(), "mo", "purchases", purchases.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("\nimported: 5\nrejected: 0\n"), run.out());
            stored = fixture.customers();
            List<Purchase> bought = stored.get("C-1").getPurchases();
            assertEquals(List.of(Instant.parse("2025-12-24T10:30:00Z"), Instant.parse("2026-01-04T16:00:00Z")), bought.stream().map(Purchase::getAt).toList(),
                    "a date is the start of the day in the clock's zone (Shanghai)");
            assertEquals(List.of(new BigDecimal("1299.90"), new BigDecimal("59.80")), bought.stream().map(Purchase::getAmount).toList());
            assertEquals(2, bought.get(1).getQuantity());
            assertEquals(Channels.WEB_SHOP, bought.get(1).getChannel());
            Purchase filter = stored.get("C-2").getPurchases().get(0);
            assertEquals(Instant.parse("2026-01-10T00:00:00Z"), filter.getAt(), "a local date-time is in the clock's zone");
            assertEquals(1, filter.getQuantity(), "no quantity is one");

            run = fixture.cli(fixture.customersCommand(), "mo", "stats");
            assertEquals(0, run.code(), run.err());
            // the first purchase is 2025-11-30 in Shanghai; the last, 2026-02-28T18:00Z, is already 1 March there
            assertEquals("""
                    customers: 3
                    purchases: 5
                    revenue: 1475.20
                    customers with 2+ purchases: 2
                    first purchase: 2025-11-30
                    last purchase: 2026-03-01
                    """, run.out());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void onlyWhatCannotBeStoredIsRejectedAndFlawsAreKeptAndFlagged(DatabaseKind kind) throws Exception {
        try (ImportFixture fixture = new ImportFixture(kind, home)) {
            Path file = ImportFixture.write(home, "bad.csv", """
                    ref,name,email,phone,birthday,region,channel,tags
                    C-1,Good One,good@example.com,,1990-01-01,East,WEB,
                    C-2,Bad Date,,,1990-13-01,,,
                    C-3,Future,,,2026-03-02,,,
                    C-4,Bad Channel,,,,,FAX,
                    C-5,Bad Mail,li.na@,,,,,
                    C-6,Too Few,,,
                    ,No Ref,not-a-mail,,,,,
                    C-9,Bad Phone,,12ab,,,,
                    C-10,"Two
                    lines",,,,,,
                    C-12,,,,,,,
                    """);
            CliRun run = fixture.cli(fixture.importCommand(), "mo", "customers", file.toString(), "--rejects", home.resolve("r.csv").toString());
            assertEquals(1, run.code(), "rows were rejected");
            assertTrue(run.out().contains("\nimported: 6\nrejected: 4\n"), run.out());
            assertEquals("""
                    line,field,value,reason
                    3,birthday,1990-13-01,not an ISO date (YYYY-MM-DD)
                    7,,,"expected 8 columns, found 5"
                    8,ref,,required
                    12,name,,required
                    """, Files.readString(home.resolve("r.csv")));
            // what can be kept is kept, flagged, and named in the warnings; nothing of a rejected row (line 8's e-mail) is
            assertEquals("""
                    line,field,value,reason
                    4,birthday,2026-03-02,in the future: stored as it is; correct it in the profile
                    5,channel,FAX,%s
                    6,email,li.na@,"not a valid e-mail address: stored, and marked invalid"
                    9,phone,12ab,"not a valid phone number: stored, and marked invalid"
                    """.formatted(UNKNOWN_CHANNEL), Files.readString(home.resolve("bad.csv.warnings.csv")));
            Map<String, Customer> stored = fixture.customers();
            assertEquals(List.of("C-1", "C-10", "C-3", "C-4", "C-5", "C-9"), List.copyOf(stored.keySet()));
            assertEquals("Two\nlines", stored.get("C-10").getName());
            assertEquals(LocalDate.of(2026, 3, 2), stored.get("C-3").getBirthday());
            assertEquals(Channels.OTHER, stored.get("C-4").getChannel());
            EmailAddress invalidEmail = stored.get("C-5").getEmails().get(0);
            assertEquals("li.na@", invalidEmail.getAddress());
            assertFalse(invalidEmail.isValid());
            Phone invalidPhone = stored.get("C-9").getPhones().get(0);
            assertEquals("12ab", invalidPhone.getNumber(), "kept as written: normalising would lose what it was");
            assertFalse(invalidPhone.isValid());
            assertEquals(Set.of(DataQuality.Flag.INVALID_CONTACT, DataQuality.Flag.UNCONFIRMED), DataQuality.flags(stored.get("C-5"), ImportFixture.NOW));
            assertTrue(stored.get("C-1").getEmails().get(0).isValid());
            assertEquals(6, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"));
            assertEquals(2, fixture.count("SELECT COUNT(*) FROM CUST_EMAIL_ADDRESS"), "nothing of a rejected row is stored");
            assertEquals(1, fixture.count("SELECT COUNT(*) FROM CUST_PHONE"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void purchaseRowsAreRejectedOnlyForWhatCannotBeRead(DatabaseKind kind) throws Exception {
        try (ImportFixture fixture = new ImportFixture(kind, home)) {
            fixture.importer.importFile(ImportKind.CUSTOMERS, ImportFixture.write(home, "c.csv", "ref,name\nC-1,One\n"), Options.defaults(), Progress.NONE);
            Path file = ImportFixture.write(home, "p.csv", """
                    customer_ref,date,amount,quantity,product,channel
                    C-1,2026-01-05,12.50,1,Tea,WEB
                    C-1,05/01/2026,12.50,1,Tea,WEB
                    C-1,2026-01-05,12.505,1,Tea,WEB
                    C-1,2026-01-05,"12,50",1,Tea,WEB
                    C-1,2026-01-05,-3,1,Tea,WEB
                    C-1,2026-01-05,0,1,Tea,WEB
                    C-1,2026-01-05,3.00,0,Tea,WEB
                    C-1,2026-01-05,3.00,1.5,Tea,WEB
                    C-404,2026-01-05,3.00,1,Tea,WEB
                    C-1,2026-01-05,3.00,1,Tea,FAX
                    C-1,,,1,Tea,WEB
                    """);
            Result result = fixture.importer.importFile(ImportKind.PURCHASES, file, Options.defaults(), Progress.NONE);
            assertEquals(5, result.imported());
            assertEquals(6, result.rejected());
            assertEquals(1, result.warnings());
            assertEquals("""
                    line,field,value,reason
                    3,date,05/01/2026,not an ISO date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][offset])
                    4,amount,12.505,more than 2 decimals
                    5,amount,"12,50",not a decimal number (digits with . before the decimals)
                    9,quantity,1.5,not a whole number
                    10,customer_ref,C-404,no customer with this reference
                    12,date,,required
                    12,amount,,required
                    """, Files.readString(home.resolve("p.csv.rejects.csv")));
            assertEquals("line,field,value,reason\n11,channel,FAX," + UNKNOWN_CHANNEL + "\n", Files.readString(home.resolve("p.csv.warnings.csv")));
            // a negative amount is a return, 0.00 a gift, a quantity of 0 is stored as written
            List<Purchase> stored = fixture.customers().get("C-1").getPurchases();
            assertEquals(List.of("12.50", "-3.00", "0.00", "3.00", "3.00"), stored.stream().map(p -> p.getAmount().toPlainString()).toList());
            assertEquals(List.of(PurchaseKind.SALE, PurchaseKind.RETURN, PurchaseKind.SALE, PurchaseKind.SALE, PurchaseKind.SALE),
                    stored.stream().map(Purchase::getKind).toList());
            assertEquals(List.of(1, 1, 1, 0, 1), stored.stream().map(Purchase::getQuantity).toList());
            assertEquals(Channels.OTHER, stored.get(4).getChannel());
            assertEquals(5, fixture.count("SELECT COUNT(*) FROM CUST_PURCHASE"));
            assertEquals(1, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"), "no customer was made for C-404");

            // with --create-customers the unknown reference makes a customer, named by its reference
            Path again = ImportFixture.write(home, "p2.csv", "customer_ref,date,amount\nC-404,2026-01-05,3.00\n");
            CliRun run = fixture.cli(fixture.importCommand(), "mo", "purchases", again.toString(), "--create-customers");
            assertEquals(0, run.code(), run.err());
            Customer created = fixture.customers().get("C-404");
            assertEquals("C-404", created.getName());
            assertEquals("mo", created.getAccountManager());
            assertEquals(new BigDecimal("3.00"), created.getPurchases().get(0).getAmount());
            assertEquals(run.out().lines().findFirst().orElseThrow().substring("import: ".length()), created.getPurchases().get(0).getImportId(),
                    "a record names the import that stored it");
        }
    }

    @Test
    void aBrokenQuoteRefusesTheWholeFileAtItsLine() throws Exception {
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            String reason = "\"broken quotes: a quoted value is not closed, or text follows its closing quote; nothing of the file was imported\"";
            Path unclosed = ImportFixture.write(home, "unclosed.csv", "ref,name\nC-1,Good\nC-2,\"Broken\nC-3,Other\n");
            Result result = fixture.importer.importFile(ImportKind.CUSTOMERS, unclosed, Options.defaults(), Progress.NONE);
            assertNull(result.importId());
            assertEquals(0, result.imported());
            assertEquals("line,field,value,reason\n3,,," + reason + "\n", Files.readString(home.resolve("unclosed.csv.rejects.csv")));

            Path trailing = ImportFixture.write(home, "trailing.csv", "ref,name\nC-1,Good\nC-2,Good\nC-3,\"Bro\"ken\nC-4,Other\n");
            CliRun run = fixture.cli(fixture.importCommand(), "mo", "customers", trailing.toString());
            assertEquals(1, run.code());
            assertTrue(run.out().startsWith("import: -\nimported: 0\nrejected: 1\n"), run.out());
            assertEquals("line,field,value,reason\n4,,," + reason + "\n", Files.readString(home.resolve("trailing.csv.rejects.csv")));
            assertEquals(0, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"), "nothing of a refused file is stored");
            assertEquals(0, fixture.count("SELECT COUNT(*) FROM XFER_TRANSFER_RUN"));
        }
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheLineOfTheFirstBadByte() throws Exception {
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes("ref,name\nC-1,Zoë\n".getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes("C-2,Müller\nC-3,Øre\n".getBytes(StandardCharsets.ISO_8859_1));
            Path file = home.resolve("latin1.csv");
            Files.write(file, bytes.toByteArray());
            Result result = fixture.importer.importFile(ImportKind.CUSTOMERS, file, Options.defaults(), Progress.NONE);
            assertNull(result.importId());
            assertEquals("line,field,value,reason\n3,,,\"not UTF-8: the file was not imported; save it as UTF-8, or import it with the encoding it was "
                    + "saved in (for example GB18030 for a CSV file saved by Excel in Chinese, windows-1252 in a Western language)\"\n",
                    Files.readString(home.resolve("latin1.csv.rejects.csv")));
            assertEquals(0, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"));
            // the same file named as what it is: the UTF-8 line is the same in ISO-8859-1 but for its ë, so the import says which it read
            CliRun asLatin = fixture.cli(fixture.importCommand(), "mo", "customers", file.toString(), "--encoding", "ISO-8859-1");
            assertEquals(0, asLatin.code(), asLatin.err());
            assertEquals("Zo\u00c3\u00ab", fixture.customers().get("C-1").getName(), "UTF-8 bytes read as ISO-8859-1, as asked");
            assertEquals("Müller", fixture.customers().get("C-2").getName());
        }
    }

    @Test
    void aFileSavedByAChineseExcelImportsWithItsEncodingAndAnUnknownEncodingIsAWrongCall() throws Exception {
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            Path file = home.resolve("excel-zh.csv");
            Files.write(file, "ref,name,region,tags\nGB-1,王芳,华东,会员;老客户\nGB-2,欧阳娜娜,,\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
            CliRun refused = fixture.cli(fixture.importCommand(), "mo", "customers", file.toString());
            assertEquals(1, refused.code());
            assertEquals(0, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"));
            CliRun unknown = fixture.cli(fixture.importCommand(), "mo", "customers", file.toString(), "--encoding", "GB-2312-ish");
            assertEquals(2, unknown.code());
            assertTrue(unknown.err().contains("--encoding: 'GB-2312-ish' is not an encoding Rapport knows"), unknown.err());
            CliRun run = fixture.cli(fixture.importCommand(), "mo", "customers", file.toString(), "--encoding", "gb18030");
            assertEquals(0, run.code(), run.err());
            assertEquals("王芳", fixture.customers().get("GB-1").getName());
            assertEquals("华东", fixture.customers().get("GB-1").getRegion());
            assertEquals("欧阳娜娜", fixture.customers().get("GB-2").getName());
        }
    }

    @Test
    void aSemicolonFileWithDecimalCommasImportsAndAnAmountThatCouldBeGroupingIsRejectedByLine() throws Exception {
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.importer.importFile(ImportKind.CUSTOMERS, ImportFixture.write(home, "c.csv", "ref,name\nC-1,One\n"), Options.defaults(), Progress.NONE);
            // as Excel in German saves "CSV (Trennzeichen-getrennt)"
            Path file = ImportFixture.write(home, "umsatz.csv", """
                    customer_ref;date;amount;quantity;product;channel
                    C-1;2026-01-05;12,50;1;Tee, grün;WEB
                    C-1;2026-01-06;-3,2;1;Tee;WEB
                    C-1;2026-01-07;7.25;1;Tasse;WEB
                    C-1;2026-01-08;1.234;1;Kanne;WEB
                    C-1;2026-01-09;1.234,50;1;Kanne;WEB
                    C-1;2026-01-10;12,5051;1;Kanne;WEB
                    C-1;2026-01-11;12,50 EUR;1;Kanne;WEB
                    """);
            CliRun asCommas = fixture.cli(fixture.importCommand(), "mo", "purchases", file.toString());
            assertEquals(1, asCommas.code());
            assertTrue(asCommas.err().contains("--delimiter ;"), asCommas.err());
            CliRun badWord = fixture.cli(fixture.importCommand(), "mo", "purchases", file.toString(), "--delimiter", "pipe");
            assertEquals(2, badWord.code());
            assertTrue(badWord.err().contains("--delimiter: 'pipe' is not a separator Rapport reads"), badWord.err());
            CliRun run = fixture.cli(fixture.importCommand(), "mo", "purchases", file.toString(), "--delimiter", ";");
            assertEquals(1, run.code(), run.err());
            assertTrue(run.out().contains("imported: 3\nrejected: 4\n"), run.out());
            String ambiguous = "\"ambiguous amount: its mark could be a decimal mark or digit grouping (1,234 or 1.234 with three digits after it, or more than one"
                    + " mark as in 1.234,50); write it without grouping, e.g. 1234,50 or 1,23\"";
            assertEquals("line,field,value,reason\n5,amount,1.234," + ambiguous + "\n6,amount,\"1.234,50\"," + ambiguous
                    + "\n7,amount,\"12,5051\",more than 2 decimals\n8,amount,\"12,50 EUR\",\"not a decimal number (digits with one , or . before the decimals)\"\n",
                    Files.readString(home.resolve("umsatz.csv.rejects.csv")));
            List<Purchase> stored = fixture.customers().get("C-1").getPurchases();
            assertEquals(List.of("12.50", "-3.20", "7.25"), stored.stream().map(p -> p.getAmount().toPlainString()).toList());
            assertEquals("Tee, grün", stored.get(0).getProduct());
        }
    }

    @Test
    void aTabSeparatedFileInGb18030ImportsAndItsResumeKeepsWhatTheFirstRunRead() throws Exception {
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            StringBuilder text = new StringBuilder("ref\tname\tregion\n");
            for (int i = 0; i < 12; i++) {
                text.append("T-").append(i).append("\t王芳").append(i).append("\t华东, 上海\n");
            }
            Path file = home.resolve("tabs.txt");
            Files.write(file, text.toString().getBytes(java.nio.charset.Charset.forName("GB18030")));
            Result cancelled = fixture.importer.importFile(ImportKind.CUSTOMERS, file,
                    Options.defaults().withEncoding(java.nio.charset.Charset.forName("GB18030")).withDelimiter(org.rapport.transfer.api.Delimiter.TAB)
                            .withBatchSize(5),
                    new Progress() {
                        @Override
                        public boolean isCancelled() {
                            return true;
                        }
                    });
            assertEquals(5, cancelled.imported());
            CliRun other = fixture.cli(fixture.importCommand(), "mo", "customers", file.toString(), "--resume", cancelled.importId(), "--delimiter", ",");
            assertEquals(1, other.code());
            assertTrue(other.err().contains("Import " + cancelled.importId() + " read its file with the separator \"tab\"; this resume names \",\"."), other.err());
            CliRun resumed = fixture.cli(fixture.importCommand(), "mo", "customers", file.toString(), "--resume", cancelled.importId());
            assertEquals(0, resumed.code(), resumed.err());
            assertEquals(12, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"));
            assertEquals("王芳11", fixture.customers().get("T-11").getName());
            assertEquals("华东, 上海", fixture.customers().get("T-11").getRegion());
        }
    }

    @Test
    void unknownAndMissingColumnsAreNamedAndAMappingReadsOtherHeaders() throws Exception {
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            ImportException missing = assertThrows(ImportException.class, () -> fixture.importer.importFile(ImportKind.CUSTOMERS,
                    ImportFixture.write(home, "m.csv", "ref,email\nC-1,a@example.com\n"), Options.defaults(), Progress.NONE));
            assertEquals("Required columns are missing: name.", missing.getMessage());
            ImportException missingAmount = assertThrows(ImportException.class, () -> fixture.importer.importFile(ImportKind.PURCHASES,
                    ImportFixture.write(home, "mp.csv", "customer_ref,date\nC-1,2026-01-01\n"), Options.defaults(), Progress.NONE));
            assertEquals("Required columns are missing: amount.", missingAmount.getMessage());
            ImportException unknown = assertThrows(ImportException.class, () -> fixture.importer.importFile(ImportKind.CUSTOMERS,
                    ImportFixture.write(home, "u.csv", "ref,name,fax,mobile\nC-1,One,1,2\n"), Options.defaults(), Progress.NONE));
            assertEquals("Unknown columns: fax, mobile. Known columns: ref, name, email, phone, birthday, region, channel, tags, account_manager "
                    + "(use --mapping FILE for other headers, --ignore COLUMN,... for columns to skip).", unknown.getMessage());
            CliRun refused = fixture.cli(fixture.importCommand(), "mo", "customers", home.resolve("u.csv").toString());
            assertEquals(1, refused.code());
            assertTrue(refused.err().contains("Unknown columns: fax, mobile."), refused.err());
            assertEquals(0, fixture.count("SELECT COUNT(*) FROM XFER_TRANSFER_RUN"), "a refused file starts no run");
            // columns to skip are named, in any case; one not named is still refused
            ImportException stillUnknown = assertThrows(ImportException.class, () -> fixture.importer.importFile(ImportKind.CUSTOMERS,
                    home.resolve("u.csv"), Options.defaults().withIgnored(Set.of("FAX")), Progress.NONE));
            assertTrue(stillUnknown.getMessage().startsWith("Unknown columns: mobile."), stillUnknown.getMessage());
            CliRun skipping = fixture.cli(fixture.importCommand(), "mo", "customers", home.resolve("u.csv").toString(), "--ignore", "fax, MOBILE");
            assertEquals(0, skipping.code(), skipping.err());
            assertEquals("One", fixture.customers().get("C-1").getName());

            Path file = ImportFixture.write(home, "theirs.csv", "Kundennummer,Name,E-Mail,Betreuer\nK-7,Jonas Weber,JW@example.de,sam\n");
            Path mapping = ImportFixture.write(home, "mapping.properties", "ref = Kundennummer\nemail=E-Mail\naccount_manager=Betreuer\n");
            CliRun run = fixture.cli(fixture.importCommand(), "mo", "customers", file.toString(), "--mapping", mapping.toString());
            assertEquals(0, run.code(), run.err());
            Customer jonas = fixture.customers().get("K-7");
            assertEquals("Jonas Weber", jonas.getName());
            assertEquals("jw@example.de", jonas.getEmails().get(0).getAddress());
            assertEquals("sam", jonas.getAccountManager(), "the file's account manager wins over the importing user");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void duplicatesOfStoredAndEarlierImportedCustomersAreReported(DatabaseKind kind) throws Exception {
        try (ImportFixture fixture = new ImportFixture(kind, home)) {
            fixture.importer.importFile(ImportKind.CUSTOMERS, ImportFixture.write(home, "first.csv", "ref,name,email,phone\nC-1,One,a@example.com,+86 138 0000 0001\n"),
                    Options.defaults(), Progress.NONE);
            Path file = ImportFixture.write(home, "second.csv", """
                    ref,name,email,phone
                    C-1,Again,,
                    C-5,Five,A@Example.com,
                    C-6,Six,,0086 138 0000 0001
                    C-7,Seven,,+8613800000001
                    C-8,Eight,a@example.com,+8613800000001
                    """);
            // batches of two: some matches are in the database already, some in the same batch
            Result result = fixture.importer.importFile(ImportKind.CUSTOMERS, file, Options.defaults().withBatchSize(2), Progress.NONE);
            assertEquals(4, result.imported());
            assertEquals(1, result.rejected());
            assertEquals(9, result.duplicates());
            assertEquals("line,field,value,reason\n2,ref,C-1,a customer with this reference exists\n", Files.readString(result.rejectsFile()));
            assertEquals("""
                    line,ref,matching_ref,matched_on
                    3,C-5,C-1,email
                    4,C-6,C-1,phone
                    5,C-7,C-1,phone
                    5,C-7,C-6,phone
                    6,C-8,C-1,email
                    6,C-8,C-5,email
                    6,C-8,C-1,phone
                    6,C-8,C-6,phone
                    6,C-8,C-7,phone
                    """, Files.readString(home.resolve("second.csv.duplicates.csv")));
            assertEquals("One", fixture.customers().get("C-1").getName(), "the stored customer is untouched");
            assertEquals(5, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"));
        }
    }
}
