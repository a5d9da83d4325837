package org.rapport.complaints.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.ui.api.Colors;

/**
 * The small forms of the complaint editor and the profile: labelled fields in two columns, a line
 * that says what is missing, and OK enabled only when the form is complete. Public for the administration views in
 * the {@code admin} packages.
 */
public abstract class FormDialog extends Dialog {

    private final String title;
    private Label problem;

    protected FormDialog(Shell parent, String title) {
        super(parent);
        this.title = title;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        fields(area);
        problem = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(problem);
        Colors.markProblem(problem);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        check();
    }

    /** Adds the form's fields to the two-column area. */
    protected abstract void fields(Composite area);

    /** What keeps the form from being complete, or null. */
    protected abstract String missing();

    /** Checks the form again: call it when a field changes. */
    protected final void check() {
        if (problem == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String missing = missing();
        problem.setText(missing == null ? "" : missing);
        getButton(IDialogConstants.OK_ID).setEnabled(missing == null);
        // a message longer than the one the dialog opened with wraps onto lines it had no room for
        Shell shell = problem.getShell();
        Point wanted = shell.computeSize(shell.getSize().x, SWT.DEFAULT);
        if (shell.isVisible() && wanted.y > shell.getSize().y) {
            shell.setSize(shell.getSize().x, wanted.y);
        }
        shell.layout(true, true);
    }

    protected static Label label(Composite area, String text) {
        Label label = new Label(area, SWT.NONE);
        label.setText(text);
        return label;
    }

    protected Text text(Composite area, String caption, boolean multi) {
        Label label = label(area, caption);
        Text text = new Text(area, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        GridDataFactory.fillDefaults().grab(true, false).hint(320, multi ? 60 : SWT.DEFAULT).applyTo(text);
        if (multi) {
            GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        }
        text.addListener(SWT.Modify, e -> check());
        return text;
    }

    protected static String value(Text text) {
        return text.getText().isBlank() ? null : text.getText().strip();
    }
}
