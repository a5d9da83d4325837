package org.rapport.reports.internal.loyalty;

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
import org.rapport.core.api.ClockService;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.loyalty.model.LoyaltyPackage.Literals;
import org.rapport.persistence.api.Store;
import org.rapport.reports.api.DrillDown;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.FigureColumn.Unit;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.internal.Messages;
import org.rapport.reports.internal.measures.AggregateMeasure;
import org.rapport.reports.internal.measures.Dimension;
import org.rapport.reports.internal.measures.Part;

/**
 * Points issued, redeemed, expired and otherwise taken in the period, from the ledger's entries
 * dated in it (an entry's date is when the points were earned or spent; an expiry is dated the day
 * its run expired them), and the points outstanding at the period's end (every entry dated before
 * it: the sum of all balances). So the outstanding points at the end are those at the start plus
 * issued, less redeemed, expired and other.
 */
@Component(service = ReportProvider.class)
public class Points extends AggregateMeasure {

    private static final String ENTRY = "LedgerEntry e";

    @Activate
    public Points(@Reference(name = "store") Store store, @Reference(name = "clock") ClockService clock) {
        super(store, clock, "points", List.of(new FigureColumn("issued", Unit.POINTS), new FigureColumn("redeemed", Unit.POINTS),
                new FigureColumn("expired", Unit.POINTS), new FigureColumn("other", Unit.POINTS), new FigureColumn("outstanding", Unit.POINTS)));
    }

    @Override
    public Set<EStructuralFeature> reads() {
        return Set.of(Literals.LEDGER_ENTRY__POINTS, Literals.LEDGER_ENTRY__KIND, Literals.LEDGER_ENTRY__AT);
    }

    @Override
    protected List<Dimension> paths() {
        return List.of();
    }

    @Override
    protected List<Part> parts(Instant now) {
        Part flows = new Part(List.of("SUM(CASE WHEN e.points > 0 THEN e.points ELSE 0 END)",
                "SUM(CASE WHEN e.kind = {redemption} THEN e.points ELSE 0 END)", "SUM(CASE WHEN e.kind = {expiry} THEN e.points ELSE 0 END)",
                "SUM(CASE WHEN e.points < 0 THEN e.points ELSE 0 END)"), ENTRY,
                "e.at >= {from} AND e.at < {to}", Map.of("redemption", EntryKind.REDEMPTION, "expiry", EntryKind.EXPIRY));
        Part outstanding = new Part(List.of("SUM(e.points)"), ENTRY, "e.at < {to}");
        return List.of(flows, outstanding);
    }

    /** The customers whose ledger entries the period's flows sum. */
    @Override
    protected Optional<Behind> behind(Instant now) {
        return Optional.of(new Behind(DrillDown.Kind.CUSTOMERS, "e.customer.persistentId", parts(now).get(0), Messages.drill_points));
    }

    @Override
    protected List<Figure> figures(BigDecimal[] sums, BigDecimal[] total) {
        BigDecimal redeemed = sums[1].negate();
        BigDecimal expired = sums[2].negate();
        BigDecimal other = sums[3].negate().subtract(redeemed).subtract(expired);
        return List.of(Figure.amount(sums[0]), Figure.amount(redeemed), Figure.amount(expired), Figure.amount(other), Figure.amount(sums[4]));
    }
}
