package org.rapport.customers.ui.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.ui.api.CustomerHeaderFact;
import org.rapport.ui.api.Formats;

/** The day of the last sale, computed by the database; left out for a customer who never bought. */
@Component(service = CustomerHeaderFact.class)
public class LastPurchaseFact implements CustomerHeaderFact {

    @Reference
    private FactSources sources;

    @Override
    public String label() {
        return Messages.fact_last_purchase;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<String> value(long customerId) {
        return sources.figures.lastPurchase(customerId).map(Formats::date);
    }
}
