package org.rapport.complaints.ui.internal.admin.categories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.rapport.complaints.api.Categories.Entry;
import org.rapport.complaints.ui.internal.FormDialog;
import org.rapport.complaints.ui.internal.Messages;

/** Where a category goes: the top, or under an active category outside its own branch (no cycles offered). */
final class MoveDialog extends FormDialog {

    private final Entry moved;
    private final List<Entry> tree;
    private final List<String> codes = new ArrayList<>();
    private Combo parent;
    private String chosen;

    MoveDialog(Shell shell, Entry moved, List<Entry> tree) {
        super(shell, org.eclipse.osgi.util.NLS.bind(Messages.categories_move_title, moved.code()));
        this.moved = moved;
        this.tree = tree;
    }

    @Override
    protected void fields(Composite area) {
        label(area, Messages.categories_field_parent);
        parent = new Combo(area, SWT.READ_ONLY);
        parent.add(Messages.categories_top);
        codes.add(null);
        Map<String, String> choices = CategoryChoices.of(tree.stream().filter(Entry::active).filter(e -> !within(e)).toList(), Locale.getDefault());
        choices.forEach((code, label) -> {
            codes.add(code);
            parent.add(label);
        });
        parent.select(Math.max(0, codes.indexOf(moved.parent())));
    }

    /** Whether the entry is the moved category or lies under it, by the tree's depth-first order. */
    private boolean within(Entry entry) {
        int start = tree.indexOf(moved);
        int at = tree.indexOf(entry);
        if (at < start) {
            return false;
        }
        for (int i = start + 1; i <= at; i++) {
            if (tree.get(i).depth() <= moved.depth()) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected String missing() {
        return null;
    }

    @Override
    protected void okPressed() {
        chosen = codes.get(Math.max(0, parent.getSelectionIndex()));
        super.okPressed();
    }

    /** The new parent's code, null for the top. */
    String parent() {
        return chosen;
    }
}
