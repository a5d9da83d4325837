package org.rapport.reports.internal.customers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.model.CustomersPackage.Literals;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.DrillDown;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.FigureColumn.Unit;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.Messages;
import org.rapport.reports.internal.customers.SegmentQueries.Sizes;

/**
 * {@code segment-sizes}: the customers in each value tier of DOMAIN.md section 2, preset A
 * (high-value, potential, ordinary; {@link SegmentQueries} says exactly who), counted at the end of
 * the period, and by month at the end of each month of the period (the last month: at the end of
 * the period). Only the month is a dimension: a tier belongs to the customer, not to a channel's records.
 */
@Component(service = ReportProvider.class)
public class SegmentSizes implements ReportProvider {

    static final String HIGH_VALUE = "high_value";
    static final String POTENTIAL = "potential";
    static final String ORDINARY = "ordinary";

    private static final List<FigureColumn> COLUMNS = List.of(new FigureColumn(HIGH_VALUE, Unit.COUNT), new FigureColumn(POTENTIAL, Unit.COUNT),
            new FigureColumn(ORDINARY, Unit.COUNT));
    private static final Set<EStructuralFeature> READS = Set.of(Literals.CUSTOMER__CREATED_AT, Literals.CUSTOMER__PURCHASES, Literals.PURCHASE__AT,
            Literals.PURCHASE__KIND, Literals.PURCHASE__ORDER_REF, Literals.PURCHASE__AMOUNT);

    private final PurchaseFigures figures;

    @Activate
    public SegmentSizes(@Reference PurchaseFigures figures) {
        this.figures = figures;
    }

    @Override
    public String name() {
        return "segment-sizes";
    }

    @Override
    public String title() {
        return Messages.segment_sizes_title;
    }

    @Override
    public String definition() {
        return Messages.segment_sizes_definition;
    }

    @Override
    public List<FigureColumn> columns() {
        return COLUMNS;
    }

    @Override
    public String columnLabel(String column) {
        return switch (column) {
        case HIGH_VALUE -> Messages.segment_sizes_col_high_value;
        case POTENTIAL -> Messages.segment_sizes_col_potential;
        default -> Messages.segment_sizes_col_ordinary;
        };
    }

    @Override
    public Set<String> dimensions() {
        return Set.of(Dimensions.MONTH);
    }

    @Override
    public Set<EStructuralFeature> reads() {
        return READS;
    }

    /** It sums every customer's purchase records at each moment of the period. */
    @Override
    public Cost cost() {
        return Cost.EXPENSIVE;
    }

    @Override
    public ReportResult compute(ReportQuery query, ReportProgress progress) {
        return compute(query, null, progress);
    }

    @Override
    public ReportResult compute(ReportQuery query, ReportRow total, ReportProgress progress) {
        // the period's last month ends where the period does: its sizes are the total's
        Map<LocalDate, Sizes> counted = new HashMap<>();
        return figures.result(this, query, total, progress, period -> period, (queries, period, slice) -> {
            // at the end of the period: the start of the day after its last
            Sizes sizes = counted.computeIfAbsent(period.to().plusDays(1), day -> new SegmentQueries(queries.work(), queries.zone()).at(day));
            return List.of(Figure.count(sizes.highValue()), Figure.count(sizes.potential()), Figure.count(sizes.ordinary()));
        });
    }

    /** The high-value customers (the first figure) at the end of the row's period, as the figure counts them. */
    @Override
    public Optional<DrillDown> drillDown(ReportQuery query, String rowKey) {
        return figures.drillDown(this, query, rowKey, (queries, select, period, slice) -> new SegmentQueries(queries.work(), queries.zone())
                .highValue(select, period.to().plusDays(1)), Messages.drill_high_value);
    }
}
