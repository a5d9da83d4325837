package org.rapport.loyalty.ui.internal;

import java.math.BigDecimal;

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
import org.rapport.loyalty.api.MemberTiers.Tier;

/** Sets a tier's thresholds (a new name makes a tier): the 12-month spend and points from which it applies; an empty one is left as it is. */
final class TierDialog extends TitleAreaDialog {

    record Values(String name, BigDecimal minSpend, Long minPoints) {
    }

    private final Tier existing;
    private Text name;
    private Text minSpend;
    private Text minPoints;
    private Values values;

    /** @param existing the tier to change, or null for a new one */
    TierDialog(Shell parent, Tier existing) {
        super(parent);
        this.existing = existing;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.tier_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.tier_title);
        setMessage(Messages.tier_message);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        name = field(fields, Messages.tier_name, existing == null ? "" : existing.name());
        name.setEditable(existing == null);
        minSpend = field(fields, Messages.column_min_spend, existing == null || existing.minSpend() == null ? "" : existing.minSpend().toPlainString());
        minPoints = field(fields, Messages.column_min_points, existing == null || existing.minPoints() == null ? "" : existing.minPoints().toString());
        return area;
    }

    private Text field(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> validate());
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.tier_ok, false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
        validate();
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String problem = name.getText().isBlank() ? "" : null;
        BigDecimal spend = null;
        Long points = null;
        try {
            spend = minSpend.getText().isBlank() ? null : new BigDecimal(minSpend.getText().strip());
        } catch (NumberFormatException e) {
            problem = NLS.bind(Messages.tier_bad_spend, minSpend.getText());
        }
        try {
            points = minPoints.getText().isBlank() ? null : Long.valueOf(minPoints.getText().strip());
        } catch (NumberFormatException e) {
            problem = NLS.bind(Messages.tier_bad_points, minPoints.getText());
        }
        setErrorMessage(problem == null || problem.isEmpty() ? null : problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        values = problem == null ? new Values(name.getText().strip(), spend, points) : null;
    }

    Values values() {
        return values;
    }
}
