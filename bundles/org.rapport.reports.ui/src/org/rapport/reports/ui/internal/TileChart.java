package org.rapport.reports.ui.internal;

import java.text.DecimalFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.FigureColumn.Unit;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.api.Target;
import org.rapport.ui.api.Formats;

/**
 * A tile's chart of its rows, drawn by SWTChart in the theme's colours ({@link ChartPalette}):
 * the period's bars or line, the period before's beside them, the target over them
 * ({@link TargetOverlay}); category labels slant when side by side they would not fit. A click on
 * a bar or a point names the row under it.
 */
final class TileChart {

    /** The angle of category labels too many to stand side by side. */
    private static final int SLANTED = 45;
    /** Room between two category labels, in pixels. */
    private static final int LABEL_GAP = 12;
    /** The top of a chart with a target: its words are drawn above the highest bar. */
    private static final double TARGET_HEADROOM = 1.3;
    private static final String ELLIPSIS = "\u2026";
    /** Pixels kept free left of a slanted label's beginning. */
    private static final int SPARE = 8;
    private static final String CURRENT = "current";
    private static final String PREVIOUS = "previous";

    private final Composite parent;
    private final SeriesType type;
    private final Consumer<ReportRow> clicked;
    private Chart chart;
    /** The rows the chart draws, in its order: what a click on the n-th bar drills into. */
    private List<ReportRow> drawn = List.of();

    /** A chart of that type in {@code parent}, made when first drawn; {@code clicked} hears of the row under a click. */
    TileChart(Composite parent, SeriesType type, Consumer<ReportRow> clicked) {
        this.parent = parent;
        this.type = type == SeriesType.LINE ? SeriesType.LINE : SeriesType.BAR;
        this.clicked = clicked;
    }

    /** The chart, or null before it was first drawn. */
    Chart chart() {
        return chart;
    }

    List<ReportRow> drawn() {
        return drawn;
    }

    /** Rows with nothing to draw: a click finds them, though no chart shows them. */
    void nothingToDraw(List<ReportRow> rows) {
        drawn = rows;
    }

    /**
     * Draws the rows of the period (and the period before's, aligned to them, or null) in the
     * colours the tile {@code themed} has now; returns the chart.
     */
    Chart draw(List<ReportRow> rows, List<ReportRow> previousRows, ReportPeriod period, FigureColumn main, Target target, Control themed) {
        if (chart == null) {
            chart = make();
        }
        drawn = rows;
        ChartPalette palette = ChartPalette.of(themed);
        chart.suspendUpdate(true);
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        colour(palette, previousRows != null);
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        String[] labels = rows.stream().map(ReportRow::label).toArray(String[]::new);
        x.setCategorySeries(labels);
        slant(labels);
        y.getTick().setFormat(main.unit() == Unit.SHARE ? new DecimalFormat("0'%'") : new DecimalFormat("#,##0.#"));
        if (previousRows != null) {
            series(PREVIOUS, previousRows, main, palette.previous(), NLS.bind(Messages.legend_before, dates(period.previous())));
        }
        series(CURRENT, rows, main, palette.current(), NLS.bind(Messages.legend_period, dates(period)));
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
        chart.getPlotArea().addCustomPaintListener(new TargetOverlay(chart, rows, main, target, palette));
        chart.suspendUpdate(false);
        slant(labels); // the labels' room is known once the chart is laid out
        chart.redraw();
        return chart;
    }

    private Chart make() {
        Chart made = new Chart(parent, SWT.NONE);
        ContainedPaint.install(made);
        made.setData(TileView.WIDGET, "tile-chart");
        made.getTitle().setVisible(false);
        made.getAxisSet().getXAxis(0).getTitle().setVisible(false);
        made.getAxisSet().getYAxis(0).getTitle().setVisible(false);
        made.getAxisSet().getXAxis(0).enableCategory(true);
        Control plot = made.getPlotArea().getControl();
        plot.setToolTipText(Messages.tile_click);
        plot.setCursor(plot.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        plot.addListener(SWT.MouseUp, e -> {
            if (e.button == 1) {
                clicked(e.x);
            }
        });
        // a narrower tile may crowd labels that stood side by side
        made.addListener(SWT.Resize, e -> slant(drawn.stream().map(ReportRow::label).toArray(String[]::new)));
        return made;
    }

    private void colour(ChartPalette palette, boolean legend) {
        chart.setBackground(palette.background());
        chart.setBackgroundInPlotArea(palette.background());
        chart.getLegend().setBackground(palette.background());
        chart.getLegend().setForeground(palette.text());
        chart.getLegend().setVisible(legend);
        chart.getLegend().setPosition(SWT.BOTTOM);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(palette.text());
            axis.getGrid().setForeground(palette.grid());
            axis.getGrid().setStyle(LineStyle.DOT);
        }
        chart.getAxisSet().getXAxis(0).getGrid().setStyle(LineStyle.NONE);
    }

