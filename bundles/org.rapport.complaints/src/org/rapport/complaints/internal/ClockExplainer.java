package org.rapport.complaints.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.complaints.api.BusinessCalendar;
import org.rapport.complaints.api.DayHours;
import org.rapport.complaints.api.Interval;
import org.rapport.complaints.api.TimeRange;

/**
 * Says in words how a due time came about: "2 h of business time from Fri 1 May 17:40 = Mon 4 May
 * 10:40; break 12:00-13:00 and 1 May (Labour Day) skipped". Nights and weekends go without saying;
 * what is named is what a reader could not guess: breaks within a day, holidays, dates with their own
 * hours, make-up working days and the customer's pauses.
 */
public final class ClockExplainer {

    private ClockExplainer() {
    }

    public static String explainDue(BusinessCalendar calendar, Instant start, Duration business, List<Interval> pauses) {
        Optional<Instant> due = calendar.due(start, business, pauses);
        String amount = BusinessDurations.format(business);
        String from = dateTime(calendar, start);
        if (due.isEmpty()) {
            Interval stop = pauses.stream().filter(Interval::isOpen).findFirst().orElseThrow();
            return NLS.bind(Messages.explain_stopped, new Object[] { amount, from, dateTime(calendar, stop.start()) });
        }
        String text = NLS.bind(Messages.explain_due, new Object[] { amount, from, dateTime(calendar, due.get()) });
        List<String> skipped = skipped(calendar, start, due.get(), pauses);
        return skipped.isEmpty() ? text : NLS.bind(Messages.explain_skipped, text, list(skipped));
    }

    public static String dateTime(BusinessCalendar calendar, Instant instant) {
        return DateTimeFormatter.ofPattern(Messages.format_date_time, Locale.getDefault()).format(instant.atZone(calendar.zone()));
    }

    private static String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(Messages.format_date, Locale.getDefault()).format(date);
    }

    private static List<String> skipped(BusinessCalendar calendar, Instant start, Instant due, List<Interval> pauses) {
        Set<String> items = new LinkedHashSet<>();
        LocalDate first = start.atZone(calendar.zone()).toLocalDate();
        LocalDate last = due.atZone(calendar.zone()).toLocalDate();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            DayHours own = calendar.dates().get(day);
            if (own != null) {
                items.add(NLS.bind(Messages.explain_date_hours, date(day), own.isClosed() ? Messages.explain_closed : own.toString()));
            } else if (calendar.holidays().containsKey(day)) {
                // a run of days of the same holiday is said once (1 May-5 May)
                String name = calendar.holidays().get(day);
                LocalDate end = day;
                while (end.isBefore(last) && name.equals(calendar.holidays().get(end.plusDays(1))) && !calendar.dates().containsKey(end.plusDays(1))) {
                    end = end.plusDays(1);
                }
                String dates = end.equals(day) ? date(day) : NLS.bind(Messages.explain_date_range, date(day), date(end));
                items.add(name.isBlank() ? dates : NLS.bind(Messages.explain_holiday, dates, name));
                day = end;
            } else if (calendar.workdays().contains(day)) {
                items.add(NLS.bind(Messages.explain_workday, date(day)));
            }
            items.addAll(breaks(calendar, day, start, due));
        }
        for (Interval pause : pauses) {
            if (pause.start().isBefore(due) && (pause.isOpen() || pause.end().isAfter(start))) {
                items.add(NLS.bind(Messages.explain_pause, dateTime(calendar, pause.start()), dateTime(calendar, pause.end())));
            }
        }
        return new ArrayList<>(items);
    }

    private static List<String> breaks(BusinessCalendar calendar, LocalDate day, Instant start, Instant due) {
        List<String> breaks = new ArrayList<>();
        List<TimeRange> ranges = calendar.hoursOn(day).ranges();
        for (int i = 1; i < ranges.size(); i++) {
            int from = ranges.get(i - 1).endMinute();
            int to = ranges.get(i).startMinute();
            Instant breakStart = ZonedDateTime.of(day.atStartOfDay().plusMinutes(from), calendar.zone()).toInstant();
            Instant breakEnd = ZonedDateTime.of(day.atStartOfDay().plusMinutes(to), calendar.zone()).toInstant();
            if (!breakStart.isBefore(start) && !breakEnd.isAfter(due)) {
                breaks.add(NLS.bind(Messages.explain_break, TimeRange.clock(from), TimeRange.clock(to)));
            }
        }
        return breaks;
    }

    private static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(Messages.explain_separator, items.subList(0, items.size() - 1));
        return NLS.bind(Messages.explain_and, head, items.get(items.size() - 1));
    }
}
