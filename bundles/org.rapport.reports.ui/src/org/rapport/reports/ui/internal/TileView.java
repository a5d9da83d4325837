package org.rapport.reports.ui.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.rapport.reports.api.DimensionLabels;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.FigureColumn.Unit;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.api.Target;
import org.rapport.ui.api.Colors;

/**
 * One tile of a dashboard: the measure's title with its definition (the "i" and the tooltip), the
 * period's figure against its target and the period before, and the chart of its rows, drawn by
 * SWTChart in the theme's colours. Until its result arrives it says it is computing; a figure
 * with no data says "No data", never 0. A click on a bar or a point asks for the customers behind
 * it ({@link Actions#drill}).
 */
final class TileView {

    /** What a tile asks of its dashboard. */
    interface Actions {
        /** List what is behind the row (null: the period's total). */
        void drill(TileView tile, ReportRow row);

        /** Export the tile's result in that format ({@code csv}, {@code pdf}). */
        void export(TileView tile, String format);
    }

    static final String WIDGET = "org.rapport.widget";
    /** The angle of category labels too many to stand side by side. */
    private static final int SLANTED = 45;
    /** Room between two category labels, in pixels. */
    private static final int LABEL_GAP = 12;
    /** The top of a chart with a target: its words are drawn above the highest bar. */
    private static final double TARGET_HEADROOM = 1.3;
    /** The length of the piece of dashed line before a target's words. */
    private static final int SAMPLE = 24;
    /** Where the workbench's CSS engine reads a widget's style class. */
    private static final String CSS_CLASS = "org.eclipse.e4.ui.css.CssClassName";
    private static final String CURRENT = "current";
    private static final String PREVIOUS = "previous";

    private final Dashboards.Tile tile;
    private final ReportProvider provider;
    private final Actions actions;
    private final Composite control;
    private final Label figure;
    private final Label detail;
    private final Composite body;
    private final Label message;
    private Chart chart;
    private ReportResult result;
    private ReportResult before;
    private List<String> notFiltered = List.of();
    /** The rows the chart draws, in its order: what a click on the n-th bar drills into. */
    private List<ReportRow> drawn = List.of();

    TileView(Composite parent, Dashboards.Tile tile, ReportProvider provider, Actions actions) {
        this.tile = tile;
        this.provider = provider;
        this.actions = actions;
        control = new Composite(parent, SWT.BORDER);
        control.setData(WIDGET, "tile-" + tile.measure() + "-" + tile.by());
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(6, 2).applyTo(control);

        Label title = new Label(control, SWT.NONE);
        title.setText(provider.title() + byText());
        title.setFont(JFaceResources.getBannerFont());
        title.setToolTipText(provider.definition());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        Label info = new Label(control, SWT.NONE);
        info.setText("\u24d8"); // the circled i: what the figure is
        info.setToolTipText(NLS.bind(Messages.definition, provider.definition()));
        info.setData(WIDGET, "tile-definition");

        figure = new Label(control, SWT.NONE);
        figure.setFont(JFaceResources.getHeaderFont());
        figure.setText(Messages.computing);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(figure);
        detail = new Label(control, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(detail);

        body = new Composite(control, SWT.NONE);
        body.setLayout(new StackLayout());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 170).applyTo(body);
        message = new Label(body, SWT.CENTER | SWT.WRAP);
        show(message);

        Menu menu = new Menu(control);
        item(menu, Messages.tile_drill_total, () -> actions.drill(this, null));
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, Messages.export_csv, () -> actions.export(this, "csv"));
        item(menu, Messages.export_pdf, () -> actions.export(this, "pdf"));
        for (Control each : List.of(control, title, figure, detail, message)) {
            each.setMenu(menu);
        }
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private String byText() {
        return effectiveBy() == null ? "" : NLS.bind(Messages.tile_by, DimensionLabels.inSentence(effectiveBy()));
    }

    /** The breakdown asked of the measure: the tile's, when the measure has that dimension. */
    String effectiveBy() {
        return tile.by() != null && provider.dimensions().contains(tile.by()) ? tile.by() : null;
    }

    Control control() {
        return control;
    }

    Dashboards.Tile tile() {
        return tile;
    }

    ReportProvider provider() {
        return provider;
    }

    /** The result shown, or null before it arrived. */
    ReportResult result() {
        return result;
    }

