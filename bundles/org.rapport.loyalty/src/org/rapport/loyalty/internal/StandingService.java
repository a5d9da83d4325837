package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.loyalty.api.TierStanding;
import org.rapport.loyalty.model.Membership;
import org.rapport.loyalty.model.Programme;
import org.rapport.loyalty.model.TierBasis;
import org.rapport.loyalty.model.TierDefinition;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/** {@link TierStanding} over the store: the stored tiers (or the shipped ones) and the customer's last 12 months. */
@Component(service = TierStanding.class)
public class StandingService implements TierStanding {

    /** A tier and what it needs. */
    record Tier(String name, BigDecimal minSpend, Long minPoints) {

        BigDecimal threshold(TierBasis basis) {
            BigDecimal min = basis == TierBasis.POINTS ? (minPoints == null ? null : BigDecimal.valueOf(minPoints)) : minSpend;
            return min == null ? BigDecimal.ZERO : min;
        }
    }

    /** DOMAIN.md section 3, while no tier is stored: Silver from the first purchase, Gold at 12-month spend of 5,000, Black at 20,000. */
    static final List<Tier> SHIPPED = List.of(new Tier(Tiers.SILVER, BigDecimal.ZERO, 0L), new Tier("Gold", BigDecimal.valueOf(5000), null),
            new Tier("Black", BigDecimal.valueOf(20000), null));

    @Reference
    private Store store;
    @Reference
    private ClockService clock;

    /** For DS. */
    public StandingService() {
    }

    /** For tests. */
    public StandingService(Store store, ClockService clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Standing standing(String customerRef) {
        try (UnitOfWork work = store.begin()) {
            List<Membership> membership = work.query("SELECT m FROM Membership m WHERE m.customer.reference = ?1", customerRef);
            Optional<String> tier = membership.stream().findFirst().map(Membership::getTier);
            List<Programme> programme = work.query("SELECT p FROM Programme p ORDER BY p.persistentId");
            TierBasis basis = programme.isEmpty() ? TierBasis.SPEND : programme.get(0).getTierBasis();
            Instant since = clock.today().minusMonths(12).atStartOfDay(clock.zone()).toInstant();
            BigDecimal qualifying = basis == TierBasis.POINTS ? points(work, customerRef, since) : spend(work, customerRef, since);
            List<Tier> tiers = tiers(work);
            int at = tier.map(name -> indexOf(tiers, name)).orElse(-1);
            Optional<Tier> next = at + 1 < tiers.size() ? Optional.of(tiers.get(at + 1)) : Optional.empty();
            return new Standing(customerRef, tier, basis, qualifying, next.map(Tier::name), next.map(t -> t.threshold(basis)));
        }
    }

    /** The stored tiers, lowest rank first, or the shipped ones. */
    static List<Tier> tiers(UnitOfWork work) {
        List<TierDefinition> stored = work.query("SELECT t FROM TierDefinition t ORDER BY t.rank");
        return stored.isEmpty() ? SHIPPED : stored.stream().map(t -> new Tier(t.getName(), t.getMinSpend(), t.getMinPoints())).toList();
    }

    private static int indexOf(List<Tier> tiers, String name) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).name().equals(name)) {
                return i;
            }
        }
        // a tier no longer defined: every defined tier is still ahead
        return -1;
    }

    /** A return's amount is negative, so the sum is the spend net of returns. */
    private static BigDecimal spend(UnitOfWork work, String customerRef, Instant since) {
        return sum(work.query("SELECT SUM(p.amount) FROM Customer c JOIN c.purchases p WHERE c.reference = ?1 AND p.at >= ?2", customerRef, since))
                .max(BigDecimal.ZERO);
    }

    private static BigDecimal points(UnitOfWork work, String customerRef, Instant since) {
        return sum(work.query("SELECT SUM(e.points) FROM LedgerEntry e WHERE e.customer.reference = ?1 AND e.at >= ?2 AND e.points > 0", customerRef,
                since));
    }

    private static BigDecimal sum(List<Object> result) {
        Object value = result.isEmpty() ? null : result.get(0);
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        return value instanceof Number number ? BigDecimal.valueOf(number.longValue()) : BigDecimal.ZERO;
    }
}
