package org.rapport.reports.internal.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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
import org.rapport.reports.internal.measures.Part;

/**
 * Complaint hot spots (DOMAIN.md section 4: the monthly report of the top categories): complaints
 * opened in the period, and their share of all complaints opened in it; by category (each
 * complaint under its own category) or by month, one category at a time with a filter.
 */
@Component(service = ReportProvider.class)
public class HotSpots extends ComplaintMeasure {

    @Activate
    public HotSpots(@Reference(name = "store") Store store, @Reference(name = "clock") ClockService clock) {
        super(store, clock, "hot-spots", List.of(new FigureColumn("complaints", Unit.COUNT), new FigureColumn("share", Unit.SHARE)));
    }

    @Override
    public Set<EStructuralFeature> reads() {
        return Set.of(Literals.COMPLAINT__OPENED_AT, Literals.COMPLAINT__CATEGORY);
    }

    @Override
    protected List<Part> parts(Instant now) {
        // the opening time, not the complaint, is counted: every complaint in the window has one, and
        // Derby counts it from the index on the opening time alone; COUNT(c) counts the identities,
        // which it fetched row by row from the table (R21)
        return List.of(new Part(List.of("COUNT(c.openedAt)"), COMPLAINT, openedIn()));
    }

    @Override
    protected List<Figure> figures(BigDecimal[] sums, BigDecimal[] total) {
        return List.of(Figure.count(sums[0].longValue()), Figure.share(sums[0].longValue(), total[0].longValue()));
    }
}
