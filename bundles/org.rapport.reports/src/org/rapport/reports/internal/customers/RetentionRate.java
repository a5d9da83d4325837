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
 * {@code retention-rate}: customers who bought in the period before P and again in P / customers
 * who bought in the period before P ({@link ReportPeriod#previous()}); target at least 85 %.
 */
@Component(service = ReportProvider.class)
public class RetentionRate extends CustomerMeasure {

    @Activate
    public RetentionRate(@Reference PurchaseFigures figures) {
        super(figures, "retention-rate", Messages.retention_title, Messages.retention_definition, RATE, FigureColumn.Unit.SHARE);
    }

    @Override
    ReportPeriod readsFrom(ReportPeriod period) {
        return period.previous();
    }

    /** DOMAIN.md's target. */
    static final BigDecimal TARGET = new BigDecimal("0.85");

    @Override
    public List<Target> targets() {
        return List.of(new Target(RATE, Target.Direction.AT_LEAST, TARGET));
    }

    @Override
    Figure figure(PurchaseQueries queries, ReportPeriod period, Slice slice) {
        return figureEach(queries, List.of(period), slice).get(0);
    }

    @Override
    List<Figure> figureEach(PurchaseQueries queries, List<ReportPeriod> periods, Slice slice) {
        return queries.keptEach(periods, slice).stream().map(kept -> Figure.share(kept.again(), kept.before())).toList();
    }

    @Override
    Jpql behind(PurchaseQueries queries, String select, ReportPeriod period, Slice slice) {
        return queries.returned(select, period.previous(), period, slice);
    }

    @Override
    String behindText() {
        return Messages.drill_kept;
    }
}
