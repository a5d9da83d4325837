package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.internal.HolidayFeed.Holiday;

class HolidayFeedTest {

    @Test
    void wholeDayEventsGiveTheirDatesAndNames() throws Exception {
        String feed = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                BEGIN:VEVENT\r
                UID:1\r
                DTSTART;VALUE=DATE:20260501\r
                DTEND;VALUE=DATE:20260504\r
                SUMMARY:劳动节\\, Labour\r
                  Day\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                DTSTART;VALUE=DATE:20261001\r
                DURATION:P2D\r
                SUMMARY:National Day\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                DTSTART:20261225\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        List<Holiday> holidays = HolidayFeed.read(new StringReader(feed), "cn.ics");
        assertEquals(List.of(new Holiday(LocalDate.of(2026, 5, 1), "劳动节, Labour Day"),
                new Holiday(LocalDate.of(2026, 5, 2), "劳动节, Labour Day"), new Holiday(LocalDate.of(2026, 5, 3), "劳动节, Labour Day"),
                new Holiday(LocalDate.of(2026, 10, 1), "National Day"), new Holiday(LocalDate.of(2026, 10, 2), "National Day"),
                new Holiday(LocalDate.of(2026, 12, 25), "")), holidays);
    }

    @Test
    void whatIsNotAWholeDayHolidayIsRefusedWithItsLine() {
        assertEquals("x.ics line 3: \"20260501T090000\" is not a whole day: holidays are written DTSTART;VALUE=DATE:20260501 (DURATION as P3D).",
                assertThrows(ComplaintsException.class, () -> HolidayFeed.read(new StringReader(
                        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260501T090000\nEND:VEVENT\nEND:VCALENDAR\n"), "x.ics")).getMessage());
        assertEquals("x.ics line 4: repeating events (RRULE, RDATE) are not read: list each holiday's dates.",
                assertThrows(ComplaintsException.class, () -> HolidayFeed.read(new StringReader(
                        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260501\nRRULE:FREQ=YEARLY\nEND:VEVENT\nEND:VCALENDAR\n"), "x.ics")).getMessage());
        assertThrows(ComplaintsException.class, () -> HolidayFeed.read(new StringReader("hello"), "x.ics"));
        assertThrows(ComplaintsException.class, () -> HolidayFeed.read(new StringReader(
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260501\n"), "x.ics"));
    }
}
