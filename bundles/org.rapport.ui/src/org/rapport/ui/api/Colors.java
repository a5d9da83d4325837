package org.rapport.ui.api;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

/**
 * Colours that must stay readable in the light and the dark theme. A fixed system colour (dark red,
 * the tooltip's background) was unreadable on the dark theme's greys, so these follow the
 * background they are drawn on.
 */
public final class Colors {

    private static final RGB PROBLEM_ON_LIGHT = new RGB(0xb7, 0x1c, 0x1c);
    private static final RGB PROBLEM_ON_DARK = new RGB(0xff, 0x8a, 0x80);

    /** Where the workbench's CSS engine reads a widget's style class. */
    private static final String CSS_CLASS = "org.eclipse.e4.ui.css.CssClassName";

    private Colors() {
    }

    /** The red of a problem (an invalid contact, a value that is no date) on this control's background. */
    public static Color problem(Control on) {
        return new Color(isDark(on.getBackground().getRGB()) ? PROBLEM_ON_DARK : PROBLEM_ON_LIGHT);
    }

    /**
     * Marks a label as a problem: the theme's style sheets colour it (class {@code problem}), so a
     * theme switch gives it the new theme's red; until a sheet applies, the red that fits its
     * background.
     */
    public static void markProblem(Control label) {
        label.setData(CSS_CLASS, "problem");
        label.setForeground(problem(label));
    }

    /** Whether a background is dark, by its perceived brightness. */
    public static boolean isDark(RGB background) {
        return 0.299 * background.red + 0.587 * background.green + 0.114 * background.blue < 128;
    }
}