    /** The figure as the tile shows it (for the tests). */
    String figureText() {
        return figure.getText();
    }

    String detailText() {
        return detail.getText();
    }

    String messageText() {
        return message.isVisible() ? message.getText() : "";
    }

    Chart chart() {
        return chart;
    }

    List<ReportRow> drawn() {
        return drawn;
    }

    /** Draws the result again in the colours the tile has now (after a theme change). */
    void repaint() {
        if (result != null) {
            show(result, before, notFiltered);
        }
    }

    /** Computing: the frame stays, the figure says so. */
    void computing() {
        result = null;
        figure.setText(Messages.computing);
        detail.setText("");
        message.setText(Messages.computing);
        show(message);
    }

    void problem(String text) {
        figure.setText(Messages.no_figure);
        detail.setText("");
        message.setText(text);
        show(message);
    }

    /**
     * The result arrived, with the period before's when comparing (else null), and the filters
     * chosen that this measure does not have (it is not filtered by them, which the tile says).
     */
    void show(ReportResult current, ReportResult previous, List<String> notFilteredBy) {
        result = current;
        before = previous;
        notFiltered = notFilteredBy;
        FigureColumn main = current.columns().get(0);
        Figure total = current.total().figures().get(0);
        figure.setText(FigureText.of(total, main.unit()));
        String details = details(current, previous);
        if (!notFilteredBy.isEmpty()) {
            details += "   \u00b7   " + NLS.bind(Messages.not_filtered_by, String.join(", ", notFilteredBy));
        }
        detail.setText(details);
        Optional<Target> target = target(main);
        boolean missed = target.isPresent() && total.hasData() && !target.get().metBy(total.value());
        // the theme's sheets colour a figure by its class, so a missed target stays red after they restyle the tile
        if (missed) {
            Colors.markProblem(figure);
        } else if (figure.getData(CSS_CLASS) != null) {
            // back from red: the text colour the theme gave the tile's other labels (null would be the system's, dark on the dark theme)
            figure.setData(CSS_CLASS, null);
            figure.setForeground(detail.getForeground());
        }
        List<ReportRow> rows = current.rows().isEmpty() ? List.of(labelled(current.total(), Messages.total)) : current.rows();
        if (rows.stream().noneMatch(row -> row.figures().get(0).hasData())) {
            message.setText(Messages.no_data_long);
            show(message);
            drawn = rows;
            return;
        }
        draw(rows, previous == null ? null : aligned(rows, previous), main, target.orElse(null));
        control.layout(true, true);
    }

    private static ReportRow labelled(ReportRow total, String label) {
        return new ReportRow(null, label, total.figures());
    }

