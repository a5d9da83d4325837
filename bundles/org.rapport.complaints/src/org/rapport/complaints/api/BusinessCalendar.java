package org.rapport.complaints.api;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.rapport.complaints.internal.Messages;

/**
 * A business calendar: working hours per weekday (several ranges a day), holidays, single dates with
 * other hours and make-up working days on weekends, in one time zone. Business time is every real
 * instant whose wall-clock time in the zone falls in an open range of its local date; service-level
 * clocks consume it.
 * <p>
 * For a date the hours come from, first to last: its own hours ({@link Builder#date}), a holiday
 * (closed), a make-up working day (the calendar's {@linkplain #normalDay() normal working day}), the
 * weekday's hours.
 */
public final class BusinessCalendar {

    /** How far ahead a due time is searched before the calendar is declared to have no working time. */
    public static final int SEARCH_DAYS = 5 * 366;

    private final String name;
    private final ZoneId zone;
    private final Map<DayOfWeek, DayHours> week;
    private final NavigableMap<LocalDate, String> holidays;
    private final NavigableSet<LocalDate> workdays;
    private final NavigableMap<LocalDate, DayHours> dates;

    private BusinessCalendar(Builder builder) {
        this.name = builder.name;
        this.zone = builder.zone;
        this.week = Collections.unmodifiableMap(new EnumMap<>(builder.week));
        this.holidays = Collections.unmodifiableNavigableMap(new TreeMap<>(builder.holidays));
        this.workdays = Collections.unmodifiableNavigableSet(new TreeSet<>(builder.workdays));
        this.dates = Collections.unmodifiableNavigableMap(new TreeMap<>(builder.dates));
    }

    public static Builder builder(String name, ZoneId zone) {
        return new Builder(name, zone);
    }

    /** Open every minute of every day: the shipped default. */
    public static BusinessCalendar alwaysOpen(String name, ZoneId zone) {
        Builder builder = builder(name, zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.hours(day, DayHours.of(TimeRange.wholeDay()));
        }
        return builder.build();
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The hours of each weekday; days without hours are not in it. */
    public Map<DayOfWeek, DayHours> week() {
        return week;
    }

    public DayHours weekday(DayOfWeek day) {
        return week.getOrDefault(day, DayHours.CLOSED);
    }

    public NavigableMap<LocalDate, String> holidays() {
        return holidays;
    }

    public NavigableSet<LocalDate> workdays() {
        return workdays;
    }

    public NavigableMap<LocalDate, DayHours> dates() {
        return dates;
    }

    /** The hours of the first weekday from Monday that has any: what a make-up working day works. */
    public DayHours normalDay() {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!weekday(day).isClosed()) {
                return weekday(day);
            }
        }
        return DayHours.CLOSED;
    }

    /** The working hours of a local date, after holidays, single-date hours and make-up days. */
    public DayHours hoursOn(LocalDate date) {
        DayHours own = dates.get(date);
        if (own != null) {
            return own;
        }
        if (holidays.containsKey(date)) {
            return DayHours.CLOSED;
        }
        if (workdays.contains(date)) {
            return normalDay();
        }
        return weekday(date.getDayOfWeek());
    }

    /** The business intervals from {@code from} on, in order, adjacent ones joined; ends after {@link #SEARCH_DAYS}. */
    public Iterator<Interval> intervalsFrom(Instant from) {
        return new BusinessTimeline(this, from, SEARCH_DAYS);
    }

    /**
     * When {@code business} of business time has run from {@code start}, not counting the pauses;
     * empty while a pause that has not ended stops the clock before then.
     *
     * @throws ComplaintsException when the calendar has no working time for {@link #SEARCH_DAYS} days
     */
    public Optional<Instant> due(Instant start, Duration business, List<Interval> pauses) {
        if (business.isNegative()) {
            throw new IllegalArgumentException("negative business time: " + business);
        }
        if (business.isZero()) {
            return Optional.of(start);
        }
        List<Interval> stops = Pauses.merged(pauses);
        Duration remaining = business;
        Iterator<Interval> open = intervalsFrom(start);
        while (open.hasNext()) {
            Interval interval = open.next();
            for (Interval piece : Pauses.without(interval, stops)) {
                Duration length = piece.length();
                if (length.compareTo(remaining) >= 0) {
                    return Optional.of(piece.start().plus(remaining));
                }
                remaining = remaining.minus(length);
            }
            if (Pauses.stoppedForGoodBefore(stops, interval.end())) {
                return Optional.empty();
            }
        }
        throw new ComplaintsException(NLS.bind(Messages.calendar_no_working_time, name, SEARCH_DAYS, start.atZone(zone)));
    }

    /** Business time from {@code start} to {@code now}, not counting the pauses; zero when now is not after start. */
    public Duration elapsed(Instant start, Instant now, List<Interval> pauses) {
        List<Interval> stops = Pauses.merged(pauses);
        Duration total = Duration.ZERO;
        Iterator<Interval> open = intervalsFrom(start);
        while (open.hasNext()) {
            Interval interval = open.next();
            if (!interval.start().isBefore(now)) {
                break;
            }
            Interval clipped = new Interval(interval.start(), interval.end().isAfter(now) ? now : interval.end());
            for (Interval piece : Pauses.without(clipped, stops)) {
                total = total.plus(piece.length());
            }
        }
        return total;
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + name + ", " + zone + "]";
    }

    /** Builds a calendar; later calls for the same day or date replace earlier ones. */
    public static final class Builder {

        private final String name;
        private final ZoneId zone;
        private final Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
        private final Map<LocalDate, String> holidays = new TreeMap<>();
        private final List<LocalDate> workdays = new ArrayList<>();
        private final Map<LocalDate, DayHours> dates = new TreeMap<>();

        private Builder(String name, ZoneId zone) {
            if (name == null || zone == null) {
                throw new IllegalArgumentException("a calendar needs a name and a time zone");
            }
            this.name = name;
            this.zone = zone;
        }

        public Builder hours(DayOfWeek day, DayHours hours) {
            week.put(day, hours);
            return this;
        }

        public Builder week(Map<DayOfWeek, DayHours> hours) {
            week.clear();
            week.putAll(hours);
            return this;
        }

        public Builder holiday(LocalDate date, String holidayName) {
            holidays.put(date, holidayName == null ? "" : holidayName);
            return this;
        }

        public Builder workday(LocalDate date) {
            workdays.add(date);
            return this;
        }

        public Builder date(LocalDate date, DayHours hours) {
            dates.put(date, hours);
            return this;
        }

        public BusinessCalendar build() {
            return new BusinessCalendar(this);
        }
    }
}
