package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.rapport.loyalty.api.EarningRule;
import org.rapport.loyalty.api.PurchaseFacts;
import org.rapport.loyalty.api.Promotions.Promotion;
import org.rapport.loyalty.model.EntryKind;

/**
 * The programme's time-limited promotions: of those running on the purchase's day for its channel
 * (the ledger gives them), the one giving the most points applies, so overlapping promotions never
 * add up; on a tie, the reference that sorts first. Its entry is named {@code promotion:REFERENCE}.
 * Only a purchase that earns base points earns a promotion: a gift or sample of 0 earns no bonus.
 */
@Component(service = EarningRule.class, property = "service.ranking:Integer=80")
public class PromotionRule implements EarningRule {

    @Override
    public String id() {
        return Rules.PROMOTION;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.PROMOTION;
    }

    @Override
    public Optional<Award> award(PurchaseFacts purchase) {
        if (purchase.basePoints() <= 0) {
            return Optional.empty();
        }
        return purchase.promotions().stream().filter(p -> extra(p, purchase.basePoints()) > 0)
                .sorted(Comparator.comparingLong((Promotion p) -> -extra(p, purchase.basePoints())).thenComparing(Promotion::reference)).findFirst()
                .map(p -> new Award(extra(p, purchase.basePoints()), NLS.bind(Messages.reason_promotion, p.name(), purchase.purchaseRef()), null,
                        p.reference()));
    }

    /** The points a promotion adds to the base points: what its multiple gives beyond them, rounded down, plus its bonus. */
    static long extra(Promotion promotion, long basePoints) {
        long extra = promotion.bonus() == null ? 0 : promotion.bonus();
        if (promotion.multiplier() != null) {
            extra += BigDecimal.valueOf(basePoints).multiply(promotion.multiplier().subtract(BigDecimal.ONE)).setScale(0, RoundingMode.FLOOR).longValueExact();
        }
        return extra;
    }

    @Override
    public String label(Locale locale) {
        return Texts.text(locale, "rule_promotion");
    }
}
