package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.internal.ChannelsService;
import org.rapport.customers.internal.CustomerImportService;
import org.rapport.customers.internal.CustomerRows;
import org.rapport.customers.internal.ImportCommand;
import org.rapport.customers.internal.PurchaseRows;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.loyalty.api.Loyalty.Account;
import org.rapport.loyalty.api.Loyalty.Line;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.loyalty.model.LedgerEntry;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.CliRun;
import org.rapport.transfer.internal.ImportRunner;

/**
 * Purchase records earn their points, and returns take them back, in the commit that stores them:
 * through the profile (a purchase added to the customer) and through the purchases import.
 */
class PurchasePointsTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aPurchaseEarnsInTheCommitThatStoresItAndAFailedCommitWritesNoPoints(DatabaseKind kind) throws Exception {
        try (LedgerFixture f = new LedgerFixture(kind, home).reacting()) {
            f.customer("C-1", null);
            try (UnitOfWork work = f.store.begin()) {
                Customer customer = customer(work, "C-1");
                Purchase purchase = purchase("2026-02-10T02:00:00Z", "120.50", "ORD-1", PurchaseKind.SALE);
                // longer than its column: the database refuses the commit
                purchase.setProduct("x".repeat(300));
                customer.getPurchases().add(purchase);
                assertThrows(RuntimeException.class, work::commit);
                assertEquals(0, f.count("SELECT COUNT(e) FROM LedgerEntry e"));
                assertEquals(0, f.count("SELECT COUNT(m) FROM Membership m"));

                purchase.setProduct("mug");
                work.commit();
            }
            List<LedgerEntry> entries = f.entries("C-1");
            // the retry earned once: what the failed attempt added was dropped with it
            assertEquals(1, entries.size());
            assertEquals(120, entries.get(0).getPoints());
            assertEquals(Instant.parse("2026-02-10T02:00:00Z"), entries.get(0).getAt());
            assertEquals("ORD-1", entries.get(0).getSourceRef());
            assertEquals("base", entries.get(0).getRuleId());
            assertEquals("Silver", f.ledger.account("C-1").tier().orElseThrow());
        }
    }

    @Test
    void aReturnStoredWithItsSaleTakesItsPointsBackAndASecondSaleRepaysTheDebt() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home).reacting()) {
            f.customer("C-1", null);
            try (UnitOfWork work = f.store.begin()) {
                Customer customer = customer(work, "C-1");
                customer.getPurchases().add(purchase("2026-01-05T02:00:00Z", "100.00", "ORD-1", PurchaseKind.SALE));
                customer.getPurchases().add(purchase("2026-01-06T02:00:00Z", "40.00", "ORD-2", PurchaseKind.SALE));
                work.commit();
            }
            try (UnitOfWork work = f.store.begin()) {
                f.ledger.redeem(work, "C-1", 130, "R-MUG", "mug");
                work.commit();
            }
            try (UnitOfWork work = f.store.begin()) {
                customer(work, "C-1").getPurchases().add(purchase("2026-01-20T02:00:00Z", "-100.00", "ORD-1", PurchaseKind.RETURN));
                work.commit();
            }
            Account account = f.ledger.account("C-1");
            // 10 points were left: they come off, 90 are owed
            assertEquals(0, account.balance());
            assertEquals(90, account.debt());
            try (UnitOfWork work = f.store.begin()) {
                customer(work, "C-1").getPurchases().add(purchase("2026-02-01T02:00:00Z", "95.00", "ORD-3", PurchaseKind.SALE));
                work.commit();
            }
            account = f.ledger.account("C-1");
            assertEquals(5, account.balance());
            assertEquals(0, account.debt());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void thePurchasesImportEarnsAtEachPurchasesDateAndNoPointsSkipsIt(DatabaseKind kind) throws Exception {
        try (LedgerFixture f = new LedgerFixture(kind, home).reacting()) {
            f.customer("C-1", null);
            f.customer("C-2", null);
            ImportCommand command = importCommand(f);
            Path file = write(home, "purchases.csv", """
                    customer_ref,date,amount,quantity,product,channel,order_ref,line,kind
                    C-1,2025-11-03,99.99,1,mug,,O-1,1,sale
                    C-1,2025-11-03,20.00,1,tea,,O-1,2,sale
                    C-2,2026-01-15,300.00,1,lamp,,O-2,1,sale
                    C-2,2026-01-20,-300.00,1,lamp,,O-2,1,return
                    C-3,2026-02-01,10.00,1,pen,,O-3,1,sale
                    """);
            CliRun run = f.cli(command, "mo", "purchases", file.toString(), "--create-customers", "--batch-size", "2");
            assertEquals(0, run.code(), run.err());
            Account c1 = f.ledger.account("C-1");
            assertEquals(List.of(99L, 20L), c1.lines().stream().map(Line::points).toList());
            assertEquals(List.of("O-1/1", "O-1/2"), c1.lines().stream().map(Line::sourceRef).toList());
            assertEquals(Instant.parse("2025-11-02T16:00:00Z"), c1.lines().get(0).at());
            Account c2 = f.ledger.account("C-2");
            assertEquals(List.of(EntryKind.ACCRUAL, EntryKind.REVERSAL), c2.lines().stream().map(Line::kind).toList());
            assertEquals(0, c2.balance());
            // a customer the import made earns too
            assertEquals(10, f.ledger.account("C-3").balance());

            Path old = write(home, "old.csv", """
                    customer_ref,date,amount,quantity,product,channel,order_ref,line,kind
                    C-1,2024-05-01,500.00,1,desk,,O-9,1,sale
                    """);
            run = f.cli(command, "mo", "purchases", old.toString(), "--no-points");
            assertEquals(0, run.code(), run.err());
            assertEquals(119, f.ledger.account("C-1").balance());
            try (UnitOfWork work = f.store.begin()) {
                assertEquals(3, customer(work, "C-1").getPurchases().size());
            }
            assertTrue(f.ledger.account("C-1").lines().stream().noneMatch(l -> "O-9/1".equals(l.sourceRef())));
        }
    }

    static ImportCommand importCommand(LedgerFixture f) {
        ChannelsService channels = new ChannelsService(f.store, f.users, f.clock);
        CustomerImportService importer = new CustomerImportService(
                new ImportRunner(f.store, f.users, f.clock, List.of(new CustomerRows(f.clock, channels), new PurchaseRows(f.clock, channels))));
        return new ImportCommand(importer, f.users, f.users);
    }

    static Customer customer(UnitOfWork work, String reference) {
        List<Customer> found = work.query("SELECT c FROM Customer c WHERE c.reference = ?1", reference);
        return found.get(0);
    }

    static Purchase purchase(String at, String amount, String order, PurchaseKind kind) {
        Purchase purchase = CustomersFactory.eINSTANCE.createPurchase();
        purchase.setAt(Instant.parse(at));
        purchase.setAmount(new BigDecimal(amount));
        purchase.setQuantity(1);
        purchase.setProduct("mug");
        purchase.setKind(kind);
        purchase.setOrderRef(order);
        return purchase;
    }

    static Path write(Path folder, String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
