package org.rapport.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.display;
import static org.rapport.testing.ui.WorkbenchDriver.spin;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportRow;

/**
 * A tile's chart of many rows with long names (the hot spots' categories in a small window): the
 * labels slant, and a slanted label that would begin left of the chart, where it is cut off, is
 * shortened to end in "…" while the others keep their names.
 */
class TileChartLabelsWorkbenchTest {

    private Shell shell;

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void aSlantedLabelThatWouldBeginLeftOfTheChartIsShortenedAndTheOthersAreNot() {
        shell = new Shell(display());
        shell.setLayout(new FillLayout());
        shell.setSize(360, 260);
        TileChart tile = new TileChart(shell, SeriesType.BAR, row -> {
        });
        List<ReportRow> rows = new ArrayList<>();
        rows.add(new ReportRow("delivery", "Delivery arrived late or damaged in transit", List.of(Figure.count(9))));
        for (int i = 1; i <= 9; i++) {
            rows.add(new ReportRow("c" + i, "Cat " + i, List.of(Figure.count(i))));
        }
        shell.open();
        Chart chart = tile.draw(rows, null, ReportPeriod.of(YearMonth.of(2026, 12)), new FigureColumn("complaints", FigureColumn.Unit.COUNT), null, shell);
        shell.layout(true, true);
        chart.notifyListeners(SWT.Resize, null);
        spin();

        IAxis x = chart.getAxisSet().getXAxis(0);
        assertNotEquals(0, x.getTick().getTickLabelAngle(), "ten labels do not stand side by side in 360 pixels");
        String[] shown = x.getCategorySeries();
        assertTrue(shown[0].endsWith("\u2026") && "Delivery arrived late or damaged in transit".startsWith(shown[0].substring(0, shown[0].length() - 1)),
                "the first, long label is shortened: " + shown[0]);
        for (int i = 1; i < rows.size(); i++) {
            assertEquals(rows.get(i).label(), shown[i], "a short label keeps its name");
        }
        // where SWTChart begins a slanted label below the axis: left of its tick by its width's and half its height's share
        Rectangle plot = chart.getPlotArea().getBounds();
        double angle = Math.toRadians(x.getTick().getTickLabelAngle());
        GC gc = new GC(chart);
        try {
            gc.setFont(x.getTick().getFont());
            for (int i = 0; i < shown.length; i++) {
                double begins = plot.x + x.getPixelCoordinate(i) - gc.textExtent(shown[i]).x * Math.cos(angle)
                        - gc.textExtent(shown[i]).y / 2d * Math.sin(angle);
                assertTrue(begins >= 0, "label " + i + " (" + shown[i] + ") begins inside the chart: " + begins);
            }
        } finally {
            gc.dispose();
        }
        assertEquals(rows, tile.drawn(), "a click still finds the rows by their whole names");
    }
}
