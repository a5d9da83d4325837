package org.rapport.reports.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.ui.api.CustomerLists;
import org.rapport.reports.api.DimensionLabels;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.DrillDown;
import org.rapport.reports.api.ReportCancelledException;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.api.Reports;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Colors;
import org.rapport.ui.api.Formats;

/**
 * A perspective's dashboard ({@link Dashboards}, named by the part's persisted state): the period
 * picker, the comparison with the period before, the filters the measures have, and a grid of
 * tiles. The frame paints at once; the tiles are computed off the UI thread, two measures at a
 * time, the cheap ones first, each measure's tiles in turn with its total counted once; each
 * fills its chart as it arrives, with the progress and a Cancel button above.
 * Only the measures {@link Reports#available()} offers the signed-in user get a tile.
 */
public class DashboardPart implements TileView.Actions {

    /** The key of the part's persisted state that names its dashboard. */
    static final String DASHBOARD = "org.rapport.reports.ui.dashboard";
    static final String WIDGET = TileView.WIDGET;
    /** At most this many regions or tags are offered. */
    private static final int OFFERED = 500;
    private static final int COLUMNS = 3;
    /** The most tiles computed at once: each is a query on the database, whose machine has few cores. */
    private static final int THREADS = 2;
    /** The theme engine's event ({@code IThemeEngine.Events.THEME_CHANGED}), named here so the bundle needs no theme API. */
    private static final String THEME_CHANGED = "org/eclipse/e4/ui/css/swt/theme/ThemeManager/themeChanged";

    @Inject
    private MPart part;
    /** The reports core's service; without it (a product without the core) the dashboard says so. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private Reports reports;
    @Inject
    private ClockService clock;
    @Inject
    private CustomerLists lists;
    @Inject
    private CustomerListing listing;
    @Inject
    private Channels channels;
    @Inject
    private TileExports exports;
    @Inject
    private ComplaintsQueue complaintsQueue;

    /**
     * The tiles' work: as many threads as the machine has cores, at most {@value #THREADS}, each
     * running its measure in its own unit of work; daemons, so they never keep the workbench from exiting.
     */
    private final ExecutorService computing = Executors.newFixedThreadPool(
            Math.max(1, Math.min(THREADS, Runtime.getRuntime().availableProcessors())), Thread.ofPlatform().name("Rapport dashboard ", 1).daemon().factory());
    /** What each measure's tiles took to compute last time (nanoseconds), by measure name: the next refresh starts with the cheap ones. */
    private final Map<String, Long> costs = new ConcurrentHashMap<>();
    /** Drill-downs and what the filters offer: they must not wait behind the charts. */
    private final Background asking = new Background("Rapport dashboard questions");
    private Dashboards.Dashboard dashboard;
    /** The workbench's display, which the tiles' results go back to. */
    private Display display;
    private Combo period;
    private Label periodText;
    private ReportPeriod customPeriod;
    private Button compare;
    private Composite filterBar;
    /** Per dimension: its combo and the keys of its items after "any". */
    private final Map<String, Filter> filters = new LinkedHashMap<>();
    private ProgressBar progress;
    private Button cancel;
    private Label status;
    private ScrolledComposite scroller;
    private Composite grid;
    private Label empty;
    private final List<TileView> tiles = new ArrayList<>();
    /** Which refresh the results arriving belong to: those of an older one are dropped. */
    private volatile int generation;
    private volatile boolean cancelled;
    /** The part is closed: what is running stops at its next step. */
    private volatile boolean closed;
    private int done;

    /** A filter's combo and the values it offers. */
    private record Filter(Combo combo, List<String> keys) {
    }

