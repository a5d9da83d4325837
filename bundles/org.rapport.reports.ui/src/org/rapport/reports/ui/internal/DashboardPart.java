package org.rapport.reports.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.ui.api.CustomerLists;
import org.rapport.reports.api.DimensionLabels;
import org.rapport.reports.api.ReportCancelledException;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.Reports;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Formats;

/**
 * A perspective's dashboard ({@link Dashboards}, named by the part's persisted state): the period
 * picker, the comparison with the period before, the filters the measures have
 * ({@link DashboardFilters}), and the tiles ({@link TileGrid}). The frame paints at once; the
 * tiles are computed off the UI thread ({@link TileScheduler}) and each fills its chart as it
 * arrives, in view or not, with the progress and a Cancel button above.
 * Only the measures {@link Reports#available()} offers the signed-in user get a tile.
 */
public class DashboardPart {

    /** The key of the part's persisted state that names its dashboard. */
    static final String DASHBOARD = "org.rapport.reports.ui.dashboard";
    static final String WIDGET = TileView.WIDGET;
    /** The theme engine's event ({@code IThemeEngine.Events.THEME_CHANGED}), named here so the bundle needs no theme API. */
    private static final String THEME_CHANGED = "org/eclipse/e4/ui/css/swt/theme/ThemeManager/themeChanged";

    @Inject
    private MPart part;
    /** The reports core's service; without it (a product without the core) the dashboard says so. */
    @Inject
    @Optional
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

    /** Drill-downs and what the filters offer: they must not wait behind the charts. */
    private final Background asking = new Background("Rapport dashboard questions");
    private TileScheduler scheduler;
    private Dashboards.Dashboard dashboard;
    private Combo period;
    private Label periodText;
    private ReportPeriod customPeriod;
    private Button compare;
    private DashboardFilters filters;
    private ProgressBar progress;
    private Button cancel;
    private StatusLine status;
    private TileGrid grid;
    private TileActions actions;
    private int done;

    @PostConstruct
    void create(Composite parent) {
        dashboard = Dashboards.of(part.getPersistedState().get(DASHBOARD));
        String own = part.getPersistedState().get(Dashboards.TILES);
        if (own != null) {
            dashboard = Dashboards.parse(dashboard.id(), dashboard.heading(), own);
        }
        scheduler = new TileScheduler(reports, parent.getDisplay());
        Composite content = scrolling(parent);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(content);
        Button export = bar(content);
        filters = new DashboardFilters(content, channels, listing, asking, this::refresh);
        status = new StatusLine(content);
        grid = new TileGrid(content);
        actions = new TileActions(reports, lists, complaintsQueue, exports, asking, status);
        export.addListener(SWT.Selection, e -> actions.exportAll(export, grid.tiles()));
        parent.setData(DashboardPart.class.getName(), this);
        rebuild();
    }

    /**
     * What the dashboard shows, in a pane that scrolls down when the part is too short for the
     * bar, the filters and a row of tiles (Sales at 800x600 left the tiles no room at all); taller,
     * only the tiles scroll ({@link TileGrid}).
     */
    private static Composite scrolling(Composite parent) {
        parent.setLayout(new FillLayout());
        ScrolledComposite outer = new ScrolledComposite(parent, SWT.V_SCROLL);
        outer.setData(WIDGET, "dashboard-scroller");
        outer.setExpandHorizontal(true);
        outer.setExpandVertical(true);
        Composite content = new Composite(outer, SWT.NONE);
        outer.setContent(content);
        // the bar wraps with the width, so the height it needs is known only for a width
        outer.addListener(SWT.Resize, e -> outer.setMinHeight(content.computeSize(outer.getClientArea().width, SWT.DEFAULT).y));
        return content;
    }

    /**
     * The heading, the period, the comparison, Refresh, Export, the progress and Cancel, in a row
     * that wraps when the window is narrow (800 pixels): every control stays in sight and in the
     * order the Tab key takes them. Returns the Export button.
     */
    private Button bar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(wrapping());
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
        periodText.setData(WIDGET, "dashboard-period-text");
        compare = new Button(bar, SWT.CHECK);
        compare.setText(Messages.compare);
        compare.setToolTipText(Messages.compare_tooltip);
        compare.setData(WIDGET, "dashboard-compare");
        compare.addListener(SWT.Selection, e -> refresh());
        Button again = new Button(bar, SWT.PUSH);
        again.setText(Messages.refresh);
        again.setData(WIDGET, "dashboard-refresh");
        again.addListener(SWT.Selection, e -> rebuild());
        Button export = new Button(bar, SWT.PUSH);
        export.setText(Messages.export_dashboard);
        export.setToolTipText(Messages.export_dashboard_tooltip);
        export.setData(WIDGET, "dashboard-export");
        progress = new ProgressBar(bar, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setLayoutData(new RowData(120, SWT.DEFAULT));
        cancel = new Button(bar, SWT.PUSH);
        cancel.setText(Messages.cancel);
        cancel.setData(WIDGET, "dashboard-cancel");
        cancel.addListener(SWT.Selection, e -> cancel());
        return export;
    }

