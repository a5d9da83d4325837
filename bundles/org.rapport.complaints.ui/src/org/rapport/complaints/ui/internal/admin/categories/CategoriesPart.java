package org.rapport.complaints.ui.internal.admin.categories;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.rapport.complaints.api.Categories;
import org.rapport.complaints.api.Categories.Entry;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Colors;
import org.rapport.ui.api.Confirm;
import org.rapport.ui.api.ModelEditor;

/**
 * The complaint categories in the Administration perspective: the tree with each category's names in
 * English and Chinese; add a category at the top or under the selected one (Insert), rename it (F2),
 * move it, retire it (Delete) or reinstate it, and undo the last changes (Ctrl+Z). Saved through
 * {@link Categories}, so the store's access rules and audit apply; the buttons are disabled for a
 * user who may not change the service desk's settings.
 */
public class CategoriesPart {

    @Inject
    private Categories categories;
    @Inject
    private CurrentUser user;
    @Inject
    private EHandlerService handlers;

    private final Background background = new Background("Rapport complaint categories");
    /** What undoes each change made here, the last one first. */
    private final Deque<Change> undos = new ArrayDeque<>();
    private final List<Button> changers = new ArrayList<>();
    private Tree tree;
    private Button showRetired;
    private Button undo;
    private Label status;
    private List<Entry> entries = List.of();
    private boolean mayChange;

    /** A change as the status line reports it, and what undoes it. */
    private record Change(String done, Callable<Entry> undo) {
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(parent);
        mayChange = user.get().map(u -> u.may(ComplaintsAreaId.SETTINGS, Action.UPDATE)).orElse(false);
        Label heading = new Label(parent, SWT.WRAP);
        heading.setText(Messages.categories_heading);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(heading);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(9).applyTo(bar);
        button(bar, Messages.categories_add_top, () -> add(null));
        button(bar, Messages.categories_add_child, () -> selected().ifPresent(this::add));
        button(bar, Messages.categories_rename, () -> selected().ifPresent(this::rename));
        button(bar, Messages.categories_move, () -> selected().ifPresent(this::move));
        button(bar, Messages.categories_retire, () -> selected().ifPresent(this::retire));
        button(bar, Messages.categories_reinstate, () -> selected().ifPresent(this::reinstate));
        undo = button(bar, Messages.categories_undo, this::undo);
        undo.setEnabled(false);
        showRetired = new Button(bar, SWT.CHECK);
        showRetired.setText(Messages.categories_show_retired);
        showRetired.addListener(SWT.Selection, e -> read(null));
        tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        tree.setHeaderVisible(true);
        for (String[] column : new String[][] { { Messages.categories_column_name, "260" }, { Messages.categories_column_code, "160" },
                { Messages.categories_column_name_en, "180" }, { Messages.categories_column_name_zh, "140" }, { Messages.categories_column_state, "90" } }) {
            TreeColumn each = new TreeColumn(tree, SWT.LEFT);
            each.setText(column[0]);
            each.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
        tree.addListener(SWT.KeyDown, this::key);
        tree.addListener(SWT.DefaultSelection, e -> selected().ifPresent(this::rename));
        status = new Label(parent, SWT.WRAP);
        status.setText(Messages.categories_keys);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
        handlers.activateHandler("org.eclipse.ui.edit.undo", new ModelEditor.CommandHandler(() -> !undos.isEmpty(), this::undo));
        parent.setData(CategoriesPart.class.getName(), this);
        read(null);
    }

    private Button button(Composite bar, String text, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.setEnabled(mayChange);
        button.setToolTipText(mayChange ? null : Messages.categories_denied);
        button.addListener(SWT.Selection, e -> action.run());
        changers.add(button);
        return button;
    }

    /** Insert adds under the selection, F2 renames, Delete retires. */
    private void key(Event event) {
        if (!mayChange) {
            return;
        }
        switch (event.keyCode) {
            case SWT.INSERT -> selected().ifPresentOrElse(this::add, () -> add(null));
            case SWT.F2 -> selected().ifPresent(this::rename);
            case SWT.DEL -> selected().ifPresent(this::retire);
            default -> {
                return;
            }
        }
        event.doit = false;
    }

    @PreDestroy
    void dispose() {
        background.close();
    }

    /** Reads the tree again, then selects {@code code} (or keeps the selection). */
    void read(String code) {
        String keep = code != null ? code : selected().map(Entry::code).orElse(null);
        boolean retired = showRetired.getSelection();
        background.run(tree, () -> categories.tree(retired), read -> show(read, keep), this::failed);
    }

