package org.rapport.loyalty.ui.internal;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.rapport.loyalty.api.LoyaltyProgramme;
import org.rapport.loyalty.api.LoyaltyProgramme.Settings;
import org.rapport.loyalty.api.LoyaltyProgramme.Tier;
import org.rapport.loyalty.model.TierBasis;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Colors;
import org.rapport.ui.api.Formats;
import org.rapport.ui.api.HistoryTable.Column;

/**
 * The loyalty programme in the Administration perspective: points per unit, expiry and reminder,
 * what tiers qualify by, and the tiers. Saved through {@link LoyaltyProgramme}, so the store's
 * access rules and audit apply; the Save button is disabled for a user without the update permission.
 */
public class ProgrammePart {

    @Inject
    private LoyaltyProgramme programme;
    @Inject
    private CurrentUser user;

    private final Background background = new Background("Rapport loyalty programme");
    private Spinner pointsPerUnit;
    private Spinner expiryMonths;
    private Spinner reminderDays;
    private Combo basis;
    private Button save;
    private Label status;
    private Table tiers;
    private final List<Column<Tier>> tierColumns = List.of(new Column<>(Messages.column_tier, 110, Tier::name),
            new Column<>(Messages.column_min_spend, 110, t -> Formats.money(t.minSpend())),
            new Column<>(Messages.column_min_points, 100, t -> t.minPoints() == null ? "" : Formats.count(t.minPoints())),
            new Column<>(Messages.column_discount, 90, t -> t.discountPercent() == null ? "" : t.discountPercent().stripTrailingZeros().toPlainString() + " %"),
            new Column<>(Messages.column_priority, 110, t -> t.priorityService() ? Messages.yes : ""),
            new Column<>(Messages.column_advisor, 120, t -> t.dedicatedAdvisor() ? Messages.yes : ""),
            new Column<>(Messages.column_gift, 160, Tier::birthdayGift));

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(parent);
        pointsPerUnit = spinner(parent, Messages.programme_points_per_unit, 1, 1000);
        expiryMonths = spinner(parent, Messages.programme_expiry_months, 1, 240);
        reminderDays = spinner(parent, Messages.programme_reminder_days, 0, 365);
        new Label(parent, SWT.NONE).setText(Messages.programme_tier_basis);
        basis = new Combo(parent, SWT.READ_ONLY);
        basis.setItems(Messages.basis_spend, Messages.basis_points);
        save = new Button(parent, SWT.PUSH);
        save.setText(Messages.programme_save);
        boolean mayChange = LoyaltyServices.may(user, Action.UPDATE);
        save.setEnabled(mayChange);
        save.setToolTipText(mayChange ? null : Messages.programme_denied);
        save.addListener(SWT.Selection, e -> save());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(status);
        Label tiersHeading = new Label(parent, SWT.NONE);
        tiersHeading.setText(Messages.programme_tiers);
        GridDataFactory.fillDefaults().span(4, 1).applyTo(tiersHeading);
        tiers = Tables.create(parent, tierColumns);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(tiers);
        parent.setData(ProgrammePart.class.getName(), this);
        read();
    }

    private static Spinner spinner(Composite parent, String label, int min, int max) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(min, min, max, 0, 1, 10);
        return spinner;
    }

    @PreDestroy
    void dispose() {
        background.close();
    }

    private record Read(Settings settings, List<Tier> tiers) {
    }

    void read() {
        background.run(tiers, () -> new Read(programme.settings(), programme.tiers()), this::show, this::failed);
    }

    private void show(Read read) {
        show(read.settings());
        Tables.fill(tiers, read.tiers(), tierColumns);
    }

    private void show(Settings settings) {
        pointsPerUnit.setSelection(settings.pointsPerUnit());
        expiryMonths.setSelection(settings.expiryMonths());
        reminderDays.setSelection(settings.reminderDays());
        basis.select(settings.tierBasis() == TierBasis.POINTS ? 1 : 0);
    }

    private void failed(Exception failure) {
        status.setText(NLS.bind(Messages.programme_failed, failure.getMessage()));
        Colors.markProblem(status);
        status.getParent().layout(true, true);
    }

    void save() {
        Settings wanted = new Settings(pointsPerUnit.getSelection(), expiryMonths.getSelection(), reminderDays.getSelection(),
                basis.getSelectionIndex() == 1 ? TierBasis.POINTS : TierBasis.SPEND);
        background.run(tiers, () -> programme.update(wanted), stored -> {
            show(stored);
            status.setText(Messages.programme_saved);
            status.setData("org.eclipse.e4.ui.css.CssClassName", null);
            status.setForeground(null);
            status.getParent().layout(true, true);
        }, this::failed);
    }

    // for the workbench tests

    Spinner pointsPerUnit() {
        return pointsPerUnit;
    }

    Button saveButton() {
        return save;
    }

    String status() {
        return status.getText();
    }

    Table tiers() {
        return tiers;
    }
}
