package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rapport.loyalty.internal.LedgerFixture.purchase;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.loyalty.api.EarningRule;
import org.rapport.loyalty.api.Loyalty.Line;
import org.rapport.loyalty.api.Promotions.Promotion;
import org.rapport.loyalty.api.PurchaseFacts;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;

/**
 * Ledger entries described at display time in the reader's language, from what the ledger
 * stores: the same entries read in English and in Chinese; a typed reason stays as typed; the
 * shipped tiers translated, an administrator's tier as stored; another party's rule by its label.
 */
class LedgerTextsTest {

    private static final Locale EN = Locale.UK;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path home;

    /** A third party's rule that keeps the default label: its id. */
    private static final EarningRule WEEKEND = new EarningRule() {
        public String id() {
            return "weekend";
        }

        public EntryKind kind() {
            return EntryKind.PROMOTION;
        }

        public Optional<Award> award(PurchaseFacts purchase) {
            return Optional.empty();
        }
    };

    @Test
    void entriesReadInEnglishAndChineseAndTypedReasonsStayAsTyped() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1", LocalDate.of(1990, 3, 15));
            f.customer("C-2", null);
            f.promotions.add(new Promotion("SPRING", "Spring", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null, 5L));
            f.ledger.refer("C-2", "C-1");
            // 12 March 2026 in Shanghai
            f.ledger.earn(purchase("C-1", "O-1", "2026-03-12T02:00:00Z", "320.00"));
            f.ledger.adjust("C-1", 7, "goodwill: 迟到的快递");
            f.ledger.reverse(LedgerFixture.purchaseReturn("C-1", "R-1", "O-1", "2026-03-13T02:00:00Z", "100.00"));
            try (UnitOfWork work = f.store.begin()) {
                f.ledger.compensate(work, "C-1", 30, "CMP-9", "broken handle");
                work.commit();
            }
            List<Line> lines = f.ledger.account("C-1").lines();
            TextService texts = new TextService(f.clock, List.of(new BaseAccrual(), new BirthdayDouble(), new PromotionRule(), new ReferralReward(), WEEKEND));
            assertEquals(List.of(
                    "base | Purchase points | Purchase of 12 Mar 2026, 320.00 | 2026年3月12日 购买，金额 320.00",
                    "birthday-double | Birthday month double | Birthday month: purchase of 12 Mar 2026, 320.00 | 生日月：2026年3月12日 购买，金额 320.00",
                    "promotion:SPRING | Promotion SPRING | Promotion SPRING: purchase of 12 Mar 2026, 320.00 | 促销 SPRING：2026年3月12日 购买，金额 320.00",
                    "referral | Referral | Referred by a customer: first purchase on 12 Mar 2026 | 受推荐的新客户：2026年3月12日 首次购买",
                    "reversal | Return | Return of purchase O-1: 100.00 returned | 退货（购买 O-1）：退回金额 100.00",
                    "adjustment | Adjustment | Adjustment: goodwill: 迟到的快递 | 人工调整：goodwill: 迟到的快递",
                    "compensation | Compensation | Compensation for complaint CMP-9: broken handle | 投诉 CMP-9 的补偿：broken handle"),
                    lines.stream().sorted((a, b) -> Integer.compare(order(a.rule()), order(b.rule())))
                            .map(l -> l.rule() + " | " + texts.rule(l.rule(), EN) + " | " + texts.describe("C-1", l, EN) + " | " + texts.describe("C-1", l, ZH))
                            .toList());
            Line referrer = f.ledger.account("C-2").lines().get(0);
            assertEquals("Referral of C-1: first purchase on 12 Mar 2026", texts.describe("C-2", referrer, EN));
            assertEquals("推荐客户 C-1：2026年3月12日 首次购买", texts.describe("C-2", referrer, ZH));
            assertEquals("推荐奖励", texts.rule("referral", ZH));
            assertEquals("促销 SPRING", texts.rule("promotion:SPRING", ZH));
            assertEquals("weekend", texts.rule("weekend", ZH), "a rule without a label of its own is named by its id");
            assertEquals("gone", texts.rule("gone", EN), "a rule no longer registered is named by its id");
            Line weekend = new Line(1, lines.stream().filter(l -> l.rule().equals("base")).findFirst().orElseThrow().at(), EntryKind.PROMOTION, 5, 5, "weekend", "O-1", null, new BigDecimal("320.00"), null, "system",
                    "weekend bonus", List.of());
            assertEquals("weekend: purchase of 12 Mar 2026, 320.00", texts.describe("C-1", weekend, EN));
            assertEquals("系统", texts.recordedBy("system", ZH));
            assertEquals("mo", texts.recordedBy("mo", ZH));
        }
    }

    private static int order(String rule) {
        List<String> order = List.of("base", "birthday-double", "promotion:SPRING", "referral", "reversal", "adjustment", "compensation");
        return order.indexOf(rule) < 0 ? 99 : order.indexOf(rule);
    }

    @Test
    void shippedTiersAreTranslatedAndAnAdministratorsTierShowsAsStored() {
        TextService texts = new TextService(() -> java.time.Clock.systemUTC(), List.of());
        assertEquals(List.of("银卡", "金卡", "黑卡", "Platinum"), List.of(texts.tier("Silver", ZH), texts.tier("Gold", ZH), texts.tier("Black", ZH),
                texts.tier("Platinum", ZH)));
        assertEquals(List.of("Silver", "Gold", "Platinum"), List.of(texts.tier("Silver", EN), texts.tier("Gold", Locale.US), texts.tier("Platinum", EN)));
        assertEquals("金卡", texts.tier("Gold", Locale.CHINESE), "Chinese without a country");
    }
}
