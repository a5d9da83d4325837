package org.rapport.reports.internal.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.loyalty.api.MemberTiers;
import org.rapport.loyalty.model.LoyaltyPackage.Literals;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.DrillDown;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.FigureColumn.Unit;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.Messages;
import org.rapport.reports.internal.measures.AggregateMeasure;
import org.rapport.reports.internal.measures.Dimension;
import org.rapport.reports.internal.measures.Part;
import org.rapport.security.api.AccessDeniedException;

/**
 * Members per tier at the period's end: every member who joined before the end, in the tier of the
 * last change of tier made before the end (the last one recorded, as the loyalty area counts it);
 * by month, at each month's end.
 */
@Component(service = ReportProvider.class)
public class Tiers extends AggregateMeasure {

    private final MemberTiers programme;

    @Activate
    public Tiers(@Reference(name = "store") Store store, @Reference(name = "clock") ClockService clock,
            @Reference(name = "programme") MemberTiers programme) {
        super(store, clock, "tiers", List.of(new FigureColumn("members", Unit.COUNT)));
        this.programme = programme;
    }

    @Override
    public Set<EStructuralFeature> reads() {
        return Set.of(Literals.MEMBERSHIP__HISTORY, Literals.TIER_CHANGE__TO_TIER, Literals.TIER_CHANGE__AT);
    }

    @Override
    protected List<Dimension> paths() {
        return List.of(new Dimension(Dimensions.TIER, "", "t.toTier", null));
    }

    @Override
    protected List<Part> parts(Instant now) {
        // a window's members are counted at its end; its start does not matter. The last change is the
        // last in the history's order (identities come in blocks per desktop, so with two desktops a
        // later change can have the lower one), not the latest in time (a purchase imported late
        // upgrades at its own, earlier time): a change before the end with no change after it in the
        // history that is before the end too. An outer join of those later changes, a few rows read by
        // the index of the history's owner and position, where a subquery for the highest position
        // before the end joined the member table again for every change (EclipseLink cannot compile
        // INDEX() of a subquery's variable over m.history: "joinDeclaration is null"). Both joins
        // outer: EclipseLink writes an inner join into the WHERE clause, where the outer join's ON
        // cannot see it; the condition on t's time keeps the members with a change only.
        return List.of(new Part(List.of("COUNT(m)"), "Membership m LEFT JOIN m.history t LEFT JOIN m.history u ON INDEX(u) > INDEX(t) AND u.at < {to}",
                "t.at < {to} AND u.persistentId IS NULL"));
    }

    @Override
    protected List<Figure> figures(BigDecimal[] sums, BigDecimal[] total) {
        return List.of(Figure.count(sums[0].longValue()));
    }

    @Override
    protected Optional<Behind> behind(Instant now) {
        Part members = parts(now).get(0);
        return Optional.of(new Behind(DrillDown.Kind.CUSTOMERS, "m.customer.persistentId", members, Messages.drill_members));
    }

    /**
     * Tiers by their rank (Silver, Gold, Black), not by name; a tier the programme does not define
     * any more after those, by name. The ranks are the programme's, which has the shipped tiers
     * until an administrator stores tiers of their own (the stored definitions alone left the
     * shipped tiers in the order of their names).
     */
    @Override
    protected Comparator<ReportRow> order(UnitOfWork work, Dimension by) {
        Map<String, Integer> ranks = new HashMap<>();
        try {
            for (MemberTiers.Tier tier : programme.tiers()) {
                ranks.putIfAbsent(tier.name(), tier.rank());
            }
        } catch (AccessDeniedException | StoreException refused) {
            // a user who reads the members but not the programme: the rows by name
        }
        return Comparator.<ReportRow>comparingInt(row -> ranks.getOrDefault(row.key(), Integer.MAX_VALUE)).thenComparing(super.order(work, by));
    }
}