    /** The other columns' totals, the period before and the target, in words. */
    private String details(ReportResult current, ReportResult previous) {
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < current.columns().size(); i++) {
            FigureColumn column = current.columns().get(i);
            parts.add(provider.columnLabel(column.key()) + ": " + FigureText.of(current.total().figures().get(i), column.unit()));
        }
        FigureColumn main = current.columns().get(0);
        Figure total = current.total().figures().get(0);
        if (previous != null) {
            parts.add(NLS.bind(Messages.before, FigureText.of(previous.total().figures().get(0), main.unit()), previous.query().period().from() + " \u2013 "
                    + previous.query().period().to()));
        }
        target(main).ifPresent(t -> parts.add(FigureText.target(t, main.unit()) + " \u2013 "
                + (!total.hasData() ? Messages.target_no_data : t.metBy(total.value()) ? Messages.target_met : Messages.target_missed)));
        if (total.base() != null) {
            parts.add(NLS.bind(Messages.base, org.rapport.ui.api.Formats.count(total.base())));
        }
        return String.join("   \u00b7   ", parts);
    }

    private Optional<Target> target(FigureColumn column) {
        return provider.targets().stream().filter(t -> t.column().equals(column.key())).findFirst();
    }

    /**
     * The period before's rows in the order of this period's: months by their place (March against
     * February), the other dimensions by their key.
     */
    private List<ReportRow> aligned(List<ReportRow> rows, ReportResult previous) {
        if (previous.rows().isEmpty()) {
            return List.of(labelled(previous.total(), Messages.total));
        }
        if (Dimensions.MONTH.equals(previous.query().by())) {
            return previous.rows();
        }
        Map<String, ReportRow> byKey = previous.rows().stream().filter(r -> r.key() != null)
                .collect(Collectors.toMap(ReportRow::key, Function.identity(), (a, b) -> a));
        return rows.stream().map(row -> byKey.get(row.key())).toList();
    }

    private void draw(List<ReportRow> rows, List<ReportRow> previousRows, FigureColumn main, Target target) {
        if (chart == null) {
            chart = new Chart(body, SWT.NONE);
            ContainedPaint.install(chart);
            chart.setData(WIDGET, "tile-chart");
            chart.getTitle().setVisible(false);
            chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
            chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
            chart.getAxisSet().getXAxis(0).enableCategory(true);
            Control plot = chart.getPlotArea().getControl();
            plot.setToolTipText(Messages.tile_click);
            plot.setCursor(plot.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
            plot.addListener(SWT.MouseUp, e -> {
                if (e.button == 1) {
                    clicked(e.x);
                }
            });
            // a narrower tile may crowd labels that stood side by side
            chart.addListener(SWT.Resize, e -> slant(drawn.stream().map(ReportRow::label).toArray(String[]::new)));
        }
        drawn = rows;
        ChartPalette palette = ChartPalette.of(control);
        chart.suspendUpdate(true);
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        chart.setBackground(palette.background());
        chart.setBackgroundInPlotArea(palette.background());
        chart.getLegend().setBackground(palette.background());
        chart.getLegend().setForeground(palette.text());
        chart.getLegend().setVisible(previousRows != null);
        chart.getLegend().setPosition(SWT.BOTTOM);
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        for (IAxis axis : List.of(x, y)) {
            axis.getTick().setForeground(palette.text());
            axis.getGrid().setForeground(palette.grid());
            axis.getGrid().setStyle(LineStyle.DOT);
        }
        x.getGrid().setStyle(LineStyle.NONE);
        String[] labels = rows.stream().map(ReportRow::label).toArray(String[]::new);
        x.setCategorySeries(labels);
        slant(labels);
        if (main.unit() == Unit.SHARE) {
            y.getTick().setFormat(new DecimalFormat("0'%'"));
        } else {
            y.getTick().setFormat(new DecimalFormat("#,##0.#"));
        }
        if (previousRows != null) {
            series(SeriesType.valueOf(tile.chart().name()), PREVIOUS, previousRows, main, palette.previous(),
                    NLS.bind(Messages.legend_before, result.query().period().previous().from() + " \u2013 " + result.query().period().previous().to()));
        }
        series(SeriesType.valueOf(tile.chart().name()), CURRENT, rows, main, palette.current(),
                NLS.bind(Messages.legend_period, result.query().period().from() + " \u2013 " + result.query().period().to()));
        chart.getAxisSet().adjustRange();
        Range range = y.getRange();
        double low = Math.min(0, range.lower);
        double high = range.upper;
        if (target != null) {
            high = Math.max(high, FigureText.plotted(target.value(), main.unit()));
        }
        // with a target, room above the bars for its words, which would otherwise be drawn over them
        y.setRange(new Range(low, high <= low ? low + 1 : high * (target != null ? TARGET_HEADROOM : 1.1)));
        List.copyOf(chart.getPlotArea().getCustomPaintListener()).forEach(chart.getPlotArea()::removeCustomPaintListener);
        chart.getPlotArea().addCustomPaintListener(new Overlay(rows, main, target, palette));
        chart.suspendUpdate(false);
        chart.redraw();
        show(chart);
    }

    /** Slants the category labels when side by side they would be wider than the chart (twelve regions). */
    private void slant(String[] labels) {
        int angle = crowded(labels) ? SLANTED : 0;
        if (chart.getAxisSet().getXAxis(0).getTick().getTickLabelAngle() != angle) {
            chart.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(angle);
            chart.redraw();
        }
    }

    private boolean crowded(String[] labels) {
        GC gc = new GC(chart);
        try {
            gc.setFont(chart.getAxisSet().getXAxis(0).getTick().getFont());
            int wanted = 0;
            for (String label : labels) {
                wanted += gc.textExtent(label).x + LABEL_GAP;
            }
            int width = chart.getSize().x > 0 ? chart.getSize().x : body.getSize().x;
            // before the first layout the width is not known: a guess from the number of labels
            return width > 0 ? wanted > width * 9 / 10 : labels.length > 6;
        } finally {
            gc.dispose();
        }
    }

    private void series(SeriesType type, String id, List<ReportRow> rows, FigureColumn main, Color color, String description) {
        double[] values = rows.stream().mapToDouble(row -> {
            Figure f = row == null ? null : row.figures().get(0);
            return f == null || !f.hasData() ? 0 : FigureText.plotted(f.value(), main.unit());
        }).toArray();
        ISeries<?> series = chart.getSeriesSet().createSeries(type == SeriesType.LINE ? SeriesType.LINE : SeriesType.BAR, id);
        series.setYSeries(values);
        series.setDescription(description);
        if (series instanceof IBarSeries<?> bar) {
            bar.setBarColor(color);
            bar.setBarPadding(PREVIOUS.equals(id) ? 40 : 25);
        } else if (series instanceof ILineSeries<?> line) {
            line.setLineColor(color);
            line.setLineWidth(2);
            line.setSymbolColor(color);
            line.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
            line.setSymbolSize(4);
            line.setAntialias(SWT.ON);
        }
    }

    /** The category under the pointer, and what is behind it. */
    private void clicked(int pixel) {
        if (chart == null || drawn.isEmpty()) {
            return;
        }
        int index = (int) Math.round(chart.getAxisSet().getXAxis(0).getDataCoordinate(pixel));
        if (index >= 0 && index < drawn.size()) {
            ReportRow row = drawn.get(index);
            actions.drill(this, row.key() == null ? null : row);
        }
    }

    /** Clicks the n-th bar or point as a person would (for the workbench tests). */
    void click(int index) {
        Rectangle plot = chart.getPlotArea().getControl().getBounds();
        int pixel = chart.getAxisSet().getXAxis(0).getPixelCoordinate(index);
        Objects.checkIndex(index, drawn.size());
        clicked(Math.max(0, Math.min(plot.width - 1, pixel)));
    }

    private void show(Control top) {
        ((StackLayout) body.getLayout()).topControl = top;
        body.layout(true, true);
    }

    /**
     * Draws over the plot area what SWTChart has no series for: the target as a dashed line with
     * its words, and "no data" where a row had none (its bar is empty, not a 0).
     */
    private final class Overlay implements ICustomPaintListener {
        private final List<ReportRow> rows;
        private final FigureColumn main;
        private final Target target;
        private final ChartPalette palette;

        Overlay(List<ReportRow> rows, FigureColumn main, Target target, ChartPalette palette) {
            this.rows = rows;
            this.main = main;
            this.target = target;
            this.palette = palette;
        }

        @Override
        public void paintControl(PaintEvent e) {
            IAxis x = chart.getAxisSet().getXAxis(0);
            IAxis y = chart.getAxisSet().getYAxis(0);
            Point size = chart.getPlotArea().getSize();
            if (target != null) {
                int level = y.getPixelCoordinate(FigureText.plotted(target.value(), main.unit()));
                e.gc.setForeground(palette.target());
                e.gc.setLineStyle(SWT.LINE_DASH);
                e.gc.setLineWidth(2);
                e.gc.drawLine(0, level, size.x, level);
                e.gc.setLineStyle(SWT.LINE_SOLID);
                // the words in the room kept above the bars, on the chart's background, with a piece of the dashed line before them
                String words = FigureText.target(target, main.unit());
                Point extent = e.gc.textExtent(words);
                int left = Math.max(2 + SAMPLE, size.x - extent.x - 4);
                e.gc.setBackground(palette.background());
                e.gc.drawText(words, left, 2, false);
                e.gc.setLineStyle(SWT.LINE_DASH);
                e.gc.drawLine(left - SAMPLE, 2 + extent.y / 2, left - 4, 2 + extent.y / 2);
                e.gc.setLineStyle(SWT.LINE_SOLID);
            }
            e.gc.setForeground(palette.text());
            for (int i = 0; i < rows.size(); i++) {
                if (!rows.get(i).figures().get(0).hasData()) {
                    Point extent = e.gc.textExtent(Messages.no_data_short);
                    int at = x.getPixelCoordinate(i);
                    e.gc.drawText(Messages.no_data_short, at - extent.x / 2, size.y - extent.y - 4, true);
                }
            }
        }

        @Override
        public boolean drawBehindSeries() {
            return false;
        }
    }

    /** The total's figure in the first column, or null without data (for the tests). */
    BigDecimal totalValue() {
        return result == null ? null : result.total().figures().get(0).value();
    }
}
