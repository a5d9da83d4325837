package org.rapport.complaints.ui.internal.admin.categories;

import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.complaints.api.Categories.Entry;
import org.rapport.complaints.ui.internal.FormDialog;
import org.rapport.complaints.ui.internal.Messages;

/** A new category's code and names, or new names of a category (its code never changes). */
final class CategoryDialog extends FormDialog {

    /** As the service checks it; the dialog says so before the service has to. */
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    record Values(String code, String name, String nameZh) {
    }

    private final Entry existing;
    private final String suggestedCode;
    private Text code;
    private Text name;
    private Text nameZh;
    private Values values;

    /** @param existing the category renamed, or null for a new one whose code starts with {@code suggestedCode} */
    CategoryDialog(Shell parent, String title, Entry existing, String suggestedCode) {
        super(parent, title);
        this.existing = existing;
        this.suggestedCode = suggestedCode;
    }

    @Override
    protected void fields(Composite area) {
        if (existing == null) {
            code = text(area, Messages.categories_field_code, false);
            code.setText(suggestedCode == null ? "" : suggestedCode);
            code.setSelection(code.getText().length());
        } else {
            label(area, Messages.categories_field_code);
            label(area, existing.code());
        }
        name = text(area, Messages.categories_field_name, false);
        nameZh = text(area, Messages.categories_field_name_zh, false);
        if (existing != null) {
            name.setText(existing.name());
            nameZh.setText(existing.nameZh() == null ? "" : existing.nameZh());
            name.selectAll();
        }
    }

    @Override
    protected String missing() {
        if (code != null && value(code) == null) {
            return Messages.categories_missing_code;
        }
        if (code != null && !CODE.matcher(value(code)).matches()) {
            return Messages.categories_bad_code;
        }
        return value(name) == null ? Messages.categories_missing_name : null;
    }

    @Override
    protected void okPressed() {
        values = new Values(code == null ? existing.code() : value(code), value(name), nameZh.getText().strip());
        super.okPressed();
    }

    Values values() {
        return values;
    }
}
