package org.rapport.complaints.ui.internal.admin.calendars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.complaints.api.BusinessCalendar;
import org.rapport.complaints.api.Complaints.CalendarChange;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.ServiceLevelTexts;
import org.rapport.complaints.model.CalendarDate;
import org.rapport.complaints.model.CalendarDateKind;
import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.complaints.model.ServiceCalendar;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.ui.api.EditHistory;

/**
 * The calendar being edited: a copy of it outside the store, changed through an {@link EditHistory}
 * so every change can be undone, and written as one {@link CalendarChange} when saved (its dates
 * replace the stored ones). Hours that do not read are kept as typed and reported as a problem,
 * which keeps the draft from being saved.
 */
final class CalendarDraft {

    private static final ComplaintsPackage MODEL = ComplaintsPackage.eINSTANCE;

    private final ServiceCalendar calendar = ComplaintsFactory.eINSTANCE.createServiceCalendar();
    private final EditHistory history;

    private CalendarDraft(String name, boolean mayChange) {
        calendar.setName(name);
        history = new EditHistory(feature -> mayChange);
        history.onUndoOrRedo(this::checkHours);
    }

    /** The stored calendar as it reads now, nothing changed yet. */
    static CalendarDraft of(BusinessCalendar stored, boolean mayChange) {
        CalendarDraft draft = new CalendarDraft(stored.name(), mayChange);
        ServiceCalendar copy = draft.calendar;
        copy.setZone(stored.zone().getId());
        copy.setHours(ServiceLevelTexts.formatWeek(stored.week()));
        stored.holidays().forEach((date, name) -> copy.getDates().add(date(date, CalendarDateKind.HOLIDAY, null, name)));
        stored.workdays().forEach(date -> copy.getDates().add(date(date, CalendarDateKind.WORKDAY, null, null)));
        stored.dates().forEach((date, hours) -> copy.getDates().add(date(date, CalendarDateKind.HOURS, hours.toString(), null)));
        copy.getDates().sort(Comparator.comparing(CalendarDate::getDate));
        return draft;
    }

    /** A calendar not stored yet: its zone and first hours are edits, so it is unsaved from the start. */
    static CalendarDraft fresh(String name, String zone, String hours) {
        CalendarDraft draft = new CalendarDraft(name, true);
        draft.zone(zone);
        draft.hours(hours);
        draft.history.endEdit();
        return draft;
    }

    static CalendarDate date(LocalDate date, CalendarDateKind kind, String hours, String name) {
        CalendarDate entry = ComplaintsFactory.eINSTANCE.createCalendarDate();
        entry.setDate(date);
        entry.setKind(kind);
        entry.setHours(hours);
        entry.setName(name);
        return entry;
    }

    EditHistory history() {
        return history;
    }

    String name() {
        return calendar.getName();
    }

    String zone() {
        return calendar.getZone();
    }

    String hours() {
        return calendar.getHours();
    }

    List<CalendarDate> dates() {
        return List.copyOf(calendar.getDates());
    }

    void zone(String id) {
        history.endEdit();
        history.set(calendar, MODEL.getServiceCalendar_Zone(), id);
        history.endEdit();
    }

    /** The hours as typed: consecutive keystrokes are one edit. */
    void hours(String text) {
        history.set(calendar, MODEL.getServiceCalendar_Hours(), text);
        checkHours();
    }

    private void checkHours() {
        String problem = null;
        try {
            ServiceLevelTexts.parseWeek(calendar.getHours());
        } catch (ComplaintsException wrong) {
            problem = wrong.getMessage();
        }
        history.problem(Messages.calendars_hours, problem);
    }

    /** Puts dates in, each replacing one of the same date, as one edit. */
    void put(Collection<CalendarDate> entries) {
        Map<LocalDate, CalendarDate> byDate = new LinkedHashMap<>();
        calendar.getDates().forEach(entry -> byDate.put(entry.getDate(), entry));
        entries.forEach(entry -> byDate.put(entry.getDate(), entry));
        setDates(byDate.values());
    }

    void remove(Collection<LocalDate> dates) {
        setDates(calendar.getDates().stream().filter(entry -> !dates.contains(entry.getDate())).toList());
    }

    private void setDates(Collection<CalendarDate> entries) {
        List<CalendarDate> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(CalendarDate::getDate));
        history.endEdit();
        history.set(calendar, MODEL.getServiceCalendar_Dates(), sorted);
        history.endEdit();
    }

    /** What the service stores: the calendar exactly as drafted. */
    CalendarChange change() {
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        Set<LocalDate> workdays = new LinkedHashSet<>();
        Map<LocalDate, String> own = new LinkedHashMap<>();
        for (CalendarDate entry : calendar.getDates()) {
            switch (entry.getKind()) {
                case HOLIDAY -> holidays.put(entry.getDate(), entry.getName());
                case WORKDAY -> workdays.add(entry.getDate());
                case HOURS -> own.put(entry.getDate(), entry.getHours());
            }
        }
        return new CalendarChange(calendar.getName(), calendar.getZone(), calendar.getHours(), holidays, workdays, own);
    }
}
