package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.loyalty.api.Loyalty.Account;
import org.rapport.loyalty.api.Loyalty.Line;
import org.rapport.loyalty.api.Loyalty.PurchaseEvent;
import org.rapport.loyalty.api.Loyalty.ReturnEvent;
import org.rapport.loyalty.api.Loyalty.Taken;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The ledger's invariants over seeded random sequences of purchases, returns (whole and partial),
 * redemptions, adjustments and expiry runs for a few customers: after every event, the balance is
 * the sum of the entries and never negative, a debt is owed only at a zero balance, every spent
 * point is traced to an earning entry that had it, and expiry leaves no expired point behind while
 * taking none that had not expired. A failing seed prints the event that broke it.
 */
class LedgerInvariantsTest {

    private static final List<String> CUSTOMERS = List.of("C-A", "C-B", "C-C");
    private static final int EVENTS = 120;

    @TempDir
    Path home;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 1, 2, 3, 20261207 })
    void invariantsHoldAfterEveryEvent(long seed) throws Exception {
        Random random = new Random(seed);
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-A", LocalDate.of(1990, 1, 31));
            f.customer("C-B", LocalDate.of(1988, 2, 29));
            f.customer("C-C", null);
            Instant at = Instant.parse("2024-01-01T00:00:00Z");
            Map<String, List<PurchaseEvent>> purchases = new HashMap<>();
            int returns = 0;
            for (int i = 0; i < EVENTS; i++) {
                at = at.plus(Duration.ofHours(1 + random.nextInt(24 * 20)));
                f.now.set(at);
                String customer = CUSTOMERS.get(random.nextInt(CUSTOMERS.size()));
                String event;
                int dice = random.nextInt(100);
                try {
                    if (dice < 40) {
                        PurchaseEvent p = new PurchaseEvent(customer, "P-" + i, at, BigDecimal.valueOf(random.nextInt(30000), 2));
                        event = "earn " + p;
                        f.ledger.earn(p);
                        purchases.computeIfAbsent(customer, c -> new ArrayList<>()).add(p);
                    } else if (dice < 55 && purchases.containsKey(customer)) {
                        List<PurchaseEvent> bought = purchases.get(customer);
                        PurchaseEvent p = bought.get(random.nextInt(bought.size()));
                        BigDecimal amount = random.nextBoolean() ? p.amount() : p.amount().divide(BigDecimal.valueOf(2 + random.nextInt(3)), 2, java.math.RoundingMode.DOWN);
                        ReturnEvent r = new ReturnEvent(customer, "R-" + i, p.purchaseRef(), at, amount.negate());
                        event = "reverse " + r;
                        f.ledger.reverse(r);
                        returns++;
                    } else if (dice < 75) {
                        long points = 1 + random.nextInt(250);
                        event = "redeem " + customer + " " + points;
                        try (UnitOfWork work = f.store.begin()) {
                            f.ledger.redeem(work, customer, points, "REWARD", null);
                            work.commit();
                        }
                    } else if (dice < 85) {
                        long points = random.nextInt(101) - 50;
                        event = "adjust " + customer + " " + points;
                        if (points != 0) {
                            f.ledger.adjust(customer, points, "seeded");
                        }
                    } else {
                        LocalDate asOf = at.atZone(LedgerFixture.SHANGHAI).toLocalDate();
                        event = "expire " + asOf;
                        f.ledger.expire(asOf);
                        for (String c : CUSTOMERS) {
                            for (Line line : f.ledger.account(c).lines()) {
                                if (line.expiresOn() != null && !line.expiresOn().isAfter(asOf) && line.open() != 0) {
                                    fail("seed " + seed + ", event " + i + " (" + event + "): " + line + " has expired points left");
                                }
                            }
                        }
                    }
                } catch (LoyaltyException refused) {
                    // spending beyond the balance is refused: what matters is that nothing of it was written
                    event = "refused: " + refused.getMessage();
                }
                for (String c : CUSTOMERS) {
                    check(f.ledger.account(c), "seed " + seed + ", event " + i + " (" + event + ")");
                }
            }
            assertTrue(returns > 0, "the sequence has returns");
        }
    }

    private static void check(Account account, String where) {
        long sum = account.lines().stream().mapToLong(Line::points).sum();
        assertEquals(sum, account.balance(), where + ": balance is the sum of the entries");
        assertTrue(account.balance() >= 0, where + ": balance never negative");
        assertTrue(account.debt() >= 0, where + ": debt never negative");
        if (account.debt() > 0) {
            assertEquals(0, account.balance(), where + ": a debt is owed only when nothing is left to repay it with");
        }
        Map<Long, Line> earning = new HashMap<>();
        Map<Long, Long> taken = new HashMap<>();
        for (Line line : account.lines()) {
            assertTrue(line.points() != 0, where + ": no entry of 0 points");
            assertTrue(line.rule() != null && !line.rule().isBlank(), where + ": every entry names its rule");
            if (line.points() > 0) {
                earning.put(line.id(), line);
                assertTrue(line.consumed().isEmpty(), where + ": an earning entry consumes nothing");
            } else {
                long traced = line.consumed().stream().mapToLong(Taken::points).sum();
                assertEquals(-line.points(), traced, where + ": every spent point of " + line + " is traced");
                for (Taken t : line.consumed()) {
                    assertTrue(earning.containsKey(t.earningId()) || account.lines().stream().anyMatch(l -> l.id() == t.earningId() && l.points() > 0),
                            where + ": " + t + " names an earning entry");
                    taken.merge(t.earningId(), t.points(), Long::sum);
                }
                if (line.kind() != EntryKind.REVERSAL) {
                    // oldest first (a reversal takes its own purchase's points first, then the oldest)
                    List<Instant> earned = line.consumed().stream()
                            .map(t -> account.lines().stream().filter(l -> l.id() == t.earningId()).findFirst().orElseThrow().at()).toList();
                    assertEquals(earned.stream().sorted().toList(), earned, where + ": " + line + " took the oldest points first");
                }
                if (line.kind() == EntryKind.EXPIRY) {
                    for (Taken t : line.consumed()) {
                        Line source = account.lines().stream().filter(l -> l.id() == t.earningId()).findFirst().orElseThrow();
                        LocalDate asOf = LocalDate.parse(line.sourceRef().substring("expiry:".length()));
                        assertTrue(!source.expiresOn().isAfter(asOf), where + ": expiry took only expired points: " + source);
                    }
                }
            }
        }
        for (Line e : earning.values()) {
            long used = taken.getOrDefault(e.id(), 0L);
            assertTrue(used <= e.points(), where + ": " + e + " gave no more than it had");
            assertEquals(e.points() - used, e.open(), where + ": open points of " + e);
        }
    }
}
