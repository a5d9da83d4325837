package org.rapport.reports.internal.customers;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.internal.Messages;

/** {@code customers}: the customers who made at least one purchase in P. */
@Component(service = ReportProvider.class)
public class BuyingCustomers extends CustomerMeasure {

    @Activate
    public BuyingCustomers(@Reference PurchaseFigures figures) {
        super(figures, "customers", Messages.customers_title, Messages.customers_definition, CUSTOMERS, FigureColumn.Unit.COUNT);
    }

    @Override
    Figure figure(PurchaseQueries queries, ReportPeriod period, Slice slice) {
        return Figure.count(queries.buyers(period, slice));
    }

    @Override
    Jpql behind(PurchaseQueries queries, String select, ReportPeriod period, Slice slice) {
        return queries.buyers(select, period, slice);
    }

    @Override
    String behindText() {
        return Messages.drill_buyers;
    }
}
