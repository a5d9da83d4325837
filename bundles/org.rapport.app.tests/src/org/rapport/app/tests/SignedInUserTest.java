package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.app.internal.Messages;
import org.rapport.app.internal.UnsavedChanges;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;

/**
 * Who is signed in shows at the top right, with Switch User and Sign Out beside it; signing out,
 * switching user and closing Rapport ask before unsaved changes are lost, with Cancel as the
 * default, and go on only when every change was saved or discarded.
 */
class SignedInUserTest {

    private static final String TITLE = "Unsaved Changes";

    private Workbench workbench;
    private final List<MPart> editors = new ArrayList<>();

    @BeforeEach
    void findWorkbench() {
        workbench = Workbench.find();
    }

    @AfterEach
    void closeEditors() {
        EPartService parts = workbench.context().get(EPartService.class);
        for (MPart editor : editors) {
            editor.setDirty(false);
            parts.hidePart(editor, true);
        }
        workbench.spin();
    }

    @Test
    void theWindowShowsTheSignedInUserAndRoleWithSwitchUserAndSignOut() {
        SessionUser user = workbench.application.getContext().get(SessionUser.class);
        Label who = workbench.widget(Label.class, "signed-in-user");
        assertEquals(user.displayName() + "  ·  Administrator", who.getText());
        assertTrue(who.getToolTipText().contains(user.login()), who.getToolTipText());
        ToolBar actions = workbench.widget(ToolBar.class, "signed-in-actions");
        assertEquals(List.of("Switch User", "Sign Out"), buttons(actions).stream().map(ToolItem::getText).toList());
        assertTrue(buttons(actions).stream().allMatch(i -> i.getBounds().width > 0), "the buttons are laid out");
    }

    @Test
    void signOutSwitchUserExitAndTheCloseBoxAskFirstAndCancelKeepsEverything() {
        MPart editor = unsavedEditor("Wang Fang (C-000042)");
        CurrentUser current = workbench.context().get(CurrentUser.class);
        ToolBar actions = workbench.widget(ToolBar.class, "signed-in-actions");
        List<Runnable> leavings = List.of(
                () -> buttons(actions).get(1).notifyListeners(SWT.Selection, new Event()),
                () -> buttons(actions).get(0).notifyListeners(SWT.Selection, new Event()),
                () -> workbench.execute("org.eclipse.ui.file.exit", Map.of()),
                () -> assertFalse(workbench.context().get(IWindowCloseHandler.class).close(workbench.window), "the close box went on"));
        for (Runnable leaving : leavings) {
            List<String> asked = new ArrayList<>();
            answer(dialog -> {
                asked.add(message(dialog));
                assertEquals(IDialogConstants.CANCEL_LABEL, dialog.getDefaultButton().getText(), "Cancel is the default: Enter loses nothing");
                press(dialog, IDialogConstants.CANCEL_LABEL);
            });
            leaving.run();
            workbench.spin();
            assertEquals(1, asked.size(), "asked once");
            assertTrue(asked.get(0).contains("Wang Fang (C-000042)"), asked.get(0));
            assertTrue(current.get().isPresent(), "still signed in");
            assertFalse(workbench.shell().isDisposed(), "the window stays");
            assertTrue(editor.isDirty(), "the changes stay");
        }
    }

    @Test
    void saveAndContinueSavesEveryEditorFirst() {
        MPart first = unsavedEditor("first");
        MPart second = unsavedEditor("second");
        answer(dialog -> press(dialog, "Save and Continue"));
        assertTrue(mayClose());
        assertFalse(first.isDirty());
        assertFalse(second.isDirty());
        assertEquals(1, ((UnsavedEditor) first.getObject()).saves);
    }

    @Test
    void anEditorThatCannotSaveStopsTheLeavingAndSaysWhich() {
        unsavedEditor("fine");
        MPart refusing = unsavedEditor("Li Lei, " + UnsavedEditor.REFUSES);
        List<String> told = new ArrayList<>();
        answer(dialog -> {
            answer(error -> {
                told.add(message(error));
                press(error, IDialogConstants.OK_LABEL);
            });
            press(dialog, "Save and Continue");
        });
        assertFalse(mayClose());
        assertEquals(1, told.size());
        assertTrue(told.get(0).startsWith("Li Lei, " + UnsavedEditor.REFUSES + " could not be saved"), told.get(0));
        assertTrue(refusing.isDirty());
    }

    @Test
    void discardGoesOnAndNothingAsksAgain() {
        MPart editor = unsavedEditor("discarded");
        answer(dialog -> press(dialog, "Discard Changes"));
        assertTrue(mayClose());
        assertFalse(editor.isDirty());
        assertEquals(0, ((UnsavedEditor) editor.getObject()).saves);
        assertTrue(mayClose(), "nothing is unsaved any more, so no question (an open dialog would block here)");
    }

    private static List<ToolItem> buttons(ToolBar bar) {
        return Arrays.stream(bar.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0).toList();
    }

    private boolean mayClose() {
        Messages messages = ContextInjectionFactory.make(MessagesHolder.class, workbench.context()).messages;
        return UnsavedChanges.mayClose(workbench.shell(), workbench.context().get(EPartService.class), messages, messages.unsaved_exit);
    }

    /** The workbench's texts as the handlers get them. */
    static class MessagesHolder {
        @jakarta.inject.Inject
        @Translation
        Messages messages;
    }

    private MPart unsavedEditor(String label) {
        EModelService models = workbench.context().get(EModelService.class);
        MPart part = models.createModelElement(MPart.class);
        part.setLabel(label);
        part.setCloseable(true);
        part.setContributionURI("bundleclass://org.rapport.app/" + UnsavedEditor.class.getName());
        // a part without a parent goes where the part service puts new parts: earlier tests may have closed the work area's stack
        workbench.context().get(EPartService.class).showPart(part, PartState.ACTIVATE);
        part.setDirty(true);
        editors.add(part);
        workbench.spin();
        assertNotNull(part.getObject(), "the editor was made");
        return part;
    }

    /** Acts on the next "Unsaved Changes" dialog once it opens (its event loop runs until someone answers). */
    private void answer(Consumer<Shell> action) {
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell shell = Arrays.stream(workbench.display.getShells()).filter(s -> !s.isDisposed() && s.isVisible() && TITLE.equals(s.getText()))
                    .filter(s -> s != workbench.shell()).reduce((a, b) -> b).orElse(null);
            if (shell == null || shell.getData("answered") != null) {
                workbench.display.timerExec(50, poll[0]);
            } else {
                shell.setData("answered", true);
                action.accept(shell);
            }
        };
        workbench.display.timerExec(50, poll[0]);
    }

    private static String message(Shell dialog) {
        StringBuilder text = new StringBuilder();
        collect(dialog, text);
        return text.toString();
    }

    private static void collect(Control control, StringBuilder text) {
        if (control instanceof Label label && label.getText() != null) {
            text.append(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, text);
            }
        }
    }

    private static void press(Shell dialog, String text) {
        Button button = button(dialog, text.replace("&", ""));
        assertNotNull(button, () -> "no button " + text + " in " + message(dialog));
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static Button button(Control control, String text) {
        if (control instanceof Button button && button.getText().replace("&", "").equals(text)) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = button(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
