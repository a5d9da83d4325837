package org.rapport.loyalty.ui.internal;

import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.ui.api.CustomerHeaderFact;
import org.rapport.loyalty.api.LedgerTexts;
import org.rapport.loyalty.api.TierStanding;
import org.rapport.persistence.api.Store;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;

/** The member's tier in the profile header; nothing for a non-member or a user who may not read loyalty. */
@Component(service = CustomerHeaderFact.class)
public class TierFact implements CustomerHeaderFact {

    @Reference
    private Store store;
    @Reference
    private TierStanding standing;
    @Reference
    private CurrentUser user;
    @Reference
    private LedgerTexts texts;

    @Override
    public String label() {
        return Messages.fact_tier;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<String> value(long customerId) {
        if (!LoyaltyServices.may(user, Action.READ)) {
            return Optional.empty();
        }
        return CustomerRefs.of(store, customerId).flatMap(ref -> standing.standing(ref).tier()).map(t -> texts.tier(t, Locale.getDefault()));
    }
}
