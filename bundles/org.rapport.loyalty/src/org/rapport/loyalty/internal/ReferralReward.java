package org.rapport.loyalty.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.rapport.loyalty.api.EarningRule;
import org.rapport.loyalty.api.PurchaseFacts;
import org.rapport.loyalty.model.EntryKind;

/**
 * A referral rewards both sides with the referred customer's first purchase: the new customer the
 * programme's referred points, the referrer the referrer points. The ledger offers the referrer
 * only while the referral is not rewarded, so it pays once.
 */
@Component(service = EarningRule.class, property = "service.ranking:Integer=70")
public class ReferralReward implements EarningRule {

    @Override
    public String id() {
        return Rules.REFERRAL;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.REFERRAL;
    }

    @Override
    public Optional<Award> award(PurchaseFacts purchase) {
        return awards(purchase).stream().findFirst();
    }

    @Override
    public List<Award> awards(PurchaseFacts purchase) {
        if (purchase.referrerRef().isEmpty()) {
            return List.of();
        }
        String referrer = purchase.referrerRef().get();
        return List.of(new Award(purchase.bonuses().referredPoints(), NLS.bind(Messages.reason_referred, referrer, purchase.purchaseRef())),
                new Award(purchase.bonuses().referrerPoints(), NLS.bind(Messages.reason_referrer, purchase.customerRef(), purchase.purchaseRef()), referrer,
                        null));
    }

    @Override
    public String label(Locale locale) {
        return Texts.text(locale, "rule_referral");
    }
}