    private void show(List<Entry> read, String select) {
        entries = read;
        tree.removeAll();
        Locale locale = Locale.getDefault();
        List<TreeItem> path = new ArrayList<>();
        TreeItem chosen = null;
        for (Entry entry : read) {
            while (path.size() > entry.depth()) {
                path.remove(path.size() - 1);
            }
            TreeItem item = path.isEmpty() ? new TreeItem(tree, SWT.NONE) : new TreeItem(path.get(path.size() - 1), SWT.NONE);
            item.setText(new String[] { entry.name(locale), entry.code(), entry.name(), entry.nameZh() == null ? "" : entry.nameZh(),
                    entry.active() ? Messages.categories_active : Messages.categories_retired });
            if (!entry.active()) {
                item.setForeground(tree.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            }
            item.setData(entry);
            path.add(item);
            if (entry.code().equals(select)) {
                chosen = item;
            }
        }
        for (TreeItem top : tree.getItems()) {
            expand(top);
        }
        if (chosen != null) {
            tree.setSelection(chosen);
            tree.showItem(chosen);
        }
    }

    private static void expand(TreeItem item) {
        item.setExpanded(true);
        for (TreeItem child : item.getItems()) {
            expand(child);
        }
    }

    private java.util.Optional<Entry> selected() {
        TreeItem[] selection = tree == null ? new TreeItem[0] : tree.getSelection();
        return selection.length == 0 ? java.util.Optional.empty() : java.util.Optional.of((Entry) selection[0].getData());
    }

    private void add(Entry under) {
        CategoryDialog dialog = new CategoryDialog(tree.getShell(), under == null ? Messages.categories_add_title
                : NLS.bind(Messages.categories_add_child_title, under.name(Locale.getDefault())), null, under == null ? null : under.code() + ".");
        if (dialog.open() == Window.OK) {
            add(under == null ? null : under.code(), dialog.values());
        }
    }

    /** Adds a category; undone by retiring it (a code once used stays taken). */
    void add(String parent, CategoryDialog.Values v) {
        change(() -> categories.add(v.code(), v.name(), v.nameZh(), parent), added -> new Change(NLS.bind(Messages.categories_added, added.code()),
                () -> categories.retire(added.code())));
    }

    private void rename(Entry entry) {
        if (!mayChange) {
            return;
        }
        CategoryDialog dialog = new CategoryDialog(tree.getShell(), NLS.bind(Messages.categories_rename_title, entry.code()), entry, null);
        if (dialog.open() == Window.OK) {
            rename(entry, dialog.values());
        }
    }

    void rename(Entry entry, CategoryDialog.Values v) {
        String oldZh = entry.nameZh() == null ? "" : entry.nameZh();
        change(() -> categories.rename(entry.code(), v.name(), v.nameZh()), renamed -> new Change(NLS.bind(Messages.categories_renamed, renamed.code()),
                () -> categories.rename(entry.code(), entry.name(), oldZh)));
    }

    private void move(Entry entry) {
        MoveDialog dialog = new MoveDialog(tree.getShell(), entry, entries);
        if (dialog.open() == Window.OK) {
            move(entry, dialog.parent());
        }
    }

    void move(Entry entry, String parent) {
        change(() -> categories.move(entry.code(), parent), moved -> new Change(NLS.bind(Messages.categories_moved, moved.code()),
                () -> categories.move(entry.code(), entry.parent())));
    }

    private void retire(Entry entry) {
        if (!entry.active() || !Confirm.destructive(tree.getShell(), Messages.categories_retire_title,
                NLS.bind(Messages.categories_retire_question, entry.name(Locale.getDefault())), Messages.categories_retire)) {
            return;
        }
        retireNow(entry);
    }

    void retireNow(Entry entry) {
        change(() -> categories.retire(entry.code()), retired -> new Change(NLS.bind(Messages.categories_retired_done, retired.code()),
                () -> categories.reinstate(entry.code())));
    }

    void reinstate(Entry entry) {
        change(() -> categories.reinstate(entry.code()), back -> new Change(NLS.bind(Messages.categories_reinstated, back.code()),
                () -> categories.retire(entry.code())));
    }

    /** Makes a change off the UI thread; once made, it can be undone. */
    private void change(Callable<Entry> work, java.util.function.Function<Entry, Change> made) {
        background.run(tree, work, entry -> {
            Change change = made.apply(entry);
            undos.push(change);
            said(change.done());
            read(entry.code());
        }, this::failed);
    }

    void undo() {
        Change last = undos.poll();
        if (last == null) {
            said(Messages.categories_nothing_to_undo);
            return;
        }
        background.run(tree, last.undo(), entry -> {
            said(NLS.bind(Messages.categories_undone, last.done()));
            read(entry.code());
        }, failure -> {
            undos.push(last);
            failed(failure);
        });
    }

    private void said(String text) {
        status.setText(text);
        status.setForeground(null);
        undo.setEnabled(mayChange && !undos.isEmpty());
        status.getParent().layout(true, true);
    }

    private void failed(Exception failure) {
        status.setText(NLS.bind(Messages.categories_failed, failure.getMessage()));
        Colors.markProblem(status);
        undo.setEnabled(mayChange && !undos.isEmpty());
        status.getParent().layout(true, true);
    }

    // for the workbench tests

    Tree tree() {
        return tree;
    }

    String status() {
        return status.getText();
    }

    List<Entry> entries() {
        return entries;
    }

    List<Button> buttons() {
        return changers;
    }
}
