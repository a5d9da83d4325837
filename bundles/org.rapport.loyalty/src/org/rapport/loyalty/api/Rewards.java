package org.rapport.loyalty.api;

import java.util.List;

/**
 * The reward catalogue: gifts and coupons for points, with their stock, and their redemption
 * (DOMAIN.md section 3), a DS service. A redemption spends the customer's oldest points and takes
 * one unit of the reward's stock, in one transaction; two desktops redeeming for the same customer,
 * or the last unit of a reward, at the same moment cannot both succeed: the second is refused
 * with a {@link LoyaltyException} and nothing of it is stored. Changing the catalogue needs the
 * update permission on the loyalty area.
 */
public interface Rewards {

    /** Every reward, by reference. */
    List<Item> rewards();

    /**
     * Makes or changes a reward.
     *
     * @param reference what identifies it, at most 32 characters
     * @param name its name, at most 255 characters
     * @param points what it costs, more than 0
     * @param stock how many were ever put in stock (more than the units given so far), or null for unlimited
     * @param active whether it can be redeemed
     */
    Item set(String reference, String name, long points, Integer stock, boolean active);

    /** Gives a reward to a customer for its points; refused beyond the balance or the stock. */
    Redeemed redeem(String customerRef, String rewardRef);

    /**
     * A reward of the catalogue.
     *
     * @param stock units ever put in stock; null for unlimited
     * @param left units left; null for unlimited
     */
    record Item(String reference, String name, long points, Integer stock, Integer left, boolean active) {
    }

    /** What a redemption did: the points spent, the balance after it, the units of the reward left (null for unlimited). */
    record Redeemed(String customerRef, String rewardRef, long points, long balance, Integer left) {
    }
}
