package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.complaints.api.BusinessCalendar;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.CalendarChange;
import org.rapport.complaints.api.Complaints.Policy;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.ServiceLevelTexts;
import org.rapport.complaints.model.Severity;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.Roles;
import org.rapport.security.model.Action;
import org.rapport.testing.TestUsers;

/** What the Calendars and Policies views of the Administration perspective do, through the service alone. */
@ExtendWith(InEnglish.class)
class ServiceLevelAdministrationTest {

    private static final LocalDate LABOUR_DAY = LocalDate.of(2026, 5, 1);
    private static final LocalDate MAKE_UP = LocalDate.of(2026, 5, 9);

    @TempDir
    Path home;

    private static CalendarChange office(String hours, Map<LocalDate, String> holidays, Set<LocalDate> workdays) {
        return new CalendarChange("office", "Asia/Shanghai", hours, holidays, workdays, Map.of());
    }

    @Test
    void aReplacedCalendarKeepsOnlyTheDatesGivenAndABadOneStoresNothing() throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.complaints.setCalendar(office("mon-fri 09:00-18:00", Map.of(LABOUR_DAY, "Labour Day"), Set.of(MAKE_UP)));
            f.complaints.setCalendar(new CalendarChange("branch", "Europe/Berlin", "mon-sat 10:00-19:00", Map.of(), Set.of(), Map.of()));
            assertEquals(List.of("branch", "office"), f.complaints.calendarNames());

            BusinessCalendar replaced = f.complaints.replaceCalendar(office("mon-fri 09:00-12:00,13:00-18:00", Map.of(), Set.of(MAKE_UP)));
            assertEquals(Set.of(), replaced.holidays().keySet(), "the holiday not given is removed");
            assertEquals(Set.of(MAKE_UP), f.complaints.calendar("office").workdays());
            assertEquals("mon-fri 09:00-12:00,13:00-18:00", ServiceLevelTexts.formatWeek(f.complaints.calendar("office").week()));

            ComplaintsException refused = assertThrows(ComplaintsException.class,
                    () -> f.complaints.replaceCalendar(office("mon-fri 09:00-25:00", Map.of(LABOUR_DAY, "Labour Day"), Set.of())));
            assertTrue(refused.getMessage().contains("\"09:00-25:00\""), refused.getMessage());
            BusinessCalendar kept = f.complaints.calendar("office");
            assertEquals(Set.of(MAKE_UP), kept.workdays(), "nothing of the refused change is stored, the dates not cleared");
            assertEquals(Set.of(), kept.holidays().keySet());
            assertEquals("mon-fri 09:00-12:00,13:00-18:00", ServiceLevelTexts.formatWeek(kept.week()));
        }
    }

    @Test
    void policiesAreListedWithTheShippedOnesWhereASeverityHasNoneAndRemovedAgain() throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            assertEquals(List.of(true, true, true), f.complaints.policies().stream().map(Policy::shipped).toList());
            f.complaints.setCalendar(office("mon-fri 09:00-18:00", Map.of(), Set.of()));
            f.complaints.setPolicy(Severity.GENERAL, null, "office", Duration.ofMinutes(20), Duration.ofHours(3), Duration.ofHours(40));
            f.complaints.setPolicy(Severity.GENERAL, "Gold", null, Duration.ofMinutes(5), null, Duration.ofHours(8));
            List<Policy> policies = f.complaints.policies();
            assertEquals(List.of(new Policy(Severity.URGENT, null, Complaints.ALWAYS_OPEN, Duration.ofMinutes(10), null, Duration.ofHours(48), true),
                    new Policy(Severity.GENERAL, null, "office", Duration.ofMinutes(20), Duration.ofHours(3), Duration.ofHours(40), false),
                    new Policy(Severity.GENERAL, "Gold", Complaints.ALWAYS_OPEN, Duration.ofMinutes(5), null, Duration.ofHours(8), false),
                    new Policy(Severity.INQUIRY, null, Complaints.ALWAYS_OPEN, Duration.ofMinutes(60), Duration.ofMinutes(60), Duration.ofHours(48), true)),
                    policies);

            f.complaints.removePolicy(Severity.GENERAL, "Gold");
            f.complaints.removePolicy(Severity.GENERAL, null);
            assertEquals(List.of(true, true, true), f.complaints.policies().stream().map(Policy::shipped).toList());
            assertEquals("There is no stored policy for general and every tier.",
                    assertThrows(ComplaintsException.class, () -> f.complaints.removePolicy(Severity.GENERAL, null)).getMessage());
        }
    }

    @Test
    void onlyWhoMayChangeTheServiceLevelsChangesCalendarsAndPolicies() throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home, true)) {
            f.users.add(TestUsers.administrator("ada"));
            f.users.add(TestUsers.user("reader", Roles.SERVICE_AGENT, ComplaintsAreaId.SETTINGS, Action.READ));
            f.users.as("ada");
            f.complaints.setCalendar(office("mon-fri 09:00-18:00", Map.of(LABOUR_DAY, "Labour Day"), Set.of()));
            f.complaints.setPolicy(Severity.URGENT, null, "office", Duration.ofMinutes(10), null, Duration.ofHours(8));
            f.users.as("reader");
            assertEquals(List.of("office"), f.complaints.calendarNames());
            assertThrows(AccessDeniedException.class, () -> f.complaints.replaceCalendar(office("mon-fri 10:00-18:00", Map.of(), Set.of())));
            assertThrows(AccessDeniedException.class, () -> f.complaints.removePolicy(Severity.URGENT, null));
            assertEquals(Set.of(LABOUR_DAY), f.complaints.calendar("office").holidays().keySet());
            assertEquals(false, f.complaints.policies().get(0).shipped());
        }
    }

    @Test
    void aHolidayFileIsReadWholeOrRefusedSayingWhere() throws Exception {
        String good = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260501\nDTEND;VALUE=DATE:20260504\nSUMMARY:Labour Day\nEND:VEVENT\nEND:VCALENDAR\n";
        assertEquals(List.of(LABOUR_DAY, LABOUR_DAY.plusDays(1), LABOUR_DAY.plusDays(2)),
                List.copyOf(ServiceLevelTexts.readHolidays(new StringReader(good), "cn.ics").keySet()));
        String timed = good.replace("DTSTART;VALUE=DATE:20260501", "DTSTART:20260501T090000");
        String message = assertThrows(ComplaintsException.class, () -> ServiceLevelTexts.readHolidays(new StringReader(timed), "cn.ics")).getMessage();
        assertTrue(message.contains("cn.ics") && message.contains("3"), message);
    }
}
