package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.CustomerImport.Result;
import org.rapport.customers.api.CustomerSearch.Stats;
import org.rapport.customers.api.ImportException;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.ImportKind;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.DatabaseKind;

/**
 * The import rules of DOMAIN.md section 1 as a real purchase history needs them: the domain's
 * channels in the spellings people use, free purchases, flawed contacts kept, returns, and a
 * re-import that doubles nothing; the statistics over such files are exact.
 */
class ImportRulesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final String CUSTOMERS = """
            ref,name,email,phone,channel
            R-1,Lin Mei,lin.mei@example.com,+86 138 0013 8001,Hotline
            R-2,Zhou Tao,zhou.tao@@example,,WeChat
            R-3,Free Sample Fan,,,online
            R-4,Olga Returns,olga@example.com,,Tmall
            R-5,Pat Phone,,,PHONE
            """;

    /**
     * Sales, a second line of one order, a gift of 0.00, returns by sign and by kind, a refund of an
     * order Rapport never saw, a date-time written with a space (in Rapport's zone, Shanghai).
     */
    static final String PURCHASES = """
            customer_ref,date,amount,quantity,product,channel,order_ref,kind
            R-1,2026-01-05T10:00:00+08:00,120.00,1,Kettle,store,O-100,
            R-1,2026-01-05T10:00:00+08:00,30.00,2,Filters,store,O-100,
            R-1,2026-02-01,45.50,1,Beans,hotline,O-101,sale
            R-3,2026-01-20,0.00,1,Sample box,web,O-200,
            R-4,2026-01-10,200.00,1,Grinder,app,O-300,
            R-4,2026-01-15,-200.00,-1,Grinder,app,O-300,
            R-4,2026-01-16,15.00,1,Descaler,app,O-301,
            R-4,2026-01-17,15.00,1,Descaler,app,O-301,Refund
            R-2,2026-02-10 23:30:00,9.90,1,Mug,wechat,O-400,
            R-5,2026-02-11,5.00,1,Cup,phone,O-999,return
            """;

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aPurchaseHistoryWithEveryCaseLosesNoRowAndItsStatsAreExact(DatabaseKind kind) throws Exception {
        try (ImportFixture fixture = new ImportFixture(kind, home)) {
            Path customers = ImportFixture.write(home, "customers.csv", CUSTOMERS);
            // as a mapping file's line channel.Tmall=web-shop gives it
            Options withMapping = Options.defaults().withMapping(Map.of("channel.Tmall", "web-shop"));
            Result imported = fixture.importer.importFile(ImportKind.CUSTOMERS, customers, withMapping, Progress.NONE);
            assertEquals(5, imported.imported());
            assertEquals(0, imported.rejected());
            assertEquals("line,field,value,reason\n3,email,zhou.tao@@example,\"not a valid e-mail address: stored, and marked invalid\"\n",
                    Files.readString(imported.warningsFile()));
            Map<String, Customer> stored = fixture.customers();
            assertEquals(List.of(Channels.HOTLINE, Channels.SOCIAL_MEDIA, Channels.WEB_SHOP, Channels.WEB_SHOP, Channels.HOTLINE),
                    stored.values().stream().map(Customer::getChannel).toList());
            assertFalse(stored.get("R-2").getEmails().get(0).isValid());

            Path purchases = ImportFixture.write(home, "purchases.csv", PURCHASES);
            // batches of two: a return's sale is in its own batch or an earlier one
            Result bought = fixture.importer.importFile(ImportKind.PURCHASES, purchases, Options.defaults().withBatchSize(2), Progress.NONE);
            assertEquals(10, bought.imported());
            assertEquals(0, bought.rejected());
            assertEquals(0, bought.duplicates());
            assertEquals("line,field,value,reason\n11,order_ref,O-999,\"a return of order O-999, which is not stored for this customer: "
                    + "stored as a return all the same\"\n", Files.readString(bought.warningsFile()));
            List<Purchase> olga = fixture.customers().get("R-4").getPurchases();
            assertEquals(List.of(PurchaseKind.SALE, PurchaseKind.RETURN, PurchaseKind.SALE, PurchaseKind.RETURN), olga.stream().map(Purchase::getKind).toList());
            assertEquals(List.of("200.00", "-200.00", "15.00", "-15.00"), olga.stream().map(p -> p.getAmount().toPlainString()).toList());
            assertEquals(List.of(1, 1, 1, 1), olga.stream().map(Purchase::getQuantity).toList(), "a return's quantity is how many came back");
            assertEquals(List.of("O-300", "O-300", "O-301", "O-301"), olga.stream().map(Purchase::getOrderRef).toList());
            Stats expected = statsOf(5, PURCHASES);
            assertEquals(expected, fixture.search.stats());
            // the same figures, counted by hand from the file above
            assertEquals(new Stats(5, 7, new BigDecimal("200.40"), 2, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 10)), expected);

            // the same file again, as a new import: every record is there already, nothing is doubled
            Result again = fixture.importer.importFile(ImportKind.PURCHASES, purchases, Options.defaults(), Progress.NONE);
            assertEquals(0, again.imported());
            assertEquals(10, again.duplicates());
            assertEquals(0, again.warnings(), "a record not stored warns of nothing");
            List<String> duplicates = Files.readAllLines(again.duplicatesFile());
            assertEquals("line,ref,matching_ref,matched_on", duplicates.get(0));
            assertEquals("2,R-1,O-100,order", duplicates.get(1));
            assertEquals("3,R-1,O-100,order", duplicates.get(2), "both lines of the order were stored");
            assertEquals(expected, fixture.search.stats());
            assertEquals(10, fixture.count("SELECT COUNT(*) FROM CUST_PURCHASE"));
        }
    }

    @Test
    void withALineColumnAnOrderCanComeInPartsAndOnlyStoredLinesAreDuplicates() throws Exception {
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.importer.importFile(ImportKind.CUSTOMERS, ImportFixture.write(home, "c.csv", "ref,name\nL-1,Lena\n"), Options.defaults(), Progress.NONE);
            Path first = ImportFixture.write(home, "first.csv", """
                    customer_ref,date,amount,order_ref,line
                    L-1,2026-01-05,10.00,O-1,1
                    L-1,2026-01-05,20.00,O-1,2
                    L-1,2026-01-05,20.00,O-1,2
                    """);
            Result one = fixture.importer.importFile(ImportKind.PURCHASES, first, Options.defaults(), Progress.NONE);
            assertEquals(2, one.imported());
            assertEquals(1, one.duplicates(), "a line twice in one file is there once");
            Path second = ImportFixture.write(home, "second.csv", """
                    customer_ref,date,amount,order_ref,line
                    L-1,2026-01-05,20.00,O-1,2
                    L-1,2026-01-05,30.00,O-1,3
                    L-1,2026-01-06,-20.00,O-1,2
                    """);
            Result two = fixture.importer.importFile(ImportKind.PURCHASES, second, Options.defaults(), Progress.NONE);
            assertEquals(2, two.imported());
            assertEquals(1, two.duplicates());
            assertEquals(List.of("line,ref,matching_ref,matched_on", "2,L-1,O-1/2,order"), Files.readAllLines(two.duplicatesFile()));
            assertEquals(0, two.warnings(), "the return's order is stored");
            assertEquals(new BigDecimal("40.00"), fixture.search.stats().revenue());
        }
    }

    @Test
    void aMappingToNoChannelIsRefusedBeforeAnythingIsStored() throws Exception {
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            Path file = ImportFixture.write(home, "c.csv", CUSTOMERS);
            ImportException refused = assertThrows(ImportException.class, () -> fixture.importer.importFile(ImportKind.CUSTOMERS, file,
                    Options.defaults().withMapping(Map.of("channel.Tmall", "tmall")), Progress.NONE));
            assertTrue(refused.getMessage().startsWith("The mapping file maps the channel value Tmall to tmall, which is not a channel; the channels are app, "),
                    refused.getMessage());
            assertEquals(0, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"));
        }
    }

    /**
     * The statistics from the file itself, apart from the import: a record is a return when its
     * amount or quantity is negative or its kind says so; revenue is net.
     */
    static Stats statsOf(long customers, String purchasesCsv) {
        List<String> lines = purchasesCsv.lines().skip(1).toList();
        long sales = 0;
        BigDecimal revenue = new BigDecimal("0.00");
        Map<String, Integer> salesOf = new HashMap<>();
        TreeSet<LocalDate> days = new TreeSet<>();
        for (String line : lines) {
            String[] v = line.split(",", -1);
            BigDecimal amount = new BigDecimal(v[2]);
            boolean isReturn = amount.signum() < 0 || v[3].startsWith("-") || List.of("return", "refund").contains(v[7].toLowerCase());
            revenue = revenue.add(isReturn ? amount.abs().negate() : amount);
            if (!isReturn) {
                sales++;
                salesOf.merge(v[0], 1, Integer::sum);
                days.add(v[1].length() == 10 ? LocalDate.parse(v[1])
                        : v[1].contains(" ") ? LocalDateTime.parse(v[1].replace(' ', 'T')).toLocalDate()
                                : OffsetDateTime.parse(v[1]).atZoneSameInstant(SHANGHAI).toLocalDate());
            }
        }
        long repeat = salesOf.values().stream().filter(count -> count >= 2).count();
        return new Stats(customers, sales, revenue, repeat, days.first(), days.last());
    }
}
