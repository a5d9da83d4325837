package org.rapport.reports.ui.internal;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.rapport.ui.api.Colors;

/**
 * The colours a chart is drawn in, taken from the theme: its background and text are those the
 * theme gave the tile, and the series colours are the pair chosen for a light or a dark
 * background, each at least 3:1 against it (the contrast WCAG asks of graphics).
 *
 * @param background the tile's background, also the plot area's
 * @param text axes, ticks and legend
 * @param current the period's series
 * @param previous the period before
 * @param target the target's line and its label
 * @param grid the grid lines
 */
record ChartPalette(Color background, Color text, Color current, Color previous, Color target, Color grid) {

    // light: a dark teal (6.4:1 on white), a mid grey (3.5:1), a deep orange (3.8:1)
    private static final RGB CURRENT_ON_LIGHT = new RGB(0x1b, 0x6b, 0x7d);
    private static final RGB PREVIOUS_ON_LIGHT = new RGB(0x80, 0x80, 0x80);
    private static final RGB TARGET_ON_LIGHT = new RGB(0xc4, 0x4d, 0x00);
    private static final RGB GRID_ON_LIGHT = new RGB(0xdd, 0xdd, 0xdd);
    // dark (the dark theme's #2b2b2b-ish greys): a light cyan (8:1), a light grey (4.6:1), a light orange (6.7:1)
    private static final RGB CURRENT_ON_DARK = new RGB(0x6f, 0xcf, 0xe6);
    private static final RGB PREVIOUS_ON_DARK = new RGB(0xa0, 0xa0, 0xa0);
    private static final RGB TARGET_ON_DARK = new RGB(0xff, 0xa0, 0x60);
    private static final RGB GRID_ON_DARK = new RGB(0x4a, 0x4a, 0x4a);

    /** The palette for what the theme gave this control. */
    static ChartPalette of(Control themed) {
        Color background = themed.getBackground();
        boolean dark = Colors.isDark(background.getRGB());
        return new ChartPalette(background, themed.getForeground(), new Color(dark ? CURRENT_ON_DARK : CURRENT_ON_LIGHT),
                new Color(dark ? PREVIOUS_ON_DARK : PREVIOUS_ON_LIGHT), new Color(dark ? TARGET_ON_DARK : TARGET_ON_LIGHT),
                new Color(dark ? GRID_ON_DARK : GRID_ON_LIGHT));
    }

    /** The contrast ratio of two colours as WCAG defines it (1 to 21). */
    static double contrast(RGB a, RGB b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(RGB rgb) {
        return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
