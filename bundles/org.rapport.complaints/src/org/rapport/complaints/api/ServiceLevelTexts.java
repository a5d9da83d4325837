package org.rapport.complaints.api;

import java.io.IOException;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.rapport.complaints.internal.BusinessDurations;
import org.rapport.complaints.internal.HolidayFeed;
import org.rapport.complaints.internal.HoursFormat;

/**
 * The written forms of the command line for the workbench's administration, so both read and refuse
 * the same texts with the same messages: working hours ({@code mon-fri 09:00-12:00,13:00-18:00}),
 * amounts of business time ({@code 30m}, {@code 2h}) and iCalendar holiday files.
 */
public final class ServiceLevelTexts {

    private ServiceLevelTexts() {
    }

    /** @throws ComplaintsException saying what in the text is wrong */
    public static Map<DayOfWeek, DayHours> parseWeek(String text) {
        return HoursFormat.parseWeek(text);
    }

    public static String formatWeek(Map<DayOfWeek, DayHours> week) {
        return HoursFormat.formatWeek(week);
    }

    /** One date's hours ({@code 09:00-12:00} or {@code closed}). @throws ComplaintsException saying what is wrong */
    public static DayHours parseDay(String text) {
        return HoursFormat.parseDay(text, text);
    }

    /** @throws ComplaintsException saying what is wrong */
    public static Duration parseDuration(String text) {
        return BusinessDurations.parse(text);
    }

    /** 30m, 2h, 1h30m. */
    public static String writeDuration(Duration duration) {
        return BusinessDurations.write(duration);
    }

    /**
     * The holidays of an iCalendar file by date, in the file's order.
     *
     * @throws ComplaintsException saying what is wrong and on which line of {@code source}
     */
    public static Map<LocalDate, String> readHolidays(Reader input, String source) throws IOException {
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        HolidayFeed.read(input, source).forEach(holiday -> holidays.put(holiday.date(), holiday.name()));
        return holidays;
    }
}
