package org.rapport.loyalty.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.loyalty.api.Rewards.Item;

/** Makes or changes a reward of the catalogue: reference, name, price in points, stock (empty for unlimited), whether it can be redeemed. */
final class RewardDialog extends TitleAreaDialog {

    /** What the administrator typed, checked. */
    record Values(String reference, String name, long points, Integer stock, boolean active) {
    }

    private final Item existing;
    private Text reference;
    private Text name;
    private Text points;
    private Text stock;
    private Button active;
    private Values values;

    /** @param existing the reward to change, or null for a new one */
    RewardDialog(Shell parent, Item existing) {
        super(parent);
        this.existing = existing;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.reward_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.reward_title);
        setMessage(Messages.reward_message);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        reference = field(fields, Messages.reward_reference, existing == null ? "" : existing.reference());
        reference.setEditable(existing == null);
        name = field(fields, Messages.reward_name, existing == null ? "" : existing.name());
        points = field(fields, Messages.reward_points, existing == null ? "" : Long.toString(existing.points()));
        stock = field(fields, Messages.reward_stock, existing == null || existing.stock() == null ? "" : Integer.toString(existing.stock()));
        new Label(fields, SWT.NONE);
        active = new Button(fields, SWT.CHECK);
        active.setText(Messages.reward_active);
        active.setSelection(existing == null || existing.active());
        return area;
    }

    private Text field(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> validate());
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.reward_ok, false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
        validate();
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String problem = null;
        long price = 0;
        Integer units = null;
        try {
            price = Long.parseLong(points.getText().strip());
        } catch (NumberFormatException e) {
            price = 0;
        }
        if (reference.getText().isBlank() || name.getText().isBlank()) {
            problem = "";
        } else if (price <= 0) {
            problem = NLS.bind(Messages.reward_bad_points, points.getText());
        } else if (!stock.getText().isBlank()) {
            try {
                units = Integer.valueOf(stock.getText().strip());
            } catch (NumberFormatException e) {
                problem = NLS.bind(Messages.reward_bad_stock, stock.getText());
            }
        }
        setErrorMessage(problem == null || problem.isEmpty() ? null : problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        values = problem == null ? new Values(reference.getText().strip(), name.getText().strip(), price, units, active.getSelection()) : null;
    }

    @Override
    protected void okPressed() {
        validate();
        super.okPressed();
    }

    Values values() {
        return values;
    }
}
