package org.rapport.complaints.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.rapport.complaints.api.ComplaintsException;

/** Amounts of business time as written on the command line (30m, 2h, 1h30m) and in explanations. */
public final class BusinessDurations {

    private static final Pattern WRITTEN = Pattern.compile("(?:(\\d{1,5})h)?(?:(\\d{1,6})m(?:in)?)?");

    private BusinessDurations() {
    }

    /** Days are refused: a "day" of business time is ambiguous (24 h or one working day). */
    public static Duration parse(String text) {
        String spec = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        Matcher match = WRITTEN.matcher(spec);
        if (spec.isEmpty() || !match.matches()) {
            throw new ComplaintsException(NLS.bind(Messages.duration_bad, text));
        }
        long hours = match.group(1) == null ? 0 : Long.parseLong(match.group(1));
        long minutes = match.group(2) == null ? 0 : Long.parseLong(match.group(2));
        return Duration.ofMinutes(hours * 60 + minutes);
    }

    /** 2 h, 45 min, 1 h 30 min (seconds are dropped). */
    public static String format(Duration duration) {
        long minutes = duration.toMinutes();
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return NLS.bind(Messages.duration_minutes, rest);
        }
        if (rest == 0) {
            return NLS.bind(Messages.duration_hours, hours);
        }
        return NLS.bind(Messages.duration_hours_minutes, hours, rest);
    }

    /** 30m, 2h, 1h30m: the written form that {@link #parse} reads back. */
    public static String write(Duration duration) {
        long minutes = duration.toMinutes();
        long hours = minutes / 60;
        long rest = minutes % 60;
        return (hours > 0 ? hours + "h" : "") + (rest > 0 || hours == 0 ? rest + "m" : "");
    }
}