    @PostConstruct
    void create(Composite parent) {
        dashboard = Dashboards.of(part.getPersistedState().get(DASHBOARD));
        String own = part.getPersistedState().get(Dashboards.TILES);
        if (own != null) {
            dashboard = Dashboards.parse(dashboard.id(), dashboard.heading(), own);
        }
        display = parent.getDisplay();
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(parent);

        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(9).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        Label heading = new Label(bar, SWT.NONE);
        heading.setText(dashboard.heading());
        heading.setFont(JFaceResources.getBannerFont());
        new Label(bar, SWT.NONE).setText(Messages.period_label);
        period = new Combo(bar, SWT.READ_ONLY);
        period.setData(WIDGET, "dashboard-period");
        for (Periods each : Periods.values()) {
            period.add(each.label());
        }
        period.select(Periods.THIS_MONTH.ordinal());
        period.addListener(SWT.Selection, e -> periodChosen());
        periodText = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(260, SWT.DEFAULT).applyTo(periodText);
        compare = new Button(bar, SWT.CHECK);
        compare.setText(Messages.compare);
        compare.setToolTipText(Messages.compare_tooltip);
        compare.setData(WIDGET, "dashboard-compare");
        compare.addListener(SWT.Selection, e -> refresh());
        Button again = new Button(bar, SWT.PUSH);
        again.setText(Messages.refresh);
        again.addListener(SWT.Selection, e -> rebuild());
        Button export = new Button(bar, SWT.PUSH);
        export.setText(Messages.export_dashboard);
        export.setToolTipText(Messages.export_dashboard_tooltip);
        export.addListener(SWT.Selection, e -> exportDashboard(export));
        progress = new ProgressBar(bar, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).grab(true, false).hint(120, SWT.DEFAULT).applyTo(progress);
        cancel = new Button(bar, SWT.PUSH);
        cancel.setText(Messages.cancel);
        cancel.setData(WIDGET, "dashboard-cancel");
        cancel.addListener(SWT.Selection, e -> cancel());

        filterBar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(12).applyTo(filterBar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterBar);
        status = new Label(parent, SWT.WRAP);
        status.setData(WIDGET, "dashboard-status");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
        grid = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(COLUMNS).equalWidth(true).spacing(8, 8).applyTo(grid);
        scroller.setContent(grid);
        empty = new Label(grid, SWT.WRAP);
        GridDataFactory.fillDefaults().span(COLUMNS, 1).grab(true, false).applyTo(empty);
        parent.setData(DashboardPart.class.getName(), this);
        rebuild();
    }

    @PreDestroy
    void dispose() {
        closed = true;
        computing.shutdownNow();
        asking.close();
    }

    /** Makes the tiles the user's measures allow, and the filters they have, then computes. */
    void rebuild() {
        tiles.forEach(tile -> tile.control().dispose());
        tiles.clear();
        Map<String, ReportProvider> offered = new HashMap<>();
        if (reports != null) {
            reports.available().forEach(provider -> offered.put(provider.name(), provider));
        }
        for (Dashboards.Tile tile : dashboard.tiles()) {
            ReportProvider provider = offered.get(tile.measure());
            if (provider != null) {
                TileView view = new TileView(grid, tile, provider, this);
                GridDataFactory.fillDefaults().grab(true, true).hint(260, 300).applyTo(view.control());
                tiles.add(view);
            }
        }
        empty.setText(reports == null ? Messages.reports_missing : tiles.isEmpty() ? Messages.dashboard_empty : "");
        ((org.eclipse.swt.layout.GridData) empty.getLayoutData()).exclude = !tiles.isEmpty();
        empty.setVisible(tiles.isEmpty());
        makeFilters();
        scroller.setMinSize(grid.computeSize(COLUMNS * 270, SWT.DEFAULT));
        grid.layout(true, true);
        refresh();
    }

    /** One combo per dimension a tile's measure can be filtered on (not the month: the period says that). */
    private void makeFilters() {
        Map<String, String> kept = chosenFilters();
        for (Filter filter : filters.values()) {
            filter.combo().dispose();
        }
        for (var child : filterBar.getChildren()) {
            child.dispose();
        }
        filters.clear();
        Set<String> dimensions = new TreeSet<>();
        tiles.forEach(tile -> dimensions.addAll(tile.provider().dimensions()));
        dimensions.remove(Dimensions.MONTH);
        if (!dimensions.isEmpty()) {
            new Label(filterBar, SWT.NONE).setText(Messages.filters_label);
        }
        for (String dimension : dimensions) {
            Combo combo = new Combo(filterBar, SWT.READ_ONLY);
            combo.setData(WIDGET, "dashboard-filter-" + dimension);
            combo.add(NLS.bind(Messages.filter_any, DimensionLabels.inSentence(dimension)));
            combo.select(0);
            Filter filter = new Filter(combo, new ArrayList<>());
            filters.put(dimension, filter);
            combo.addListener(SWT.Selection, e -> refresh());
            offerValues(dimension, filter, kept.get(dimension));
        }
        ((GridLayoutFactory) GridLayoutFactory.fillDefaults()).numColumns(Math.max(1, filters.size() + 1)).applyTo(filterBar);
        filterBar.layout(true, true);
        filterBar.getParent().layout(true, true);
    }

