package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.loyalty.model.LoyaltyFactory;
import org.rapport.loyalty.model.Membership;
import org.rapport.loyalty.model.Programme;
import org.rapport.loyalty.model.TierBasis;
import org.rapport.loyalty.model.TierChange;
import org.rapport.loyalty.model.TierDefinition;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The programme's tiers: the stored definitions, or the shipped Silver, Gold and Black (DOMAIN.md
 * section 3: Silver from the first purchase, Gold at a 12-month spend of 5,000, Black at 20,000).
 * <p>
 * A member's current tier is the last change in the membership's history: the history is only
 * ever appended to, so a purchase that upgrades its customer creates a record and changes none,
 * which everyone allowed to record a purchase may do.
 */
final class Tiers {

    static final String SILVER = "Silver";
    static final String GOLD = "Gold";
    static final String BLACK = "Black";

    private Tiers() {
    }

    /** The tiers, lowest first: the stored ones, or the shipped ones (not stored) when none is. */
    static List<TierDefinition> all(UnitOfWork work) {
        List<TierDefinition> stored = work.query("SELECT t FROM TierDefinition t ORDER BY t.rank");
        return stored.isEmpty() ? shipped() : stored;
    }

    /** Silver, Gold and Black with their benefits, as shipped. */
    static List<TierDefinition> shipped() {
        return List.of(tier(SILVER, 0, "0", "0", false, false, null), tier(GOLD, 1, "5000", "5", true, false, Messages.tier_gift_gold),
                tier(BLACK, 2, "20000", "10", true, true, Messages.tier_gift_black));
    }

    private static TierDefinition tier(String name, int rank, String minSpend, String discount, boolean priority, boolean advisor, String gift) {
        TierDefinition tier = LoyaltyFactory.eINSTANCE.createTierDefinition();
        tier.setName(name);
        tier.setRank(rank);
        tier.setMinSpend(new BigDecimal(minSpend).setScale(2));
        tier.setDiscountPercent(new BigDecimal(discount).setScale(2));
        tier.setPriorityService(priority);
        tier.setDedicatedAdvisor(advisor);
        tier.setBirthdayGift(gift);
        return tier;
    }

    /** The name of the lowest tier, which every member starts in. */
    static String lowest(UnitOfWork work) {
        return all(work).get(0).getName();
    }

    /**
     * The best tier these 12-month figures reach on the programme's basis (a tier without a
     * threshold on it is reached by anyone); the lowest tier when none is.
     */
    static TierDefinition qualifying(List<TierDefinition> tiers, TierBasis basis, BigDecimal spend, long points) {
        TierDefinition best = tiers.get(0);
        for (TierDefinition tier : tiers) {
            boolean reached = basis == TierBasis.POINTS ? tier.getMinPoints() == null || points >= tier.getMinPoints()
                    : tier.getMinSpend() == null || spend.compareTo(tier.getMinSpend()) >= 0;
            if (reached && tier.getRank() >= best.getRank()) {
                best = tier;
            }
        }
        return best;
    }

    /** The threshold of a tier on the programme's basis, as the reasons name it. */
    static String threshold(TierDefinition tier, Programme programme) {
        return programme.getTierBasis() == TierBasis.POINTS ? String.valueOf(tier.getMinPoints()) : String.valueOf(tier.getMinSpend());
    }

    /**
     * The current tiers of stored members, by membership identity, without reading their
     * histories: a history read and then appended to would report the membership as updated,
     * which a user who may record a purchase may not be allowed to do.
     */
    static Map<Long, String> current(UnitOfWork work, Collection<Membership> memberships) {
        List<Long> ids = memberships.stream().map(CustomerLedger::id).toList();
        Map<Long, String> tiers = latest(
                Lookups.<Object[]> lookUp(work, "SELECT m.persistentId, t.toTier, INDEX(t) FROM Membership m JOIN m.history t WHERE m.persistentId IN ?1", ids));
        memberships.forEach(m -> tiers.putIfAbsent(CustomerLedger.id(m), m.getTier()));
        return tiers;
    }

    /**
     * The tier of each membership's last change, from rows of (membership, to tier, position in
     * the history) as histories read in one query give them. The position, not the change's
     * identity: identities are handed out in blocks per desktop, so with two desktops a later
     * change can have a lower one.
     */
    static Map<Long, String> latest(List<Object[]> changes) {
        Map<Long, String> tiers = new HashMap<>();
        Map<Long, Integer> last = new HashMap<>();
        for (Object[] row : changes) {
            long membership = ((Number) row[0]).longValue();
            int position = ((Number) row[2]).intValue();
            if (last.getOrDefault(membership, Integer.MIN_VALUE) < position) {
                last.put(membership, position);
                tiers.put(membership, (String) row[1]);
            }
        }
        return tiers;
    }

    /** A member's current tier: the last change's, or the tier the membership was made with. */
    static String current(Membership membership) {
        List<TierChange> history = membership.getHistory();
        return history.isEmpty() ? membership.getTier() : history.get(history.size() - 1).getToTier();
    }

    /** The rank of a tier by name; -1 for one no longer defined. */
    static int rank(List<TierDefinition> tiers, String name) {
        return tiers.stream().filter(t -> t.getName().equals(name)).mapToInt(TierDefinition::getRank).findFirst().orElse(-1);
    }
}
