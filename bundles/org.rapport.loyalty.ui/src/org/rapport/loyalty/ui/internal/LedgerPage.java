package org.rapport.loyalty.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.rapport.loyalty.api.Loyalty.Account;
import org.rapport.loyalty.api.Loyalty.Line;
import org.rapport.loyalty.api.TierStanding.Standing;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.loyalty.model.TierBasis;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Colors;
import org.rapport.ui.api.Formats;
import org.rapport.ui.api.HistoryTable.Column;

/**
 * The Loyalty tab of one customer: balance, debt, tier and the way to the next tier, the ledger
 * newest first with its filters, the trace of the selected entry, and the manual adjustment. Reads
 * off the UI thread, and again after every commit that touches loyalty (see {@link LoyaltyTab}).
 */
final class LedgerPage {

    /** What one read gives. */
    record Snapshot(Account account, Standing standing) {
    }

    private static final int PROGRESS_STEPS = 1000;

    private final String customerRef;
    private final LoyaltyServices services;
    private final Composite page;
    private final Background background = new Background("Rapport loyalty tab");
    private final Label balance;
    private final Label debt;
    private final Label tier;
    private final ProgressBar progress;
    private final Label progressText;
    private final Label problem;
    private final Combo kinds;
    private final Combo periods;
    private final Button adjust;
    private final Button redeem;
    private final Label count;
    private final Table ledger;
    private final Label traceHeading;
    private final Table trace;
    private final List<Column<Line>> ledgerColumns;
    private final List<Column<Trace.Step>> traceColumns;
    private Snapshot snapshot;
    private List<Line> shown = List.of();
    /** Bumped on every read: the result of an older read is dropped. */
    private int reads;

    LedgerPage(Composite parent, String customerRef, LoyaltyServices services) {
        this.customerRef = customerRef;
        this.services = services;
        page = new Composite(parent, SWT.NONE);
        page.setData(LedgerPage.class.getName(), this);
        page.addListener(SWT.Dispose, e -> background.close());
        GridLayoutFactory.swtDefaults().numColumns(7).applyTo(page);

        Composite summary = new Composite(page, SWT.NONE);
        RowLayoutFactory.fillDefaults().spacing(16).center(true).wrap(true).applyTo(summary);
        GridDataFactory.fillDefaults().span(7, 1).grab(true, false).applyTo(summary);
        balance = rowLabel(summary);
        debt = rowLabel(summary);
        tier = rowLabel(summary);
        progress = new ProgressBar(summary, SWT.HORIZONTAL);
        progress.setMaximum(PROGRESS_STEPS);
        progress.setLayoutData(new RowData(160, SWT.DEFAULT));
        progressText = rowLabel(summary);
        problem = label(page, 7);
        Colors.markProblem(problem);
        Labels.showOrHide(debt, "");
        Labels.showOrHide(problem, "");

        new Label(page, SWT.NONE).setText(Messages.filter_kind);
        kinds = new Combo(page, SWT.READ_ONLY);
        List<String> kindItems = new ArrayList<>(List.of(Messages.kind_all, Messages.kind_earned, Messages.kind_spent));
        EntryKind.VALUES.forEach(k -> kindItems.add(services.kindLabels().of(k)));
        kinds.setItems(kindItems.toArray(String[]::new));
        kinds.select(0);
        new Label(page, SWT.NONE).setText(Messages.filter_period);
        periods = new Combo(page, SWT.READ_ONLY);
        periods.setItems(Messages.period_all, Messages.period_30_days, Messages.period_12_months, Messages.period_this_year);
        periods.select(0);
        count = label(page, 1);
        redeem = new Button(page, SWT.PUSH);
        redeem.setText(Messages.redeem_button);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(redeem);
        boolean mayRedeem = services.mayRedeem();
        redeem.setEnabled(mayRedeem);
        redeem.setToolTipText(mayRedeem ? null : Messages.redeem_denied);
        redeem.addListener(SWT.Selection, e -> redeem());
        adjust = new Button(page, SWT.PUSH);
        adjust.setText(Messages.adjust_button);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(adjust);
        boolean mayAdjust = services.mayAdjust();
        adjust.setEnabled(mayAdjust);
        adjust.setToolTipText(mayAdjust ? null : Messages.adjust_denied);
        adjust.addListener(SWT.Selection, e -> adjust());
        kinds.addListener(SWT.Selection, e -> showLedger());
        periods.addListener(SWT.Selection, e -> showLedger());

        SashForm sash = new SashForm(page, SWT.VERTICAL);
        GridDataFactory.fillDefaults().span(7, 1).grab(true, true).applyTo(sash);
        ledgerColumns = List.of(new Column<>(Messages.column_entry, 60, l -> Long.toString(l.id())),
                new Column<>(Messages.column_at, 150, l -> Formats.dateTime(l.at(), services.clock().zone())),
                new Column<>(Messages.column_kind, 110, l -> services.kindLabels().of(l.kind())),
                new Column<>(Messages.column_points, 70, l -> Formats.count(l.points())),
                new Column<>(Messages.column_open, 60, l -> l.points() > 0 ? Formats.count(l.open()) : ""),
                new Column<>(Messages.column_rule, 150, l -> services.texts().rule(l.rule(), services.locale())),
                new Column<>(Messages.column_description, 400, this::describe), new Column<>(Messages.column_source, 110, Line::sourceRef),
                new Column<>(Messages.column_expires, 100, l -> Formats.date(l.expiresOn())),
                new Column<>(Messages.column_by, 130, l -> services.texts().recordedBy(l.recordedBy(), services.locale())));
        ledger = Tables.create(sash, ledgerColumns);
        ledger.addListener(SWT.Selection, e -> showTrace());
        Composite traceArea = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(traceArea);
        traceHeading = new Label(traceArea, SWT.WRAP);
        traceHeading.setText(Messages.trace_none);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(traceHeading);
        traceColumns = List.of(new Column<>(Messages.column_entry, 60, s -> Long.toString(s.entry().id())),
                new Column<>(Messages.column_at, 150, s -> Formats.dateTime(s.entry().at(), services.clock().zone())),
                new Column<>(Messages.column_kind, 110, s -> services.kindLabels().of(s.entry().kind())),
                new Column<>(Messages.column_points, 70, s -> Formats.count(s.points())),
                new Column<>(Messages.column_description, 320, s -> describe(s.entry())), new Column<>(Messages.column_source, 110, s -> s.entry().sourceRef()));
        trace = Tables.create(traceArea, traceColumns);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(trace);
        sash.setWeights(65, 35);
        balance.setText(Messages.loading);
        refresh();
    }