    /** The values a filter offers: channels and regions and tags as the customers have them; other dimensions as the results show them. */
    private void offerValues(String dimension, Filter filter, String kept) {
        Callable<List<String[]>> read = switch (dimension) {
        case Dimensions.CHANNEL -> () -> channels.channels().stream().map(c -> new String[] { c.code(), c.label() }).toList();
        case Dimensions.REGION -> () -> listing.regions(OFFERED).stream().map(r -> new String[] { r, r }).toList();
        case Dimensions.TAG -> () -> listing.tags(OFFERED).stream().map(t -> new String[] { t, t }).toList();
        default -> null;
        };
        if (read == null) {
            return;
        }
        asking.run(filter.combo(), read, values -> {
            values.forEach(value -> offer(filter, value[0], value[1]));
            if (kept != null && filter.keys().contains(kept)) {
                filter.combo().select(filter.keys().indexOf(kept) + 1);
            }
        }, failure -> {
            // the customers may not be readable to this user: the filter offers what the results show
        });
    }

    private static void offer(Filter filter, String key, String label) {
        if (key != null && !filter.keys().contains(key)) {
            filter.keys().add(key);
            filter.combo().add(label);
        }
    }

    private Map<String, String> chosenFilters() {
        Map<String, String> chosen = new LinkedHashMap<>();
        filters.forEach((dimension, filter) -> {
            int index = filter.combo().isDisposed() ? 0 : filter.combo().getSelectionIndex();
            if (index > 0) {
                chosen.put(dimension, filter.keys().get(index - 1));
            }
        });
        return chosen;
    }

    private void periodChosen() {
        if (period.getSelectionIndex() == Periods.CUSTOM.ordinal()) {
            CustomPeriodDialog dialog = new CustomPeriodDialog(period.getShell(), customPeriod != null ? customPeriod : Periods.THIS_MONTH.of(clock.today()));
            if (dialog.open() != Window.OK) {
                period.select(customPeriod != null ? Periods.CUSTOM.ordinal() : Periods.THIS_MONTH.ordinal());
                return;
            }
            customPeriod = dialog.chosen();
        }
        refresh();
    }

    /** The period chosen. */
    ReportPeriod period() {
        int chosen = period.getSelectionIndex();
        Periods periods = Periods.values()[Math.max(0, chosen)];
        return periods == Periods.CUSTOM ? customPeriod : periods.of(clock.today());
    }

    /** Computes every tile again for the period, comparison and filters chosen; results of an earlier refresh are dropped. */
    void refresh() {
        int mine = ++generation;
        cancelled = false;
        done = 0;
        ReportPeriod chosen = period();
        periodText.setText(Formats.date(chosen.from()) + " \u2013 " + Formats.date(chosen.to()));
        periodText.getParent().layout(new org.eclipse.swt.widgets.Control[] { periodText });
        say("");
        progress.setMaximum(Math.max(1, tiles.size()));
        progress.setSelection(0);
        progress.setVisible(!tiles.isEmpty());
        cancel.setEnabled(!tiles.isEmpty());
        Map<String, String> chosenFilters = chosenFilters();
        boolean comparing = compare.getSelection();
        ReportProgress watch = new ReportProgress() {
            @Override
            public boolean isCancelled() {
                return cancelled || closed || mine != generation;
            }
        };
        Map<String, List<TileWork>> byMeasure = new LinkedHashMap<>();
        for (TileView tile : tiles) {
            tile.computing();
            Map<String, String> applied = new HashMap<>(chosenFilters);
            applied.keySet().retainAll(tile.provider().dimensions());
            Set<String> notApplied = new LinkedHashSet<>(chosenFilters.keySet());
            notApplied.removeAll(applied.keySet());
            byMeasure.computeIfAbsent(tile.provider().name(), name -> new ArrayList<>())
                    .add(new TileWork(tile, new ReportQuery(chosen, tile.effectiveBy(), applied), notApplied));
        }
        // a measure's tiles share its period and filters: one task computes them in turn, the total once
        List<List<TileWork>> tasks = new ArrayList<>(byMeasure.values());
        tasks.sort(Comparator.comparingLong(this::expectedCost));
        try {
            for (List<TileWork> task : tasks) {
                computing.execute(() -> computeInTurn(task, comparing, mine, watch));
            }
        } catch (RejectedExecutionException closing) {
            // the part is being closed
        }
    }

