package org.rapport.complaints.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.rapport.complaints.api.ComplaintsException;

/**
 * Reads holidays from an iCalendar (RFC 5545) file: each VEVENT that is a whole day or several
 * (DTSTART;VALUE=DATE, DTEND exclusive or DURATION:PnD) gives its dates and SUMMARY. This is all
 * a holiday feed needs; ical4j 4 was not taken because it has no OSGi manifest, brings slf4j 2 (which
 * needs a service-loader mediator in OSGi), commons-lang3, threeten-extra and 1,300 time-zone files,
 * none of which the few lines below need. Events with a time of day and repeating events are refused
 * with their line rather than guessed at.
 */
public final class HolidayFeed {

    /** One holiday date and its name. */
    public record Holiday(LocalDate date, String name) {
    }

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern DAYS = Pattern.compile("P(\\d+)D");

    private HolidayFeed() {
    }

    public static List<Holiday> read(Reader input, String source) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        unfold(input, lines, numbers);
        if (lines.isEmpty() || !lines.get(0).equalsIgnoreCase("BEGIN:VCALENDAR")) {
            throw new ComplaintsException(NLS.bind(Messages.ical_not_calendar, source));
        }
        List<Holiday> holidays = new ArrayList<>();
        Event event = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = numbers.get(i);
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.equals("BEGIN:VEVENT")) {
                event = new Event(number);
            } else if (upper.equals("END:VEVENT") && event != null) {
                holidays.addAll(event.dates(source));
                event = null;
            } else if (event != null) {
                event.property(line, number, source);
            }
        }
        if (event != null) {
            throw new ComplaintsException(NLS.bind(Messages.ical_unterminated, source, event.line));
        }
        return holidays;
    }

    /** RFC 5545 3.1: a line starting with a space or tab continues the one before. */
    private static void unfold(Reader input, List<String> lines, List<Integer> numbers) throws IOException {
        BufferedReader reader = new BufferedReader(input);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
            } else if (!line.isBlank()) {
                lines.add(line);
                numbers.add(number);
            }
        }
    }

    private static final class Event {
        final int line;
        LocalDate start;
        LocalDate end;
        int days = 1;
        String summary = "";

        Event(int line) {
            this.line = line;
        }

        void property(String text, int number, String source) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                return;
            }
            String[] head = text.substring(0, colon).split(";");
            String name = head[0].toUpperCase(Locale.ROOT);
            String value = text.substring(colon + 1).trim();
            switch (name) {
                case "DTSTART" -> start = date(value, number, source);
                case "DTEND" -> end = date(value, number, source);
                case "DURATION" -> days = days(value, number, source);
                case "SUMMARY" -> summary = unescape(value);
                case "RRULE", "RDATE" -> throw new ComplaintsException(NLS.bind(Messages.ical_repeating, source, number));
                default -> { /* other properties say nothing about the dates */ }
            }
        }

        List<Holiday> dates(String source) {
            if (start == null) {
                throw new ComplaintsException(NLS.bind(Messages.ical_no_start, source, line));
            }
            LocalDate stop = end != null ? end : start.plusDays(days);
            List<Holiday> holidays = new ArrayList<>();
            for (LocalDate day = start; day.isBefore(stop) || day.equals(start); day = day.plusDays(1)) {
                holidays.add(new Holiday(day, summary));
            }
            return holidays;
        }

        private static LocalDate date(String value, int number, String source) {
            if (value.length() != 8) {
                throw new ComplaintsException(NLS.bind(Messages.ical_not_whole_day, new Object[] { source, number, value }));
            }
            try {
                return LocalDate.parse(value, BASIC);
            } catch (DateTimeParseException bad) {
                throw new ComplaintsException(NLS.bind(Messages.ical_not_whole_day, new Object[] { source, number, value }));
            }
        }

        private static int days(String value, int number, String source) {
            Matcher match = DAYS.matcher(value.toUpperCase(Locale.ROOT));
            if (!match.matches() || Integer.parseInt(match.group(1)) < 1) {
                throw new ComplaintsException(NLS.bind(Messages.ical_not_whole_day, new Object[] { source, number, value }));
            }
            return Integer.parseInt(match.group(1));
        }

        private static String unescape(String value) {
            return value.replace("\\n", " ").replace("\\N", " ").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
        }
    }
}
