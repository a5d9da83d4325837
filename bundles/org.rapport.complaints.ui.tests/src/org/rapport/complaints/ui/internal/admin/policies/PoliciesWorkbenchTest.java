package org.rapport.complaints.ui.internal.admin.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.button;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.perspective;
import static org.rapport.testing.ui.WorkbenchDriver.press;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.showPart;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.textAfter;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;
import static org.rapport.testing.ui.WorkbenchDriver.whenShellOpens;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.CalendarChange;
import org.rapport.complaints.api.Complaints.Policy;
import org.rapport.complaints.model.Severity;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.testing.Services;
import org.rapport.testing.ui.WorkbenchDriver;

/** The Service Policies view of the Administration perspective in the real workbench: a policy's duration edited through its dialog. */
class PoliciesWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PART = "org.rapport.complaints.ui.part.policies";

    private static MWindow window;
    private static Complaints complaints;

    @BeforeAll
    static void seed() {
        window = mainWindow();
        complaints = Services.await(Complaints.class);
        complaints.replaceCalendar(new CalendarChange("wb-desk", "Asia/Shanghai", "mon-fri 09:00-18:00", Map.of(), Set.of(), Map.of()));
        complaints.setPolicy(Severity.GENERAL, null, "wb-desk", Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(48));
    }

    /**
     * The other test classes of this workbench open general complaints on the shipped policy (24x7, 30
     * minutes to acknowledge): the general policy set here must not outlive this class.
     */
    @AfterAll
    static void shippedPolicyAgain() {
        complaints.removePolicy(Severity.GENERAL, null);
    }

    /** The views are in the Administration perspective, where the parts are found. */
    @BeforeEach
    void administration() {
        perspective(window, RapportWorkbench.PERSPECTIVE_ADMINISTRATION);
    }

    private static Policy general(PoliciesPart part) {
        return part.rows().stream().filter(p -> p.severity() == Severity.GENERAL && p.tier() == null).findFirst().orElseThrow();
    }

    @Test
    void aPolicysDurationIsEditedInItsDialog() {
        PoliciesPart part = showPart(window, PART, PoliciesPart.class);
        waitUntil(WAIT, () -> !part.rows().isEmpty() && general(part).calendarName().equals("wb-desk"), "the policies are listed");
        int row = part.rows().indexOf(general(part));
        part.table().setSelection(row);
        part.table().notifyListeners(SWT.Selection, new Event());
        boolean[] answered = new boolean[1];
        whenShellOpens(Messages.policies_edit_title, dialog -> {
            Text acknowledge = textAfter(dialog, Messages.policies_column_acknowledge);
            acknowledge.setText("45x");
            spin();
            assertTrue(!okButton(dialog).isEnabled(), "a duration that does not read cannot be saved");
            screenshot(dialog, "policy-dialog-wrong");
            acknowledge.setText("45m");
            spin();
            screenshot(dialog, "policy-dialog");
            answered[0] = true;
            press(okButton(dialog));
        });
        press(button(part.table().getParent(), Messages.policies_edit));
        assertTrue(answered[0], "the dialog opened");
        waitUntil(WAIT, () -> general(part).acknowledge().equals(Duration.ofMinutes(45)), "the view shows the stored policy: " + part.status());
        Policy stored = complaints.policies().stream().filter(p -> p.severity() == Severity.GENERAL && p.tier() == null).findFirst().orElseThrow();
        assertEquals(new Policy(Severity.GENERAL, null, "wb-desk", Duration.ofMinutes(45), Duration.ofHours(2), Duration.ofHours(48), false), stored);
        assertTrue(part.table().getItem(part.rows().indexOf(general(part))).getText(3).equals("45m"));
        screenshot(window, "policies");
        theme("org.rapport.app.theme.dark");
        try {
            screenshot(window, "policies-dark");
        } finally {
            theme("org.rapport.app.theme.light");
        }
    }

    private static org.eclipse.swt.widgets.Button okButton(Shell dialog) {
        return button(dialog, IDialogConstants.OK_LABEL);
    }

    private static void theme(String id) {
        WorkbenchDriver.theme(window, id);
    }
}
