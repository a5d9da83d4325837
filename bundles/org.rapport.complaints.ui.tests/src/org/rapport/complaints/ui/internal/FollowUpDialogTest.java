package org.rapport.complaints.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.button;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.press;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.whenShellOpens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.rapport.complaints.ui.internal.StepDialog.Answer;

/** The follow-up dialog in the real workbench: the CSAT it requires and the optional 0-10 recommend answer (the NPS question). */
class FollowUpDialogTest {

    /** Opens the dialog and answers it; a failure while answering closes it and fails the test (a modal loop would swallow it). */
    private static Optional<Answer> followUp(java.util.function.Consumer<Shell> answering) {
        Shell parent = (Shell) mainWindow().getWidget();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        whenShellOpens(Messages.step_follow_up_title, shell -> {
            try {
                answering.accept(shell);
            } catch (Throwable failure) {
                failed.set(failure);
                shell.close();
            }
        });
        Optional<Answer> answer = StepDialog.ask(parent, Messages.step_follow_up_title, Messages.step_follow_up_note, false, true);
        if (failed.get() instanceof AssertionError assertion) {
            throw assertion;
        }
        assertEquals(null, failed.get());
        return answer;
    }

    private static void chooseCsat(Shell shell, int score) {
        Button radio = button(shell, Messages.csat(score));
        assertNotNull(radio, "CSAT " + score);
        radio.setSelection(true);
        radio.notifyListeners(SWT.Selection, new Event());
    }

    private static Combo recommend(Shell shell) {
        List<Control> controls = new ArrayList<>();
        collect(shell, controls);
        for (int i = 0; i + 1 < controls.size(); i++) {
            if (controls.get(i) instanceof Label label && label.getText().equals(Messages.field_recommend) && controls.get(i + 1) instanceof Combo combo) {
                return combo;
            }
        }
        throw new AssertionError("no recommend choice after " + Messages.field_recommend);
    }

    private static void collect(Control control, List<Control> controls) {
        controls.add(control);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, controls);
            }
        }
    }

    @Test
    void theRecommendAnswerIsOptionalFromZeroToTen() {
        AtomicReference<List<String>> items = new AtomicReference<>();
        Optional<Answer> answered = followUp(shell -> {
            Combo combo = recommend(shell);
            items.set(List.of(combo.getItems()));
            assertEquals(0, combo.getSelectionIndex(), "no answer unless one is chosen");
            assertFalse(button(shell, IDialogConstants.OK_LABEL).isEnabled(), "the CSAT is required");
            chooseCsat(shell, 4);
            combo.select(10);
            screenshot(shell, "follow-up-dialog");
            press(button(shell, IDialogConstants.OK_LABEL));
        });
        assertEquals(new Answer(null, 4, 9), answered.orElseThrow());
        assertEquals(12, items.get().size(), "no answer, then 0 to 10: " + items.get());
        assertEquals(Messages.recommend_none, items.get().get(0));
        assertEquals(Messages.recommend_0, items.get().get(1));
        assertEquals(Messages.recommend_10, items.get().get(11));

        Optional<Answer> unanswered = followUp(shell -> {
            chooseCsat(shell, 2);
            press(button(shell, IDialogConstants.OK_LABEL));
        });
        assertEquals(new Answer(null, 2, null), unanswered.orElseThrow());

        Optional<Answer> zero = followUp(shell -> {
            chooseCsat(shell, 1);
            recommend(shell).select(1);
            press(button(shell, IDialogConstants.OK_LABEL));
        });
        assertTrue(zero.isPresent());
        assertEquals(Integer.valueOf(0), zero.get().recommend(), "0 is an answer");
    }
}
