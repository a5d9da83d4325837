package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.loyalty.internal.PurchasePointsTest.customer;
import static org.rapport.loyalty.internal.PurchasePointsTest.purchase;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.loyalty.api.MemberTiers.Reevaluation;
import org.rapport.loyalty.api.MemberTiers.Tier;
import org.rapport.loyalty.model.Membership;
import org.rapport.loyalty.model.TierChange;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.testing.CliRun;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Tier upgrades at a purchase, the quarterly run at quarter boundaries, and tier thresholds. */
class TiersTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aPurchaseUpgradesAtOnceAndOnlyTheQuarterlyRunDowngradesByTheTwelveMonthsBeforeItsDay(DatabaseKind kind) throws Exception {
        try (LedgerFixture f = new LedgerFixture(kind, home).reacting()) {
            f.customer("C-1", null);
            f.customer("C-2", null);
            // Shanghai: C-1 bought in the first moment of 1 April 2025, C-2 in the last second of 31 March
            buy(f, "C-1", "2025-03-31T16:00:00Z", "3000.00", "A-1");
            buy(f, "C-2", "2025-03-31T15:59:59Z", "3000.00", "B-1");
            assertEquals("Silver", f.ledger.account("C-1").tier().orElseThrow());
            long version = membershipVersion(f, "C-1");
            buy(f, "C-1", "2025-06-15T02:00:00Z", "2000.00", "A-2");
            buy(f, "C-2", "2025-06-15T02:00:00Z", "2000.00", "B-2");
            // 5,000 in 12 months: Gold at once, with the purchase that reached it
            assertEquals("Gold", f.ledger.account("C-1").tier().orElseThrow());
            assertEquals("Gold", f.ledger.account("C-2").tier().orElseThrow());
            // the upgrade is a new change in the history: the membership's row is left alone (no update permission needed)
            assertEquals(version, membershipVersion(f, "C-1"));
            TierChange upgrade = history(f, "C-1").get(1);
            assertEquals("Silver", upgrade.getFromTier());
            assertTrue(upgrade.getReason().contains("A-2") && upgrade.getReason().contains("5000.00"), upgrade.getReason());

            // the first of January: both years still count in full
            assertEquals(new Reevaluation(java.time.LocalDate.parse("2026-01-01"), 2, 0, 0), f.tiers.reevaluate(java.time.LocalDate.parse("2026-01-01")));
            // the first of April 2026: the 12 months from 1 April 2025 00:00 in Shanghai; C-2's first purchase fell just before
            assertEquals(new Reevaluation(java.time.LocalDate.parse("2026-04-01"), 2, 0, 1), f.tiers.reevaluate(java.time.LocalDate.parse("2026-04-01")));
            assertEquals("Gold", f.ledger.account("C-1").tier().orElseThrow());
            assertEquals("Silver", f.ledger.account("C-2").tier().orElseThrow());
            TierChange downgrade = history(f, "C-2").get(2);
            assertEquals("Gold", downgrade.getFromTier());
            assertTrue(downgrade.getReason().contains("2026-04-01") && downgrade.getReason().contains("2000.00"), downgrade.getReason());
            // the same day again changes nothing
            assertEquals(new Reevaluation(java.time.LocalDate.parse("2026-04-01"), 2, 0, 0), f.tiers.reevaluate(java.time.LocalDate.parse("2026-04-01")));
            assertEquals(3, history(f, "C-2").size());

            // mid-quarter, C-1's spend of the last 12 months is below Gold: no purchase downgrades
            f.now.set(java.time.Instant.parse("2026-07-15T02:00:00Z"));
            buy(f, "C-1", "2026-07-15T02:00:00Z", "10.00", "A-3");
            assertEquals("Gold", f.ledger.account("C-1").tier().orElseThrow());
            assertEquals(new Reevaluation(java.time.LocalDate.parse("2026-10-01"), 2, 0, 1), f.tiers.reevaluate(java.time.LocalDate.parse("2026-10-01")));
            assertEquals("Silver", f.ledger.account("C-1").tier().orElseThrow());
        }
    }

    @Test
    void thresholdsAreSetThroughTheCommandAndRankTheTiers() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home).reacting()) {
            LoyaltyCommand command = f.command(null);
            CliRun set = f.cli(command, "mo", "tiers", "set", "Gold", "--min-spend", "3000", "--format", "json");
            assertEquals(0, set.code(), set.err());
            JsonObject gold = JsonParser.parseString(set.out()).getAsJsonArray().get(0).getAsJsonObject();
            assertEquals("3000.00", gold.get("min_spend").getAsString());
            assertEquals(1, gold.get("rank").getAsInt());
            assertEquals(0, f.cli(command, "mo", "tiers", "set", "Platinum", "--min-spend", "10000").code());
            CliRun list = f.cli(command, "mo", "tiers", "--format", "json");
            JsonArray tiers = JsonParser.parseString(list.out()).getAsJsonArray();
            assertEquals(List.of("Silver", "Gold", "Platinum", "Black"), tiers.asList().stream().map(t -> t.getAsJsonObject().get("tier").getAsString()).toList());
            assertEquals(List.of(0L, 1L, 2L, 3L), f.tiers.tiers().stream().map(t -> (long) t.rank()).toList());

            f.customer("C-1", null);
            buy(f, "C-1", "2026-02-01T02:00:00Z", "3500.00", "A-1");
            assertEquals("Gold", f.ledger.account("C-1").tier().orElseThrow());

            assertEquals(2, f.cli(command, "mo", "tiers", "set", "Gold").code());
            assertEquals(2, f.cli(command, "mo", "tiers", "set", "Gold", "--min-spend", "-1").code());
            assertEquals(2, f.cli(command, "mo", "tiers", "reevaluate").code());
            assertEquals(2, f.cli(command, "mo", "tiers", "promote").code());
            CliRun denied = f.cli(command, "sid", "tiers", "set", "Gold", "--min-spend", "1");
            assertEquals(1, denied.code());
            assertTrue(denied.err().contains("sid may not change member tiers"), denied.err());
            f.users.as("sid");
            assertThrows(AccessDeniedException.class, () -> f.tiers.reevaluate(java.time.LocalDate.parse("2026-04-01")));
            f.users.as("mo");
            CliRun run = f.cli(command, "mo", "tiers", "reevaluate", "--as-of", "2026-04-01", "--format", "json");
            assertEquals(0, run.code(), run.err());
            assertEquals(1, JsonParser.parseString(run.out()).getAsJsonArray().get(0).getAsJsonObject().get("members").getAsInt());
            Tier platinum = f.tiers.set("Platinum", null, 500L);
            assertEquals(500L, platinum.minPoints());
            assertEquals(new BigDecimal("10000.00"), platinum.minSpend());
        }
    }

    private static void buy(LedgerFixture f, String customer, String at, String amount, String order) {
        try (UnitOfWork work = f.store.begin()) {
            customer(work, customer).getPurchases().add(purchase(at, amount, order, PurchaseKind.SALE));
            work.commit();
        }
    }

    private static long membershipVersion(LedgerFixture f, String customer) {
        try (UnitOfWork work = f.store.begin()) {
            List<Membership> found = work.query("SELECT m FROM Membership m WHERE m.customer.reference = ?1", customer);
            return ((org.rapport.persistence.api.PersistentObject) found.get(0)).persistentVersion();
        }
    }

    private static List<TierChange> history(LedgerFixture f, String customer) {
        try (UnitOfWork work = f.store.begin()) {
            List<Membership> found = work.query("SELECT m FROM Membership m WHERE m.customer.reference = ?1", customer);
            return List.copyOf(found.get(0).getHistory());
        }
    }
}