    private static String dates(ReportPeriod period) {
        return Formats.date(period.from()) + " \u2013 " + Formats.date(period.to());
    }

    /**
     * Slants the category labels when side by side they would be wider than the chart (twelve
     * regions), and shortens a slanted label that would reach past the chart's left edge.
     */
    private void slant(String[] labels) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        int angle = crowded(labels) ? SLANTED : 0;
        if (x.getTick().getTickLabelAngle() != angle) {
            x.getTick().setTickLabelAngle(angle);
            chart.redraw();
        }
        // shorter labels make the axis lower and the plot taller, which moves the bars a little: fitted again on the new layout
        for (int pass = 0; pass < 3; pass++) {
            String[] shown = angle == 0 ? labels : fitted(labels, angle);
            if (Arrays.equals(shown, x.getCategorySeries())) {
                return;
            }
            x.setCategorySeries(shown);
            chart.updateLayout();
            chart.redraw();
        }
    }

    /**
     * The labels, each cut to end in "…" where, slanted up to its bar from below, it would begin
     * left of the chart (SWTChart draws it from {@code tick - width·cos - height/2·sin}): the first
     * bars' long category names.
     */
    private String[] fitted(String[] labels, int angle) {
        Rectangle plot = chart.getPlotArea().getBounds();
        if (plot.width <= 0) {
            return labels;
        }
        double cos = Math.cos(Math.toRadians(angle));
        double sin = Math.sin(Math.toRadians(angle));
        String[] fitted = labels.clone();
        GC gc = new GC(chart);
        try {
            gc.setFont(chart.getAxisSet().getXAxis(0).getTick().getFont());
            for (int i = 0; i < labels.length; i++) {
                int tick = plot.x + chart.getAxisSet().getXAxis(0).getPixelCoordinate(i);
                // a few pixels to spare: SWTChart moves the plot a little as the labels change
                double room = (tick - SPARE - gc.textExtent(labels[i]).y / 2d * sin) / cos;
                fitted[i] = shortened(gc, labels[i], (int) room);
            }
        } finally {
            gc.dispose();
        }
        return fitted;
    }

    /** The label, or as much of it as fits that many pixels before an ellipsis (one character at least). */
    private static String shortened(GC gc, String label, int room) {
        if (gc.textExtent(label).x <= room) {
            return label;
        }
        int end = label.length() - 1;
        while (end > 1 && gc.textExtent(label.substring(0, end) + ELLIPSIS).x > room) {
            end--;
        }
        if (Character.isHighSurrogate(label.charAt(end - 1))) {
            end--;
        }
        return label.substring(0, Math.max(1, end)) + ELLIPSIS;
    }

    private boolean crowded(String[] labels) {
        GC gc = new GC(chart);
        try {
            gc.setFont(chart.getAxisSet().getXAxis(0).getTick().getFont());
            int wanted = 0;
            for (String label : labels) {
                wanted += gc.textExtent(label).x + LABEL_GAP;
            }
            int width = chart.getSize().x > 0 ? chart.getSize().x : parent.getSize().x;
            // before the first layout the width is not known: a guess from the number of labels
            return width > 0 ? wanted > width * 9 / 10 : labels.length > 6;
        } finally {
            gc.dispose();
        }
    }

    private void series(String id, List<ReportRow> rows, FigureColumn main, Color color, String description) {
        double[] values = rows.stream().mapToDouble(row -> {
            Figure f = row == null ? null : row.figures().get(0);
            return f == null || !f.hasData() ? 0 : FigureText.plotted(f.value(), main.unit());
        }).toArray();
        ISeries<?> series = chart.getSeriesSet().createSeries(type, id);
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
            clicked.accept(drawn.get(index));
        }
    }

    /** Clicks the n-th bar or point as a person would (for the workbench tests). */
    void click(int index) {
        Rectangle plot = chart.getPlotArea().getControl().getBounds();
        int pixel = chart.getAxisSet().getXAxis(0).getPixelCoordinate(index);
        Objects.checkIndex(index, drawn.size());
        clicked(Math.max(0, Math.min(plot.width - 1, pixel)));
    }
}
