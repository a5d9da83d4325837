package org.rapport.loyalty.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.LoyaltyAreaId;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.api.Rewards;
import org.rapport.loyalty.model.LedgerEntry;
import org.rapport.loyalty.model.LoyaltyFactory;
import org.rapport.loyalty.model.Redemption;
import org.rapport.loyalty.model.Reward;
import org.rapport.persistence.api.ConstraintViolationException;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;

/** {@link Rewards} over the store and the ledger. */
@Component(service = Rewards.class)
public class RewardService implements Rewards {

    private static final int REFERENCE_LENGTH = 32;
    private static final int NAME_LENGTH = 255;

    @Reference
    private Store store;
    @Reference
    private Loyalty loyalty;
    @Reference
    private ClockService clock;
    @Reference
    private CurrentUser currentUser;

    /** For DS. */
    public RewardService() {
    }

    /** For tests. */
    public RewardService(Store store, Loyalty loyalty, ClockService clock, CurrentUser currentUser) {
        this.store = store;
        this.loyalty = loyalty;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Override
    public List<Rewards.Item> rewards() {
        try (UnitOfWork work = store.begin()) {
            List<Reward> all = work.query("SELECT r FROM Reward r ORDER BY r.reference");
            return all.stream().map(r -> line(work, r)).toList();
        }
    }

    @Override
    public Rewards.Item set(String reference, String name, long points, Integer stock, boolean active) {
        Optional<SessionUser> user = currentUser.get();
        if (user.isPresent() && !user.get().may(LoyaltyAreaId.ID, Action.UPDATE)) {
            throw new AccessDeniedException(NLS.bind(Messages.rewards_denied, user.get().login()));
        }
        if (reference == null || reference.isBlank() || reference.strip().length() > REFERENCE_LENGTH) {
            throw new LoyaltyException(NLS.bind(Messages.reward_bad_reference, reference, REFERENCE_LENGTH));
        }
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw new LoyaltyException(NLS.bind(Messages.reward_bad_name, name, NAME_LENGTH));
        }
        if (points <= 0) {
            throw new LoyaltyException(NLS.bind(Messages.points_positive, points));
        }
        try (UnitOfWork work = store.begin()) {
            Reward reward = find(work, reference.strip()).orElse(null);
            if (reward == null) {
                reward = LoyaltyFactory.eINSTANCE.createReward();
                reward.setReference(reference.strip());
                work.add(reward);
            }
            int given = given(work, reward);
            if (stock != null && (stock < 0 || stock < given)) {
                throw new LoyaltyException(NLS.bind(Messages.reward_bad_stock, stock, given));
            }
            reward.setName(name.strip());
            reward.setPoints(points);
            reward.setStock(stock);
            reward.setActive(active);
            work.commit();
            return line(work, reward);
        }
    }

    @Override
    public Redeemed redeem(String customerRef, String rewardRef) {
        try (UnitOfWork work = store.begin()) {
            prepare(work, customerRef, rewardRef);
            commit(work, customerRef, rewardRef);
        }
        try (UnitOfWork work = store.begin()) {
            Reward reward = find(work, rewardRef).orElseThrow();
            Integer left = reward.getStock() == null ? null : reward.getStock() - given(work, reward);
            return new Redeemed(customerRef, rewardRef, reward.getPoints(), loyalty.account(customerRef).balance(), left);
        }
    }

    /** The redemption's entries and record, added to the unit of work, checked against what it read. */
    Redemption prepare(UnitOfWork work, String customerRef, String rewardRef) {
        Reward reward = find(work, rewardRef).orElseThrow(() -> new LoyaltyException(NLS.bind(Messages.reward_unknown, rewardRef)));
        if (!reward.isActive()) {
            throw new LoyaltyException(NLS.bind(Messages.reward_inactive, rewardRef));
        }
        int given = given(work, reward);
        if (reward.getStock() != null && given >= reward.getStock()) {
            throw new LoyaltyException(NLS.bind(Messages.reward_out_of_stock, rewardRef, reward.getStock()));
        }
        Loyalty.Posting posting = loyalty.redeem(work, customerRef, reward.getPoints(), reward.getReference(), reward.getName());
        LedgerEntry entry = posting.entries().get(0);
        Redemption redemption = LoyaltyFactory.eINSTANCE.createRedemption();
        redemption.setCustomer(entry.getCustomer());
        redemption.setReward(reward);
        redemption.setEntry(entry);
        // numbered from what was read: the last unit given twice at the same moment is refused by the database
        redemption.setUnit(reward.getStock() == null ? null : given + 1);
        redemption.setPoints(reward.getPoints());
        redemption.setAt(clock.now());
        redemption.setRecordedBy(currentUser.get().map(SessionUser::login).orElse(Loyalty.SYSTEM));
        work.add(redemption);
        return redemption;
    }

    /** Commits a prepared redemption; another desktop's at the same moment makes it a clear refusal. */
    static void commit(UnitOfWork work, String customerRef, String rewardRef) {
        try {
            work.commit();
        } catch (ConstraintViolationException e) {
            throw new LoyaltyException(NLS.bind(Messages.redeem_concurrent, customerRef, rewardRef));
        }
    }

    private static Optional<Reward> find(UnitOfWork work, String reference) {
        List<Reward> found = work.query("SELECT r FROM Reward r WHERE r.reference = ?1", reference);
        return found.stream().findFirst();
    }

    /** Units of a reward given so far: the highest unit number (units are numbered 1, 2, 3... without gaps). */
    private static int given(UnitOfWork work, Reward reward) {
        if (CustomerLedger.id(reward) == 0) {
            return 0;
        }
        List<Number> highest = work.query("SELECT MAX(r.unit) FROM Redemption r WHERE r.reward = ?1", reward);
        return highest.isEmpty() || highest.get(0) == null ? 0 : highest.get(0).intValue();
    }

    private static Rewards.Item line(UnitOfWork work, Reward reward) {
        Integer left = reward.getStock() == null ? null : reward.getStock() - given(work, reward);
        return new Rewards.Item(reward.getReference(), reward.getName(), reward.getPoints(), reward.getStock(), left, reward.isActive());
    }
}