    /** A tile to compute: its query, and the filters chosen that its measure does not have. */
    private record TileWork(TileView tile, ReportQuery query, Set<String> notApplied) {
    }

    /**
     * Off the UI thread: the tiles of one measure, each shown as it arrives; the first's total
     * stands for the others'. A tile that fails says so and the next is computed all the same.
     */
    private void computeInTurn(List<TileWork> task, boolean comparing, int mine, ReportProgress watch) {
        String name = task.get(0).tile().provider().name();
        ReportResult earlier = null;
        ReportResult earlierBefore = null;
        long started = System.nanoTime();
        for (TileWork each : task) {
            ReportResult current = null;
            ReportResult before = null;
            Exception failure = null;
            try {
                if (watch.isCancelled()) {
                    throw new ReportCancelledException();
                }
                current = reports.run(name, each.query(), earlier, watch);
                before = comparing ? reports.run(name, new ReportQuery(each.query().period().previous(), each.query().by(), each.query().filters()),
                        earlierBefore, watch) : null;
                earlier = current;
                earlierBefore = before;
            } catch (Exception e) {
                failure = e; // refused by the access rules, the database gone, cancelled: the tile says so
            }
            ReportResult[] results = { current, before };
            Exception problem = failure;
            Background.onUiThread(display, each.tile().control(), () -> arrived(each, mine, results, problem));
        }
        if (!watch.isCancelled()) {
            costs.put(name, System.nanoTime() - started);
        }
    }

    /** On the UI thread: a tile's results or its problem, unless a later refresh asked again. */
    private void arrived(TileWork each, int mine, ReportResult[] results, Exception failure) {
        if (mine != generation) {
            return;
        }
        TileView tile = each.tile();
        try {
            if (failure != null) {
                tile.problem(failure instanceof ReportCancelledException ? Messages.cancelled : NLS.bind(Messages.tile_failed, failure.getMessage()));
            } else {
                tile.show(results[0], results[1], each.notApplied().stream().map(DimensionLabels::inSentence).toList());
                learnValues(tile, results[0]);
            }
        } finally {
            step(); // a tile that could not draw still counts as done: the progress must end
        }
    }

    /**
     * The order measures are computed in, cheapest first so the first chart comes soon: what a
     * measure took last time; before it ran, a measure over purchase records (the largest table)
     * after the others.
     */
    private long expectedCost(List<TileWork> task) {
        ReportProvider provider = task.get(0).tile().provider();
        Long took = costs.get(provider.name());
        if (took != null) {
            return took;
        }
        return provider.reads().contains(CustomersPackage.Literals.CUSTOMER__PURCHASES) ? Long.MAX_VALUE : Long.MAX_VALUE / 2;
    }

    /** A tile broken down by a dimension shows its values: the filter of that dimension offers them too. */
    private void learnValues(TileView tile, ReportResult result) {
        Filter filter = result.query().by() == null ? null : filters.get(result.query().by());
        if (filter != null && !filter.combo().isDisposed()) {
            result.rows().forEach(row -> offer(filter, row.key(), row.label()));
        }
    }

    private void step() {
        done++;
        progress.setSelection(done);
        if (done >= tiles.size()) {
            cancel.setEnabled(false);
            progress.setVisible(false);
        }
    }

