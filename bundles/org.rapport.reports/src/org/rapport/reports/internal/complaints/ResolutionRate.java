package org.rapport.reports.internal.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.ComplaintsPackage.Literals;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.Store;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.FigureColumn.Unit;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.Target;
import org.rapport.reports.api.Target.Direction;
import org.rapport.reports.internal.measures.Part;

/**
 * Resolution rate (DOMAIN.md section 6, target at least 95 %): of the complaints opened in the
 * period, the share resolved when the report runs (resolved, followed up or closed; a complaint
 * reopened since counts as not resolved until it is resolved again).
 */
@Component(service = ReportProvider.class)
public class ResolutionRate extends ComplaintMeasure {

    @Activate
    public ResolutionRate(@Reference(name = "store") Store store, @Reference(name = "clock") ClockService clock) {
        super(store, clock);
    }

    @Override
    public String name() {
        return "resolution-rate";
    }

    @Override
    public List<FigureColumn> columns() {
        return List.of(new FigureColumn("rate", Unit.SHARE), new FigureColumn("resolved", Unit.COUNT));
    }

    @Override
    public List<Target> targets() {
        return List.of(new Target("rate", Direction.AT_LEAST, new BigDecimal("0.95")));
    }

    @Override
    public Set<EStructuralFeature> reads() {
        return Set.of(Literals.COMPLAINT__OPENED_AT, Literals.COMPLAINT__RESOLVED_AT);
    }

    @Override
    protected List<Part> parts(Instant now) {
        // the lifecycle sets resolvedAt on resolving and clears it on reopening: set exactly while resolved, followed up or closed
        return List.of(new Part(List.of("COUNT(c)", "SUM(CASE WHEN c.resolvedAt IS NULL THEN 0 ELSE 1 END)"), COMPLAINT, openedIn()));
    }

    @Override
    protected List<Figure> figures(BigDecimal[] sums, BigDecimal[] total) {
        return List.of(Figure.share(sums[1].longValue(), sums[0].longValue()), Figure.count(sums[1].longValue()));
    }
}
