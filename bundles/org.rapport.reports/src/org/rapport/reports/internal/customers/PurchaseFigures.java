package org.rapport.reports.internal.customers;

import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Channels;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.DrillDown;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.ReportCancelledException;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.DimensionCheck;
import org.rapport.reports.internal.Messages;
import org.rapport.security.api.AccessDeniedException;

/**
 * What the customer measures share: the store, the installation's zone, and how a
 * query becomes rows: the period's total and one row per month of the period or per value of the
 * channel, region or tag found in the data, each computed by the measure's aggregate queries in
 * one unit of work, so that every row sees the same access rules.
 */
@Component(service = PurchaseFigures.class)
public class PurchaseFigures {

    /** One row's figures: for a period and a slice of the customers and records. */
    @FunctionalInterface
    interface Compute {
        List<Figure> figures(PurchaseQueries queries, ReportPeriod period, Slice slice);

        /**
         * The figures of each of several periods that do not overlap (the months of a breakdown),
         * in order, counted in one pass over the records; null to compute one period after the
         * other.
         */
        default List<List<Figure>> figuresEach(PurchaseQueries queries, List<ReportPeriod> periods, Slice slice) {
            return null;
        }
    }

    @Reference
    private Store store;
    @Reference
    private ClockService clock;
    @Reference
    private Channels channels;

    /** For DS. */
    public PurchaseFigures() {
    }

    /** For tests. */
    public PurchaseFigures(Store store, ClockService clock, Channels channels) {
        this.store = store;
        this.clock = clock;
        this.channels = channels;
    }

    /**
     * Computes a measure's result.
     *
     * @param dataFrom for a period, the period whose start is the earliest record a row of it
     *            reads (the period itself, or the period before it for retention): the values of a
     *            breakdown are those of the records from there to the period's end
     */
    ReportResult result(ReportProvider measure, ReportQuery query, ReportProgress progress, UnaryOperator<ReportPeriod> dataFrom, Compute compute) {
        return result(measure, query, null, progress, dataFrom, compute);
    }

    /**
     * Computes a measure's result whose total is known already ({@link ReportProvider#compute(ReportQuery, ReportRow, ReportProgress)}):
     * the total costs as much as a row, so it is not counted again.
     *
     * @param knownTotal the total of the same period and filters, or null to compute it
     */
    ReportResult result(ReportProvider measure, ReportQuery query, ReportRow knownTotal, ReportProgress progress, UnaryOperator<ReportPeriod> dataFrom,
            Compute compute) {
        DimensionCheck.check(measure, query);
        ReportPeriod period = narrowed(query.period(), query.filters().get(Dimensions.MONTH));
        Map<String, String> filters = new LinkedHashMap<>(query.filters());
        filters.remove(Dimensions.MONTH);
        Slice slice = new Slice(filters);
        try (UnitOfWork work = store.begin()) {
            PurchaseQueries queries = new PurchaseQueries(work, clock.zone());
            List<Part> parts = parts(queries, query.by(), period, slice, dataFrom);
            List<ReportRow> rows = new ArrayList<>();
            int steps = parts.size() + 1;
            stopIfCancelled(progress);
            List<List<Figure>> together = Dimensions.MONTH.equals(query.by()) && parts.size() > 1
                    ? compute.figuresEach(queries, parts.stream().map(Part::period).toList(), slice)
                    : null;
            for (Part part : parts) {
                stopIfCancelled(progress);
                List<Figure> figures = together != null ? together.get(rows.size()) : compute.figures(queries, part.period(), part.slice());
                rows.add(new ReportRow(part.key(), part.label(), figures));
                progress.worked(rows.size(), steps);
            }
            stopIfCancelled(progress);
            ReportRow total = knownTotal != null ? knownTotal : new ReportRow(null, Messages.total, compute.figures(queries, period, slice));
            progress.worked(steps, steps);
            return new ReportResult(measure.name(), query, measure.columns(), total, rows);
        } catch (AccessDeniedException | StoreException e) {
            throw new ReportException(NLS.bind(Messages.measure_refused, measure.title(), e.getMessage()), e);
        }
    }

    /** The customers behind one row's figure, as a query selecting {@link PurchaseQueries#IDS} or {@link PurchaseQueries#COUNT}. */
    @FunctionalInterface
    interface Behind {
        Jpql customers(PurchaseQueries queries, String select, ReportPeriod period, Slice slice);
    }

