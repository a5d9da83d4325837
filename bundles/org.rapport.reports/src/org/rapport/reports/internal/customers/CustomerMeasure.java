package org.rapport.reports.internal.customers;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.DrillDown;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.Messages;

/**
 * A measure over customers and their purchase records, of one figure: broken down or filtered by
 * month, the record's channel, the customer's region or tag. Its definition ends with what a
 * purchase is. A subclass is a DS component, given the {@link PurchaseFigures} in its
 * constructor, that says how one row's figure is computed.
 */
abstract class CustomerMeasure implements ReportProvider {

    static final String RATE = "rate";
    static final String REVENUE = "revenue";
    static final String CUSTOMERS = "customers";
    static final String AVERAGE = "average_order_value";
    static final Set<String> DIMENSIONS = Set.of(Dimensions.MONTH, Dimensions.CHANNEL, Dimensions.REGION, Dimensions.TAG);
    /** What every customer measure counts purchases by. */
    static final Set<EStructuralFeature> PURCHASES = Set.of(CustomersPackage.Literals.CUSTOMER__PURCHASES, CustomersPackage.Literals.PURCHASE__AT,
            CustomersPackage.Literals.PURCHASE__KIND, CustomersPackage.Literals.PURCHASE__ORDER_REF);
    /** What a measure of amounts reads besides. */
    static final Set<EStructuralFeature> AMOUNTS = Set.of(CustomersPackage.Literals.CUSTOMER__PURCHASES, CustomersPackage.Literals.PURCHASE__AT,
            CustomersPackage.Literals.PURCHASE__KIND, CustomersPackage.Literals.PURCHASE__ORDER_REF, CustomersPackage.Literals.PURCHASE__AMOUNT,
            CustomersPackage.Literals.CUSTOMER__REFERENCE);

    private final PurchaseFigures figures;
    private final String name;
    private final String title;
    private final String computes;
    private final FigureColumn column;

    CustomerMeasure(PurchaseFigures figures, String name, String title, String computes, String column, FigureColumn.Unit unit) {
        this.figures = figures;
        this.name = name;
        this.title = title;
        this.computes = computes;
        this.column = new FigureColumn(column, unit);
    }

    /** One row's figure: for a period and a slice of the customers and records. */
    abstract Figure figure(PurchaseQueries queries, ReportPeriod period, Slice slice);

    /**
     * Each period's figure, in order, for periods that do not overlap (the months of a
     * breakdown), counted in one pass; null to compute one period after the other with
     * {@link #figure}.
     */
    List<Figure> figureEach(PurchaseQueries queries, List<ReportPeriod> periods, Slice slice) {
        return null;
    }

    /**
     * The customers behind one row's figure, as {@code select} of them ({@link PurchaseQueries#IDS}
     * or {@link PurchaseQueries#COUNT}).
     */
    abstract Jpql behind(PurchaseQueries queries, String select, ReportPeriod period, Slice slice);

    /** What the customers behind a figure are, for people, with {0} for the row (a month, a channel, the period). */
    abstract String behindText();

    /** The period whose start is the earliest record a row for this period reads. */
    ReportPeriod readsFrom(ReportPeriod period) {
        return period;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String definition() {
        return computes + " " + Messages.purchase_rule;
    }

    @Override
    public List<FigureColumn> columns() {
        return List.of(column);
    }

    @Override
    public Set<String> dimensions() {
        return DIMENSIONS;
    }

    @Override
    public Set<EStructuralFeature> reads() {
        return column.unit() == FigureColumn.Unit.MONEY ? AMOUNTS : PURCHASES;
    }

    /** Every customer measure counts purchase records, the largest table, for each month of the period and the period before. */
    @Override
    public Cost cost() {
        return Cost.EXPENSIVE;
    }

    @Override
    public String columnLabel(String key) {
        return switch (key) {
        case RATE -> Messages.column_rate;
        case REVENUE -> Messages.column_revenue;
        case CUSTOMERS -> Messages.column_customers;
        case AVERAGE -> Messages.column_average_order_value;
        default -> key;
        };
    }

    @Override
    public ReportResult compute(ReportQuery query, ReportProgress progress) {
        return compute(query, null, progress);
    }

    @Override
    public ReportResult compute(ReportQuery query, ReportRow total, ReportProgress progress) {
        return figures.result(this, query, total, progress, this::readsFrom, new PurchaseFigures.Compute() {
            @Override
            public List<Figure> figures(PurchaseQueries queries, ReportPeriod period, Slice slice) {
                return List.of(figure(queries, period, slice));
            }

            @Override
            public List<List<Figure>> figuresEach(PurchaseQueries queries, List<ReportPeriod> periods, Slice slice) {
                List<Figure> each = figureEach(queries, periods, slice);
                return each == null ? null : each.stream().map(List::of).toList();
            }
        });
    }

    @Override
    public Optional<DrillDown> drillDown(ReportQuery query, String rowKey) {
        return figures.drillDown(this, query, rowKey, this::behind, behindText());
    }
}
