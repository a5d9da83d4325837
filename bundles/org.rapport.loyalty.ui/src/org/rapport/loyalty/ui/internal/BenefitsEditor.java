package org.rapport.loyalty.ui.internal;

import java.util.ArrayList;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.rapport.loyalty.api.MemberTiers;
import org.rapport.loyalty.api.MemberTiers.Tier;
import org.rapport.loyalty.model.LoyaltyFactory;
import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.loyalty.model.TierDefinition;
import org.rapport.ui.api.Colors;
import org.rapport.ui.api.EditHistory;

/**
 * The further benefits of the tier selected in the programme view: add, change and remove, each an
 * edit that Undo and Redo take back and bring again, as in the other editors. The edits go to a
 * copy of the tier's definition that no unit of work holds, so {@link EditHistory} keeps them like
 * any editor's; Save hands the list to {@link MemberTiers#setBenefits}, where the access rules and
 * the audit apply.
 */
final class BenefitsEditor {

    private static final EAttribute BENEFITS = LoyaltyPackage.Literals.TIER_DEFINITION__BENEFITS;

    private final boolean mayChange;
    private final BiConsumer<String, java.util.List<String>> save;
    private final Runnable changed;
    private final Label heading;
    private final List list;
    private final Text text;
    private final Button add;
    private final Button change;
    private final Button remove;
    private final Button undo;
    private final Button redo;
    private final Button saveButton;
    private final Label status;
    private TierDefinition edited;
    private EditHistory history = new EditHistory(f -> false);

    /**
     * @param save stores a tier's benefits (the tier's name, the list), off the UI thread
     * @param changed runs after every edit, undo, redo and save: the part's unsaved mark and commands
     */
    BenefitsEditor(Composite parent, boolean mayChange, BiConsumer<String, java.util.List<String>> save, Runnable changed) {
        this.mayChange = mayChange;
        this.save = save;
        this.changed = changed;
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(area);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(area);
        heading = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(7, 1).grab(true, false).applyTo(heading);
        list = new List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(7, 1).grab(true, false).hint(SWT.DEFAULT, 4 * list.getItemHeight() + 6).applyTo(list);
        text = new Text(area, SWT.BORDER);
        text.setMessage(Messages.benefits_text_hint);
        text.setTextLimit(MemberTiers.BENEFIT_LENGTH);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        add = button(area, Messages.benefits_add, this::add);
        change = button(area, Messages.benefits_change, this::change);
        remove = button(area, Messages.benefits_remove, this::remove);
        undo = button(area, Messages.benefits_undo, this::undo);
        redo = button(area, Messages.benefits_redo, this::redo);
        saveButton = button(area, Messages.benefits_save, this::save);
        status = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(7, 1).grab(true, false).applyTo(status);
        // a double-click (or Enter) takes a benefit into the text to change it; a single selection only chooses what Change and
        // Remove act on: GTK selects the first row by itself once the list has rows, which must not overwrite what is typed
        list.addListener(SWT.Selection, e -> update());
        list.addListener(SWT.DefaultSelection, e -> {
            int index = list.getSelectionIndex();
            text.setText(index >= 0 ? list.getItem(index) : "");
            update();
        });
        text.addListener(SWT.Modify, e -> update());
        text.addListener(SWT.DefaultSelection, e -> add());
        show(null);
    }

    private static Button button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Shows a tier's stored benefits with no edits, or nothing (no tier selected). */
    void show(Tier tier) {
        edited = null;
        history = new EditHistory(feature -> mayChange);
        if (tier != null) {
            edited = LoyaltyFactory.eINSTANCE.createTierDefinition();
            edited.setName(tier.name());
            edited.getBenefits().addAll(tier.benefits());
            history.onChange(this::refresh);
            history.onUndoOrRedo(this::refresh);
        }
        heading.setText(tier == null ? Messages.benefits_none_selected : NLS.bind(Messages.benefits_heading, tier.name()));
        text.setText("");
        status.setText("");
        refresh();
    }

    /** The tier shown, or null. */
    String tier() {
        return edited == null ? null : edited.getName();
    }

    EditHistory history() {
        return history;
    }

    boolean dirty() {
        return history.dirty();
    }

    private java.util.List<String> benefits() {
        return edited == null ? java.util.List.of() : new ArrayList<>(edited.getBenefits());
    }

    private void edit(java.util.List<String> benefits) {
        history.set(edited, BENEFITS, benefits);
        history.endEdit(); // each button press is an edit of its own
    }

    void add() {
        String benefit = text.getText().strip();
        if (!canAdd(benefit)) {
            return;
        }
        java.util.List<String> benefits = benefits();
        benefits.add(benefit);
        edit(benefits);
        text.setText("");
    }

    void change() {
        int index = list.getSelectionIndex();
        String benefit = text.getText().strip();
        if (index < 0 || !canAdd(benefit)) {
            return;
        }
        java.util.List<String> benefits = benefits();
        benefits.set(index, benefit);
        edit(benefits);
    }

    void remove() {
        int index = list.getSelectionIndex();
        if (index < 0 || edited == null || !mayChange) {
            return;
        }
        java.util.List<String> benefits = benefits();
        benefits.remove(index);
        edit(benefits);
        text.setText("");
    }

    void undo() {
        history.undo();
    }

    void redo() {
        history.redo();
    }

    void save() {
        if (edited != null && history.dirty() && mayChange) {
            save.accept(edited.getName(), benefits());
        }
    }

    /** After the service stored them: what is on screen is what is stored. */
    void saved() {
        history.saved();
        status.setText(NLS.bind(Messages.benefits_saved, edited == null ? "" : edited.getName()));
        status.setForeground(null);
    }

    void failed(String message) {
        status.setText(NLS.bind(Messages.programme_failed, message));
        Colors.markProblem(status);
        status.getParent().layout(true, true);
    }

    private boolean canAdd(String benefit) {
        return edited != null && mayChange && !benefit.isEmpty() && benefit.length() <= MemberTiers.BENEFIT_LENGTH
                && !edited.getBenefits().contains(benefit) && edited.getBenefits().size() < MemberTiers.MAX_BENEFITS;
    }

    private void refresh() {
        if (list.isDisposed()) {
            return;
        }
        int selected = list.getSelectionIndex();
        list.setItems(benefits().toArray(String[]::new));
        if (selected >= 0 && selected < list.getItemCount()) {
            list.select(selected);
        }
        update();
        changed.run();
    }

    private void update() {
        boolean editing = edited != null && mayChange;
        String benefit = text.getText().strip();
        text.setEnabled(editing);
        add.setEnabled(editing && canAdd(benefit));
        change.setEnabled(editing && list.getSelectionIndex() >= 0 && canAdd(benefit));
        remove.setEnabled(editing && list.getSelectionIndex() >= 0);
        undo.setEnabled(editing && history.canUndo());
        redo.setEnabled(editing && history.canRedo());
        saveButton.setEnabled(editing && history.dirty());
        for (Button button : java.util.List.of(add, change, remove, undo, redo, saveButton)) {
            button.setToolTipText(mayChange ? null : Messages.programme_denied);
        }
    }

    // for the workbench tests

    List list() {
        return list;
    }

    Text text() {
        return text;
    }
}