    /**
     * The customers behind one row of a measure's result: the row's period and slice found as
     * {@link #result} finds them, the first {@link DrillDown#LIMIT} by identity and how many in all.
     *
     * @param text what they are, {0} for the row
     */
    Optional<DrillDown> drillDown(ReportProvider measure, ReportQuery query, String rowKey, Behind behind, String text) {
        DimensionCheck.check(measure, query);
        ReportPeriod period = narrowed(query.period(), query.filters().get(Dimensions.MONTH));
        Map<String, String> filters = new LinkedHashMap<>(query.filters());
        filters.remove(Dimensions.MONTH);
        Slice slice = new Slice(filters);
        String row = period.toString();
        if (rowKey != null) {
            if (query.by() == null) {
                throw new ReportException(NLS.bind(Messages.drill_no_rows, measure.name(), rowKey));
            }
            if (query.by().equals(Dimensions.MONTH)) {
                period = narrowed(period, rowKey);
                row = rowKey;
            } else {
                slice = slice.with(query.by(), rowKey);
                row = described(query.by(), rowKey);
            }
        }
        try (UnitOfWork work = store.begin()) {
            PurchaseQueries queries = new PurchaseQueries(work, clock.zone());
            long total = queries.count(behind.customers(queries, PurchaseQueries.COUNT, period, slice));
            List<Long> ids = total == 0 ? List.of() : queries.ids(behind.customers(queries, PurchaseQueries.IDS, period, slice), DrillDown.LIMIT);
            return Optional.of(new DrillDown(DrillDown.Kind.CUSTOMERS, ids, Math.max(total, ids.size()), NLS.bind(text, row)));
        } catch (AccessDeniedException | StoreException e) {
            throw new ReportException(NLS.bind(Messages.measure_refused, measure.title(), e.getMessage()), e);
        }
    }

    /** One row to compute. */
    private record Part(String key, String label, ReportPeriod period, Slice slice) {
    }

    private List<Part> parts(PurchaseQueries queries, String by, ReportPeriod period, Slice slice, UnaryOperator<ReportPeriod> dataFrom) {
        List<Part> parts = new ArrayList<>();
        if (by == null) {
            return parts;
        }
        if (by.equals(Dimensions.MONTH)) {
            for (YearMonth month : period.months()) {
                parts.add(new Part(month.toString(), month.toString(), within(period, month), slice));
            }
            return parts;
        }
        for (String value : queries.values(by, dataFrom.apply(period).start(clock.zone()), period.end(clock.zone()), slice)) {
            parts.add(new Part(value, label(by, value), period, slice.with(by, value)));
        }
        Collator collator = Collator.getInstance(Locale.getDefault());
        parts.sort(Comparator.comparing(Part::label, collator));
        return parts;
    }

    /**
     * A row's label: the value itself, a channel's code too (the reports service gives every
     * measure's channel rows their labels: {@code ChannelLabels}).
     */
    private static String label(String dimension, String value) {
        if (value.isEmpty()) {
            return dimension.equals(Dimensions.REGION) ? Messages.no_region : Messages.no_channel;
        }
        return value;
    }

    /** A row as a drill-down's description names it: a channel by its label, which the service does not put there. */
    private String described(String dimension, String value) {
        return dimension.equals(Dimensions.CHANNEL) && !value.isEmpty() ? channels.label(value) : label(dimension, value);
    }

    /** The period narrowed to the month a filter names; the whole period without one. */
    private static ReportPeriod narrowed(ReportPeriod period, String month) {
        if (month == null) {
            return period;
        }
        YearMonth named;
        try {
            named = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ReportException(NLS.bind(Messages.month_bad, month));
        }
        if (named.isBefore(YearMonth.from(period.from())) || named.isAfter(YearMonth.from(period.to()))) {
            throw new ReportException(NLS.bind(Messages.month_outside, month, period));
        }
        return within(period, named);
    }

    /** The days of the month that are in the period. */
    private static ReportPeriod within(ReportPeriod period, YearMonth month) {
        LocalDate from = month.atDay(1).isBefore(period.from()) ? period.from() : month.atDay(1);
        LocalDate to = month.atEndOfMonth().isAfter(period.to()) ? period.to() : month.atEndOfMonth();
        return new ReportPeriod(from, to);
    }

    private static void stopIfCancelled(ReportProgress progress) {
        if (progress.isCancelled()) {
            throw new ReportCancelledException();
        }
    }
}
