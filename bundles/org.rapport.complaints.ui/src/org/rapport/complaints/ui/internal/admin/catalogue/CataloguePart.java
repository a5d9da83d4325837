package org.rapport.complaints.ui.internal.admin.catalogue;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.complaints.api.CompensationCatalogue;
import org.rapport.complaints.api.CompensationCatalogue.OfferDraft;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.model.CompensationOffer;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Colors;
import org.rapport.ui.api.Confirm;
import org.rapport.ui.api.EnumLabels;
import org.rapport.ui.api.Formats;

/**
 * The compensation catalogue in the Administration perspective: what agents may give for a
 * complaint, with its kind and value (points or an amount); add an entry (Insert) and retire one
 * (Delete), which keeps it on the compensations given from it. Saved through
 * {@link CompensationCatalogue}, so the store's access rules and audit apply.
 */
public class CataloguePart {

    @Inject
    private CompensationCatalogue catalogue;
    @Inject
    private CurrentUser user;

    private final Background background = new Background("Rapport compensation catalogue");
    private Table table;
    private Button showRetired;
    private Button add;
    private Button retire;
    private Label status;
    private List<CompensationOffer> offers = List.of();
    private boolean mayChange;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(parent);
        mayChange = user.get().map(u -> u.may(ComplaintsAreaId.SETTINGS, Action.UPDATE)).orElse(false);
        Label heading = new Label(parent, SWT.WRAP);
        heading.setText(Messages.catalogue_heading);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(heading);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
        add = button(bar, Messages.catalogue_add, this::add);
        retire = button(bar, Messages.catalogue_retire, this::retire);
        showRetired = new Button(bar, SWT.CHECK);
        showRetired.setText(Messages.catalogue_show_retired);
        showRetired.addListener(SWT.Selection, e -> read());
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        for (String[] column : new String[][] { { Messages.catalogue_column_code, "140" }, { Messages.catalogue_column_name, "240" },
                { Messages.catalogue_column_kind, "150" }, { Messages.catalogue_column_value, "120" }, { Messages.catalogue_column_state, "90" } }) {
            TableColumn each = new TableColumn(table, SWT.LEFT);
            each.setText(column[0]);
            each.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        table.addListener(SWT.KeyDown, e -> {
            if (mayChange && e.keyCode == SWT.INSERT) {
                add();
                e.doit = false;
            } else if (mayChange && e.keyCode == SWT.DEL) {
                retire();
                e.doit = false;
            }
        });
        status = new Label(parent, SWT.WRAP);
        status.setText(Messages.catalogue_keys);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
        parent.setData(CataloguePart.class.getName(), this);
        read();
    }

    private Button button(Composite bar, String text, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.setEnabled(mayChange);
        button.setToolTipText(mayChange ? null : Messages.catalogue_denied);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    @PreDestroy
    void dispose() {
        background.close();
    }

    void read() {
        boolean retired = showRetired.getSelection();
        background.run(table, () -> catalogue.offers(retired), this::show, this::failed);
    }

    private void show(List<CompensationOffer> read) {
        offers = read;
        table.removeAll();
        EnumLabels labels = EnumLabels.ofBundle(ComplaintQueue.class);
        for (CompensationOffer offer : read) {
            TableItem item = new TableItem(table, SWT.NONE);
            String value = offer.getPoints() != null ? NLS.bind(Messages.catalogue_points, Formats.count(offer.getPoints()))
                    : offer.getAmount() == null ? "" : Formats.money(offer.getAmount());
            item.setText(new String[] { offer.getCode(), offer.getName(), labels.of(offer.getKind()), value,
                    offer.isActive() ? Messages.catalogue_active : Messages.catalogue_retired });
            if (!offer.isActive()) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            }
        }
    }

    private void add() {
        OfferDialog dialog = new OfferDialog(table.getShell());
        if (dialog.open() == Window.OK) {
            add(dialog.draft());
        }
    }

    void add(OfferDraft draft) {
        background.run(table, () -> catalogue.add(draft), offer -> said(NLS.bind(Messages.catalogue_added, offer.getCode())), this::failed);
    }

    private void retire() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= offers.size() || !offers.get(index).isActive()) {
            return;
        }
        CompensationOffer offer = offers.get(index);
        if (Confirm.destructive(table.getShell(), Messages.catalogue_retire_title, NLS.bind(Messages.catalogue_retire_question, offer.getName()),
                Messages.catalogue_retire)) {
            retire(offer.getCode());
        }
    }

    void retire(String code) {
        background.run(table, () -> catalogue.retire(code), offer -> said(NLS.bind(Messages.catalogue_retired_done, offer.getCode())), this::failed);
    }

    private void said(String text) {
        status.setText(text);
        status.setForeground(null);
        status.getParent().layout(true, true);
        read();
    }

    private void failed(Exception failure) {
        status.setText(NLS.bind(Messages.catalogue_failed, failure.getMessage()));
        Colors.markProblem(status);
        status.getParent().layout(true, true);
    }

    // for the workbench tests

    Table table() {
        return table;
    }

    String status() {
        return status.getText();
    }

    List<CompensationOffer> offers() {
        return offers;
    }

    Button addButton() {
        return add;
    }

    Button retireButton() {
        return retire;
    }
}
