package org.rapport.customers.ui.internal;

import java.math.BigDecimal;
import java.util.function.BiFunction;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.api.CustomerFigures;
import org.rapport.customers.ui.api.CustomerHeaderFact;

/** Net revenue of all time. */
@Component(service = CustomerHeaderFact.class)
public class TotalRevenueFact extends RevenueFact {

    @Reference
    private FactSources sources;

    @Override
    public String label() {
        return Messages.fact_revenue_total;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    FactSources sources() {
        return sources;
    }

    @Override
    BiFunction<CustomerFigures, Long, BigDecimal> which() {
        return CustomerFigures::totalRevenue;
    }
}
