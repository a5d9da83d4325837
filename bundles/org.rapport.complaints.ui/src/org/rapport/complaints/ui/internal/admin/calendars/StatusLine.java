package org.rapport.complaints.ui.internal.admin.calendars;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.ui.api.Colors;

/**
 * A line that says what happened, or in the problem colour what went wrong. Two labels, one shown at
 * a time, rather than one label recoloured: a label whose colour was taken back kept the other
 * theme's colour after a theme switch.
 */
public final class StatusLine {

    private final Composite line;
    private final Label plain;
    private final Label problem;

    /** @param span the columns of the parent's grid the line takes */
    public StatusLine(Composite parent, int span) {
        line = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(line);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(400, SWT.DEFAULT).applyTo(line);
        plain = label();
        problem = label();
        Colors.markProblem(problem);
        show(plain, "");
    }

    private Label label() {
        Label label = new Label(line, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(label);
        return label;
    }

    public void plain(String text) {
        show(plain, text);
    }

    public void problem(String text) {
        show(problem, text);
    }

    private void show(Label shown, String text) {
        Label hidden = shown == plain ? problem : plain;
        shown.setText(text);
        hidden.setText("");
        shown.setVisible(true);
        hidden.setVisible(false);
        ((GridData) shown.getLayoutData()).exclude = false;
        ((GridData) hidden.getLayoutData()).exclude = true;
        line.getParent().layout(true, true);
    }

    /** The text shown, plain or problem. */
    public String text() {
        return plain.isVisible() ? plain.getText() : problem.getText();
    }

    public boolean isProblem() {
        return problem.isVisible();
    }
}
