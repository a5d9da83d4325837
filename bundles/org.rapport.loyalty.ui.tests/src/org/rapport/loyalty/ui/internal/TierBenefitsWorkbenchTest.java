package org.rapport.loyalty.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.activePart;
import static org.rapport.testing.ui.WorkbenchDriver.button;
import static org.rapport.testing.ui.WorkbenchDriver.command;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.perspective;
import static org.rapport.testing.ui.WorkbenchDriver.press;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.showPart;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.loyalty.api.MemberTiers;
import org.rapport.security.api.Authenticator;
import org.rapport.testing.Services;

/** The further benefits of a tier, edited in the programme view: add, change, remove, undo and redo (buttons and Ctrl+Z), saved through the service. */
class TierBenefitsWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static MWindow window;
    private static MemberTiers tiers;

    @BeforeAll
    static void start() {
        window = mainWindow();
        tiers = Services.await(MemberTiers.class);
    }

    @AfterEach
    void backToTheServiceDesk() throws Exception {
        Services.await(Authenticator.class).signIn("workbench-tester", "tester-password".toCharArray());
        perspective(window, RapportWorkbench.PERSPECTIVE_SERVICE_DESK);
    }

    private static List<String> shown(BenefitsEditor editor) {
        return Arrays.asList(editor.list().getItems());
    }

    private static void select(Table table, String first) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getText(0).equals(first)) {
                table.setSelection(i);
                table.notifyListeners(SWT.Selection, new Event());
                spin();
                return;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static void pick(BenefitsEditor editor, int index) {
        editor.list().select(index);
        editor.list().notifyListeners(SWT.Selection, new Event());
        spin();
    }

    /** A double-click: the benefit goes into the text to be changed. */
    private static void open(BenefitsEditor editor, int index) {
        pick(editor, index);
        editor.list().notifyListeners(SWT.DefaultSelection, new Event());
        spin();
    }

    private static void type(BenefitsEditor editor, String text) {
        editor.text().setText(text); // fires Modify, as typing does
        spin();
    }

    private static List<String> stored(String tier) {
        return tiers.tiers().stream().filter(t -> t.name().equals(tier)).findFirst().orElseThrow().benefits();
    }

    @Test
    void anAdministratorAddsChangesRemovesUndoesAndSavesATiersBenefits() {
        perspective(window, RapportWorkbench.PERSPECTIVE_ADMINISTRATION);
        ProgrammePart part = showPart(window, "org.rapport.loyalty.ui.part.programme", ProgrammePart.class);
        waitUntil(WAIT, () -> part.tiers().getItemCount() >= 3, "the programme is read");
        Composite view = part.tiers().getParent();
        BenefitsEditor editor = part.benefits();
        assertFalse(button(view, Messages.benefits_add).isEnabled(), "no tier selected: nothing to add to");

        select(part.tiers(), "Gold");
        type(editor, "Free delivery");
        press(button(view, Messages.benefits_add));
        type(editor, "Lounge access");
        press(button(view, Messages.benefits_add));
        type(editor, "Gift wrapping");
        press(button(view, Messages.benefits_add));
        assertEquals(List.of("Free delivery", "Lounge access", "Gift wrapping"), shown(editor));
        assertTrue(activePart(window).isDirty(), "unsaved benefits mark the view");

        pick(editor, 0);
        assertEquals("", editor.text().getText(), "a selection alone leaves what is typed alone");
        open(editor, 0);
        assertEquals("Free delivery", editor.text().getText(), "the double-clicked benefit is ready to change");
        type(editor, "Free delivery, also abroad");
        press(button(view, Messages.benefits_change));
        pick(editor, 2);
        press(button(view, Messages.benefits_remove));
        assertEquals(List.of("Free delivery, also abroad", "Lounge access"), shown(editor));

        // Ctrl+Z and Ctrl+Y as in the other editors, and the view's own buttons
        command(window, "org.eclipse.ui.edit.undo");
        assertEquals(List.of("Free delivery, also abroad", "Lounge access", "Gift wrapping"), shown(editor), "the removal undone");
        press(button(view, Messages.benefits_undo));
        assertEquals(List.of("Free delivery", "Lounge access", "Gift wrapping"), shown(editor), "the change undone");
        command(window, "org.eclipse.ui.edit.redo");
        press(button(view, Messages.benefits_redo));
        assertEquals(List.of("Free delivery, also abroad", "Lounge access"), shown(editor));
        assertEquals(List.of(), stored("Gold"), "nothing is stored before Save");

        command(window, "org.eclipse.ui.file.save");
        waitUntil(WAIT, () -> stored("Gold").equals(List.of("Free delivery, also abroad", "Lounge access")), "saved through the service: " + stored("Gold"));
        waitUntil(WAIT, () -> !activePart(window).isDirty(), "saved: no unsaved mark");
        waitUntil(WAIT, () -> Arrays.stream(part.tiers().getItems()).anyMatch(i -> i.getText(7).equals("Free delivery, also abroad; Lounge access")),
                "the tiers table shows the benefits");
        screenshot(window, "loyalty-programme-benefits");

        // another tier: its own (none), and back
        select(part.tiers(), "Black");
        assertEquals(List.of(), shown(editor));
        select(part.tiers(), "Gold");
        assertEquals(List.of("Free delivery, also abroad", "Lounge access"), shown(editor));
    }
}
