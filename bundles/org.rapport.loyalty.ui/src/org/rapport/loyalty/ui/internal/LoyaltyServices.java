package org.rapport.loyalty.ui.internal;

import java.util.Locale;

import org.rapport.core.api.ClockService;
import org.rapport.loyalty.api.LedgerTexts;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.LoyaltyAreaId;
import org.rapport.loyalty.api.Rewards;
import org.rapport.loyalty.api.TierStanding;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;
import org.rapport.ui.api.EnumLabels;

/** The services the loyalty tab reads and posts through, the entry kinds' names and the ledger's texts. */
record LoyaltyServices(Loyalty loyalty, Rewards rewards, TierStanding standing, CurrentUser user, ClockService clock, EnumLabels kindLabels,
        LedgerTexts texts) {

    /** The workbench's language (-nl), in which entries are described. */
    Locale locale() {
        return Locale.getDefault();
    }

    /** A tier's name in the workbench's language: the shipped ones translated, an administrator's as stored. */
    String tier(String name) {
        return texts.tier(name, locale());
    }

    /** Whether the signed-in user may adjust: the service refuses the others, the button is disabled for them. */
    boolean mayAdjust() {
        return may(user, Action.UPDATE);
    }

    /** Whether the signed-in user may redeem at all (the service checks the customer is within the user's reach). */
    boolean mayRedeem() {
        return may(user, Action.CREATE);
    }

    /** Whether the signed-in user holds an action on the loyalty area (nobody signed in holds nothing). */
    static boolean may(CurrentUser user, Action action) {
        return user.get().map(u -> u.may(LoyaltyAreaId.ID, action)).orElse(false);
    }
}
