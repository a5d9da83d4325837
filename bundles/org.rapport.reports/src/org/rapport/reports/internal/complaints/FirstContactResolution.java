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
 * First-contact resolution (DOMAIN.md section 6): of the complaints opened in the period and
 * resolved when the report runs, the share resolved without the customer contacting again, without
 * escalation and without ever being reopened.
 */
@Component(service = ReportProvider.class)
public class FirstContactResolution extends ComplaintMeasure {

    @Activate
    public FirstContactResolution(@Reference(name = "store") Store store, @Reference(name = "clock") ClockService clock) {
        super(store, clock, "first-contact-resolution", List.of(new FigureColumn("rate", Unit.SHARE)));
    }

    @Override
    public Set<EStructuralFeature> reads() {
        return Set.of(Literals.COMPLAINT__OPENED_AT, Literals.COMPLAINT__RESOLVED_AT, Literals.COMPLAINT__REPEAT_CONTACTS,
                Literals.COMPLAINT__ESCALATION_LEVEL, Literals.COMPLAINT__EVENTS, Literals.COMPLAINT_EVENT__TO_STATUS);
    }

    @Override
    protected List<Part> parts(Instant now) {
        String resolved = openedIn() + " AND c.resolvedAt IS NOT NULL";
        String first = resolved + " AND c.repeatContacts = 0 AND c.escalationLevel = 1 AND NOT EXISTS (" + transition("r", "reopened", "") + ")";
        return List.of(new Part(List.of("COUNT(c)"), COMPLAINT, resolved),
                new Part(List.of("COUNT(c)"), COMPLAINT, first, Map.of("reopened", ComplaintStatus.REOPENED)));
    }

    @Override
    protected List<Figure> figures(BigDecimal[] sums, BigDecimal[] total) {
        return List.of(Figure.share(sums[1].longValue(), sums[0].longValue()));
    }

    @Override
    protected Optional<Behind> behind(Instant now) {
        return Optional.of(complaints(parts(now).get(0), Messages.drill_complaints_resolved));
    }
}
