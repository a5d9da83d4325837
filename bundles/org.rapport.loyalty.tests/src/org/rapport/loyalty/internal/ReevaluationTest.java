package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.loyalty.internal.PurchasePointsTest.customer;
import static org.rapport.loyalty.internal.PurchasePointsTest.purchase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.loyalty.api.LoyaltyProgramme.Settings;
import org.rapport.loyalty.api.MemberTiers.Reevaluation;
import org.rapport.loyalty.model.Membership;
import org.rapport.loyalty.model.TierBasis;
import org.rapport.loyalty.model.TierChange;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The set-based quarterly run against a plain-Java computation of the same rules (DOMAIN.md
 * section 3) over generated members: every member's tier by the 12 months before the day, by spend
 * and then by points, a change recorded exactly for the members whose tier moves, in ranges smaller
 * than the members so several transactions are written, and a run stopped after its first range
 * finished by a second.
 */
class ReevaluationTest {

    private static final int CUSTOMERS = 36;
    private static final int RANGE = 5;
    private static final Instant FIRST = Instant.parse("2024-10-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("2026-06-30T00:00:00Z");
    private static final double[] SIZES = { 40, 700, 2_500, 6_000 };

    @TempDir
    Path home;

    /** A generated purchase: whose, when, how much. */
    private record Sale(String customer, Instant at, BigDecimal amount) {
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyMemberGetsTheTierThePlainComputationGivesAndOnlyTheMovedGetAChange(DatabaseKind kind) throws Exception {
        try (LedgerFixture f = new LedgerFixture(kind, home).reacting()) {
            f.tiers.inRangesOf(RANGE);
            List<Sale> sales = generate(f, new Random(20261207L));
            List<String> members = sales.stream().map(Sale::customer).distinct().sorted().toList();

            LocalDate april = LocalDate.parse("2026-04-01");
            Map<String, String> before = tiers(f, members);
            Map<String, Integer> changes = changes(f, members);
            Map<String, String> expected = expected(members, sales, april, TierBasis.SPEND);
            // stopped after its first range: that range is written whole, the rest untouched
            Reevaluation stopped = f.tiers.reevaluate(april, (done, total) -> false);
            assertFalse(stopped.complete());
            assertEquals(RANGE, stopped.members());
            Reevaluation rest = f.tiers.reevaluate(april);
            assertTrue(rest.complete());
            assertEquals(members.size(), rest.members());
            check(f, members, april, before, changes, expected, stopped.upgraded() + rest.upgraded(), stopped.downgraded() + rest.downgraded());
            assertEquals(new Reevaluation(april, members.size(), 0, 0), f.tiers.reevaluate(april), "a second run for the day changes nothing");

            // by points: thresholds on points, the 12 months before July
            f.programme.update(new Settings(1, 24, 30, TierBasis.POINTS));
            f.tiers.set("Gold", null, 4_000L);
            f.tiers.set("Black", null, 15_000L);
            f.tiers.set("Silver", null, 0L);
            LocalDate july = LocalDate.parse("2026-07-01");
            before = tiers(f, members);
            changes = changes(f, members);
            expected = expected(members, sales, july, TierBasis.POINTS);
            Reevaluation byPoints = f.tiers.reevaluate(july);
            check(f, members, july, before, changes, expected, byPoints.upgraded(), byPoints.downgraded());
        }
    }

    /**
     * Two desktops on one database take their identities from blocks of their own, so the second
     * desktop's change of tier has a higher identity than a later change made on the first: the
     * current tier is the last in the history, not the one with the highest identity.
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theCurrentTierIsTheLastChangeInTheHistoryWhateverItsIdentity(DatabaseKind kind) throws Exception {
        try (LedgerFixture f = new LedgerFixture(kind, home).reacting()) {
            f.customer("C-1", null);
            buy(f, "C-1", "2025-05-01T10:00:00Z", "6000.00", "C-1/1"); // Gold at once
            try (Store second = f.desktop()) {
                // nothing in the 12 months before July: the second desktop moves the member down
                assertEquals(new Reevaluation(LocalDate.parse("2026-07-01"), 1, 0, 1), new TierService(second, f.clock, f.users).reevaluate(LocalDate.parse("2026-07-01")));
            }
            buy(f, "C-1", "2026-07-10T10:00:00Z", "6000.00", "C-1/2"); // Gold again at once, on the first desktop
            List<TierChange> history = history(f, "C-1");
            assertEquals(List.of("Silver", "Gold", "Silver", "Gold"), history.stream().map(TierChange::getToTier).toList());
            assertTrue(CustomerLedger.id(history.get(3)) < CustomerLedger.id(history.get(2)), "the later change has the lower identity");

            LocalDate october = LocalDate.parse("2026-10-01");
            assertEquals(new Reevaluation(october, 1, 0, 0), f.tiers.reevaluate(october), "Gold by the 12 months and Gold already: no change");
            assertEquals(4, history(f, "C-1").size());
            assertEquals("Gold", f.ledger.account("C-1").tier().orElseThrow());
        }
    }

    private static void buy(LedgerFixture f, String customer, String at, String amount, String reference) {
        try (UnitOfWork work = f.store.begin()) {
            customer(work, customer).getPurchases().add(purchase(at, amount, reference, PurchaseKind.SALE));
            work.commit();
        }
    }

    /** Purchases of the customers, each customer's in one commit (so the upgrade at once judges them together); a few customers buy nothing. */
    private static List<Sale> generate(LedgerFixture f, Random random) {
        List<Sale> sales = new ArrayList<>();
        long span = LAST.getEpochSecond() - FIRST.getEpochSecond();
        for (int c = 0; c < CUSTOMERS; c++) {
            String reference = String.format("C-%03d", c);
            f.customer(reference, null);
            int count = c % 9 == 0 ? 0 : 1 + random.nextInt(8);
            try (UnitOfWork work = f.store.begin()) {
                for (int p = 0; p < count; p++) {
                    Instant at = FIRST.plusSeconds((long) (random.nextDouble() * span));
                    BigDecimal amount = BigDecimal.valueOf(SIZES[random.nextInt(SIZES.length)] * (0.5 + random.nextDouble())).setScale(2, RoundingMode.HALF_UP);
                    customer(work, reference).getPurchases().add(purchase(at.toString(), amount.toPlainString(), reference + "/" + p, PurchaseKind.SALE));
                    sales.add(new Sale(reference, at, amount));
                }
                work.commit();
            }
        }
        return sales;
    }

    /** The rules in plain Java: the sum of the 12 months from the start of the day a year before to the start of the day, in Shanghai, against the thresholds. */
    private static Map<String, String> expected(List<String> members, List<Sale> sales, LocalDate asOf, TierBasis basis) {
        Instant from = asOf.minusMonths(12).atStartOfDay(LedgerFixture.SHANGHAI).toInstant();
        Instant to = asOf.atStartOfDay(LedgerFixture.SHANGHAI).toInstant();
        Map<String, String> tiers = new LinkedHashMap<>();
        for (String member : members) {
            BigDecimal spend = BigDecimal.ZERO;
            long points = 0;
            for (Sale sale : sales) {
                if (sale.customer().equals(member) && !sale.at().isBefore(from) && sale.at().isBefore(to)) {
                    spend = spend.add(sale.amount());
                    points += sale.amount().setScale(0, RoundingMode.DOWN).longValueExact();
                }
            }
            tiers.put(member, basis == TierBasis.SPEND ? (spend.compareTo(new BigDecimal("20000")) >= 0 ? "Black" : spend.compareTo(new BigDecimal("5000")) >= 0 ? "Gold" : "Silver")
                    : points >= 15_000 ? "Black" : points >= 4_000 ? "Gold" : "Silver");
        }
        return tiers;
    }

    private static void check(LedgerFixture f, List<String> members, LocalDate asOf, Map<String, String> before, Map<String, Integer> changes,
            Map<String, String> expected, int upgraded, int downgraded) {
        int up = 0;
        int down = 0;
        int moved = 0;
        for (String member : members) {
            List<TierChange> history = history(f, member);
            String was = before.get(member);
            String now = expected.get(member);
            assertEquals(now, f.ledger.account(member).tier().orElseThrow(), member + " as of " + asOf);
            TierChange last = history.isEmpty() ? null : history.get(history.size() - 1);
            boolean changedToday = last != null && last.getReason().contains(asOf.toString());
            assertEquals(!now.equals(was), changedToday, member + ": a change exactly when the tier moves (" + was + " to " + now + ")");
            assertEquals(changes.get(member) + (changedToday ? 1 : 0), history.size(), member + ": one change at most");
            if (changedToday) {
                moved++;
                assertEquals(was, last.getFromTier(), member);
                assertEquals(now, last.getToTier(), member);
                assertEquals("mo", last.getChangedBy(), member);
                if (rank(now) > rank(was)) {
                    up++;
                } else {
                    down++;
                }
            }
        }
        assertEquals(up, upgraded, "up");
        assertEquals(down, downgraded, "down");
        assertEquals(up + down, moved);
        assertTrue(moved > 0, "the generated members move");
    }

    private static int rank(String tier) {
        return List.of("Silver", "Gold", "Black").indexOf(tier);
    }

    private static Map<String, String> tiers(LedgerFixture f, List<String> members) {
        Map<String, String> tiers = new LinkedHashMap<>();
        members.forEach(m -> tiers.put(m, f.ledger.account(m).tier().orElseThrow()));
        return tiers;
    }

    private static Map<String, Integer> changes(LedgerFixture f, List<String> members) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        members.forEach(m -> sizes.put(m, history(f, m).size()));
        return sizes;
    }

    private static List<TierChange> history(LedgerFixture f, String customer) {
        try (UnitOfWork work = f.store.begin()) {
            List<Membership> found = work.query("SELECT m FROM Membership m WHERE m.customer.reference = ?1", customer);
            return List.copyOf(found.get(0).getHistory());
        }
    }
}
