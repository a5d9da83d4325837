package org.rapport.complaints.ui.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.model.CompensationKind;
import org.rapport.ui.api.EnumLabels;

/**
 * A compensation for the customer: loyalty points (posted to the ledger with the complaint's
 * change), or a service credit, extended warranty or coupon with its value, recorded.
 */
final class CompensateDialog extends FormDialog {

    record Compensation(CompensationKind kind, Long points, BigDecimal amount, String description) {
    }

    private Combo kind;
    private Spinner points;
    private Text amount;
    private Text description;
    private Compensation compensation;

    private CompensateDialog(Shell parent) {
        super(parent, Messages.compensate_title);
    }

    static Optional<Compensation> ask(Shell parent) {
        CompensateDialog dialog = new CompensateDialog(parent);
        return dialog.open() == Window.OK ? Optional.of(dialog.compensation) : Optional.empty();
    }

    @Override
    protected void fields(Composite area) {
        EnumLabels labels = EnumLabels.ofBundle(ComplaintQueue.class);
        label(area, Messages.field_kind);
        kind = new Combo(area, SWT.READ_ONLY);
        CompensationKind.VALUES.forEach(k -> kind.add(labels.of(k)));
        kind.select(CompensationKind.LOYALTY_POINTS.getValue());
        kind.addListener(SWT.Selection, e -> {
            points.setEnabled(points());
            amount.setEnabled(!points());
            check();
        });
        label(area, Messages.field_points);
        points = new Spinner(area, SWT.BORDER);
        points.setValues(200, 0, 1_000_000, 0, 50, 500);
        points.addListener(SWT.Modify, e -> check());
        amount = text(area, Messages.field_amount, false);
        amount.setEnabled(false);
        description = text(area, Messages.field_description, false);
    }

    private boolean points() {
        return CompensationKind.VALUES.get(kind.getSelectionIndex()) == CompensationKind.LOYALTY_POINTS;
    }

    @Override
    protected String missing() {
        if (points()) {
            return points.getSelection() <= 0 ? Messages.missing_points : null;
        }
        String value = value(amount);
        if (value != null) {
            try {
                new BigDecimal(value);
            } catch (NumberFormatException e) {
                return Messages.missing_amount;
            }
        }
        return value(description) == null ? Messages.missing_description : null;
    }

    @Override
    protected void okPressed() {
        CompensationKind chosen = CompensationKind.VALUES.get(kind.getSelectionIndex());
        boolean inPoints = chosen == CompensationKind.LOYALTY_POINTS;
        compensation = new Compensation(chosen, inPoints ? (long) points.getSelection() : null,
                inPoints || value(amount) == null ? null : new BigDecimal(value(amount)), value(description));
        super.okPressed();
    }
}
