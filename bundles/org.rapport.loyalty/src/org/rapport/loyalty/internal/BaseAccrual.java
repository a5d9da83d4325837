package org.rapport.loyalty.internal;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.rapport.loyalty.api.EarningRule;
import org.rapport.loyalty.api.PurchaseFacts;
import org.rapport.loyalty.model.EntryKind;

/** The programme's points per whole currency unit of a purchase record, rounded down per record. */
@Component(service = EarningRule.class, property = "service.ranking:Integer=100")
public class BaseAccrual implements EarningRule {

    @Override
    public String id() {
        return Rules.BASE;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.ACCRUAL;
    }

    @Override
    public Optional<Award> award(PurchaseFacts purchase) {
        return purchase.basePoints() > 0
                ? Optional.of(new Award(purchase.basePoints(), NLS.bind(Messages.reason_base, purchase.purchaseRef(), purchase.amount().toPlainString())))
                : Optional.empty();
    }

    @Override
    public String label(Locale locale) {
        return Texts.text(locale, "rule_base");
    }
}
