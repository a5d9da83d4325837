package org.rapport.loyalty.api;

import java.math.BigDecimal;
import java.util.Optional;

import org.rapport.loyalty.model.TierBasis;

/**
 * Where a member stands against the programme's tiers, for the profile's "progress to the next
 * tier", as a DS service. Reads only; the signed-in user's access rules apply.
 */
public interface TierStanding {

    /** The customer's tier, what qualifies for tiers over the last 12 months by the clock, and the next tier up. */
    Standing standing(String customerRef);

    /**
     * @param tier the member's tier, empty when not a member yet
     * @param basis what qualifies: 12-month spend or 12-month points earned
     * @param qualifying the customer's 12-month spend (net of returns) or points earned
     * @param nextTier the tier above the member's (the lowest tier for a non-member), empty at the top
     * @param nextThreshold what the next tier needs on the basis, empty at the top
     */
    record Standing(String customerRef, Optional<String> tier, TierBasis basis, BigDecimal qualifying, Optional<String> nextTier,
            Optional<BigDecimal> nextThreshold) {

        /** How far from the member's way to the next tier, 0 to 1 (1 at the top). */
        public double progress() {
            if (nextThreshold.isEmpty() || nextThreshold.get().signum() <= 0) {
                return 1;
            }
            return Math.max(0, Math.min(1, qualifying.doubleValue() / nextThreshold.get().doubleValue()));
        }
    }
}
