package org.rapport.reports.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.api.Target;

/**
 * Draws over a chart's plot area what SWTChart has no series for: the target as a dashed line
 * with its words, and "no data" where a row had none (its bar is empty, not a 0).
 */
final class TargetOverlay implements ICustomPaintListener {

    /** The length of the piece of dashed line before a target's words. */
    private static final int SAMPLE = 24;

    private final Chart chart;
    private final List<ReportRow> rows;
    private final FigureColumn main;
    private final Target target;
    private final ChartPalette palette;

    /** Over the chart's plot area, for these rows of that column, with its target or null. */
    TargetOverlay(Chart chart, List<ReportRow> rows, FigureColumn main, Target target, ChartPalette palette) {
        this.chart = chart;
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
