package org.rapport.loyalty.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the points of a manual adjustment and its reason; both are required before it can be posted. */
final class AdjustDialog extends TitleAreaDialog {

    private final String customerRef;
    private Text pointsField;
    private Text reasonField;
    private long points;
    private String reason;

    AdjustDialog(Shell parent, String customerRef) {
        super(parent);
        this.customerRef = customerRef;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.adjust_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.adjust_title);
        setMessage(NLS.bind(Messages.adjust_message, customerRef));
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        new Label(fields, SWT.NONE).setText(Messages.adjust_points);
        pointsField = new Text(fields, SWT.BORDER);
        GridDataFactory.swtDefaults().hint(120, SWT.DEFAULT).applyTo(pointsField);
        Label reasonLabel = new Label(fields, SWT.NONE);
        reasonLabel.setText(Messages.adjust_reason);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(reasonLabel);
        reasonField = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(360, 80).applyTo(reasonField);
        pointsField.addListener(SWT.Modify, e -> validate());
        reasonField.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.adjust_ok, false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    /** Says what is missing or wrong, and allows posting only when nothing is. */
    private void validate() {
        String typed = pointsField.getText().strip();
        String problem = null;
        try {
            points = Long.parseLong(typed.startsWith("+") ? typed.substring(1) : typed);
            if (points == 0) {
                problem = NLS.bind(Messages.adjust_bad_points, typed);
            }
        } catch (NumberFormatException e) {
            problem = typed.isEmpty() ? "" : NLS.bind(Messages.adjust_bad_points, typed);
        }
        reason = reasonField.getText().strip();
        if (problem == null && reason.isEmpty()) {
            problem = Messages.adjust_reason_required;
        }
        setErrorMessage(problem == null || problem.isEmpty() ? null : problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    long points() {
        return points;
    }

    String reason() {
        return reason;
    }
}
