package org.rapport.complaints.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.DayHours;
import org.rapport.complaints.api.TimeRange;

/**
 * The written form of working hours, as administrators type it and as it is stored:
 * {@code mon-fri 09:00-12:00,13:00-18:00; sat 10:00-14:00} for a week (days not named are off,
 * {@code 24x7} is always open) and {@code 09:00-12:00} or {@code closed} for one day.
 */
public final class HoursFormat {

    public static final String ALWAYS = "24x7";
    private static final List<String> DAY_NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})");

    private HoursFormat() {
    }

    public static Map<DayOfWeek, DayHours> parseWeek(String text) {
        String spec = text == null ? "" : text.trim();
        Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
        if (spec.equalsIgnoreCase(ALWAYS)) {
            for (DayOfWeek day : DayOfWeek.values()) {
                week.put(day, DayHours.of(TimeRange.wholeDay()));
            }
            return week;
        }
        if (spec.isEmpty()) {
            throw new ComplaintsException(NLS.bind(Messages.hours_group, spec));
        }
        for (String group : spec.split(";")) {
            String[] parts = group.trim().split("\\s+", 2);
            if (parts.length != 2) {
                throw new ComplaintsException(NLS.bind(Messages.hours_group, group.trim()));
            }
            DayHours hours = parseDay(parts[1], text);
            for (DayOfWeek day : parseDays(parts[0], text)) {
                if (week.put(day, hours) != null) {
                    throw new ComplaintsException(NLS.bind(Messages.hours_day_twice, DAY_NAMES.get(day.ordinal()), text));
                }
            }
        }
        return week;
    }

    /** One day's hours; {@code whole} is the full text the day's hours came from, for messages. */
    public static DayHours parseDay(String text, String whole) {
        String spec = text.trim().toLowerCase(Locale.ROOT);
        if (spec.equals("closed")) {
            return DayHours.CLOSED;
        }
        List<TimeRange> ranges = new ArrayList<>();
        for (String part : spec.split(",")) {
            ranges.add(parseRange(part.trim(), whole));
        }
        try {
            return new DayHours(ranges);
        } catch (IllegalArgumentException overlap) {
            throw new ComplaintsException(NLS.bind(Messages.hours_overlap, spec, whole));
        }
    }

    public static String formatWeek(Map<DayOfWeek, DayHours> week) {
        StringBuilder text = new StringBuilder();
        DayOfWeek[] days = DayOfWeek.values();
        for (int first = 0; first < days.length; ) {
            DayHours hours = week.getOrDefault(days[first], DayHours.CLOSED);
            int last = first;
            while (last + 1 < days.length && week.getOrDefault(days[last + 1], DayHours.CLOSED).equals(hours)) {
                last++;
            }
            if (!hours.isClosed()) {
                text.append(text.isEmpty() ? "" : "; ").append(DAY_NAMES.get(first));
                if (last > first) {
                    text.append('-').append(DAY_NAMES.get(last));
                }
                text.append(' ').append(hours);
            }
            first = last + 1;
        }
        String written = text.toString();
        return written.equals("mon-sun 00:00-24:00") ? ALWAYS : written;
    }

    private static List<DayOfWeek> parseDays(String text, String whole) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String item : text.toLowerCase(Locale.ROOT).split(",")) {
            String[] ends = item.split("-", -1);
            if (ends.length > 2) {
                throw new ComplaintsException(NLS.bind(Messages.hours_bad_day, item, whole));
            }
            int first = dayIndex(ends[0], whole);
            int last = dayIndex(ends[ends.length - 1], whole);
            for (int i = first; ; i = (i + 1) % 7) {
                days.add(DayOfWeek.values()[i]);
                if (i == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static int dayIndex(String name, String whole) {
        int index = DAY_NAMES.indexOf(name.trim());
        if (index < 0) {
            throw new ComplaintsException(NLS.bind(Messages.hours_bad_day, name.trim(), whole));
        }
        return index;
    }

    private static TimeRange parseRange(String text, String whole) {
        Matcher match = RANGE.matcher(text);
        if (match.matches()) {
            int start = minute(match.group(1), match.group(2));
            int end = minute(match.group(3), match.group(4));
            if (start >= 0 && end >= 0 && start < end && start < TimeRange.DAY_MINUTES) {
                return new TimeRange(start, end);
            }
        }
        throw new ComplaintsException(NLS.bind(Messages.hours_bad_range, text, whole));
    }

    private static int minute(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (m > 59 || h > 24 || (h == 24 && m > 0)) {
            return -1;
        }
        return h * 60 + m;
    }
}
