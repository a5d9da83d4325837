package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.DayHours;

class HoursFormatTest {

    @Test
    void aWeekIsReadAndWrittenBack() {
        String written = "mon-fri 09:00-12:00,13:00-18:00; sat 10:00-14:00";
        Map<DayOfWeek, DayHours> week = HoursFormat.parseWeek(written);
        assertEquals("09:00-12:00,13:00-18:00", week.get(DayOfWeek.WEDNESDAY).toString());
        assertEquals(DayHours.CLOSED, week.getOrDefault(DayOfWeek.SUNDAY, DayHours.CLOSED));
        assertEquals(written, HoursFormat.formatWeek(week));
        assertEquals("24x7", HoursFormat.formatWeek(HoursFormat.parseWeek("24x7")));
        assertEquals("sat-sun 20:00-24:00", HoursFormat.formatWeek(HoursFormat.parseWeek("sat,sun 20:00-24:00")));
    }

    @Test
    void badHoursAreToldWhatAndWhere() {
        assertEquals("Unknown day \"mo\" in \"mo-fri 09:00-18:00\": write mon, tue, wed, thu, fri, sat or sun, or a range such as mon-fri.",
                assertThrows(ComplaintsException.class, () -> HoursFormat.parseWeek("mo-fri 09:00-18:00")).getMessage());
        assertEquals("\"09:00-25:00\" in \"mon 09:00-25:00\" is not a time range: write it as 09:00-12:00 (24:00 for midnight at the day's end).",
                assertThrows(ComplaintsException.class, () -> HoursFormat.parseWeek("mon 09:00-25:00")).getMessage());
        assertThrows(ComplaintsException.class, () -> HoursFormat.parseWeek("mon 12:00-09:00"));
        assertEquals("The ranges \"09:00-13:00,12:00-18:00\" in \"mon 09:00-13:00,12:00-18:00\" overlap.",
                assertThrows(ComplaintsException.class, () -> HoursFormat.parseWeek("mon 09:00-13:00,12:00-18:00")).getMessage());
        assertEquals("mon is given twice in \"mon-fri 09:00-18:00; mon 10:00-11:00\".",
                assertThrows(ComplaintsException.class, () -> HoursFormat.parseWeek("mon-fri 09:00-18:00; mon 10:00-11:00")).getMessage());
        assertThrows(ComplaintsException.class, () -> HoursFormat.parseWeek("09:00-18:00"));
    }

    @Test
    void durationsAreReadAndWritten() {
        assertEquals(Duration.ofMinutes(30), BusinessDurations.parse("30m"));
        assertEquals(Duration.ofMinutes(90), BusinessDurations.parse("1h30m"));
        assertEquals(Duration.ofHours(48), BusinessDurations.parse("48h"));
        assertEquals("1h30m", BusinessDurations.write(Duration.ofMinutes(90)));
        assertEquals("1 h 30 min", BusinessDurations.format(Duration.ofMinutes(90)));
        assertThrows(ComplaintsException.class, () -> BusinessDurations.parse("2d"));
        assertThrows(ComplaintsException.class, () -> BusinessDurations.parse(""));
    }
}
