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

    /** The stored points of the referral and review rules, or the shipped ones while none are stored. */
    Bonuses bonuses();

    /** Stores the points of the referral and review rules and returns them as stored. */
    Bonuses update(Bonuses bonuses);

    /**
     * @param pointsPerUnit points per whole currency unit of a purchase, 1 or more
     * @param expiryMonths months after which earned points expire, 1 or more
     * @param reminderDays days before expiry at which customers are reminded, 0 or more
     * @param tierBasis what tiers qualify by
     */
    record Settings(int pointsPerUnit, int expiryMonths, int reminderDays, TierBasis tierBasis) {
    }

    /**
     * @param referrerPoints points for a customer whose referral made a first purchase, 0 or more
     * @param referredPoints points for the referred customer with that first purchase, 0 or more
     * @param reviewPoints points for a review of a purchase, once per purchase, 0 or more
     */
    record Bonuses(int referrerPoints, int referredPoints, int reviewPoints) {

        /** The shipped points (the model's defaults). */
        public static final Bonuses SHIPPED = new Bonuses(200, 100, 20);
    }
}
