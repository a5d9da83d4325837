package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.loyalty.api.LoyaltyAreaId;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.api.MemberTiers;
import org.rapport.loyalty.model.LoyaltyFactory;
import org.rapport.loyalty.model.Membership;
import org.rapport.loyalty.model.Programme;
import org.rapport.loyalty.model.TierBasis;
import org.rapport.loyalty.model.TierDefinition;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;

/** {@link MemberTiers} over the store. */
@Component(service = MemberTiers.class)
public class TierService implements MemberTiers {

    /** Members per unit of work in a re-evaluation: memory stays flat for a million. */
    private static final int PAGE = 500;
    private static final int NAME_LENGTH = 32;

    @Reference
    private Store store;
    @Reference
    private ClockService clock;
    @Reference
    private CurrentUser currentUser;

    /** For DS. */
    public TierService() {
    }

    /** For tests. */
    public TierService(Store store, ClockService clock, CurrentUser currentUser) {
        this.store = store;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Override
    public List<Tier> tiers() {
        try (UnitOfWork work = store.begin()) {
            return Tiers.all(work).stream().map(TierService::tier).toList();
        }
    }

    @Override
    public Tier set(String name, BigDecimal minSpend, Long minPoints) {
        allowed();
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw new LoyaltyException(NLS.bind(Messages.tier_bad_name, name, NAME_LENGTH));
        }
        if (minSpend == null && minPoints == null) {
            throw new LoyaltyException(Messages.tier_no_threshold);
        }
        if (minSpend != null && (minSpend.signum() < 0 || minSpend.scale() > 2) || minPoints != null && minPoints < 0) {
            throw new LoyaltyException(NLS.bind(Messages.tier_bad_threshold, minSpend != null ? minSpend.toPlainString() : minPoints));
        }
        String tierName = name.strip();
        try (UnitOfWork work = store.begin()) {
            List<TierDefinition> tiers = stored(work);
            TierDefinition tier = tiers.stream().filter(t -> t.getName().equalsIgnoreCase(tierName)).findFirst().orElse(null);
            if (tier == null) {
                tier = LoyaltyFactory.eINSTANCE.createTierDefinition();
                tier.setName(tierName);
                tier.setRank(tiers.size());
                work.add(tier);
                tiers.add(tier);
            }
            if (minSpend != null) {
                tier.setMinSpend(minSpend.setScale(2));
            }
            if (minPoints != null) {
                tier.setMinPoints(minPoints);
            }
            boolean byPoints = LedgerService.programme(work).getTierBasis() == TierBasis.POINTS;
            tiers.sort(Comparator.comparing((TierDefinition t) -> byPoints ? BigDecimal.valueOf(t.getMinPoints() == null ? 0 : t.getMinPoints())
                    : t.getMinSpend() == null ? BigDecimal.ZERO : t.getMinSpend()).thenComparingInt(TierDefinition::getRank));
            for (int rank = 0; rank < tiers.size(); rank++) {
                if (tiers.get(rank).getRank() != rank) {
                    tiers.get(rank).setRank(rank);
                }
            }
            work.commit();
            return tier(tier);
        }
    }

    @Override
    public Tier setBenefits(String name, List<String> benefits) {
        allowed();
        List<String> checked = checkBenefits(benefits);
        try (UnitOfWork work = store.begin()) {
            String tierName = name == null ? "" : name.strip();
            TierDefinition tier = stored(work).stream().filter(t -> t.getName().equalsIgnoreCase(tierName)).findFirst()
                    .orElseThrow(() -> new LoyaltyException(NLS.bind(Messages.tier_unknown, tierName)));
            if (!tier.getBenefits().equals(checked)) {
                tier.getBenefits().clear();
                tier.getBenefits().addAll(checked);
            }
            work.commit();
            return tier(tier);
        }
    }

    /** The benefits as stored (stripped), or a {@link LoyaltyException} saying which one is refused and why. */
    static List<String> checkBenefits(List<String> benefits) {
        List<String> checked = new ArrayList<>();
        for (String benefit : benefits == null ? List.<String> of() : benefits) {
            String text = benefit == null ? "" : benefit.strip();
            if (text.isEmpty() || text.length() > BENEFIT_LENGTH) {
                throw new LoyaltyException(NLS.bind(Messages.tier_bad_benefit, new Object[] { checked.size() + 1, BENEFIT_LENGTH, text }));
            }
            if (checked.contains(text)) {
                throw new LoyaltyException(NLS.bind(Messages.tier_benefit_twice, text));
            }
            checked.add(text);
        }
        if (checked.size() > MAX_BENEFITS) {
            throw new LoyaltyException(NLS.bind(Messages.tier_too_many_benefits, MAX_BENEFITS, checked.size()));
        }
        return checked;
    }

