package org.rapport.loyalty.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.loyalty.api.LoyaltyAreaId;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.api.LoyaltyProgramme;
import org.rapport.loyalty.model.LoyaltyFactory;
import org.rapport.loyalty.model.Programme;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;

/** {@link LoyaltyProgramme} over the store, whose access rules and audit apply to every change. */
@Component(service = LoyaltyProgramme.class)
public class ProgrammeService implements LoyaltyProgramme {

    @Reference
    private Store store;
    @Reference
    private CurrentUser currentUser;

    /** For DS. */
    public ProgrammeService() {
    }

    /** For tests. */
    public ProgrammeService(Store store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /** Changing the programme needs the update permission on the area, also where the store would let a user create its first row. */
    private void allowed() {
        Optional<SessionUser> user = currentUser.get();
        if (user.isPresent() && !user.get().may(LoyaltyAreaId.ID, Action.UPDATE)) {
            throw new AccessDeniedException(NLS.bind(Messages.settings_denied, user.get().login()));
        }
    }

    @Override
    public Settings settings() {
        try (UnitOfWork work = store.begin()) {
            return settings(stored(work).orElseGet(LoyaltyFactory.eINSTANCE::createProgramme));
        }
    }

    @Override
    public Settings update(Settings settings) {
        allowed();
        check("pointsPerUnit", settings.pointsPerUnit(), 1);
        check("expiryMonths", settings.expiryMonths(), 1);
        check("reminderDays", settings.reminderDays(), 0);
        if (settings.tierBasis() == null) {
            throw new LoyaltyException(NLS.bind(Messages.reference_missing, "tierBasis"));
        }
        try (UnitOfWork work = store.begin()) {
            Programme programme = storedOrNew(work);
            programme.setPointsPerUnit(settings.pointsPerUnit());
            programme.setExpiryMonths(settings.expiryMonths());
            programme.setReminderDays(settings.reminderDays());
            programme.setTierBasis(settings.tierBasis());
            work.commit();
            return settings(programme);
        }
    }

    @Override
    public Bonuses bonuses() {
        try (UnitOfWork work = store.begin()) {
            return bonuses(stored(work).orElseGet(LoyaltyFactory.eINSTANCE::createProgramme));
        }
    }

    @Override
    public Bonuses update(Bonuses bonuses) {
        allowed();
        check("referrerPoints", bonuses.referrerPoints(), 0);
        check("referredPoints", bonuses.referredPoints(), 0);
        check("reviewPoints", bonuses.reviewPoints(), 0);
        try (UnitOfWork work = store.begin()) {
            Programme programme = storedOrNew(work);
            programme.setReferrerPoints(bonuses.referrerPoints());
            programme.setReferredPoints(bonuses.referredPoints());
            programme.setReviewPoints(bonuses.reviewPoints());
            work.commit();
            return bonuses(programme);
        }
    }

    private static Bonuses bonuses(Programme p) {
        return new Bonuses(p.getReferrerPoints(), p.getReferredPoints(), p.getReviewPoints());
    }

    /** The one stored row, made on the first change. */
    private static Programme storedOrNew(UnitOfWork work) {
        return stored(work).orElseGet(() -> {
            Programme made = LoyaltyFactory.eINSTANCE.createProgramme();
            work.add(made);
            return made;
        });
    }

    private static Optional<Programme> stored(UnitOfWork work) {
        List<Programme> stored = work.query("SELECT p FROM Programme p ORDER BY p.persistentId");
        return stored.stream().findFirst();
    }

    private static Settings settings(Programme p) {
        return new Settings(p.getPointsPerUnit(), p.getExpiryMonths(), p.getReminderDays(), p.getTierBasis());
    }

    private static void check(String name, int value, int least) {
        if (value < least) {
            throw new LoyaltyException(NLS.bind(Messages.setting_too_small, new Object[] { name, least, value }));
        }
    }
}
