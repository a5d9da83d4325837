package org.rapport.reports.internal.customers;

import java.math.BigDecimal;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.Target;
import org.rapport.reports.internal.Messages;

/**
 * {@code churn-rate}: 1 - the retention rate, computed as the customers who bought in the period
 * before P and not in P / the customers who bought in the period before P (the same figure,
 * exactly); at most 15 %, the retention target's complement.
 */
@Component(service = ReportProvider.class)
public class ChurnRate extends CustomerMeasure {

    @Activate
    public ChurnRate(@Reference PurchaseFigures figures) {
        super(figures, "churn-rate", Messages.churn_title, Messages.churn_definition, RATE, FigureColumn.Unit.SHARE);
    }

    @Override
    ReportPeriod readsFrom(ReportPeriod period) {
        return period.previous();
    }

    @Override
    public List<Target> targets() {
        return List.of(new Target(RATE, Target.Direction.AT_MOST, BigDecimal.ONE.subtract(RetentionRate.TARGET)));
    }

    @Override
    Figure figure(PurchaseQueries queries, ReportPeriod period, Slice slice) {
        return figureEach(queries, List.of(period), slice).get(0);
    }

    @Override
    List<Figure> figureEach(PurchaseQueries queries, List<ReportPeriod> periods, Slice slice) {
        return queries.keptEach(periods, slice).stream().map(kept -> Figure.share(kept.before() - kept.again(), kept.before())).toList();
    }

    @Override
    Jpql behind(PurchaseQueries queries, String select, ReportPeriod period, Slice slice) {
        return queries.lost(select, period.previous(), period, slice);
    }

    @Override
    String behindText() {
        return Messages.drill_lost;
    }
}
