package org.rapport.complaints.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The business intervals of a calendar from an instant on. Real time is walked in stretches of one
 * UTC offset (between the zone's transitions); within one, wall-clock time is real time plus the
 * offset, so each local date's ranges map to real instants exactly, also on daylight-saving days
 * (a skipped wall-clock hour gives no business time, a repeated one counts twice).
 */
final class BusinessTimeline implements Iterator<Interval> {

    private final BusinessCalendar calendar;
    private final ZoneRules rules;
    private final LocalDate lastDate;
    private final Deque<Interval> pending = new ArrayDeque<>();
    private Instant stretchStart;
    private Instant stretchEnd;
    private ZoneOffset offset;
    private LocalDate date;
    private boolean exhausted;

    BusinessTimeline(BusinessCalendar calendar, Instant from, int days) {
        this.calendar = calendar;
        this.rules = calendar.zone().getRules();
        enterStretch(from);
        this.lastDate = date.plusDays(days);
    }

    @Override
    public boolean hasNext() {
        fill(1);
        return !pending.isEmpty();
    }

    @Override
    public Interval next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Interval joined = pending.removeFirst();
        // adjacent pieces (midnight, a transition) are one stretch of business time
        while (true) {
            fill(1);
            Interval following = pending.peekFirst();
            if (following == null || !following.start().equals(joined.end())) {
                return joined;
            }
            pending.removeFirst();
            joined = new Interval(joined.start(), following.end());
        }
    }

    private void fill(int wanted) {
        while (pending.size() < wanted && !exhausted) {
            if (date.isAfter(lastDate)) {
                exhausted = true;
                return;
            }
            if (stretchEnd != null && !date.atStartOfDay().isBefore(LocalDateTime.ofInstant(stretchEnd, offset))) {
                enterStretch(stretchEnd);
                continue;
            }
            for (TimeRange range : calendar.hoursOn(date).ranges()) {
                Instant start = date.atStartOfDay().plusMinutes(range.startMinute()).toInstant(offset);
                Instant end = date.atStartOfDay().plusMinutes(range.endMinute()).toInstant(offset);
                if (start.isBefore(stretchStart)) {
                    start = stretchStart;
                }
                if (stretchEnd != null && end.isAfter(stretchEnd)) {
                    end = stretchEnd;
                }
                if (start.isBefore(end)) {
                    pending.addLast(new Interval(start, end));
                }
            }
            date = date.plusDays(1);
        }
    }

    private void enterStretch(Instant start) {
        stretchStart = start;
        offset = rules.getOffset(start);
        ZoneOffsetTransition transition = rules.nextTransition(start);
        stretchEnd = transition == null ? null : transition.getInstant();
        date = LocalDateTime.ofInstant(start, offset).toLocalDate();
    }
}
