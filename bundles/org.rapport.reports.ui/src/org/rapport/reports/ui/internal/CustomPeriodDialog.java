package org.rapport.reports.ui.internal;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.reports.api.ReportPeriod;

/** A period of the user's own: from and to, both days included; to before from is refused with a message. */
final class CustomPeriodDialog extends TitleAreaDialog {

    private final ReportPeriod initial;
    private DateTime from;
    private DateTime to;
    private ReportPeriod chosen;

    CustomPeriodDialog(Shell parent, ReportPeriod initial) {
        super(parent);
        this.initial = initial;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText(Messages.custom_title);
        setTitle(Messages.custom_title);
        setMessage(Messages.custom_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        new Label(fields, SWT.NONE).setText(Messages.custom_from);
        from = date(fields, initial.from());
        new Label(fields, SWT.NONE).setText(Messages.custom_to);
        to = date(fields, initial.to());
        return area;
    }

    private static DateTime date(Composite parent, LocalDate value) {
        DateTime date = new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        date.setDate(value.getYear(), value.getMonthValue() - 1, value.getDayOfMonth());
        return date;
    }

    private static LocalDate read(DateTime date) {
        return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
    }

    @Override
    protected void okPressed() {
        LocalDate start = read(from);
        LocalDate end = read(to);
        if (end.isBefore(start)) {
            setErrorMessage(Messages.custom_backwards);
            return;
        }
        chosen = new ReportPeriod(start, end);
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.custom_ok, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** The period chosen, or null when cancelled. */
    ReportPeriod chosen() {
        return chosen;
    }
}
