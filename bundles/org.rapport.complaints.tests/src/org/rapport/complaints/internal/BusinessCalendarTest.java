package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.complaints.api.BusinessCalendar;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.DayHours;
import org.rapport.complaints.api.Interval;

/** Worked examples of the service-level clock, with the explanations an administrator reads. */
@ExtendWith(InEnglish.class)
class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static BusinessCalendar office() {
        return BusinessCalendar.builder("office", SHANGHAI)
                .week(HoursFormat.parseWeek("mon-fri 09:00-12:00,13:00-18:00"))
                .holiday(LocalDate.of(2026, 5, 1), "Labour Day")
                .build();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Test
    void holidaysWeekendsAndTheLunchBreakAreSkippedAndSaid() {
        Instant due = office().due(at("2026-04-30T17:40"), Duration.ofHours(4), List.of()).orElseThrow();
        assertEquals(at("2026-05-04T13:40"), due);
        assertEquals("4 h of business time from Thu 30 Apr 2026 17:40 = Mon 4 May 2026 13:40; "
                + "1 May (Labour Day) and break 12:00-13:00 skipped",
                ClockExplainer.explainDue(office(), at("2026-04-30T17:40"), Duration.ofHours(4), List.of()));
    }

    @Test
    void aClockThatEndsWithTheDayIsDueAtClosingNotNextMorning() {
        assertEquals(at("2026-04-29T18:00"), office().due(at("2026-04-29T17:00"), Duration.ofHours(1), List.of()).orElseThrow());
    }

    @Test
    void aStartOutsideHoursWaitsForTheNextOpening() {
        assertEquals(at("2026-05-04T09:30"), office().due(at("2026-05-02T08:00"), Duration.ofMinutes(30), List.of()).orElseThrow());
        assertEquals(Duration.ZERO, office().elapsed(at("2026-05-01T08:00"), at("2026-05-04T09:00"), List.of()));
    }

    @Test
    void aMakeUpSaturdayWorksTheNormalDay() {
        BusinessCalendar calendar = BusinessCalendar.builder("cn", SHANGHAI)
                .week(HoursFormat.parseWeek("mon-fri 09:00-12:00,13:00-18:00"))
                .workday(LocalDate.of(2026, 5, 9)).build();
        assertEquals(at("2026-05-09T10:00"), calendar.due(at("2026-05-08T17:00"), Duration.ofHours(2), List.of()).orElseThrow());
        assertTrue(ClockExplainer.explainDue(calendar, at("2026-05-08T17:00"), Duration.ofHours(2), List.of())
                .contains("9 May worked (make-up day)"));
    }

    @Test
    void aDateWithItsOwnHoursReplacesTheWeekday() {
        BusinessCalendar calendar = BusinessCalendar.builder("eve", SHANGHAI)
                .week(HoursFormat.parseWeek("mon-fri 09:00-18:00"))
                .date(LocalDate.of(2026, 12, 31), HoursFormat.parseDay("09:00-12:00", "09:00-12:00")).build();
        assertEquals(at("2027-01-01T10:00"), calendar.due(at("2026-12-31T11:00"), Duration.ofHours(2), List.of()).orElseThrow());
    }

    @Test
    void pausesStopTheClockAndAnUnendedPauseStopsItForGood() {
        List<Interval> pauses = List.of(new Interval(at("2026-05-04T09:30"), at("2026-05-04T10:30")));
        assertEquals(at("2026-05-04T12:00"), office().due(at("2026-05-04T09:00"), Duration.ofHours(2), pauses).orElseThrow());
        assertEquals(Duration.ofMinutes(90), office().elapsed(at("2026-05-04T09:00"), at("2026-05-04T11:30"), pauses));

        List<Interval> waiting = List.of(new Interval(at("2026-05-04T09:30"), null));
        assertEquals(Optional.empty(), office().due(at("2026-05-04T09:00"), Duration.ofHours(2), waiting));
        assertEquals(Duration.ofMinutes(30), office().elapsed(at("2026-05-04T09:00"), at("2026-05-05T09:00"), waiting));
        assertTrue(ClockExplainer.explainDue(office(), at("2026-05-04T09:00"), Duration.ofHours(2), waiting)
                .contains("stopped while waiting for the customer"));
    }

    @Test
    void daylightSavingDaysCountRealTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        BusinessCalendar always = BusinessCalendar.alwaysOpen("24x7", berlin);
        Instant saturdayNight = LocalDateTime.parse("2026-03-28T23:00").atZone(berlin).toInstant();
        Instant due = always.due(saturdayNight, Duration.ofHours(4), List.of()).orElseThrow();
        assertEquals(saturdayNight.plus(Duration.ofHours(4)), due);
        assertEquals(LocalDateTime.parse("2026-03-29T04:00"), LocalDateTime.ofInstant(due, berlin));

        // open 01:00-04:00 on the night the clocks go forward at 02:00: two real hours of work
        BusinessCalendar night = BusinessCalendar.builder("night", berlin)
                .hours(DayOfWeek.SUNDAY, HoursFormat.parseDay("01:00-04:00", "01:00-04:00")).build();
        Instant sunday = LocalDateTime.parse("2026-03-29T00:00").atZone(berlin).toInstant();
        assertEquals(Duration.ofHours(2), night.elapsed(sunday, sunday.plus(Duration.ofHours(6)), List.of()));
        // and on the night they go back at 03:00: 02:00-03:00 happens twice, four real hours
        Instant october = LocalDateTime.parse("2026-10-25T00:00").atZone(berlin).toInstant();
        assertEquals(Duration.ofHours(4), night.elapsed(october, october.plus(Duration.ofHours(8)), List.of()));
    }

    @Test
    void aCalendarWithoutHoursIsToldNotLoopedOver() {
        BusinessCalendar empty = BusinessCalendar.builder("empty", SHANGHAI).hours(DayOfWeek.MONDAY, DayHours.CLOSED).build();
        ComplaintsException refused = assertThrows(ComplaintsException.class,
                () -> empty.due(at("2026-05-04T09:00"), Duration.ofMinutes(1), List.of()));
        assertTrue(refused.getMessage().startsWith("Calendar empty has no working time"), refused.getMessage());
    }
}
