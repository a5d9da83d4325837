package org.rapport.complaints.ui.internal;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.rapport.complaints.api.ComplaintQueue.Row;
import org.rapport.ui.api.Colors;

/**
 * The time left to a complaint's next due time, in words, and its colour: green while more than
 * half of the time from opening to the due time is left, amber for the rest, red once it is
 * overdue. The share is of wall-clock time (the row carries the due time, not the calendar), so
 * over a night or a weekend the colour turns amber sooner than the business time alone would.
 */
enum Countdown {
    /** No clock runs: all met, or waiting for the customer. */
    NONE(null, null),
    GREEN(new RGB(0x1b, 0x7a, 0x2e), new RGB(0x7b, 0xd8, 0x8f)),
    AMBER(new RGB(0xa3, 0x5c, 0x00), new RGB(0xff, 0xc1, 0x4d)),
    RED(new RGB(0xb7, 0x1c, 0x1c), new RGB(0xff, 0x8a, 0x80));

    private final RGB onLight;
    private final RGB onDark;

    Countdown(RGB onLight, RGB onDark) {
        this.onLight = onLight;
        this.onDark = onDark;
    }

    static Countdown of(Row row, Instant now) {
        if (row.nextDue() == null) {
            return NONE;
        }
        if (!row.nextDue().isAfter(now)) {
            return RED;
        }
        return row.shareLeft(now) > 0.5 ? GREEN : AMBER;
    }

    /** The colour on this control's background (light or dark theme); null for {@link #NONE}. */
    Color color(Control on) {
        return onLight == null ? null : new Color(Colors.isDark(on.getBackground().getRGB()) ? onDark : onLight);
    }

    /** "in 1 h 05 min", "12 min overdue", or nothing when no clock runs. */
    static String text(Row row, Instant now) {
        Duration left = row.left(now);
        if (left == null) {
            return "";
        }
        if (left.isNegative() || left.isZero()) {
            return NLS.bind(Messages.countdown_overdue, span(left.negated()));
        }
        return NLS.bind(Messages.countdown_left, span(left));
    }

    /** A span to the minute: "45 min", "3 h 05 min", "2 d 4 h". */
    static String span(Duration duration) {
        long minutes = Math.max(0, (duration.toSeconds() + 59) / 60);
        if (minutes < 60) {
            return NLS.bind(Messages.span_minutes, minutes);
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return NLS.bind(Messages.span_hours, hours, String.format("%02d", minutes % 60));
        }
        return NLS.bind(Messages.span_days, hours / 24, hours % 24);
    }
}
