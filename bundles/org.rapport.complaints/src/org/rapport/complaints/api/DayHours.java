package org.rapport.complaints.api;

import java.util.ArrayList;
import java.util.List;

/** The working hours of one day: ranges in order, none overlapping; no ranges is a day off. */
public record DayHours(List<TimeRange> ranges) {

    public static final DayHours CLOSED = new DayHours(List.of());

    public DayHours {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).startMinute() < sorted.get(i - 1).endMinute()) {
                throw new IllegalArgumentException("overlapping ranges: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        ranges = List.copyOf(sorted);
    }

    public static DayHours of(TimeRange... ranges) {
        return new DayHours(List.of(ranges));
    }

    public boolean isClosed() {
        return ranges.isEmpty();
    }

    public boolean isOpenAt(int minuteOfDay) {
        return ranges.stream().anyMatch(range -> range.contains(minuteOfDay));
    }

    /** 09:00-12:00,13:00-18:00; a day off is "closed". */
    @Override
    public String toString() {
        if (ranges.isEmpty()) {
            return "closed";
        }
        StringBuilder text = new StringBuilder();
        for (TimeRange range : ranges) {
            text.append(text.isEmpty() ? "" : ",").append(range);
        }
        return text.toString();
    }
}
