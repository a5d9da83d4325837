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
 * Repeat-contact rate (DOMAIN.md section 4, target at most 5 %): of the complaints opened in the
 * period, the share about which the customer contacted again (on any channel) after the first
 * contact, up to when the report runs; with the number of those further contacts.
 */
@Component(service = ReportProvider.class)
public class RepeatContactRate extends ComplaintMeasure {

    @Activate
    public RepeatContactRate(@Reference(name = "store") Store store, @Reference(name = "clock") ClockService clock) {
        super(store, clock);
    }

    @Override
    public String name() {
        return "repeat-contact-rate";
    }

    @Override
    public List<FigureColumn> columns() {
        return List.of(new FigureColumn("rate", Unit.SHARE), new FigureColumn("contacts", Unit.COUNT));
    }

    @Override
    public List<Target> targets() {
        return List.of(new Target("rate", Direction.AT_MOST, new BigDecimal("0.05")));
    }

    @Override
    public Set<EStructuralFeature> reads() {
        return Set.of(Literals.COMPLAINT__OPENED_AT, Literals.COMPLAINT__REPEAT_CONTACTS);
    }

    @Override
    protected List<Part> parts(Instant now) {
        return List.of(new Part(List.of("COUNT(c)", "SUM(CASE WHEN c.repeatContacts > 0 THEN 1 ELSE 0 END)", "SUM(c.repeatContacts)"), COMPLAINT,
                openedIn()));
    }

    @Override
    protected List<Figure> figures(BigDecimal[] sums, BigDecimal[] total) {
        return List.of(Figure.share(sums[1].longValue(), sums[0].longValue()), Figure.count(sums[2].longValue()));
    }
}
