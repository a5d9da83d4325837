package org.rapport.loyalty.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.api.LoyaltyProgramme;
import org.rapport.loyalty.model.LoyaltyFactory;
import org.rapport.loyalty.model.Programme;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/** {@link LoyaltyProgramme} over the store, whose access rules and audit apply to every change. */
@Component(service = LoyaltyProgramme.class)
public class ProgrammeService implements LoyaltyProgramme {

    @Reference
    private Store store;

    /** For DS. */
    public ProgrammeService() {
    }

    /** For tests. */
    public ProgrammeService(Store store) {
        this.store = store;
    }

    @Override
    public Settings settings() {
        try (UnitOfWork work = store.begin()) {
            return settings(stored(work).orElseGet(LoyaltyFactory.eINSTANCE::createProgramme));
        }
    }

    @Override
    public Settings update(Settings settings) {
        check("pointsPerUnit", settings.pointsPerUnit(), 1);
        check("expiryMonths", settings.expiryMonths(), 1);
        check("reminderDays", settings.reminderDays(), 0);
        if (settings.tierBasis() == null) {
            throw new LoyaltyException(NLS.bind(Messages.reference_missing, "tierBasis"));
        }
        try (UnitOfWork work = store.begin()) {
            Programme programme = stored(work).orElseGet(() -> {
                Programme made = LoyaltyFactory.eINSTANCE.createProgramme();
                work.add(made);
                return made;
            });
            programme.setPointsPerUnit(settings.pointsPerUnit());
            programme.setExpiryMonths(settings.expiryMonths());
            programme.setReminderDays(settings.reminderDays());
            programme.setTierBasis(settings.tierBasis());
            work.commit();
            return settings(programme);
        }
    }

    private static java.util.Optional<Programme> stored(UnitOfWork work) {
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
