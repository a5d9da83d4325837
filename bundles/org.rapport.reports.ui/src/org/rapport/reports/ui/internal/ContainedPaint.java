package org.rapport.reports.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swtchart.Chart;

/**
 * Keeps a chart's own painting inside what shows of it. SWTChart draws the axes' lines and tick
 * marks on the chart with the GC clipped to their bounds ({@code AxisTickMarks.paintControl}
 * calls {@code setClipping}), which on GTK replaces the clipping of the paint event: a chart
 * partly scrolled out of the dashboard's pane drew its axes below the pane, over the status bar.
 * The chart's paint listeners draw into an image of the chart instead, and the image is drawn
 * with the event's GC, whose clipping nobody changed.
 */
final class ContainedPaint {

    private ContainedPaint() {
    }

    /** Puts the chart's paint listeners, as SWTChart made them, behind an image. */
    static void install(Chart chart) {
        Listener[] theirs = chart.getListeners(SWT.Paint);
        for (Listener listener : theirs) {
            chart.removeListener(SWT.Paint, listener);
        }
        chart.addListener(SWT.Paint, event -> paint(chart, theirs, event));
    }

    private static void paint(Chart chart, Listener[] theirs, Event event) {
        Point size = chart.getSize();
        if (size.x <= 0 || size.y <= 0) {
            return;
        }
        Image image = new Image(chart.getDisplay(), size.x, size.y);
        try {
            GC gc = new GC(image);
            try {
                gc.setBackground(chart.getBackground());
                gc.setForeground(chart.getForeground());
                gc.setFont(chart.getFont());
                gc.fillRectangle(0, 0, size.x, size.y);
                Event offscreen = new Event();
                offscreen.type = SWT.Paint;
                offscreen.display = event.display;
                offscreen.widget = chart;
                offscreen.gc = gc;
                offscreen.x = event.x;
                offscreen.y = event.y;
                offscreen.width = event.width;
                offscreen.height = event.height;
                for (Listener listener : theirs) {
                    listener.handleEvent(offscreen);
                }
            } finally {
                gc.dispose();
            }
            event.gc.drawImage(image, 0, 0);
        } finally {
            image.dispose();
        }
    }
}
