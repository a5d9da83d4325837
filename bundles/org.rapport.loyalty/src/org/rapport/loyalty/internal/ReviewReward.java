package org.rapport.loyalty.internal;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.rapport.loyalty.api.EarningRule;
import org.rapport.loyalty.api.PurchaseFacts;
import org.rapport.loyalty.api.ReviewFacts;
import org.rapport.loyalty.model.EntryKind;

/** A review of a purchase earns the programme's review points; the ledger pays it once per purchase. */
@Component(service = EarningRule.class, property = "service.ranking:Integer=60")
public class ReviewReward implements EarningRule {

    @Override
    public String id() {
        return Rules.REVIEW;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.REVIEW_REWARD;
    }

    @Override
    public Optional<Award> award(PurchaseFacts purchase) {
        return Optional.empty();
    }

    @Override
    public Optional<Award> award(ReviewFacts review) {
        return Optional.of(new Award(review.bonuses().reviewPoints(), NLS.bind(Messages.reason_review, review.purchaseRef())));
    }

    @Override
    public String label(Locale locale) {
        return Texts.text(locale, "rule_review");
    }
}
