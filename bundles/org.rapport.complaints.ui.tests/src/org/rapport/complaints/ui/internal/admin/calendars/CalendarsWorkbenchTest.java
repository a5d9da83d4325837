package org.rapport.complaints.ui.internal.admin.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.canRun;
import static org.rapport.testing.ui.WorkbenchDriver.command;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.perspective;
import static org.rapport.testing.ui.WorkbenchDriver.press;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.showPart;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.CalendarChange;
import org.rapport.complaints.api.ServiceLevelTexts;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.Roles;
import org.rapport.security.api.UserAdministration;
import org.rapport.testing.Services;
import org.rapport.testing.ui.WorkbenchDriver;
import org.rapport.ui.api.Formats;

/**
 * The Calendars view of the Administration perspective in the real workbench: new hours move the
 * check's due time once saved; hours that do not read say what is wrong and save nothing; holidays
 * come from an iCalendar file whole or not at all.
 */
class CalendarsWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PART = "org.rapport.complaints.ui.part.calendars";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A Monday. */
    private static final LocalDateTime MONDAY_5PM = LocalDateTime.of(2026, 5, 4, 17, 0);

    private static final String AGENT = "cal-agent";
    private static final String AGENT_PASSWORD = "agent-password-1";

    private static MWindow window;
    private static Complaints complaints;

    @TempDir
    Path folder;

    @BeforeAll
    static void seed() {
        window = mainWindow();
        complaints = Services.await(Complaints.class);
        complaints.replaceCalendar(new CalendarChange("wb-office", SHANGHAI.getId(), "mon-fri 09:00-18:00", Map.of(LocalDate.of(2026, 5, 1), "Labour Day"),
                Set.of(LocalDate.of(2026, 5, 9)), Map.of()));
    }

    /** The views are in the Administration perspective, where the parts are found. */
    @BeforeEach
    void administration() {
        perspective(window, RapportWorkbench.PERSPECTIVE_ADMINISTRATION);
    }

    private static CalendarsPart open(String calendar) {
        CalendarsPart part = showPart(window, PART, CalendarsPart.class);
        waitUntil(WAIT, () -> Arrays.asList(part.names().getItems()).contains(calendar), "the calendars are listed");
        part.names().setSelection(part.names().indexOf(calendar));
        part.names().notifyListeners(SWT.Selection, new Event());
        waitUntil(WAIT, () -> part.draft() != null && part.draft().name().equals(calendar) && part.hours().isEnabled(), calendar + " is shown");
        return part;
    }

    private static String dueShown(Duration business) {
        return Formats.dateTime(complaints.due("wb-office", MONDAY_5PM.atZone(SHANGHAI).toInstant(), business).due().orElseThrow(), SHANGHAI);
    }

    private static void check(CalendarsPart part, String expectedDue) {
        part.check().from().setText(MONDAY_5PM.format(CheckPanel.START));
        part.check().add().setText("2h");
        part.check().check();
        waitUntil(WAIT, () -> part.check().due().contains(expectedDue), "the check shows due " + expectedDue + ", not " + part.check().due());
    }

    @Test
    void newHoursMoveTheChecksDueTimeOnceSaved() {
        CalendarsPart part = open("wb-office");
        String before = dueShown(Duration.ofHours(2));
        check(part, before);
        assertFalse(part.check().explanation().isBlank(), "the due time is explained");

        part.hours().setText("mon-fri 08:00-18:00");
        spin();
        assertTrue(canRun(window, "org.eclipse.ui.file.save"), "an edit can be saved");
        press(part.saveButton());
        waitUntil(WAIT, () -> !part.draft().history().dirty(), "saved: " + part.status());
        assertEquals("mon-fri 08:00-18:00", ServiceLevelTexts.formatWeek(complaints.calendar("wb-office").week()));
        String after = dueShown(Duration.ofHours(2));
        assertNotEquals(before, after, "an hour earlier each morning moves the due time");
        waitUntil(WAIT, () -> part.check().due().contains(after), "the check follows the saved hours: " + part.check().due());
        assertTrue(complaints.calendar("wb-office").holidays().containsKey(LocalDate.of(2026, 5, 1)), "the dates are kept");
        screenshot(window, "calendars");
    }

    @Test
    void wrongHoursSayWhatIsWrongAndSaveNothing() {
        CalendarsPart part = open("wb-office");
        String stored = ServiceLevelTexts.formatWeek(complaints.calendar("wb-office").week());
        part.hours().setText("mon-fri 09:00-25:00");
        spin();
        assertTrue(part.status().contains("09:00-25:00"), part.status());
        press(part.saveButton());
        spin();
        assertTrue(part.status().contains("09:00-25:00"), "saving says what is wrong: " + part.status());
        assertEquals(stored, ServiceLevelTexts.formatWeek(complaints.calendar("wb-office").week()), "nothing was saved");
        screenshot(window, "calendars-wrong-hours");

        // Ctrl+Z gives the stored hours back, and with them nothing is left to save
        command(window, "org.eclipse.ui.edit.undo");
        assertEquals(stored, part.hours().getText());
        assertFalse(part.draft().history().dirty());
    }

    @Test
    void holidaysAreImportedWholeOrNotAtAll() throws Exception {
        CalendarsPart part = open("wb-office");
        int shown = part.dates().getItemCount();
        Path bad = folder.resolve("bad.ics");
        Files.writeString(bad, "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261001\nDURATION:P7D\nSUMMARY:National Day\nEND:VEVENT\n"
                + "BEGIN:VEVENT\nDTSTART:20261225T090000\nSUMMARY:Christmas\nEND:VEVENT\nEND:VCALENDAR\n");
        part.importHolidays(bad);
        assertTrue(part.status().contains("bad.ics") && part.status().contains("20261225T090000"), part.status());
        assertEquals(shown, part.dates().getItemCount(), "not even the good event of a bad file is added");
        assertFalse(part.draft().history().dirty());

        Path good = folder.resolve("national-day.ics");
        Files.writeString(good, "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261001\nDURATION:P7D\nSUMMARY:National Day\nEND:VEVENT\nEND:VCALENDAR\n");
        part.importHolidays(good);
        assertEquals(shown + 7, part.dates().getItemCount());
        command(window, "org.eclipse.ui.file.save");
        waitUntil(WAIT, () -> !part.draft().history().dirty(), "saved: " + part.status());
        assertTrue(complaints.calendar("wb-office").holidays().containsKey(LocalDate.of(2026, 10, 7)));
        screenshot(window, "calendars-imported");
        theme("org.rapport.app.theme.dark");
        try {
            screenshot(window, "calendars-dark");
        } finally {
            theme("org.rapport.app.theme.light");
        }
    }

    @Test
    void aUserWhoMayNotChangeCalendarsSeesThemReadOnly() throws Exception {
        UserAdministration users = Services.await(UserAdministration.class);
        if (users.users().stream().noneMatch(u -> u.login().equals(AGENT))) {
            users.addUser(AGENT, "Cal Agent", AGENT_PASSWORD.toCharArray(), List.of(Roles.SERVICE_AGENT));
        }
        CalendarsPart part = open("wb-office");
        Authenticator signIn = Services.await(Authenticator.class);
        signIn.signIn(AGENT, AGENT_PASSWORD.toCharArray());
        try {
            part.read("wb-office");
            waitUntil(WAIT, () -> !part.hours().isEnabled(), "an agent may read the hours, not change them");
            assertFalse(part.saveButton().isEnabled());
            assertEquals("mon-fri", part.hours().getText().substring(0, 7), "the calendar is shown");
        } finally {
            signIn.signIn("workbench-tester", "tester-password".toCharArray());
            part.read("wb-office");
            waitUntil(WAIT, () -> part.hours().isEnabled(), "the administrator may change it again");
        }
    }

    private static void theme(String id) {
        WorkbenchDriver.theme(window, id);
    }
}