    /** Says something above the tiles (a drill-down, an export, a cancel); the line takes no room while it is empty. */
    private void say(String text) {
        status.setForeground(null);
        status.setText(text);
        boolean shown = !text.isEmpty();
        if (status.isVisible() != shown) {
            status.setVisible(shown);
            ((org.eclipse.swt.layout.GridData) status.getLayoutData()).exclude = !shown;
            status.getParent().layout(true, false);
        }
    }

    /** Stops the tiles not computed yet (the one computing stops at its next step). */
    void cancel() {
        cancelled = true;
        cancel.setEnabled(false);
        say(Messages.cancelled_status);
    }

    @Override
    public void drill(TileView tile, ReportRow row) {
        ReportResult result = tile.result();
        if (result == null) {
            return;
        }
        String name = tile.provider().name();
        String what = tile.provider().title() + ", " + (row == null ? periodLabel(result.query().period()) : row.label());
        say(NLS.bind(Messages.drill_finding, what));
        asking.run(status, () -> reports.drillDown(name, result.query(), row == null ? null : row.key()), found -> opened(found, what), failure -> {
            say(NLS.bind(Messages.drill_failed, failure.getMessage()));
            status.setForeground(Colors.problem(status));
        });
    }

    private void opened(Optional<DrillDown> found, String what) {
        if (found.isEmpty()) {
            say(NLS.bind(Messages.drill_none, what));
            return;
        }
        DrillDown drill = found.get();
        String description = drill.description() != null && !drill.description().isBlank() ? drill.description() : what;
        if (!drill.complete()) {
            description = NLS.bind(Messages.drill_cut, new Object[] { description, Formats.count(drill.ids().size()), Formats.count(drill.total()) });
        }
        if (drill.kind() == DrillDown.Kind.COMPLAINTS) {
            if (!complaintsQueue.show(drill.ids(), description)) {
                // no complaints queue in this product: say so rather than list the wrong thing
                say(NLS.bind(Messages.drill_complaints, what, Formats.count(drill.total())));
                return;
            }
            say(NLS.bind(Messages.drill_opened_complaints, description));
            return;
        }
        say(NLS.bind(Messages.drill_opened, description));
        lists.showOnly(drill.ids(), description);
    }

    private static String periodLabel(ReportPeriod period) {
        return Formats.date(period.from()) + " \u2013 " + Formats.date(period.to());
    }

    @Override
    public void export(TileView tile, String format) {
        if (tile.result() != null) {
            exports.one(status.getShell(), new TileExports.Export(tile.provider(), tile.result()), format, this::say);
        }
    }

    private void exportDashboard(Button anchor) {
        List<TileExports.Export> results = tiles.stream().filter(tile -> tile.result() != null)
                .map(tile -> new TileExports.Export(tile.provider(), tile.result())).toList();
        if (results.isEmpty()) {
            say(Messages.export_nothing);
            return;
        }
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(anchor);
        for (String format : List.of("csv", "pdf")) {
            org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
            item.setText("csv".equals(format) ? Messages.export_csv : Messages.export_pdf);
            item.addListener(SWT.Selection, e -> exports.all(status.getShell(), results, format, this::say));
        }
        var at = anchor.toDisplay(0, anchor.getSize().y);
        menu.setLocation(at);
        menu.setVisible(true);
    }

    /** The theme changed: the charts take its colours (the theme restyled their parts already). */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void themeChanged(@org.eclipse.e4.ui.di.UIEventTopic(THEME_CHANGED) Object event) {
        if (grid != null && !grid.isDisposed()) {
            grid.getDisplay().asyncExec(() -> tiles.stream().filter(tile -> !tile.control().isDisposed()).forEach(TileView::repaint));
        }
    }

    // for the workbench tests

    List<TileView> tiles() {
        return tiles;
    }

    Combo filter(String dimension) {
        Filter filter = filters.get(dimension);
        return filter == null ? null : filter.combo();
    }

    List<String> filterKeys(String dimension) {
        return filters.get(dimension).keys();
    }

    Combo periodCombo() {
        return period;
    }

    Button compareButton() {
        return compare;
    }

    String emptyText() {
        return empty.getText();
    }

    String statusText() {
        return status.getText();
    }

    /** Whether every tile has its result or its problem. */
    boolean complete() {
        return done >= tiles.size();
    }
}
