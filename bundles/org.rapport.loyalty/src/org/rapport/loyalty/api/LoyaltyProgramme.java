package org.rapport.loyalty.api;

import org.rapport.loyalty.model.TierBasis;

/**
 * The programme's settings as the administration view shows and changes them (the tiers:
 * {@link MemberTiers}), a DS
 * service. Changes go through the store, so its access rules (the update permission on the loyalty
 * area) and its audit apply; bad values are refused with a message saying which and why.
 */
public interface LoyaltyProgramme {

    /** The stored settings, or the shipped defaults while none are stored. */
    Settings settings();

    /** Stores the settings (the one stored row, made on the first change) and returns them as stored. */
    Settings update(Settings settings);

    /**
     * @param pointsPerUnit points per whole currency unit of a purchase, 1 or more
     * @param expiryMonths months after which earned points expire, 1 or more
     * @param reminderDays days before expiry at which customers are reminded, 0 or more
     * @param tierBasis what tiers qualify by
     */
    record Settings(int pointsPerUnit, int expiryMonths, int reminderDays, TierBasis tierBasis) {
    }
}