    /** A row of controls, centred on their line, that wraps to the next line rather than run off the right edge. */
    static RowLayout wrapping() {
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.center = true;
        row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
        row.spacing = 6;
        return row;
    }

    @PreDestroy
    void dispose() {
        scheduler.close();
        asking.close();
    }

    /** Makes the tiles the user's measures allow, and the filters they have, then computes. */
    void rebuild() {
        Map<String, ReportProvider> offered = new HashMap<>();
        if (reports != null) {
            reports.available().forEach(provider -> offered.put(provider.name(), provider));
        }
        List<TileView> tiles = grid.make(dashboard.tiles(), offered, actions, reports == null ? Messages.reports_missing : Messages.dashboard_empty);
        filters.make(tiles);
        refresh();
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
        List<TileView> tiles = grid.tiles();
        done = 0;
        ReportPeriod chosen = period();
        periodText.setText(Formats.date(chosen.from()) + " \u2013 " + Formats.date(chosen.to()));
        // the date's length changes with the period, and the bar may wrap differently
        periodText.getParent().getParent().layout(new Control[] { periodText });
        status.say("");
        progress.setMaximum(Math.max(1, tiles.size()));
        progress.setSelection(0);
        progress.setVisible(!tiles.isEmpty());
        cancel.setEnabled(!tiles.isEmpty());
        Map<String, String> chosenFilters = filters.chosen();
        List<TileScheduler.Work> works = new ArrayList<>();
        for (TileView tile : tiles) {
            tile.computing();
            Map<String, String> applied = new HashMap<>(chosenFilters);
            applied.keySet().retainAll(tile.provider().dimensions());
            Set<String> notApplied = new LinkedHashSet<>(chosenFilters.keySet());
            notApplied.removeAll(applied.keySet());
            works.add(new TileScheduler.Work(tile, new ReportQuery(chosen, tile.effectiveBy(), applied), notApplied));
        }
        scheduler.compute(works, compare.getSelection(), grid::inView, this::arrived);
    }

    /**
     * On the UI thread: a tile's results or its problem. The chart is drawn at once, in view or
     * not, so scrolling to it shows it without computing again.
     */
    private void arrived(TileScheduler.Work work, ReportResult current, ReportResult before, Exception failure) {
        TileView tile = work.tile();
        try {
            if (failure != null) {
                tile.problem(failure instanceof ReportCancelledException ? Messages.cancelled : NLS.bind(Messages.tile_failed, failure.getMessage()));
            } else {
                tile.show(current, before, work.notApplied().stream().map(DimensionLabels::inSentence).toList());
                filters.learnValues(current);
            }
        } finally {
            step(); // a tile that could not draw still counts as done: the progress must end
        }
    }

    private void step() {
        done++;
        progress.setSelection(done);
        if (done >= grid.tiles().size()) {
            cancel.setEnabled(false);
            progress.setVisible(false);
        }
    }

    /** Stops the tiles not computed yet (the one computing stops at its next step). */
    void cancel() {
        scheduler.cancel();
        cancel.setEnabled(false);
        status.say(Messages.cancelled_status);
    }

    /** The theme changed: the charts take its colours (the theme restyled their parts already). */
    @Inject
    @Optional
    void themeChanged(@UIEventTopic(THEME_CHANGED) Object event) {
        if (grid != null && !progress.isDisposed()) {
            progress.getDisplay().asyncExec(() -> grid.tiles().stream().filter(tile -> !tile.control().isDisposed()).forEach(TileView::repaint));
        }
    }

    // for the workbench tests

    List<TileView> tiles() {
        return grid.tiles();
    }

    TileGrid grid() {
        return grid;
    }

    TileScheduler scheduler() {
        return scheduler;
    }

    Combo filter(String dimension) {
        return filters.combo(dimension);
    }

    List<Combo> filterCombos() {
        return filters.combos();
    }

    int filterCount() {
        return filters.combos().size();
    }

    List<String> filterKeys(String dimension) {
        return filters.keys(dimension);
    }

    Combo periodCombo() {
        return period;
    }

    Button compareButton() {
        return compare;
    }

    String emptyText() {
        return grid.emptyText();
    }

    String statusText() {
        return status.text();
    }

    /** Whether every tile has its result or its problem. */
    boolean complete() {
        return done >= grid.tiles().size();
    }
}
