package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.Purchase;
import org.rapport.loyalty.model.LoyaltyFactory;
import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.loyalty.model.Membership;
import org.rapport.loyalty.model.Programme;
import org.rapport.loyalty.model.TierBasis;
import org.rapport.loyalty.model.TierChange;
import org.rapport.loyalty.model.TierDefinition;
import org.rapport.persistence.api.UnitOfWork;

/**
 * Upgrades at once the members whose purchases in this commit reach a better tier (DOMAIN.md:
 * upgrade at once, downgrade only at the quarterly run). The 12 months end at the commit's latest
 * purchase: exact for a purchase recorded in the profile; an import batch spanning months is
 * judged at its latest purchase, and the quarterly run settles what that misses. The stored 12
 * months are summed from the purchases (or ledger entries) alone, by their customer's column, as
 * the quarterly run does: through the customers' table Derby scanned it per hundred members
 * (docs/performance.md, "Loyalty", finding L10).
 */
final class TierUpgrades {

    private final UnitOfWork work;
    private final ZoneId zone;
    private final List<TierDefinition> tiers;
    private final Programme programme;
    /** Per member, in the order first seen: the spend and points this commit adds, and its latest purchase. */
    private final Map<Customer, Figures> members = new LinkedHashMap<>();

    private static final class Figures {
        BigDecimal spend = BigDecimal.ZERO;
        long points;
        Instant latest;
        String purchaseRef;
        Membership membership;
        /** Made by this unit of work: its history is the one in memory. */
        boolean joined;
    }

    TierUpgrades(UnitOfWork work, ZoneId zone, List<TierDefinition> tiers, Programme programme) {
        this.work = work;
        this.zone = zone;
        this.tiers = tiers;
        this.programme = programme;
    }

    /** A purchase of this commit and the points it earned (negative for a return's). */
    void purchase(Purchase purchase, String purchaseRef, long points, CustomerLedger ledger) {
        Figures figures = members.computeIfAbsent(ledger.customer, c -> new Figures());
        figures.spend = figures.spend.add(purchase.getAmount());
        figures.points += Math.max(0, points);
        if (figures.latest == null || !purchase.getAt().isBefore(figures.latest)) {
            figures.latest = purchase.getAt();
            figures.purchaseRef = purchaseRef;
        }
        figures.membership = ledger.membership;
        figures.joined = ledger.joined;
    }

    /** Records the upgrades, each as a change appended to the member's history. */
    void apply(String login) {
        members.values().removeIf(f -> f.membership == null);
        if (tiers.size() < 2 || members.isEmpty()) {
            return;
        }
        Instant end = members.values().stream().map(f -> f.latest).max(Instant::compareTo).orElseThrow();
        Instant start = end.atZone(zone).minusMonths(12).toInstant();
        List<Long> ids = new ArrayList<>();
        members.keySet().forEach(c -> ids.add(CustomerLedger.id(c)));
        Map<Long, Number> stored = new HashMap<>();
        String jpql = programme.getTierBasis() == TierBasis.POINTS
                ? "SELECT e.customerId, SUM(e.points) FROM LedgerEntry e WHERE e.customerId IN ?1 AND e.points > 0 AND e.at > ?2 AND e.at <= ?3 GROUP BY e.customerId"
                : "SELECT p.purchasesOwner, SUM(p.amount) FROM Purchase p WHERE p.purchasesOwner IN ?1 AND p.at > ?2 AND p.at <= ?3 GROUP BY p.purchasesOwner";
        for (Object[] row : Lookups.<Object[]> lookUp(work, jpql, ids, start, end)) {
            stored.put(((Number) row[0]).longValue(), (Number) row[1]);
        }
        Map<Customer, TierDefinition> reaching = new LinkedHashMap<>();
        Map<Customer, String> figuresText = new HashMap<>();
        members.forEach((customer, figures) -> {
            Number before = stored.get(CustomerLedger.id(customer));
            BigDecimal spend = figures.spend.add(before == null ? BigDecimal.ZERO : new BigDecimal(before.toString()));
            long points = figures.points + (before == null ? 0 : before.longValue());
            TierDefinition reached = Tiers.qualifying(tiers, programme.getTierBasis(), spend, points);
            // most purchases reach the lowest tier only: their members' tiers are not even looked up
            if (reached.getRank() > tiers.get(0).getRank()) {
                reaching.put(customer, reached);
                figuresText.put(customer, programme.getTierBasis() == TierBasis.POINTS ? NLS.bind(Messages.tier_points, points)
                        : NLS.bind(Messages.tier_spend, spend.toPlainString()));
            }
        });
        List<Membership> storedMembers = reaching.keySet().stream().map(c -> members.get(c)).filter(f -> !f.joined).map(f -> f.membership).toList();
        Map<Long, String> current = Tiers.current(work, storedMembers);
        reaching.forEach((customer, reached) -> {
            Figures figures = members.get(customer);
            String now = figures.joined ? Tiers.current(figures.membership) : current.get(CustomerLedger.id(figures.membership));
            if (reached.getRank() > Tiers.rank(tiers, now)) {
                change(work, figures.membership, now, reached.getName(), figures.latest, login, NLS.bind(Messages.reason_upgrade,
                        new Object[] { figures.purchaseRef, figuresText.get(customer), reached.getName(), Tiers.threshold(reached, programme) }));
            }
        });
    }

    /** Appends a change of tier to a member's history, leaving the membership's own row alone. */
    static TierChange change(UnitOfWork work, Membership membership, String from, String to, Instant at, String login, String reason) {
        TierChange change = LoyaltyFactory.eINSTANCE.createTierChange();
        change.setFromTier(from);
        change.setToTier(to);
        change.setAt(at);
        change.setChangedBy(login);
        change.setReason(reason.length() <= 1000 ? reason : reason.substring(0, 1000));
        work.append(membership, LoyaltyPackage.Literals.MEMBERSHIP__HISTORY, change);
        return change;
    }
}
