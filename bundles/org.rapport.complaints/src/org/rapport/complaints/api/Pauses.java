package org.rapport.complaints.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Pause intervals of a clock: joined where they overlap, and cut out of business intervals. */
final class Pauses {

    private Pauses() {
    }

    /** Sorted by start, overlapping or touching ones joined; an open pause swallows all after it. */
    static List<Interval> merged(List<Interval> pauses) {
        List<Interval> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval pause : sorted) {
            if (!merged.isEmpty()) {
                Interval last = merged.get(merged.size() - 1);
                if (last.isOpen()) {
                    break;
                }
                if (!pause.start().isAfter(last.end())) {
                    Instant end = pause.isOpen() || pause.end().isAfter(last.end()) ? pause.end() : last.end();
                    merged.set(merged.size() - 1, new Interval(last.start(), end));
                    continue;
                }
            }
            merged.add(pause);
        }
        return merged;
    }

    /** The parts of a closed interval outside the (merged) pauses, in order. */
    static List<Interval> without(Interval interval, List<Interval> stops) {
        List<Interval> pieces = new ArrayList<>();
        Instant cursor = interval.start();
        for (Interval stop : stops) {
            if (!cursor.isBefore(interval.end())) {
                break;
            }
            if (!stop.isOpen() && !stop.end().isAfter(cursor)) {
                continue;
            }
            if (!stop.start().isBefore(interval.end())) {
                break;
            }
            if (stop.start().isAfter(cursor)) {
                pieces.add(new Interval(cursor, stop.start()));
            }
            cursor = stop.isOpen() ? interval.end() : later(cursor, stop.end());
        }
        if (cursor.isBefore(interval.end())) {
            pieces.add(new Interval(cursor, interval.end()));
        }
        return pieces;
    }

    /** Whether an unended pause has begun before {@code instant}: no business time counts after it. */
    static boolean stoppedForGoodBefore(List<Interval> stops, Instant instant) {
        return !stops.isEmpty() && stops.get(stops.size() - 1).isOpen() && stops.get(stops.size() - 1).start().isBefore(instant);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
