package org.rapport.reports.internal.measures;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.ReportCancelledException;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.security.api.AccessDeniedException;

/**
 * A measure computed by aggregate queries through the store, so the signed-in user's access rules
 * apply to every figure. The period's total is one query per {@link Part}; a breakdown by month
 * runs the parts again for each month's share of the period (the month in the installation's
 * zone, which the database does not know); a breakdown by another dimension groups the parts'
 * queries by its path.
 */
public abstract class AggregateMeasure implements ReportProvider {

    private final Store store;
    private final ClockService clock;

    protected AggregateMeasure(Store store, ClockService clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The store the measure reads. */
    protected Store store() {
        return store;
    }

    /** The dimensions other than the month, by name. */
    protected abstract List<Dimension> paths();

    /** The queries whose sums make up one row's figures; {@code now} is when the report runs. */
    protected abstract List<Part> parts(Instant now);

    /**
     * One row's figures from its sums (every part's aggregates in order), and the total's sums
     * (the same array for the total row).
     */
    protected abstract List<Figure> figures(BigDecimal[] sums, BigDecimal[] total);

    /** The month and the dimensions of {@link #paths()}. */
    @Override
    public Set<String> dimensions() {
        Set<String> names = new LinkedHashSet<>();
        names.add(Dimensions.MONTH);
        paths().forEach(d -> names.add(d.name()));
        return names;
    }

    @Override
    public String title() {
        return MeasureMessages.text(name(), "title");
    }

    @Override
    public String definition() {
        return MeasureMessages.text(name(), "definition");
    }

    @Override
    public String columnLabel(String column) {
        return MeasureMessages.text(name(), "col_" + column);
    }

    @Override
    public ReportResult compute(ReportQuery query, ReportProgress progress) {
        ZoneId zone = clock.zone();
        Map<String, Dimension> paths = new LinkedHashMap<>();
        paths().forEach(d -> paths.put(d.name(), d));
        if (query.by() != null && !query.by().equals(Dimensions.MONTH) && !paths.containsKey(query.by())) {
            throw new ReportException(NLS.bind(MeasureMessages.measure_no_dimension, new Object[] { name(), query.by(), String.join(", ", dimensions()) }));
        }
        Window period = Window.of(query.period(), zone);
        List<Map.Entry<Dimension, String>> filters = new ArrayList<>();
        for (Map.Entry<String, String> filter : new java.util.TreeMap<>(query.filters()).entrySet()) {
            if (filter.getKey().equals(Dimensions.MONTH)) {
                period = period.and(Window.of(month(filter.getValue()), zone));
            } else if (paths.containsKey(filter.getKey())) {
                filters.add(Map.entry(paths.get(filter.getKey()), filter.getValue()));
            } else {
                throw new ReportException(NLS.bind(MeasureMessages.measure_no_dimension, new Object[] { name(), filter.getKey(), String.join(", ", dimensions()) }));
            }
        }
        List<Part> parts = parts(clock.now());
        List<YearMonth> months = Dimensions.MONTH.equals(query.by()) ? query.period().months() : List.of();
        Dimension by = query.by() == null || Dimensions.MONTH.equals(query.by()) ? null : paths.get(query.by());
        Steps steps = new Steps(progress, parts.size() * (1 + months.size() + (by == null ? 0 : 1)));
        try (UnitOfWork work = store.begin()) {
            BigDecimal[] total = sums(work, parts, period, filters, null, steps).getOrDefault(List.of(), zeros(parts));
            List<ReportRow> rows = new ArrayList<>();
            for (YearMonth month : months) {
                BigDecimal[] sums = sums(work, parts, period.and(Window.of(month, zone)), filters, null, steps).getOrDefault(List.of(), zeros(parts));
                rows.add(new ReportRow(month.toString(), month.toString(), figures(sums, total)));
            }
            if (by != null) {
                sums(work, parts, period, filters, by, steps).forEach((key, sums) -> rows.add(new ReportRow((String) key.get(0),
                        (String) key.get(1), figures(sums, total))));
                Collator collator = Collator.getInstance();
                rows.sort(Comparator.comparing(ReportRow::label, collator).thenComparing(ReportRow::key));
            }
            return new ReportResult(name(), query, columns(), new ReportRow(null, MeasureMessages.row_total, figures(total, total)), rows);
        } catch (AccessDeniedException | StoreException e) {
            throw new ReportException(NLS.bind(MeasureMessages.measure_refused, title(), e.getMessage()), e);
        }
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ReportException(NLS.bind(MeasureMessages.measure_bad_month, value));
        }
    }

    private static BigDecimal[] zeros(List<Part> parts) {
        BigDecimal[] zeros = new BigDecimal[parts.stream().mapToInt(p -> p.aggregates().size()).sum()];
        Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    /**
     * Every part's sums over the window, by the breakdown's (key, label); one entry keyed by the
     * empty list without a breakdown. A key no part has rows for is not there.
     */
    private static Map<List<Object>, BigDecimal[]> sums(UnitOfWork work, List<Part> parts, Window window, List<Map.Entry<Dimension, String>> filters,
            Dimension by, Steps steps) {
        Map<List<Object>, BigDecimal[]> sums = new HashMap<>();
        int offset = 0;
        for (Part part : parts) {
            steps.check();
            Map<String, Object> values = new HashMap<>(part.values());
            values.put("from", window.start());
            values.put("to", window.end());
            Set<String> joins = new TreeSet<>();
            StringBuilder where = new StringBuilder("(").append(part.where()).append(')');
            for (int i = 0; i < filters.size(); i++) {
                Dimension dimension = filters.get(i).getKey();
                String value = filters.get(i).getValue();
                joins.add(dimension.join());
                if (value.isEmpty()) {
                    where.append(" AND ").append(dimension.key()).append(" IS NULL");
                } else {
                    where.append(" AND ").append(dimension.key()).append(" = {filter").append(i).append('}');
                    values.put("filter" + i, value);
                }
            }
            String select = String.join(", ", part.aggregates());
            String group = "";
            int keys = 0;
            if (by != null) {
                joins.add(by.join());
                String label = by.label() == null ? by.key() : by.label();
                select = by.key() + ", " + label + ", " + select;
                group = " GROUP BY " + by.key() + (by.label() == null ? "" : ", " + by.label());
                keys = 2;
            }
            String from = part.from() + joins.stream().filter(j -> !j.isEmpty()).map(j -> " " + j).reduce("", String::concat);
            Jpql jpql = Jpql.of("SELECT " + select + " FROM " + from + " WHERE " + where + group, values);
            List<Object> result = work.query(jpql.text(), jpql.parameters());
            for (Object row : result) {
                Object[] columns = row instanceof Object[] array ? array : new Object[] { row };
                List<Object> key = by == null ? List.of() : List.of(columns[0] == null ? "" : columns[0].toString(),
                        columns[1] == null ? MeasureMessages.value_none : columns[1].toString());
                BigDecimal[] target = sums.computeIfAbsent(key, k -> zeros(parts));
                for (int i = 0; i < part.aggregates().size(); i++) {
                    target[offset + i] = number(columns[keys + i]);
                }
            }
            offset += part.aggregates().size();
            steps.done();
        }
        return sums;
    }

    private static BigDecimal number(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    /** The report's steps (queries) as its caller is told of them, and where it may stop. */
    private static final class Steps {
        private final ReportProgress progress;
        private final int total;
        private int done;

        Steps(ReportProgress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        void check() {
            if (progress.isCancelled()) {
                throw new ReportCancelledException();
            }
        }

        void done() {
            progress.worked(++done, total);
        }
    }
}
