package org.rapport.customers.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * What the Customers list shows instead of an empty table: why it is empty and what to do, with
 * buttons for it (an empty database: Import…, New customer…; a search without hits: Clear filters;
 * a sales person without accounts yet: whom to ask).
 */
final class EmptyState {

    /** A button of the empty state: its text and what it does. */
    record Action(String text, Runnable run) {
    }

    private final Composite panel;
    private final Label title;
    private final Label text;
    private final Composite buttons;

    EmptyState(Composite parent) {
        panel = new Composite(parent, SWT.NONE);
        panel.setData(CustomersPart.WIDGET, "customers-empty");
        GridLayoutFactory.swtDefaults().margins(24, 24).spacing(8, 12).applyTo(panel);
        title = new Label(panel, SWT.WRAP);
        title.setFont(JFaceResources.getHeaderFont());
        title.setData(CustomersPart.WIDGET, "customers-empty-title");
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(title);
        text = new Label(panel, SWT.WRAP);
        text.setData(CustomersPart.WIDGET, "customers-empty-text");
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(text);
        buttons = new Composite(panel, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(buttons);
    }

    Control control() {
        return panel;
    }

    /** Says why the list is empty and offers what to do. */
    void show(String why, String whatToDo, List<Action> actions) {
        title.setText(why);
        text.setText(whatToDo);
        for (Control old : buttons.getChildren()) {
            old.dispose();
        }
        ((org.eclipse.swt.layout.GridLayout) buttons.getLayout()).numColumns = Math.max(1, actions.size());
        for (Action action : actions) {
            Button button = new Button(buttons, SWT.PUSH);
            button.setText(action.text());
            button.addListener(SWT.Selection, e -> action.run().run());
        }
        panel.layout(true, true);
    }

    /** The texts shown, for the workbench tests: the title, the explanation and the buttons. */
    List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(title.getText(), text.getText()));
        for (Control button : buttons.getChildren()) {
            texts.add(((Button) button).getText());
        }
        return texts;
    }

    /** A button by its text, for the workbench tests. */
    Button button(String label) {
        for (Control button : buttons.getChildren()) {
            if (((Button) button).getText().equals(label)) {
                return (Button) button;
            }
        }
        return null;
    }
}
