package org.rapport.reports.internal.customers;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.internal.Messages;

/**
 * {@code average-order-value-returning}: the net revenue in P of the returning customers (who
 * made a purchase in P and one before P started) / their purchases in P.
 */
@Component(service = ReportProvider.class)
public class ReturningOrderValue extends CustomerMeasure {

    @Activate
    public ReturningOrderValue(@Reference PurchaseFigures figures) {
        super(figures, "average-order-value-returning", Messages.aov_title, Messages.aov_definition, AVERAGE, FigureColumn.Unit.MONEY);
    }

    @Override
    Figure figure(PurchaseQueries queries, ReportPeriod period, Slice slice) {
        return Figure.mean(queries.returningRevenue(period, slice), queries.returningPurchases(period, slice));
    }

    @Override
    Jpql behind(PurchaseQueries queries, String select, ReportPeriod period, Slice slice) {
        return queries.returningBuyers(select, period, slice);
    }

    @Override
    String behindText() {
        return Messages.drill_returning;
    }
}
