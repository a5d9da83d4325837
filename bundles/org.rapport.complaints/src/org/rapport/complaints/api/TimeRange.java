package org.rapport.complaints.api;

/**
 * Working hours within one local day, as minutes of the day: from {@code startMinute} (inclusive)
 * to {@code endMinute} (exclusive); {@code endMinute} 1440 is midnight at the day's end (24:00).
 */
public record TimeRange(int startMinute, int endMinute) implements Comparable<TimeRange> {

    public static final int DAY_MINUTES = 24 * 60;

    public TimeRange {
        if (startMinute < 0 || endMinute > DAY_MINUTES || startMinute >= endMinute) {
            throw new IllegalArgumentException("not a range within a day: " + startMinute + "-" + endMinute);
        }
    }

    public static TimeRange wholeDay() {
        return new TimeRange(0, DAY_MINUTES);
    }

    public int minutes() {
        return endMinute - startMinute;
    }

    public boolean contains(int minuteOfDay) {
        return minuteOfDay >= startMinute && minuteOfDay < endMinute;
    }

    @Override
    public int compareTo(TimeRange other) {
        return Integer.compare(startMinute, other.startMinute);
    }

    /** 09:00-12:00; the day's end is written 24:00. */
    @Override
    public String toString() {
        return clock(startMinute) + "-" + clock(endMinute);
    }

    public static String clock(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
