package org.rapport.loyalty.internal;

import java.util.List;

import org.rapport.loyalty.model.TierDefinition;
import org.rapport.persistence.api.UnitOfWork;

/** The programme's tiers: the stored definitions, or the shipped Silver, Gold and Black (DOMAIN.md section 3). */
final class Tiers {

    static final String SILVER = "Silver";

    private Tiers() {
    }

    /** The name of the lowest tier, which every member starts in. */
    static String lowest(UnitOfWork work) {
        List<TierDefinition> stored = work.query("SELECT t FROM TierDefinition t ORDER BY t.rank");
        return stored.isEmpty() ? SILVER : stored.get(0).getName();
    }
}
