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
            Optional<String> tier = membership.stream().findFirst().map(Tiers::current);
            List<Programme> programme = work.query("SELECT p FROM Programme p ORDER BY p.persistentId");
            TierBasis basis = programme.isEmpty() ? TierBasis.SPEND : programme.get(0).getTierBasis();
            Instant since = clock.today().minusMonths(12).atStartOfDay(clock.zone()).toInstant();
            BigDecimal qualifying = basis == TierBasis.POINTS ? points(work, customerRef, since) : spend(work, customerRef, since);
            List<TierDefinition> tiers = Tiers.all(work);
            // the index, not the stored rank (ranks need not be 0, 1, 2); a tier no longer defined (-1): every tier is ahead
            List<String> names = tiers.stream().map(TierDefinition::getName).toList();
            int at = tier.map(names::indexOf).orElse(-1);
            Optional<TierDefinition> next = at + 1 < tiers.size() ? Optional.of(tiers.get(at + 1)) : Optional.empty();
            return new Standing(customerRef, tier, basis, qualifying, next.map(TierDefinition::getName), next.map(t -> threshold(t, basis)));
        }
    }

    private static BigDecimal threshold(TierDefinition tier, TierBasis basis) {
        BigDecimal min = basis == TierBasis.POINTS ? (tier.getMinPoints() == null ? null : BigDecimal.valueOf(tier.getMinPoints())) : tier.getMinSpend();
        return min == null ? BigDecimal.ZERO : min;
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
