package org.rapport.complaints.ui.internal.admin.catalogue;

import java.math.BigDecimal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.complaints.api.CompensationCatalogue.OfferDraft;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.ui.internal.FormDialog;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.ui.api.EnumLabels;

/** A new entry of the compensation catalogue: code, name, kind, and its points or its amount. */
final class OfferDialog extends FormDialog {

    private Text code;
    private Text name;
    private Combo kind;
    private Text points;
    private Text amount;
    private OfferDraft draft;

    OfferDialog(Shell parent) {
        super(parent, Messages.catalogue_add_title);
    }

    @Override
    protected void fields(Composite area) {
        EnumLabels labels = EnumLabels.ofBundle(ComplaintQueue.class);
        code = text(area, Messages.catalogue_field_code, false);
        name = text(area, Messages.catalogue_field_name, false);
        label(area, Messages.catalogue_field_kind);
        kind = new Combo(area, SWT.READ_ONLY);
        CompensationKind.VALUES.forEach(k -> kind.add(labels.of(k)));
        kind.select(CompensationKind.LOYALTY_POINTS.getValue());
        kind.addListener(SWT.Selection, e -> kindChanged());
        points = text(area, Messages.catalogue_field_points, false);
        amount = text(area, Messages.catalogue_field_amount, false);
        kindChanged();
    }

    private CompensationKind chosen() {
        return CompensationKind.VALUES.get(Math.max(0, kind.getSelectionIndex()));
    }

    /** Points for loyalty points, an amount for the rest: the other field is off. */
    private void kindChanged() {
        boolean inPoints = chosen() == CompensationKind.LOYALTY_POINTS;
        points.setEnabled(inPoints);
        amount.setEnabled(!inPoints);
        check();
    }

    @Override
    protected String missing() {
        if (value(code) == null) {
            return Messages.catalogue_missing_code;
        }
        if (value(name) == null) {
            return Messages.catalogue_missing_name;
        }
        if (chosen() == CompensationKind.LOYALTY_POINTS) {
            Long given = whole(value(points));
            return given == null || given <= 0 ? Messages.catalogue_missing_points : null;
        }
        String text = value(amount);
        return text != null && (decimal(text) == null || decimal(text).signum() <= 0) ? Messages.catalogue_missing_amount : null;
    }

    private static Long whole(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    protected void okPressed() {
        boolean inPoints = chosen() == CompensationKind.LOYALTY_POINTS;
        draft = new OfferDraft(value(code), value(name), chosen(), inPoints ? whole(value(points)) : null,
                inPoints || value(amount) == null ? null : decimal(value(amount)));
        super.okPressed();
    }

    OfferDraft draft() {
        return draft;
    }
}
