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
import org.rapport.complaints.model.ComplaintStatus;
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
 * CSAT (DOMAIN.md section 6): the 1-5 answers of the follow-ups recorded in the period. A complaint
 * followed up more than once has one answer, its last, and counts in the period of its last
 * follow-up.
 */
@Component(service = ReportProvider.class)
public class Csat extends ComplaintMeasure {

    @Activate
    public Csat(@Reference(name = "store") Store store, @Reference(name = "clock") ClockService clock) {
        super(store, clock, "csat", List.of(new FigureColumn("mean", Unit.SCORE), new FigureColumn("share_4_5", Unit.SHARE)));
    }

    @Override
    public Set<EStructuralFeature> reads() {
        return Set.of(Literals.COMPLAINT__CSAT, Literals.COMPLAINT__EVENTS, Literals.COMPLAINT_EVENT__TO_STATUS, Literals.COMPLAINT_EVENT__AT);
    }

    @Override
    protected List<Part> parts(Instant now) {
        String where = "c.csat IS NOT NULL AND " + lastFollowUpIn();
        return List.of(new Part(List.of("COUNT(c)", "SUM(c.csat)", "SUM(CASE WHEN c.csat >= 4 THEN 1 ELSE 0 END)"), COMPLAINT, where,
                Map.of("followedUp", ComplaintStatus.FOLLOWED_UP)));
    }

    @Override
    protected List<Figure> figures(BigDecimal[] sums, BigDecimal[] total) {
        long answers = sums[0].longValue();
        return List.of(Figure.mean(sums[1], answers), Figure.share(sums[2].longValue(), answers));
    }

    @Override
    protected Optional<Behind> behind(Instant now) {
        return Optional.of(complaints(parts(now).get(0), Messages.drill_complaints_answered));
    }
}