    private static Label rowLabel(Composite parent) {
        Label label = new Label(parent, SWT.NONE);
        label.setLayoutData(new RowData());
        return label;
    }

    private static Label label(Composite parent, int span) {
        Label label = new Label(parent, SWT.NONE);
        GridDataFactory.swtDefaults().span(span, 1).grab(span > 1, false).align(SWT.FILL, SWT.CENTER).applyTo(label);
        return label;
    }

    Control control() {
        return page;
    }

    /** Reads the account and the standing again, off the UI thread. */
    void refresh() {
        int mine = ++reads;
        background.run(page, () -> new Snapshot(services.loyalty().account(customerRef), services.standing().standing(customerRef)), read -> {
            if (mine == reads) {
                show(read);
            }
        }, failure -> {
            if (mine == reads) {
                Labels.showOrHide(problem, NLS.bind(Messages.read_failed, failure.getMessage()));
                page.layout(true, true);
            }
        });
    }

    private void show(Snapshot read) {
        snapshot = read;
        Labels.showOrHide(problem, "");
        Account account = read.account();
        Standing standing = read.standing();
        balance.setText(NLS.bind(Messages.summary_balance, Formats.count(account.balance())));
        Labels.showOrHide(debt, account.debt() > 0 ? NLS.bind(Messages.summary_debt, Formats.count(account.debt())) : "");
        tier.setText(account.tier().map(t -> NLS.bind(Messages.summary_tier, services.tier(t))).orElse(Messages.summary_no_tier));
        progress.setSelection((int) Math.round(standing.progress() * PROGRESS_STEPS));
        progressText.setText(progressText(standing));
        showLedger();
        page.layout(true, true);
    }

    /** An entry in words, in the workbench's language, from what the ledger stores. */
    private String describe(Line line) {
        return services.texts().describe(customerRef, line, services.locale());
    }

