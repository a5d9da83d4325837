package org.rapport.loyalty.ui.internal;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
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
import org.rapport.loyalty.api.MemberTiers;
import org.rapport.loyalty.api.MemberTiers.Tier;
import org.rapport.loyalty.api.Rewards;
import org.rapport.loyalty.api.Rewards.Item;
import org.rapport.loyalty.model.TierBasis;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Colors;
import org.rapport.ui.api.Confirm;
import org.rapport.ui.api.Formats;
import org.rapport.ui.api.HistoryTable.Column;
import org.rapport.ui.api.ModelEditor;

/**
 * The loyalty programme in the Administration perspective: points per unit, expiry and reminder,
 * what tiers qualify by, the tiers with their further benefits (edited below the tiers, with undo),
 * and the reward catalogue. Saved through {@link LoyaltyProgramme}, so the store's
 * access rules and audit apply; the Save button is disabled for a user without the update permission.
 */
public class ProgrammePart {

    @Inject
    private LoyaltyProgramme programme;
    @Inject
    private MemberTiers memberTiers;
    @Inject
    private Rewards rewards;
    @Inject
    private CurrentUser user;
    @Inject
    private MPart part;
    @Inject
    private EHandlerService handlers;
    @Inject
    private IEventBroker events;

    private final Background background = new Background("Rapport loyalty programme");
    private Spinner pointsPerUnit;
    private Spinner expiryMonths;
    private Spinner reminderDays;
    private Combo basis;
    private Button save;
    private Label status;
    private Table tiers;
    private Table catalogue;
    private BenefitsEditor benefits;
    private List<Tier> tierRows = List.of();
    private List<Item> rewardRows = List.of();
    private final List<Column<Item>> rewardColumns = List.of(new Column<>(Messages.column_reference, 100, Item::reference),
            new Column<>(Messages.column_name, 200, Item::name), new Column<>(Messages.column_price, 80, i -> Formats.count(i.points())),
            new Column<>(Messages.column_stock, 80, i -> i.stock() == null ? "" : Formats.count(i.stock())),
            new Column<>(Messages.column_left, 80, i -> i.left() == null ? "" : Formats.count(i.left())),
            new Column<>(Messages.column_active, 80, i -> i.active() ? Messages.yes : ""));
    private final List<Column<Tier>> tierColumns = List.of(new Column<>(Messages.column_tier, 110, Tier::name),
            new Column<>(Messages.column_min_spend, 130, t -> Formats.money(t.minSpend())),
            new Column<>(Messages.column_min_points, 130, t -> t.minPoints() == null ? "" : Formats.count(t.minPoints())),
            new Column<>(Messages.column_discount, 90, t -> t.discountPercent() == null ? "" : t.discountPercent().stripTrailingZeros().toPlainString() + " %"),
            new Column<>(Messages.column_priority, 130, t -> t.priorityService() ? Messages.yes : ""),
            new Column<>(Messages.column_advisor, 150, t -> t.dedicatedAdvisor() ? Messages.yes : ""),
            new Column<>(Messages.column_gift, 160, Tier::birthdayGift),
            new Column<>(Messages.column_benefits, 220, t -> String.join("; ", t.benefits())));

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
        GridDataFactory.fillDefaults().span(3, 1).applyTo(tiersHeading);
        Button setTier = button(parent, Messages.programme_set_tier, mayChange, this::setTier);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(setTier);
        tiers = Tables.create(parent, tierColumns);
        // room for the shipped three tiers and a fourth: the benefits below must not squeeze them out of sight
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).minSize(SWT.DEFAULT, tiers.getHeaderHeight() + 4 * tiers.getItemHeight() + 8)
                .applyTo(tiers);
        benefits = new BenefitsEditor(parent, mayChange, this::saveBenefits, this::benefitsChanged);
        tiers.addListener(SWT.Selection, e -> selectTier());
        handlers.activateHandler("org.eclipse.ui.edit.undo", new ModelEditor.CommandHandler(() -> benefits.history().canUndo(), benefits::undo));
        handlers.activateHandler("org.eclipse.ui.edit.redo", new ModelEditor.CommandHandler(() -> benefits.history().canRedo(), benefits::redo));
        handlers.activateHandler("org.eclipse.ui.file.save", new ModelEditor.CommandHandler(benefits::dirty, benefits::save));
        Label catalogueHeading = new Label(parent, SWT.NONE);
        catalogueHeading.setText(Messages.programme_catalogue);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(catalogueHeading);
        button(parent, Messages.programme_add_reward, mayChange, () -> setReward(null));
        button(parent, Messages.programme_change_reward, mayChange, () -> {
            int index = catalogue.getSelectionIndex();
            if (index >= 0 && index < rewardRows.size()) {
                setReward(rewardRows.get(index));
            }
        });
        catalogue = Tables.create(parent, rewardColumns);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(catalogue);
        parent.setData(ProgrammePart.class.getName(), this);
        read();
    }

    private static Button button(Composite parent, String text, boolean enabled, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setEnabled(enabled);
        button.setToolTipText(enabled ? null : Messages.programme_denied);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
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

    private record Read(Settings settings, List<Tier> tiers, List<Item> rewards) {
    }

    void read() {
        background.run(tiers, () -> new Read(programme.settings(), memberTiers.tiers(), rewards.rewards()), this::show, this::failed);
    }

    private void show(Read read) {
        show(read.settings());
        tierRows = read.tiers();
        rewardRows = read.rewards();
        Tables.fill(tiers, tierRows, tierColumns);
        Tables.fill(catalogue, rewardRows, rewardColumns);
        // the tier whose benefits are shown stays selected; its stored benefits replace the shown ones unless edits are pending
        for (int i = 0; i < tierRows.size(); i++) {
            if (tierRows.get(i).name().equals(benefits.tier())) {
                tiers.select(i);
                if (!benefits.dirty()) {
                    benefits.show(tierRows.get(i));
                }
            }
        }
    }

    /** Shows the selected tier's benefits; unsaved edits of another tier's are lost only when the person says so. */
    private void selectTier() {
        int index = tiers.getSelectionIndex();
        Tier selected = index >= 0 && index < tierRows.size() ? tierRows.get(index) : null;
        if (selected != null && selected.name().equals(benefits.tier())) {
            return;
        }
        if (benefits.dirty() && !Confirm.destructive(tiers.getShell(), Messages.benefits_discard_title, NLS.bind(Messages.benefits_discard, benefits.tier()),
                Messages.benefits_discard_action)) {
            for (int i = 0; i < tierRows.size(); i++) {
                if (tierRows.get(i).name().equals(benefits.tier())) {
                    tiers.select(i);
                }
            }
            return;
        }
        benefits.show(selected);
    }

    private void saveBenefits(String tier, List<String> list) {
        background.run(tiers, () -> memberTiers.setBenefits(tier, list), stored -> {
            benefits.saved();
            read();
        }, failure -> benefits.failed(failure.getMessage()));
    }

    private void benefitsChanged() {
        if (benefits == null) {
            return; // while it is made
        }
        part.setDirty(benefits.dirty());
        // the toolbar's Save, Undo and Redo ask their handlers again
        events.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
    }

    /** Save (Ctrl+S, the toolbar, the question at closing) stores the benefits being edited. */
    @Persist
    void persist() {
        benefits.save();
    }

    /** Sets the selected tier's thresholds, or a new tier's. */
    private void setTier() {
        int index = tiers.getSelectionIndex();
        TierDialog dialog = new TierDialog(tiers.getShell(), index >= 0 && index < tierRows.size() ? tierRows.get(index) : null);
        if (dialog.open() == org.eclipse.jface.window.Window.OK) {
            TierDialog.Values v = dialog.values();
            background.run(tiers, () -> memberTiers.set(v.name(), v.minSpend(), v.minPoints()), set -> saved(), this::failed);
        }
    }

    private void setReward(Item existing) {
        RewardDialog dialog = new RewardDialog(tiers.getShell(), existing);
        if (dialog.open() == org.eclipse.jface.window.Window.OK) {
            RewardDialog.Values v = dialog.values();
            background.run(tiers, () -> rewards.set(v.reference(), v.name(), v.points(), v.stock(), v.active()), set -> saved(), this::failed);
        }
    }

    private void saved() {
        status.setText(Messages.programme_saved);
        status.setData("org.eclipse.e4.ui.css.CssClassName", null);
        status.setForeground(null);
        read();
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
        background.run(tiers, () -> programme.update(wanted), stored -> saved(), this::failed);
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

    Table catalogue() {
        return catalogue;
    }

    BenefitsEditor benefits() {
        return benefits;
    }
}
