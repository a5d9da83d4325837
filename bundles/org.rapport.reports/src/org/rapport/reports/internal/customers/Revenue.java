package org.rapport.reports.internal.customers;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.internal.Messages;

/** {@code revenue}: the sum of the amounts of every purchase record dated in P, sales less returns. */
@Component(service = ReportProvider.class)
public class Revenue extends CustomerMeasure {

    @Activate
    public Revenue(@Reference PurchaseFigures figures) {
        super(figures, "revenue", Messages.revenue_title, Messages.revenue_definition, REVENUE, FigureColumn.Unit.MONEY);
    }

    @Override
    Figure figure(PurchaseQueries queries, ReportPeriod period, Slice slice) {
        return Figure.amount(queries.revenue(period, slice));
    }

    @Override
    Jpql behind(PurchaseQueries queries, String select, ReportPeriod period, Slice slice) {
        return queries.recorded(select, period, slice);
    }

    @Override
    String behindText() {
        return Messages.drill_recorded;
    }
}
