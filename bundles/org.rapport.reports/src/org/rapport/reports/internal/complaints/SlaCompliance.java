package org.rapport.reports.internal.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.complaints.model.ComplaintsPackage.Literals;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.Store;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.FigureColumn.Unit;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.internal.Messages;
import org.rapport.reports.internal.measures.Part;

/**
 * SLA compliance (DOMAIN.md sections 4 and 6): of the service-level clocks (acknowledge, first
 * solution, resolve) due in the period, the share met by their due time. A clock counts once its
 * due time has passed or it was met; a clock standing still while waiting for the customer has no
 * due time and does not count; a clock of a reopened complaint counts as unmet until it is
 * resolved again. Due times are business time on the complaint's calendar, as stored.
 */
@Component(service = ReportProvider.class)
public class SlaCompliance extends ComplaintMeasure {

    @Activate
    public SlaCompliance(@Reference(name = "store") Store store, @Reference(name = "clock") ClockService clock) {
        super(store, clock, "sla-compliance", List.of(new FigureColumn("rate", Unit.SHARE), new FigureColumn("acknowledge", Unit.SHARE),
                new FigureColumn("solution", Unit.SHARE), new FigureColumn("resolve", Unit.SHARE)));
    }

    @Override
    public Set<EStructuralFeature> reads() {
        return Set.of(Literals.COMPLAINT__ACKNOWLEDGE_DUE, Literals.COMPLAINT__ACKNOWLEDGED_AT, Literals.COMPLAINT__SOLUTION_DUE,
                Literals.COMPLAINT__SOLVED_AT, Literals.COMPLAINT__RESOLVE_DUE, Literals.COMPLAINT__RESOLVED_AT);
    }

    @Override
    protected List<Part> parts(Instant now) {
        return List.of(clock("c.acknowledgeDue", "c.acknowledgedAt", now), clock("c.solutionDue", "c.solvedAt", now),
                clock("c.resolveDue", "c.resolvedAt", now));
    }

    private static Part clock(String due, String met, Instant now) {
        String where = due + " >= {from} AND " + due + " < {to} AND (" + met + " IS NOT NULL OR " + due + " <= {now})";
        return new Part(List.of("COUNT(c)", "SUM(CASE WHEN " + met + " IS NOT NULL AND " + met + " <= " + due + " THEN 1 ELSE 0 END)"), COMPLAINT,
                where, Map.of("now", now));
    }

    @Override
    protected List<Figure> figures(BigDecimal[] sums, BigDecimal[] total) {
        long due = sums[0].longValue() + sums[2].longValue() + sums[4].longValue();
        long met = sums[1].longValue() + sums[3].longValue() + sums[5].longValue();
        return List.of(Figure.share(met, due), Figure.share(sums[1].longValue(), sums[0].longValue()),
                Figure.share(sums[3].longValue(), sums[2].longValue()), Figure.share(sums[5].longValue(), sums[4].longValue()));
    }

    @Override
    protected Optional<Behind> behind(Instant now) {
        // a complaint is behind the figure when any of its clocks counts
        List<Part> clocks = parts(now);
        String where = String.join(" OR ", clocks.stream().map(clock -> "(" + clock.where() + ")").toList());
        return Optional.of(complaints(new Part(List.of(), COMPLAINT, where, Map.of("now", now)), Messages.drill_complaints_due));
    }
}
