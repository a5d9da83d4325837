package org.rapport.complaints.api;

import java.time.Duration;
import java.time.Instant;

/**
 * A span of real time from {@code start} (inclusive) to {@code end} (exclusive); {@code end} null is
 * open (a pause that has not ended yet).
 */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (start == null) {
            throw new IllegalArgumentException("an interval needs a start");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("interval ends before it starts: " + start + " - " + end);
        }
    }

    public boolean isOpen() {
        return end == null;
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
