package org.rapport.loyalty.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.loyalty.api.Rewards.Item;
import org.rapport.ui.api.Formats;

/** Picks a reward of the catalogue to redeem for the customer's points: the active ones, with their price and stock. */
final class RedeemDialog extends TitleAreaDialog {

    private final String customerRef;
    private final long balance;
    private final List<Item> rewards;
    private Combo choice;
    private Item chosen;

    RedeemDialog(Shell parent, String customerRef, long balance, List<Item> catalogue) {
        super(parent);
        this.customerRef = customerRef;
        this.balance = balance;
        this.rewards = catalogue.stream().filter(Item::active).toList();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.redeem_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.redeem_title);
        setMessage(NLS.bind(Messages.redeem_message, customerRef, Formats.count(balance)));
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        new Label(fields, SWT.NONE).setText(Messages.redeem_reward);
        choice = new Combo(fields, SWT.READ_ONLY);
        choice.setItems(rewards.stream().map(RedeemDialog::describe).toArray(String[]::new));
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(choice);
        choice.addListener(SWT.Selection, e -> validate());
        if (rewards.isEmpty()) {
            setErrorMessage(Messages.redeem_none);
        }
        return area;
    }

    static String describe(Item item) {
        return item.left() == null ? NLS.bind(Messages.redeem_item, item.name(), Formats.count(item.points()))
                : NLS.bind(Messages.redeem_item_stock, new Object[] { item.name(), Formats.count(item.points()), Formats.count(item.left()) });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.redeem_ok, false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    /** Says when the balance or the stock cannot cover the reward (the service checks again when it posts). */
    private void validate() {
        int index = choice.getSelectionIndex();
        chosen = index < 0 ? null : rewards.get(index);
        String problem = null;
        if (chosen != null && chosen.points() > balance) {
            problem = NLS.bind(Messages.redeem_not_enough, Formats.count(chosen.points()), Formats.count(balance));
        } else if (chosen != null && chosen.left() != null && chosen.left() <= 0) {
            problem = NLS.bind(Messages.redeem_out_of_stock, chosen.name());
        }
        setErrorMessage(problem);
        getButton(IDialogConstants.OK_ID).setEnabled(chosen != null && problem == null);
    }

    Item chosen() {
        return chosen;
    }
}
