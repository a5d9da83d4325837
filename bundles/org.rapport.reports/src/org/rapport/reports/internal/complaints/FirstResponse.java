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
 * Average first response time (DOMAIN.md section 6, target at most 5 minutes): wall-clock minutes
 * from opening to the first acknowledgement (acknowledging, starting work on or resolving the
 * complaint, whichever came first), over the complaints opened in the period that have one.
 * Wall-clock, not business minutes: it is the wait the customer sees, and business time depends on
 * each complaint's calendar, which the database cannot apply; the service-level clocks measure
 * business time (sla-compliance).
 */
@Component(service = ReportProvider.class)
public class FirstResponse extends ComplaintMeasure {

    @Activate
    public FirstResponse(@Reference(name = "store") Store store, @Reference(name = "clock") ClockService clock) {
        super(store, clock);
    }

    @Override
    public String name() {
        return "first-response";
    }

    @Override
    public List<FigureColumn> columns() {
        return List.of(new FigureColumn("minutes", Unit.MINUTES), new FigureColumn("awaiting", Unit.COUNT));
    }

    @Override
    public List<Target> targets() {
        return List.of(new Target("minutes", Direction.AT_MOST, BigDecimal.valueOf(5)));
    }

    @Override
    public Set<EStructuralFeature> reads() {
        return Set.of(Literals.COMPLAINT__OPENED_AT, Literals.COMPLAINT__ACKNOWLEDGED_AT);
    }

    @Override
    protected List<Part> parts(Instant now) {
        String seconds = TimeDifference.seconds(store().settings().kind(), "c.openedAt", "c.acknowledgedAt");
        return List.of(new Part(List.of("SUM(CASE WHEN c.acknowledgedAt IS NULL THEN 0 ELSE 1 END)", "SUM(" + seconds + ")",
                "SUM(CASE WHEN c.acknowledgedAt IS NULL THEN 1 ELSE 0 END)"), COMPLAINT, openedIn()));
    }

    @Override
    protected List<Figure> figures(BigDecimal[] sums, BigDecimal[] total) {
        BigDecimal minutes = sums[1].divide(BigDecimal.valueOf(60), Figure.SCALE, java.math.RoundingMode.HALF_UP);
        return List.of(Figure.mean(minutes, sums[0].longValue()), Figure.count(sums[2].longValue()));
    }
}
