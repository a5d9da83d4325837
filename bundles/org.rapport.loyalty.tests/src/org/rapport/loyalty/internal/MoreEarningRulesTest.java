package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.loyalty.internal.LedgerFixture.purchase;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.loyalty.api.Loyalty.PurchaseEvent;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.api.LoyaltyProgramme.Bonuses;
import org.rapport.loyalty.api.Promotions.Promotion;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.loyalty.model.LedgerEntry;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The referral, review and promotion rules at their edges: a promotion's first and last day in the
 * installation's zone (Shanghai, UTC+8), its channel, overlapping promotions (the best one
 * applies), a referral rewarded once to both sides with the first purchase, self-referral and
 * a second referral refused, a review rewarded once per purchase.
 */
class MoreEarningRulesTest {

    @TempDir
    Path home;
    private LedgerFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home).reacting();
        fixture.customer("C-1", null);
        fixture.customer("C-2", null);
        fixture.customer("C-3", null);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private List<String> rulesAndPoints(String customer) {
        return fixture.entries(customer).stream().map(e -> e.getRuleId() + " " + e.getPoints()).toList();
    }

    private static Promotion promotion(String ref, String first, String last, String channel, String multiplier, Long bonus) {
        return new Promotion(ref, "Promotion " + ref, LocalDate.parse(first), LocalDate.parse(last), channel,
                multiplier == null ? null : new BigDecimal(multiplier), bonus);
    }

    /** A purchase stored on the customer's profile, earning through the commit reaction (with its channel). */
    private void bought(String customer, String at, String amount, String order, String channel) {
        try (UnitOfWork work = fixture.store.begin()) {
            Customer c = PurchasePointsTest.customer(work, customer);
            Purchase purchase = PurchasePointsTest.purchase(at, amount, order, PurchaseKind.SALE);
            purchase.setChannel(channel);
            c.getPurchases().add(purchase);
            work.commit();
        }
    }

    @Test
    void aPromotionCountsFromTheStartOfItsFirstDayToTheEndOfItsLastInTheInstallationsZone() {
        fixture.promotions.add(promotion("SPRING", "2026-03-10", "2026-03-12", null, "2", null));
        // 15:59:59 UTC on the 9th is 23:59:59 in Shanghai: the day before
        fixture.ledger.earn(purchase("C-1", "O-1", "2026-03-09T15:59:59Z", "10.00"));
        // 16:00 UTC on the 9th is midnight of the 10th in Shanghai: the first day
        fixture.ledger.earn(purchase("C-1", "O-2", "2026-03-09T16:00:00Z", "10.00"));
        // 15:59:59 UTC on the 12th is the last second of the last day
        fixture.ledger.earn(purchase("C-1", "O-3", "2026-03-12T15:59:59Z", "10.00"));
        fixture.ledger.earn(purchase("C-1", "O-4", "2026-03-12T16:00:00Z", "10.00"));
        assertEquals(List.of("base 10", "base 10", "promotion:SPRING 10", "base 10", "promotion:SPRING 10", "base 10"), rulesAndPoints("C-1"));
    }

    @Test
    void overlappingPromotionsGiveTheBestOneOnlyAndAChannelPromotionOnlyItsChannel() {
        fixture.promotions.add(promotion("HALF", "2026-03-01", "2026-03-31", null, "1.5", null));
        fixture.promotions.add(promotion("WEB", "2026-03-01", "2026-03-31", "web", "3", null));
        fixture.promotions.add(promotion("BONUS", "2026-03-01", "2026-03-31", null, null, 30L));
        // store purchase of 100: HALF +50, BONUS +30, WEB not its channel: HALF alone
        bought("C-1", "2026-03-05T02:00:00Z", "100.00", "O-1", "store");
        // web purchase of 100: WEB +200 beats the others, which do not add up
        bought("C-2", "2026-03-05T02:00:00Z", "100.00", "O-2", "WEB");
        // store purchase of 20: HALF +10, BONUS +30: the bonus
        bought("C-3", "2026-03-05T02:00:00Z", "20.00", "O-3", "store");
        assertEquals(List.of("base 100", "promotion:HALF 50"), rulesAndPoints("C-1"));
        assertEquals(List.of("base 100", "promotion:WEB 200"), rulesAndPoints("C-2"));
        assertEquals(List.of("base 20", "promotion:BONUS 30"), rulesAndPoints("C-3"));
    }

    @Test
    void aPromotionEndedEarlierNoLongerCountsAndItsEntriesAreTakenBackWithTheirPurchase() {
        fixture.promotions.add(promotion("MARCH", "2026-03-01", "2026-03-31", null, null, 25L));
        fixture.ledger.earn(purchase("C-1", "O-1", "2026-03-05T02:00:00Z", "10.00"));
        fixture.promotions.end("MARCH", LocalDate.parse("2026-03-10"));
        fixture.ledger.earn(purchase("C-1", "O-2", "2026-03-11T02:00:00Z", "10.00"));
        assertEquals(List.of("base 10", "promotion:MARCH 25", "base 10"), rulesAndPoints("C-1"));
        fixture.ledger.reverse(LedgerFixture.purchaseReturn("C-1", "R-1", "O-1", "2026-03-12T02:00:00Z", "10.00"));
        assertEquals(10, fixture.ledger.account("C-1").balance(), "the return took back the purchase's base and promotion points");
        assertEquals("Promotion MARCH runs from 2026-03-01 to 2026-03-10: it can be ended on a day from its first day up to the day before its last, not 2026-03-10.",
                assertThrows(LoyaltyException.class, () -> fixture.promotions.end("MARCH", LocalDate.parse("2026-03-10"))).getMessage());
    }

    @Test
    void badPromotionsAreRefusedWithWhatIsWrong() {
        assertEquals("A promotion needs a first and a last day, the last on or after the first: 2026-03-10 to 2026-03-09",
                assertThrows(LoyaltyException.class, () -> fixture.promotions.add(promotion("X", "2026-03-10", "2026-03-09", null, "2", null))).getMessage());
        assertEquals("The multiplier must be more than 1 and at most 100, with at most 2 decimals: 1",
                assertThrows(LoyaltyException.class, () -> fixture.promotions.add(promotion("X", "2026-03-10", "2026-03-19", null, "1", null))).getMessage());
        assertEquals("Give the promotion a --multiplier X or a --bonus N (or both).",
                assertThrows(LoyaltyException.class, () -> fixture.promotions.add(promotion("X", "2026-03-10", "2026-03-19", null, null, null))).getMessage());
        fixture.promotions.add(promotion("X", "2026-03-10", "2026-03-19", null, "2", null));
        assertEquals("A promotion with the reference X exists already.",
                assertThrows(LoyaltyException.class, () -> fixture.promotions.add(promotion("X", "2026-04-10", "2026-04-19", null, "2", null))).getMessage());
        assertEquals(1, fixture.promotions.promotions().size());
    }

    @Test
    void aReferralRewardsBothSidesOnceWithTheFirstPurchase() {
        fixture.ledger.refer("C-1", "C-2");
        bought("C-2", "2026-03-05T02:00:00Z", "30.00", "O-1", "store");
        bought("C-2", "2026-03-06T02:00:00Z", "40.00", "O-2", "store");
        assertEquals(List.of("base 30", "referral 100", "base 40"), rulesAndPoints("C-2"));
        assertEquals(List.of("referral 200"), rulesAndPoints("C-1"));
        LedgerEntry referrer = fixture.entries("C-1").get(0);
        assertEquals(EntryKind.REFERRAL, referrer.getKind());
        assertEquals("referral:C-2", referrer.getSourceRef());
        assertEquals(Instant.parse("2026-03-05T02:00:00Z"), referrer.getAt());
        assertEquals("Silver", fixture.ledger.tier("C-1").orElseThrow(), "the referrer's points made a member");
        // a return of the first purchase takes back its points, not the referral's
        fixture.ledger.reverse(LedgerFixture.purchaseReturn("C-2", "R-1", "O-1", "2026-03-07T02:00:00Z", "30.00"));
        assertEquals(140, fixture.ledger.account("C-2").balance());
    }

    @Test
    void aReferralThroughTheApiEarnsWithTheFirstPurchaseAndTheProgrammesPoints() {
        fixture.programme.update(new Bonuses(7, 3, 1));
        fixture.ledger.refer("C-1", "C-2");
        fixture.ledger.earn(new PurchaseEvent("C-2", "O-1", Instant.parse("2026-03-05T02:00:00Z"), new BigDecimal("0.00")));
        fixture.ledger.earn(new PurchaseEvent("C-2", "O-2", Instant.parse("2026-03-06T02:00:00Z"), new BigDecimal("5.00")));
        assertEquals(List.of("referral 3", "base 5"), rulesAndPoints("C-2"), "a gift of 0 is a first purchase too");
        assertEquals(List.of("referral 7"), rulesAndPoints("C-1"));
    }

    @Test
    void nobodyRefersThemselvesNorIsReferredTwiceNorAfterBuying() {
        assertEquals("A customer cannot refer themselves: C-1.", assertThrows(LoyaltyException.class, () -> fixture.ledger.refer("C-1", "C-1")).getMessage());
        fixture.ledger.refer("C-1", "C-2");
        LoyaltyException twice = assertThrows(LoyaltyException.class, () -> fixture.ledger.refer("C-3", "C-2"));
        assertEquals("Customer C-2 was referred already (by C-1 on 2026-03-01): a customer is referred once.", twice.getMessage());
        bought("C-3", "2026-03-05T02:00:00Z", "30.00", "O-1", "store");
        assertEquals("Customer C-3 has bought before: only a new customer can be referred.",
                assertThrows(LoyaltyException.class, () -> fixture.ledger.refer("C-1", "C-3")).getMessage());
        assertEquals(1, fixture.count("SELECT COUNT(r) FROM Referral r"));
        assertEquals(List.of(), rulesAndPoints("C-1"));
    }

    @Test
    void aReviewEarnsOncePerPurchase() {
        fixture.now.set(Instant.parse("2026-03-08T09:00:00Z"));
        bought("C-1", "2026-03-05T02:00:00Z", "30.00", "O-1", "store");
        bought("C-1", "2026-03-06T02:00:00Z", "40.00", "O-2", "store");
        assertEquals(20, fixture.ledger.review("C-1", "O-1").points());
        LoyaltyException twice = assertThrows(LoyaltyException.class, () -> fixture.ledger.review("C-1", "O-1"));
        assertEquals("Purchase O-1 of C-1 earned its review reward already on 2026-03-08: a purchase earns one review reward.", twice.getMessage());
        assertEquals(20, fixture.ledger.review("C-1", "O-2").points());
        assertEquals("Customer C-1 has no purchase O-9 (name it as loyalty balance shows it, e.g. O-1/2).",
                assertThrows(LoyaltyException.class, () -> fixture.ledger.review("C-1", "O-9")).getMessage());
        assertEquals(List.of("base 30", "base 40", "review 20", "review 20"), rulesAndPoints("C-1"));
        assertTrue(fixture.entries("C-1").stream().filter(e -> e.getKind() == EntryKind.REVIEW_REWARD).allMatch(e -> e.getSourceRef().startsWith("review:")));
        // a return of the purchase leaves its review reward
        fixture.ledger.reverse(LedgerFixture.purchaseReturn("C-1", "R-1", "O-1", "2026-03-07T02:00:00Z", "30.00"));
        assertEquals(80, fixture.ledger.account("C-1").balance());
    }

    @Test
    void theTierAloneIsReadWithoutTheLedger() {
        assertTrue(fixture.ledger.tier("C-1").isEmpty(), "not a member");
        bought("C-1", "2026-03-05T02:00:00Z", "100.00", "O-1", "store");
        assertEquals("Silver", fixture.ledger.tier("C-1").orElseThrow());
        bought("C-1", "2026-03-06T02:00:00Z", "6000.00", "O-2", "store");
        assertEquals("Gold", fixture.ledger.tier("C-1").orElseThrow(), "the last change of the history");
        assertEquals(fixture.ledger.account("C-1").tier(), fixture.ledger.tier("C-1"));
    }
}
