package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.rapport.complaints.api.BusinessCalendar;
import org.rapport.complaints.api.DayHours;
import org.rapport.complaints.api.Interval;
import org.rapport.complaints.api.TimeRange;

/**
 * Due and elapsed business time over seeded random calendars, checked against a plain walk over
 * every real minute that asks the calendar's rules (written again here, not taken from the engine)
 * whether the wall-clock minute is open. The calendars mix several ranges a day, nights, closed
 * weekends, holidays, make-up days and single dates with other hours, in zones with daylight
 * saving (including half-hour and midnight changes); starts cluster around the changes.
 */
class BusinessClockPropertyTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Shanghai"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Santiago"),
            ZoneId.of("America/Havana"), ZoneId.of("Europe/London"), ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"));
    private static final int CASES = 600;
    private static final long ORACLE_MINUTES = 400L * 24 * 60;

    /** The calendar as plain data, and the rules of section 4 over it, minute by minute. */
    private record Drawn(ZoneId zone, Map<DayOfWeek, List<int[]>> week, Set<LocalDate> holidays, Set<LocalDate> workdays,
            Map<LocalDate, List<int[]>> dates) {

        boolean open(Instant minute) {
            LocalDateTime local = LocalDateTime.ofInstant(minute, zone);
            List<int[]> ranges = rangesOn(local.toLocalDate());
            int minuteOfDay = local.getHour() * 60 + local.getMinute();
            for (int[] range : ranges) {
                if (minuteOfDay >= range[0] && minuteOfDay < range[1]) {
                    return true;
                }
            }
            return false;
        }

        private List<int[]> rangesOn(LocalDate date) {
            if (dates.containsKey(date)) {
                return dates.get(date);
            }
            if (holidays.contains(date)) {
                return List.of();
            }
            if (workdays.contains(date)) {
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (!week.get(day).isEmpty()) {
                        return week.get(day);
                    }
                }
                return List.of();
            }
            return week.get(date.getDayOfWeek());
        }

        BusinessCalendar calendar() {
            BusinessCalendar.Builder builder = BusinessCalendar.builder("drawn", zone);
            week.forEach((day, ranges) -> builder.hours(day, hours(ranges)));
            holidays.forEach(date -> builder.holiday(date, "holiday"));
            workdays.forEach(builder::workday);
            dates.forEach((date, ranges) -> builder.date(date, hours(ranges)));
            return builder.build();
        }

        private static DayHours hours(List<int[]> ranges) {
            return new DayHours(ranges.stream().map(range -> new TimeRange(range[0], range[1])).toList());
        }
    }

    @Test
    void dueAndElapsedAgreeWithAMinuteByMinuteWalk() {
        for (int seed = 1; seed <= CASES; seed++) {
            Random random = new Random(seed);
            Drawn drawn = drawCalendar(random);
            Instant start = drawStart(random, drawn.zone());
            drawDates(random, drawn, start);
            BusinessCalendar calendar = drawn.calendar();
            List<Interval> pauses = drawPauses(random, start);
            Duration business = Duration.ofMinutes(random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(900));
            String context = "seed " + seed + ", " + drawn.zone() + ", from " + start.atZone(drawn.zone()) + ", "
                    + business + ", pauses " + pauses;

            Optional<Instant> expected = oracleDue(drawn, start, business, pauses);
            if (expected == null) {
                continue; // the walk gave up: too far away to check minute by minute
            }
            Optional<Instant> due = calendar.due(start, business, pauses);
            assertEquals(expected, due, context);

            Instant now = start.plus(random.nextInt(20 * 24 * 60), ChronoUnit.MINUTES);
            assertEquals(oracleElapsed(drawn, start, now, pauses), calendar.elapsed(start, now, pauses), context + ", now " + now);
            if (due.isPresent()) {
                assertEquals(business, calendar.elapsed(start, due.get(), pauses), context + ": elapsed until the due time");
            }
            assertOrderedAndApart(calendar, start, context);
        }
    }

    @Test
    void pausesOnlyEverPushTheDueTimeLater() {
        for (int seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed * 7919L);
            Drawn drawn = drawCalendar(random);
            Instant start = drawStart(random, drawn.zone());
            drawDates(random, drawn, start);
            BusinessCalendar calendar = drawn.calendar();
            Duration business = Duration.ofMinutes(1 + random.nextInt(600));
            List<Interval> pauses = drawPauses(random, start).stream().filter(pause -> !pause.isOpen()).toList();
            Instant without = calendar.due(start, business, List.of()).orElseThrow();
            Instant with = calendar.due(start, business, pauses).orElseThrow();
            assertFalse(with.isBefore(without), "seed " + seed);
        }
    }

    private static void assertOrderedAndApart(BusinessCalendar calendar, Instant start, String context) {
        Iterator<Interval> intervals = calendar.intervalsFrom(start);
        Instant previousEnd = start;
        for (int i = 0; i < 50 && intervals.hasNext(); i++) {
            Interval interval = intervals.next();
            assertTrue(interval.start().isBefore(interval.end()), context + ": empty interval " + interval);
            assertTrue(i == 0 ? !interval.start().isBefore(previousEnd) : interval.start().isAfter(previousEnd),
                    context + ": intervals overlap or touch at " + interval);
            previousEnd = interval.end();
        }
    }

    /** The due time by counting open, unpaused minutes; null when it is too far to walk. */
    private static Optional<Instant> oracleDue(Drawn drawn, Instant start, Duration business, List<Interval> pauses) {
        long wanted = business.toMinutes();
        if (wanted == 0) {
            return Optional.of(start);
        }
        long counted = 0;
        Instant minute = start;
        for (long step = 0; step < ORACLE_MINUTES; step++, minute = minute.plusSeconds(60)) {
            if (stoppedForGood(pauses, minute)) {
                return Optional.empty();
            }
            if (drawn.open(minute) && !paused(pauses, minute) && ++counted == wanted) {
                return Optional.of(minute.plusSeconds(60));
            }
        }
        return null;
    }

    private static Duration oracleElapsed(Drawn drawn, Instant start, Instant now, List<Interval> pauses) {
        long counted = 0;
        for (Instant minute = start; minute.isBefore(now); minute = minute.plusSeconds(60)) {
            if (drawn.open(minute) && !paused(pauses, minute)) {
                counted++;
            }
        }
        return Duration.ofMinutes(counted);
    }

    private static boolean paused(List<Interval> pauses, Instant minute) {
        for (Interval pause : pauses) {
            if (!minute.isBefore(pause.start()) && (pause.isOpen() || minute.isBefore(pause.end()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean stoppedForGood(List<Interval> pauses, Instant minute) {
        return pauses.stream().anyMatch(pause -> pause.isOpen() && !minute.isBefore(pause.start()));
    }

    private static Drawn drawCalendar(Random random) {
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        Map<DayOfWeek, List<int[]>> week = new EnumMap<>(DayOfWeek.class);
        boolean anyOpen = false;
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            List<int[]> ranges = random.nextInt(weekend ? 2 : 6) == 0 ? List.of() : drawRanges(random);
            week.put(day, ranges);
            anyOpen |= !ranges.isEmpty();
        }
        if (!anyOpen) {
            week.put(DayOfWeek.MONDAY, List.of(new int[] { 9 * 60, 17 * 60 }));
        }
        return new Drawn(zone, week, new HashSet<>(), new HashSet<>(), new TreeMap<>());
    }

    /** Holidays, make-up days (mostly weekends) and dates with their own hours near the start. */
    private static void drawDates(Random random, Drawn drawn, Instant start) {
        LocalDate first = start.atZone(drawn.zone()).toLocalDate().minusDays(1);
        for (int i = random.nextInt(6); i > 0; i--) {
            drawn.holidays().add(first.plusDays(random.nextInt(30)));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalDate date = first.plusDays(random.nextInt(30));
            drawn.workdays().add(random.nextBoolean() ? date.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)) : date);
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            drawn.dates().put(first.plusDays(random.nextInt(30)), random.nextInt(4) == 0 ? List.of() : drawRanges(random));
        }
    }

    /** One to three ranges: whole days, nights up to 24:00, lunch breaks, odd minutes. */
    private static List<int[]> drawRanges(Random random) {
        if (random.nextInt(8) == 0) {
            return List.of(new int[] { 0, 1440 });
        }
        int count = 1 + random.nextInt(3);
        Set<Integer> cuts = new java.util.TreeSet<>();
        while (cuts.size() < 2 * count) {
            int cut = random.nextInt(4) == 0 ? random.nextInt(1441) : 5 * random.nextInt(289);
            cuts.add(random.nextInt(10) == 0 ? 1440 : cut);
        }
        List<Integer> sorted = new ArrayList<>(cuts);
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += 2) {
            ranges.add(new int[] { sorted.get(i), sorted.get(i + 1) });
        }
        return ranges;
    }

    /** Mostly a few days before a daylight-saving change, sometimes anywhere in 2024-2031. */
    private static Instant drawStart(Random random, ZoneId zone) {
        Instant anywhere = LocalDate.of(2024, 1, 1).atStartOfDay(zone).toInstant()
                .plus(random.nextInt(8 * 365 * 24 * 60), ChronoUnit.MINUTES);
        var transition = zone.getRules().nextTransition(anywhere);
        if (transition == null || random.nextInt(4) == 0) {
            return anywhere;
        }
        return transition.getInstant().minus(random.nextInt(4 * 24 * 60), ChronoUnit.MINUTES);
    }

    private static List<Interval> drawPauses(Random random, Instant start) {
        List<Interval> pauses = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Instant from = start.plus(random.nextInt(6 * 24 * 60) - 12 * 60, ChronoUnit.MINUTES);
            boolean open = random.nextInt(6) == 0;
            pauses.add(new Interval(from, open ? null : from.plus(1 + random.nextInt(2 * 24 * 60), ChronoUnit.MINUTES)));
        }
        return pauses;
    }
}
