package org.rapport.complaints.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.rapport.complaints.api.BusinessCalendar;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.model.CalendarDate;
import org.rapport.complaints.model.CalendarDateKind;
import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.complaints.model.ServiceCalendar;
import org.rapport.persistence.api.UnitOfWork;

/** Stored calendars ({@link ServiceCalendar}) to the clock's {@link BusinessCalendar} and back. */
final class Calendars {

    private Calendars() {
    }

    static BusinessCalendar read(ServiceCalendar stored) {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(stored.getName(), zone(stored.getZone()))
                .week(HoursFormat.parseWeek(stored.getHours()));
        for (CalendarDate date : stored.getDates()) {
            switch (date.getKind()) {
                case HOLIDAY -> builder.holiday(date.getDate(), date.getName());
                case WORKDAY -> builder.workday(date.getDate());
                case HOURS -> builder.date(date.getDate(), HoursFormat.parseDay(date.getHours(), date.getDate() + " " + date.getHours()));
            }
        }
        return builder.build();
    }

    static ServiceCalendar find(UnitOfWork work, String name) {
        List<ServiceCalendar> found = work.query("SELECT k FROM ServiceCalendar k WHERE k.name = ?1", name);
        return found.isEmpty() ? null : found.get(0);
    }

    static ServiceCalendar write(UnitOfWork work, Complaints.CalendarChange change) {
        if (change.name() == null || change.name().isBlank() || change.name().equals(Complaints.ALWAYS_OPEN)) {
            throw new ComplaintsException(NLS.bind(Messages.calendar_bad_name, change.name()));
        }
        ServiceCalendar stored = find(work, change.name());
        if (stored == null) {
            stored = ComplaintsFactory.eINSTANCE.createServiceCalendar();
            stored.setName(change.name());
            work.add(stored);
        }
        if (change.zone() != null) {
            stored.setZone(zone(change.zone()).getId());
        }
        if (change.hours() != null) {
            stored.setHours(HoursFormat.formatWeek(HoursFormat.parseWeek(change.hours())));
        }
        if (stored.getZone() == null || stored.getHours() == null) {
            throw new ComplaintsException(NLS.bind(Messages.calendar_incomplete, change.name()));
        }
        for (Map.Entry<LocalDate, String> holiday : change.holidays().entrySet()) {
            put(stored, holiday.getKey(), CalendarDateKind.HOLIDAY, null, holiday.getValue());
        }
        for (LocalDate workday : change.workdays()) {
            put(stored, workday, CalendarDateKind.WORKDAY, null, null);
        }
        for (Map.Entry<LocalDate, String> own : change.dateHours().entrySet()) {
            String hours = HoursFormat.parseDay(own.getValue(), own.getKey() + " " + own.getValue()).toString();
            put(stored, own.getKey(), CalendarDateKind.HOURS, hours, null);
        }
        return stored;
    }

    /** {@link #write} after removing the stored dates, so the calendar's dates are only those of the change. */
    static ServiceCalendar replace(UnitOfWork work, Complaints.CalendarChange change) {
        ServiceCalendar stored = find(work, change.name());
        if (stored != null) {
            stored.getDates().clear();
        }
        return write(work, change);
    }

    static List<String> names(UnitOfWork work) {
        List<ServiceCalendar> calendars = work.query("SELECT k FROM ServiceCalendar k ORDER BY k.name");
        return calendars.stream().map(ServiceCalendar::getName).toList();
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException | NullPointerException bad) {
            throw new ComplaintsException(NLS.bind(Messages.calendar_bad_zone, id));
        }
    }

    private static void put(ServiceCalendar calendar, LocalDate date, CalendarDateKind kind, String hours, String name) {
        calendar.getDates().removeIf(existing -> existing.getDate().equals(date));
        CalendarDate entry = ComplaintsFactory.eINSTANCE.createCalendarDate();
        entry.setDate(date);
        entry.setKind(kind);
        entry.setHours(hours);
        entry.setName(name == null ? null : name.length() > 200 ? name.substring(0, 200) : name);
        calendar.getDates().add(entry);
    }
}
