package org.rapport.reports.internal.complaints;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * NPS (DOMAIN.md section 6): over the answers (0-10) to "how likely are you to recommend us" of
 * the follow-ups recorded in the period, % promoters (9-10) - % detractors (0-6), from -100 to
 * 100. Like CSAT, a complaint has the answer of its last follow-up and counts in that follow-up's
 * period; a follow-up without an answer does not count. No target.
 */
@Component(service = ReportProvider.class)
public class Nps extends ComplaintMeasure {

    static final int PROMOTER_FROM = 9;
    static final int DETRACTOR_TO = 6;

    @Activate
    public Nps(@Reference(name = "store") Store store, @Reference(name = "clock") ClockService clock) {
        super(store, clock, "nps", List.of(new FigureColumn("nps", Unit.SCORE), new FigureColumn("promoters", Unit.SHARE),
                new FigureColumn("detractors", Unit.SHARE)));
    }

    @Override
    public Set<EStructuralFeature> reads() {
        return Set.of(Literals.COMPLAINT__RECOMMEND_SCORE, Literals.COMPLAINT__EVENTS, Literals.COMPLAINT_EVENT__TO_STATUS, Literals.COMPLAINT_EVENT__AT);
    }

    @Override
    protected List<Part> parts(Instant now) {
        String where = "c.recommendScore IS NOT NULL AND " + lastFollowUpIn();
        return List.of(new Part(List.of("COUNT(c)", "SUM(CASE WHEN c.recommendScore >= " + PROMOTER_FROM + " THEN 1 ELSE 0 END)",
                "SUM(CASE WHEN c.recommendScore <= " + DETRACTOR_TO + " THEN 1 ELSE 0 END)"), COMPLAINT, where,
                Map.of("followedUp", ComplaintStatus.FOLLOWED_UP)));
    }

    /** The complaints whose recommendation answer the figure counts, not those opened in the period. */
    @Override
    protected Optional<Behind> behind(Instant now) {
        return Optional.of(complaints(parts(now).get(0), Messages.drill_complaints_recommend));
    }

    @Override
    protected List<Figure> figures(BigDecimal[] sums, BigDecimal[] total) {
        long answers = sums[0].longValue();
        long promoters = sums[1].longValue();
        long detractors = sums[2].longValue();
        return List.of(score(promoters, detractors, answers), Figure.share(promoters, answers), Figure.share(detractors, answers));
    }

    /** (promoters - detractors) * 100 / answers; no data without answers. */
    static Figure score(long promoters, long detractors, long answers) {
        if (answers == 0) {
            return new Figure(null, 0L);
        }
        return new Figure(BigDecimal.valueOf((promoters - detractors) * 100).divide(BigDecimal.valueOf(answers), Figure.SCALE, RoundingMode.HALF_UP),
                answers);
    }
}