    /** The stored tiers, lowest first; the shipped ones, added to this unit of work, when none is stored yet. */
    private static List<TierDefinition> stored(UnitOfWork work) {
        List<TierDefinition> tiers = new ArrayList<>(work.query("SELECT t FROM TierDefinition t ORDER BY t.rank"));
        if (tiers.isEmpty()) {
            for (TierDefinition shipped : Tiers.shipped()) {
                work.add(shipped);
                tiers.add(shipped);
            }
        }
        return tiers;
    }

    @Override
    public Reevaluation reevaluate(LocalDate asOf) {
        allowed();
        Instant to = asOf.atStartOfDay(clock.zone()).toInstant();
        Instant from = asOf.minusMonths(12).atStartOfDay(clock.zone()).toInstant();
        String login = currentUser.get().map(SessionUser::login).orElse(org.rapport.loyalty.api.Loyalty.SYSTEM);
        List<TierDefinition> tiers;
        Programme programme;
        Map<Long, BigDecimal> spend = new HashMap<>();
        Map<Long, Long> points = new HashMap<>();
        try (UnitOfWork work = store.begin()) {
            tiers = Tiers.all(work);
            programme = LedgerService.programme(work);
            if (programme.getTierBasis() == TierBasis.POINTS) {
                List<Object[]> rows = work.query(
                        "SELECT e.customer.persistentId, SUM(e.points) FROM LedgerEntry e WHERE e.points > 0 AND e.at >= ?1 AND e.at < ?2 GROUP BY e.customer.persistentId",
                        from, to);
                rows.forEach(r -> points.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
            } else {
                List<Object[]> rows = work.query(
                        "SELECT c.persistentId, SUM(p.amount) FROM Customer c JOIN c.purchases p WHERE p.at >= ?1 AND p.at < ?2 GROUP BY c.persistentId", from,
                        to);
                rows.forEach(r -> spend.put(((Number) r[0]).longValue(), new BigDecimal(r[1].toString())));
            }
        }
        int members = 0;
        int up = 0;
        int down = 0;
        long after = 0;
        while (true) {
            try (UnitOfWork work = store.begin()) {
                List<Membership> page = work.page("SELECT m FROM Membership m WHERE m.persistentId > ?1 ORDER BY m.persistentId", 0, PAGE, after);
                if (page.isEmpty()) {
                    break;
                }
                Map<Long, String> currentTiers = Tiers.current(work, page);
                for (Membership membership : page) {
                    long customer = CustomerLedger.id(membership.getCustomer());
                    BigDecimal spent = spend.getOrDefault(customer, BigDecimal.ZERO);
                    long earned = points.getOrDefault(customer, 0L);
                    TierDefinition reached = Tiers.qualifying(tiers, programme.getTierBasis(), spent, earned);
                    String current = currentTiers.get(CustomerLedger.id(membership));
                    if (!reached.getName().equals(current)) {
                        String figure = programme.getTierBasis() == TierBasis.POINTS ? NLS.bind(Messages.tier_points, earned)
                                : NLS.bind(Messages.tier_spend, spent.toPlainString());
                        TierUpgrades.change(work, membership, current, reached.getName(), to, login,
                                NLS.bind(Messages.reason_reevaluation, new Object[] { asOf, figure, reached.getName() }));
                        if (reached.getRank() > Tiers.rank(tiers, current)) {
                            up++;
                        } else {
                            down++;
                        }
                    }
                    after = CustomerLedger.id(membership);
                }
                members += page.size();
                work.commit();
            }
        }
        return new Reevaluation(asOf, members, up, down);
    }

    private void allowed() {
        Optional<SessionUser> user = currentUser.get();
        if (user.isPresent() && !user.get().may(LoyaltyAreaId.ID, Action.UPDATE)) {
            throw new AccessDeniedException(NLS.bind(Messages.tiers_denied, user.get().login()));
        }
    }

    private static Tier tier(TierDefinition t) {
        return new Tier(t.getName(), t.getRank(), t.getMinSpend(), t.getMinPoints(), t.getDiscountPercent(), t.isPriorityService(), t.isDedicatedAdvisor(),
                t.getBirthdayGift(), List.copyOf(t.getBenefits()));
    }
}
