package org.rapport.loyalty.ui.internal;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.ui.api.CustomerHeaderFact;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.Loyalty.Account;
import org.rapport.persistence.api.Store;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;
import org.rapport.ui.api.Formats;

/** The points balance in the profile header, with the debt when there is one; nothing for a user who may not read loyalty. */
@Component(service = CustomerHeaderFact.class)
public class PointsFact implements CustomerHeaderFact {

    @Reference
    private Store store;
    @Reference
    private Loyalty loyalty;
    @Reference
    private CurrentUser user;

    @Override
    public String label() {
        return Messages.fact_points;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public Optional<String> value(long customerId) {
        if (!LoyaltyServices.may(user, Action.READ)) {
            return Optional.empty();
        }
        return CustomerRefs.of(store, customerId).map(ref -> {
            Account account = loyalty.account(ref);
            String balance = Formats.count(account.balance());
            return account.debt() > 0 ? NLS.bind(Messages.fact_points_owed, balance, Formats.count(account.debt())) : balance;
        });
    }
}
