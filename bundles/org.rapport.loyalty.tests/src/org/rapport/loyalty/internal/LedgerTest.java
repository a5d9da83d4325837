package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.loyalty.internal.LedgerFixture.purchase;
import static org.rapport.loyalty.internal.LedgerFixture.purchaseReturn;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.loyalty.api.Loyalty.Account;
import org.rapport.loyalty.api.Loyalty.Line;
import org.rapport.loyalty.api.Loyalty.Posting;
import org.rapport.loyalty.api.Loyalty.Taken;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.loyalty.model.LedgerEntry;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.security.api.AccessDeniedException;

/** Returns, debts, redemption, expiry, adjustments and the append-only rule, on every database. */
class LedgerTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aReturnAfterPartialRedemptionTakesTheBalanceThenLeavesADebtThatTheNextPurchaseRepays(DatabaseKind kind) throws Exception {
        try (LedgerFixture f = new LedgerFixture(kind, home)) {
            f.customer("C-1", null);
            f.ledger.earn(purchase("C-1", "P-1", "2026-01-05T02:00:00Z", "100.00"));
            f.ledger.earn(purchase("C-1", "P-2", "2026-01-20T02:00:00Z", "50.00"));
            try (UnitOfWork work = f.store.begin()) {
                f.ledger.redeem(work, "C-1", 120, "R-MUG", "mug");
                work.commit();
            }
            Posting reversal = f.ledger.reverse(purchaseReturn("C-1", "RET-1", "P-1", "2026-02-01T02:00:00Z", "-100.00"));
            // P-1's own points were spent: the 30 left (of P-2) come off, 70 are owed
            assertEquals(-30, reversal.points());
            assertEquals(70, reversal.debt().orElseThrow().getPoints());
            Account account = f.ledger.account("C-1");
            assertEquals(0, account.balance());
            assertEquals(70, account.debt());

            Posting next = f.ledger.earn(purchase("C-1", "P-3", "2026-02-10T02:00:00Z", "80.00"));
            assertEquals(List.of(80L, -70L), next.entries().stream().map(LedgerEntry::getPoints).toList());
            account = f.ledger.account("C-1");
            assertEquals(10, account.balance());
            assertEquals(0, account.debt());
            Line repayment = account.lines().stream().filter(l -> "debt-repayment".equals(l.rule())).findFirst().orElseThrow();
            Line p3 = account.lines().stream().filter(l -> "P-3".equals(l.sourceRef())).findFirst().orElseThrow();
            assertEquals(List.of(new Taken(p3.id(), 70)), repayment.consumed());
            assertEquals(10, p3.open());
            // the redemption took P-1's 100 and 20 of P-2's, oldest first
            Line redemption = account.lines().stream().filter(l -> l.kind() == EntryKind.REDEMPTION).findFirst().orElseThrow();
            assertEquals(List.of(100L, 20L), redemption.consumed().stream().map(Taken::points).toList());
        }
    }

    @Test
    void partialReturnsTakeBackTheirShareAndAllOfItOnceEverythingCameBack() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1", null);
            f.ledger.earn(purchase("C-1", "P-1", "2026-01-05T02:00:00Z", "99.99"));
            assertEquals(-39, f.ledger.reverse(purchaseReturn("C-1", "RET-1", "P-1", "2026-01-06T02:00:00Z", "40.00")).points());
            // the same return again (a re-import) takes nothing more
            assertEquals(0, f.ledger.reverse(purchaseReturn("C-1", "RET-1", "P-1", "2026-01-06T02:00:00Z", "40.00")).points());
            assertEquals(-60, f.ledger.reverse(purchaseReturn("C-1", "RET-2", "P-1", "2026-01-07T02:00:00Z", "59.99")).points());
            assertEquals(0, f.ledger.account("C-1").balance());
            // a return of a purchase that earned nothing takes nothing
            assertEquals(Posting.NOTHING, f.ledger.reverse(purchaseReturn("C-1", "RET-3", "P-404", "2026-01-07T02:00:00Z", "5.00")));
        }
    }

    @Test
    void pointsExpireOldestFirstOnTheirDayAndARunIsIdempotent() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1", null);
            // 5 March 2024 in Shanghai: expires on 5 March 2026
            f.ledger.earn(purchase("C-1", "P-1", "2024-03-04T17:00:00Z", "30.00"));
            f.ledger.earn(purchase("C-1", "P-2", "2024-06-01T02:00:00Z", "20.00"));
            assertEquals(0, f.ledger.expire(LocalDate.of(2026, 3, 4)).points());
            assertEquals(30, f.ledger.expire(LocalDate.of(2026, 3, 5)).points());
            assertEquals(0, f.ledger.expire(LocalDate.of(2026, 3, 5)).points());
            Account account = f.ledger.account("C-1");
            assertEquals(20, account.balance());
            Line expiry = account.lines().stream().filter(l -> l.kind() == EntryKind.EXPIRY).findFirst().orElseThrow();
            assertEquals(List.of(new Taken(account.lines().get(0).id(), 30)), expiry.consumed());
            assertEquals(Instant.parse("2026-03-04T16:00:00Z"), expiry.at());
            // the run was made signed in as mo
            assertEquals("mo", expiry.recordedBy());
            // a return of the expired purchase takes back nothing: those points left already
            assertEquals(Posting.NOTHING, f.ledger.reverse(purchaseReturn("C-1", "RET-1", "P-1", "2026-03-06T02:00:00Z", "30.00")));
        }
    }

    @Test
    void adjustmentsNeedAReasonAndTheUpdatePermissionAndNeverTakeTheBalanceBelowZero() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1", null);
            assertEquals("A reason is required: say why the points are given or taken.",
                    assertThrows(LoyaltyException.class, () -> f.ledger.adjust("C-1", 10, " ")).getMessage());
            assertEquals(10, f.ledger.adjust("C-1", 10, "goodwill").points());
            assertEquals("Customer C-1 has 10 points: 11 cannot be spent.",
                    assertThrows(LoyaltyException.class, () -> f.ledger.adjust("C-1", -11, "typo")).getMessage());
            f.users.as("sid");
            assertThrows(AccessDeniedException.class, () -> f.ledger.adjust("C-1", -1, "typo"));
            f.users.as("mo");
            assertEquals(-10, f.ledger.adjust("C-1", -10, "typo").points());
            assertEquals(0, f.ledger.account("C-1").balance());
        }
    }

    @Test
    void aFailedTransactionWritesNoPoints() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1", null);
            try (UnitOfWork work = f.store.begin()) {
                f.ledger.earn(work, purchase("C-1", "P-1", "2026-01-05T02:00:00Z", "100.00"));
                // the same transaction stores a customer whose reference is taken: the commit fails
                Customer twin = CustomersFactory.eINSTANCE.createCustomer();
                twin.setReference("C-1");
                twin.setName("Twin");
                twin.setStatus(CustomerStatus.ACTIVE);
                work.add(twin);
                assertThrows(StoreException.class, work::commit);
            }
            assertEquals(0, f.count("SELECT COUNT(e) FROM LedgerEntry e"));
            assertEquals(0, f.count("SELECT COUNT(m) FROM Membership m"));
            assertEquals(0, f.ledger.account("C-1").balance());
        }
    }

    @Test
    void twoPostingsInOneTransactionSeeEachOther() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1", null);
            try (UnitOfWork work = f.store.begin()) {
                f.ledger.earn(work, purchase("C-1", "P-1", "2026-01-05T02:00:00Z", "10.00"));
                f.ledger.redeem(work, "C-1", 10, "R-1", null);
                assertThrows(LoyaltyException.class, () -> f.ledger.redeem(work, "C-1", 1, "R-2", null));
                work.commit();
            }
            assertEquals(0, f.ledger.account("C-1").balance());
            assertEquals(1, f.count("SELECT COUNT(m) FROM Membership m"));
        }
    }

    @Test
    void storedEntriesCanBeNeitherChangedNorDeleted() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1", null);
            f.ledger.earn(purchase("C-1", "P-1", "2026-01-05T02:00:00Z", "10.00"));
            try (UnitOfWork work = f.store.begin()) {
                LedgerEntry entry = (LedgerEntry) work.query("SELECT e FROM LedgerEntry e").get(0);
                entry.setPoints(1000);
                StoreException refused = assertThrows(StoreException.class, work::commit);
                assertTrue(refused.getMessage().contains("UPDATE of a loyalty ledger record refused"), refused.getMessage());
            }
            try (UnitOfWork work = f.store.begin()) {
                work.remove((LedgerEntry) work.query("SELECT e FROM LedgerEntry e").get(0));
                assertThrows(StoreException.class, work::commit);
            }
            assertEquals(10, f.ledger.account("C-1").balance());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theDatabaseRefusesChangesPastTheApplicationButAMergesMove(DatabaseKind kind) throws Exception {
        try (LedgerFixture f = new LedgerFixture(kind, home)) {
            f.customer("C-1", null);
            f.ledger.earn(purchase("C-1", "P-1", "2026-01-05T02:00:00Z", "10.00"));
            f.ledger.reverse(purchaseReturn("C-1", "RET-1", "P-1", "2026-01-06T02:00:00Z", "10.00"));
            try (Connection connection = DataSources.open(f.database.settings).getConnection(); Statement sql = connection.createStatement()) {
                for (String refused : List.of("UPDATE LOY_LEDGER_ENTRY SET POINTS = 1000", "DELETE FROM LOY_LEDGER_ENTRY", "UPDATE LOY_CONSUMPTION SET POINTS = 1",
                        "DELETE FROM LOY_CONSUMPTION", "UPDATE LOY_TIER_CHANGE SET REASON = 'x'", "DELETE FROM LOY_TIER_CHANGE")) {
                    SQLException e = assertThrows(SQLException.class, () -> sql.executeUpdate(refused), refused);
                    assertTrue(String.valueOf(e.getMessage()).contains("is append-only"), refused + ": " + e.getMessage());
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                }
                // what a merge of duplicate customers does: the entries follow the person
                assertEquals(2, sql.executeUpdate("UPDATE LOY_LEDGER_ENTRY SET CUSTOMER_ID = CUSTOMER_ID, VERSION = VERSION + 1"));
            }
            assertEquals(0, f.ledger.account("C-1").balance());
            assertEquals(2, f.ledger.account("C-1").lines().size());
        }
    }
}
