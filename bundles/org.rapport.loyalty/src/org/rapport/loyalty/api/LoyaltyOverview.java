package org.rapport.loyalty.api;

import java.time.YearMonth;
import java.util.List;

/**
 * The programme at a glance for the Sales and Management perspectives, a DS service: members per
 * tier and points issued, redeemed and expired per month, each computed by aggregate queries
 * (never by reading the ledger into memory). The signed-in user's access rules apply.
 */
public interface LoyaltyOverview {

    /** Members per tier (lowest tier first) and the months from {@code from} to {@code to}, both included, oldest first. */
    Overview overview(YearMonth from, YearMonth to);

    record Overview(List<TierCount> members, List<Month> months) {
    }

    record TierCount(String tier, long members) {
    }

    /** Points of one month in the installation's zone: issued (every earning entry), redeemed and expired (as positive numbers). */
    record Month(YearMonth month, long issued, long redeemed, long expired) {
    }
}
