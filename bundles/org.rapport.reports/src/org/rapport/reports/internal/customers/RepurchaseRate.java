package org.rapport.reports.internal.customers;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.internal.Messages;

/** {@code repurchase-rate}: customers with 2 or more purchases in P / customers with 1 or more purchases in P. */
@Component(service = ReportProvider.class)
public class RepurchaseRate extends CustomerMeasure {

    @Activate
    public RepurchaseRate(@Reference PurchaseFigures figures) {
        super(figures, "repurchase-rate", Messages.repurchase_title, Messages.repurchase_definition, RATE, FigureColumn.Unit.SHARE);
    }

    @Override
    Figure figure(PurchaseQueries queries, ReportPeriod period, Slice slice) {
        return Figure.share(queries.repeatBuyers(period, slice), queries.buyers(period, slice));
    }

    @Override
    Jpql behind(PurchaseQueries queries, String select, ReportPeriod period, Slice slice) {
        return queries.repeatBuyers(select, period, slice);
    }

    @Override
    String behindText() {
        return Messages.drill_repurchase;
    }
}
