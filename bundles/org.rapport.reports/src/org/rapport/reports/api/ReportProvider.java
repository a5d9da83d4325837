package org.rapport.reports.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One measure, contributed as a DS service ({@code @Component(service = ReportProvider.class)}) by
 * the area whose data it reads, or by a third party. It computes its figures in the database with
 * aggregate queries through the store ({@code UnitOfWork.query}), never by loading objects, so the
 * signed-in user's access rules apply to every figure: a sales user's repurchase rate counts their
 * own accounts only.
 * <p>
 * Texts ({@link #title()}, {@link #definition()}, {@link #columnLabel(String)}) are in the user's
 * language, from the contributing bundle's messages.
 */
public interface ReportProvider {

    /** The measure's name on the command line and in saved dashboards, kebab-case: {@code repurchase-rate}. */
    String name();

    /** The measure's name for people: "Repurchase rate". */
    String title();

    /**
     * Exactly what is computed, in words, shown next to every figure and in the user guide:
     * "Customers with 2 or more purchases in the period / customers with 1 or more purchases in the period".
     */
    String definition();

    /** The figures of each row, in order: one for most measures (CSAT has the mean and the share of 4-5). */
    List<FigureColumn> columns();

    /** A column's heading for people. */
    String columnLabel(String column);

    /**
     * The dimensions this measure can be broken down by ({@link ReportQuery#by()}) and filtered on
     * ({@link ReportQuery#filters()}); names from {@link Dimensions} or the provider's own.
     */
    Set<String> dimensions();

    /** What the figures are measured against (retention at least 85 %); none by default. */
    default List<Target> targets() {
        return List.of();
    }

    /** How much a measure costs to compute, as its provider knows it before it ever ran. */
    enum Cost {
        /** Tens of milliseconds to seconds: a read of a table of the size of the customers or smaller. */
        CHEAP,
        /** Reads the largest tables (every purchase record of the period and the period before), once per month of the period. */
        EXPENSIVE
    }

    /**
     * How much this measure costs to compute: a dashboard computes the cheap ones first, so their
     * charts come while the expensive ones still count; once a measure ran, the dashboard goes by
     * the time it took. {@link Cost#CHEAP} by default.
     */
    default Cost cost() {
        return Cost.CHEAP;
    }

    /**
     * The model features whose values the figures are computed from. A measure over a feature the
     * user may not read is not offered to them ({@link Reports#available()}), rather than
     * offered and refused.
     */
    Set<EStructuralFeature> reads();

    /**
     * Computes the figures for the query.
     *
     * @throws ReportException if the query names a dimension or filter this measure does not have,
     *             or the database refuses (the message says what, for the user)
     * @throws ReportCancelledException if {@code progress} asked to stop
     */
    ReportResult compute(ReportQuery query, ReportProgress progress);

    /**
     * Computes the figures for the query when the period's total is known already: a dashboard
     * shows one measure in several breakdowns of the same period and filters, and the total of
     * one stands for all. A provider whose total costs as much as a row's skips it; by default
     * everything is computed again.
     *
     * @param total the total row of this measure's result for the same period and filters
     * @throws ReportException as {@link #compute(ReportQuery, ReportProgress)}
     * @throws ReportCancelledException if {@code progress} asked to stop
     */
    default ReportResult compute(ReportQuery query, ReportRow total, ReportProgress progress) {
        return compute(query, progress);
    }

    /**
     * The customers or complaints behind one row of the query's result: those a figure counts or
     * is computed over (for a rate, its base: the customers who bought in the period before P for
     * retention), for the workbench to open their list. Computed like the figure, through the
     * store, so the user's access rules apply. None by default: a measure without a drill-down
     * (points issued, a sum) is simply not clickable.
     *
     * @param rowKey the {@link ReportRow#key()} of the row (a month, a channel), or null for the
     *            period's total
     * @throws ReportException if the query or the key is not one this measure answers
     */
    default Optional<DrillDown> drillDown(ReportQuery query, String rowKey) {
        return Optional.empty();
    }
}
