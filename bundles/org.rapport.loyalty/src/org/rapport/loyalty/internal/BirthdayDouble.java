package org.rapport.loyalty.internal;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.rapport.loyalty.api.EarningRule;
import org.rapport.loyalty.api.PurchaseFacts;
import org.rapport.loyalty.model.EntryKind;

/**
 * A purchase in the customer's birthday month earns double: the base points once more, as a
 * bonus entry of its own. The month is the purchase's in the installation's zone, the same on every
 * desktop; a birthday on 29 February makes February the month in every year.
 */
@Component(service = EarningRule.class, property = "service.ranking:Integer=90")
public class BirthdayDouble implements EarningRule {

    @Override
    public String id() {
        return Rules.BIRTHDAY_DOUBLE;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.BIRTHDAY_BONUS;
    }

    @Override
    public Optional<Award> award(PurchaseFacts purchase) {
        return purchase.basePoints() > 0 && purchase.birthday().map(b -> b.getMonth() == purchase.day().getMonth()).orElse(false)
                ? Optional.of(new Award(purchase.basePoints(), NLS.bind(Messages.reason_birthday, purchase.purchaseRef())))
                : Optional.empty();
    }

    @Override
    public String label(Locale locale) {
        return Texts.text(locale, "rule_birthday_double");
    }
}