    private String progressText(Standing standing) {
        if (standing.nextTier().isEmpty()) {
            return NLS.bind(Messages.progress_top, standing.tier().map(services::tier).orElse(""));
        }
        boolean points = standing.basis() == TierBasis.POINTS;
        String have = points ? Formats.count(standing.qualifying().longValue()) : Formats.money(standing.qualifying());
        String need = points ? Formats.count(standing.nextThreshold().orElseThrow().longValue()) : Formats.money(standing.nextThreshold().orElseThrow());
        return NLS.bind(points ? Messages.progress_points : Messages.progress_spend, new Object[] { have, need, services.tier(standing.nextTier().get()) });
    }

    private LedgerFilter filter() {
        int kind = kinds.getSelectionIndex();
        LedgerFilter.Kinds which = kind < 3 ? LedgerFilter.Kinds.values()[Math.max(0, kind)] : LedgerFilter.Kinds.ONE;
        return new LedgerFilter(which, kind < 3 ? null : EntryKind.VALUES.get(kind - 3), LedgerFilter.Period.values()[Math.max(0, periods.getSelectionIndex())]);
    }

    private void showLedger() {
        if (snapshot == null) {
            return;
        }
        long selected = selected().map(Line::id).orElse(-1L);
        List<Line> all = snapshot.account().lines();
        shown = filter().apply(all, services.clock().today(), services.clock().zone());
        Tables.fill(ledger, shown, ledgerColumns);
        count.setText(NLS.bind(Messages.entries_count, shown.size(), all.size()));
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == selected) {
                ledger.setSelection(i);
            }
        }
        showTrace();
    }

    private java.util.Optional<Line> selected() {
        int index = ledger.getSelectionIndex();
        return index >= 0 && index < shown.size() ? java.util.Optional.of(shown.get(index)) : java.util.Optional.empty();
    }

    private void showTrace() {
        java.util.Optional<Line> line = selected();
        if (line.isEmpty() || snapshot == null) {
            traceHeading.setText(Messages.trace_none);
            Tables.fill(trace, List.of(), traceColumns);
            return;
        }
        Trace traced = Trace.of(snapshot.account(), line.get());
        traceHeading.setText(traced.heading());
        Tables.fill(trace, traced.steps(), traceColumns);
        traceHeading.getParent().layout(true, true);
    }

    private void adjust() {
        AdjustDialog dialog = new AdjustDialog(page.getShell(), customerRef);
        if (dialog.open() != Window.OK) {
            return;
        }
        long points = dialog.points();
        String reason = dialog.reason();
        background.run(page, () -> services.loyalty().adjust(customerRef, points, reason), posted -> refresh(),
                failure -> MessageDialog.openError(page.getShell(), Messages.adjust_failed_title, NLS.bind(Messages.adjust_failed, failure.getMessage())));
    }

    /** Reads the catalogue off the UI thread, asks which reward, then redeems it off the UI thread. */
    private void redeem() {
        long balance = snapshot == null ? 0 : snapshot.account().balance();
        background.run(page, () -> services.rewards().rewards(), catalogue -> {
            RedeemDialog dialog = new RedeemDialog(page.getShell(), customerRef, balance, catalogue);
            if (dialog.open() != Window.OK) {
                return;
            }
            String reward = dialog.chosen().reference();
            background.run(page, () -> services.rewards().redeem(customerRef, reward), redeemed -> refresh(), this::redeemFailed);
        }, this::redeemFailed);
    }

    private void redeemFailed(Exception failure) {
        MessageDialog.openError(page.getShell(), Messages.redeem_failed_title, NLS.bind(Messages.redeem_failed, failure.getMessage()));
    }

    // for the workbench tests

    Button redeemButton() {
        return redeem;
    }

    String balanceText() {
        return balance.getText();
    }

    String tierText() {
        return tier.getText();
    }

    String progressText() {
        return progressText.getText();
    }

    Table ledger() {
        return ledger;
    }

    Table trace() {
        return trace;
    }

    String traceHeading() {
        return traceHeading.getText();
    }

    Button adjustButton() {
        return adjust;
    }

    Combo kinds() {
        return kinds;
    }

    Combo periods() {
        return periods;
    }

    /** Selects the row of an entry, as a click would. */
    void select(long entryId) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == entryId) {
                ledger.setSelection(i);
                ledger.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                return;
            }
        }
        throw new AssertionError("entry " + entryId + " is not listed");
    }

    boolean loaded() {
        return snapshot != null;
    }
}
