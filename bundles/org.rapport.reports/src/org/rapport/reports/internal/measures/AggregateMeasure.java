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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.DrillDown;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportCancelledException;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.Messages;
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
    private final String name;
    private final List<FigureColumn> columns;

    /**
     * @param name the measure's name, kebab-case; its texts are the messages {@code <name>_title},
     *            {@code <name>_definition} and {@code <name>_col_<column>} (dashes as underscores)
     * @param columns the figures of each row
     */
    protected AggregateMeasure(Store store, ClockService clock, String name, List<FigureColumn> columns) {
        this.store = store;
        this.clock = clock;
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<FigureColumn> columns() {
        return columns;
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

    /**
     * The order of a breakdown's rows: by label by default; a measure whose values have an order
     * of their own (tiers by rank) says so. Read in the report's unit of work.
     */
    protected Comparator<ReportRow> order(UnitOfWork work, Dimension by) {
        return Comparator.comparing(ReportRow::label, Collator.getInstance()).thenComparing(ReportRow::key);
    }

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
        return Messages.text(name(), "title");
    }

    @Override
    public String definition() {
        return Messages.text(name(), "definition");
    }

    @Override
    public String columnLabel(String column) {
        return Messages.text(name(), "col_" + column);
    }

    /** What a query asks for once its month filter narrowed the period and its other filters were found among the paths. */
    private record Question(Map<String, Dimension> paths, Window period, List<Map.Entry<Dimension, String>> filters) {
    }

    private Question question(ReportQuery query) {
        ZoneId zone = clock.zone();
        Map<String, Dimension> paths = new LinkedHashMap<>();
        paths().forEach(d -> paths.put(d.name(), d));
        if (query.by() != null && !query.by().equals(Dimensions.MONTH) && !paths.containsKey(query.by())) {
            throw noDimension(query.by());
        }
        Window period = Window.of(query.period(), zone);
        List<Map.Entry<Dimension, String>> filters = new ArrayList<>();
        for (Map.Entry<String, String> filter : new TreeMap<>(query.filters()).entrySet()) {
            if (filter.getKey().equals(Dimensions.MONTH)) {
                period = period.and(Window.of(month(filter.getValue()), zone));
            } else if (paths.containsKey(filter.getKey())) {
                filters.add(Map.entry(paths.get(filter.getKey()), filter.getValue()));
            } else {
                throw noDimension(filter.getKey());
            }
        }
        return new Question(paths, period, filters);
    }

    @Override
    public ReportResult compute(ReportQuery query, ReportProgress progress) {
        ZoneId zone = clock.zone();
        Question question = question(query);
        Map<String, Dimension> paths = question.paths();
        Window period = question.period();
        List<Map.Entry<Dimension, String>> filters = question.filters();
        List<Part> parts = parts(clock.now());
        Window within = period;
        // a month filter leaves the months of the period outside it without a row
        List<YearMonth> months = !Dimensions.MONTH.equals(query.by()) ? List.of()
                : query.period().months().stream().filter(month -> !within.and(Window.of(month, zone)).isEmpty()).toList();
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
                rows.sort(order(work, by));
            }
            return new ReportResult(name(), query, columns(), new ReportRow(null, Messages.row_total, figures(total, total)), rows);
        } catch (AccessDeniedException | StoreException e) {
            throw new ReportException(NLS.bind(Messages.measure_refused, title(), e.getMessage()), e);
        }
    }

    private ReportException noDimension(String dimension) {
        return new ReportException(NLS.bind(Messages.measure_no_dimension, new Object[] { name(), dimension, String.join(", ", dimensions()) }));
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ReportException(NLS.bind(Messages.measure_bad_month, value));
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
            Selection selection = Selection.of(part, window, filters);
            String select = String.join(", ", part.aggregates());
            String group = "";
            int keys = 0;
            if (by != null) {
                selection.joins().add(by.join());
                String label = by.label() == null ? by.key() : by.label();
                select = by.key() + ", " + label + ", " + select;
                group = " GROUP BY " + by.key() + (by.label() == null ? "" : ", " + by.label());
                keys = 2;
            }
            Jpql jpql = selection.query("SELECT " + select, group);
            List<Object> result = work.query(jpql.text(), jpql.parameters());
            for (Object row : result) {
                Object[] columns = row instanceof Object[] array ? array : new Object[] { row };
                List<Object> key = by == null ? List.of() : List.of(columns[0] == null ? "" : columns[0].toString(),
                        columns[1] == null ? Messages.value_none : columns[1].toString());
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

    /** The FROM and WHERE of a part's query over a window with the filters, its joins still open to more. */
    private record Selection(Part part, Set<String> joins, String where, Map<String, Object> values) {

        static Selection of(Part part, Window window, List<Map.Entry<Dimension, String>> filters) {
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
            return new Selection(part, joins, where.toString(), values);
        }

        /** {@code select FROM ... WHERE ... rest}. */
        Jpql query(String select, String rest) {
            String from = part.from() + joins.stream().filter(j -> !j.isEmpty()).map(j -> " " + j).reduce("", String::concat);
            return Jpql.of(select + " FROM " + from + " WHERE " + where + rest, values);
        }
    }

    /**
     * What is behind a figure of this measure: the rows of a query whose identities a drill-down
     * lists (the part's aggregates are not used).
     *
     * @param kind whether the identities are customers' or complaints'
     * @param identity the path of the identity, e.g. {@code c.persistentId}
     * @param part the range variable, joins and condition of the rows in a window
     * @param text what they are, for people, {0} for the row (a month, a category, the period)
     */
    public record Behind(DrillDown.Kind kind, String identity, Part part, String text) {
    }

    /** What is behind a figure, or none (a sum of points) when a figure has nobody behind it. */
    protected Optional<Behind> behind(Instant now) {
        return Optional.empty();
    }

    /**
     * The identities behind one row: those of {@link #behind} in the row's window with the
     * query's filters and, for a row of a breakdown, the row's value.
     */
    @Override
    public Optional<DrillDown> drillDown(ReportQuery query, String rowKey) {
        Optional<Behind> found = behind(clock.now());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Behind behind = found.get();
        Question question = question(query);
        Window window = question.period();
        List<Map.Entry<Dimension, String>> filters = new ArrayList<>(question.filters());
        Dimension by = null;
        if (rowKey != null) {
            if (query.by() == null) {
                throw new ReportException(NLS.bind(Messages.drill_no_rows, name(), rowKey));
            }
            if (query.by().equals(Dimensions.MONTH)) {
                window = window.and(Window.of(month(rowKey), clock.zone()));
            } else {
                by = question.paths().get(query.by());
                filters.add(Map.entry(by, rowKey));
            }
        }
        try (UnitOfWork work = store.begin()) {
            Selection selection = Selection.of(behind.part(), window, filters);
            Jpql count = selection.query("SELECT COUNT(DISTINCT " + behind.identity() + ")", "");
            long total = number(work.query(count.text(), count.parameters()).get(0)).longValue();
            List<Long> ids = List.of();
            if (total > 0) {
                Jpql listed = selection.query("SELECT DISTINCT " + behind.identity(), " ORDER BY " + behind.identity());
                List<Number> page = work.page(listed.text(), 0, DrillDown.LIMIT, listed.parameters());
                ids = page.stream().map(Number::longValue).toList();
            }
            String row = rowKey == null ? query.period().toString() : by == null ? rowKey : rowLabel(work, selection, by, rowKey);
            return Optional.of(new DrillDown(behind.kind(), ids, Math.max(total, ids.size()), NLS.bind(behind.text(), row)));
        } catch (AccessDeniedException | StoreException e) {
            throw new ReportException(NLS.bind(Messages.measure_refused, title(), e.getMessage()), e);
        }
    }

    /** The label a breakdown shows for its value (a category's name for its code). */
    private static String rowLabel(UnitOfWork work, Selection selection, Dimension by, String key) {
        if (key.isEmpty()) {
            return Messages.value_none;
        }
        if (by.label() == null) {
            return key;
        }
        Jpql label = selection.query("SELECT MIN(" + by.label() + ")", "");
        Object found = work.query(label.text(), label.parameters()).get(0);
        return found == null ? key : found.toString();
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
