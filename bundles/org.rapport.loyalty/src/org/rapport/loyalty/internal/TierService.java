package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.loyalty.api.LoyaltyAreaId;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.api.MemberTiers;
import org.rapport.loyalty.model.LoyaltyFactory;
import org.rapport.loyalty.model.TierBasis;
import org.rapport.loyalty.model.TierDefinition;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SystemJob;
import org.rapport.security.model.Action;

/** {@link MemberTiers} over the store. */
@Component(service = MemberTiers.class)
public class TierService implements MemberTiers {

    /** What the audit names as who wrote the quarterly run's changes. */
    static final String JOB = "quarterly-tiers";
    private static final int NAME_LENGTH = 32;

    @Reference
    private Store store;
    @Reference
    private ClockService clock;
    @Reference
    private CurrentUser currentUser;
    private int range = Reevaluator.RANGE;

    /** For DS. */
    public TierService() {
    }

    /** For tests. */
    public TierService(Store store, ClockService clock, CurrentUser currentUser) {
        this.store = store;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** For tests: a re-evaluation takes members by ranges of this size. */
    TierService inRangesOf(int members) {
        range = members;
        return this;
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
        return reevaluate(asOf, RunProgress.NONE);
    }

    @Override
    public Reevaluation reevaluate(LocalDate asOf, RunProgress progress) {
        allowed();
        String login = currentUser.get().map(SessionUser::login).orElse(org.rapport.loyalty.api.Loyalty.SYSTEM);
        // the figures are every member's, whatever the user may read: the run is the programme's
        try {
            return SystemJob.run(JOB, () -> new Reevaluator(store, clock.zone(), login, progress, range).run(asOf));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
