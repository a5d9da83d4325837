package org.rapport.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * The chart colours stay visible on every background the two themes give a part: at least 3:1
 * against it (WCAG's contrast for graphics), the grid faint but there. The backgrounds are those
 * of {@code org.rapport.app/css/light.css} and {@code dark.css}.
 */
class ChartPaletteTest {

    private static final RGB[] LIGHT = { new RGB(0xff, 0xff, 0xff), new RGB(0xf4, 0xf6, 0xf7), new RGB(0xf1, 0xf8, 0xf7) };
    private static final RGB[] DARK = { new RGB(0x1e, 0x27, 0x2c), new RGB(0x26, 0x32, 0x38), new RGB(0x2c, 0x3a, 0x41) };

    @Test
    void seriesAndTargetStandOutOnEveryThemeBackground() {
        Shell shell = new Shell(Display.getCurrent());
        try {
            Composite tile = new Composite(shell, SWT.NONE);
            for (RGB[] theme : new RGB[][] { LIGHT, DARK }) {
                for (RGB background : theme) {
                    tile.setBackground(new Color(background));
                    ChartPalette palette = ChartPalette.of(tile);
                    for (Color series : new Color[] { palette.current(), palette.previous(), palette.target() }) {
                        double contrast = ChartPalette.contrast(series.getRGB(), background);
                        assertTrue(contrast >= 3, series.getRGB() + " on " + background + ": " + contrast);
                    }
                    double grid = ChartPalette.contrast(palette.grid().getRGB(), background);
                    assertTrue(grid > 1.1 && grid < 3, "the grid is there but does not compete: " + grid + " on " + background);
                }
            }
        } finally {
            shell.dispose();
        }
    }
}
