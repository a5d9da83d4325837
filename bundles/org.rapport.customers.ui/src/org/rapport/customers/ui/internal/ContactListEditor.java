package org.rapport.customers.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.rapport.customers.ui.api.CustomerEditing;
import org.rapport.ui.api.Colors;

/**
 * A customer's phone numbers or e-mail addresses in the profile: a table (a check mark for
 * "works", value, label, and a column that says, in the theme's red, which ones are invalid), as
 * high as its rows, with Add, Edit and Remove. Every change is one undoable edit of the
 * profile; a value that is not a number or an address is refused in the dialog, saying why.
 * Keyboard: Insert adds, Enter edits, Delete removes, Space toggles "works".
 */
final class ContactListEditor {

    /** The key under which the table carries its editor, for the workbench tests. */
    static final String DATA_KEY = "rapport.contacts";
    /** The key under which a row says whether its contact is invalid. */
    private static final String INVALID = "rapport.invalid";

    /** What a contact list is made of: the model's features and the rules of its values. */
    record Kind(EReference list, EAttribute value, EAttribute label, EAttribute works, Supplier<EObject> create, Function<String, String> normalise,
            Predicate<String> valid, String invalid, String addTitle, String editTitle, String valueColumn) {
    }

    private final CustomerEditing editing;
    private final Kind kind;
    private final Table table;
    private final boolean editable;
    /** What lays the page out again after the table changed its height. */
    private Runnable resized = () -> {
    };

    ContactListEditor(Composite page, CustomerEditing editing, String fieldLabel, Kind kind) {
        this.editing = editing;
        this.kind = kind;
        this.editable = editing.mayChange(kind.list()) && editing.mayChange(kind.value());
        Label name = new Label(page, SWT.NONE);
        name.setText(fieldLabel);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(name);
        Composite box = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).span(((GridLayout) page.getLayout()).numColumns - 1, 1).applyTo(box);
        table = new Table(box, SWT.CHECK | SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setData(DATA_KEY, this);
        column(kind.valueColumn(), 220);
        column(Messages.contacts_label, 140);
        column(Messages.contacts_invalid, 110);
        table.setToolTipText(Messages.contacts_works_hint);
        // at the top of its row: the buttons beside it may be higher than its rows
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).grab(true, false).hint(520, SWT.DEFAULT).applyTo(table);
        Composite buttons = new Composite(box, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, Messages.contacts_add, this::addWithDialog);
        Button edit = button(buttons, Messages.contacts_edit, this::editWithDialog);
        Button remove = button(buttons, Messages.contacts_remove, () -> remove(table.getSelectionIndex()));
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                TableItem item = (TableItem) e.item;
                if (editable) {
                    setWorks(table.indexOf(item), item.getChecked());
                } else {
                    item.setChecked(!item.getChecked()); // read-only: the mark goes back
                }
            }
            edit.setEnabled(editable && table.getSelectionCount() == 1);
            remove.setEnabled(editable && table.getSelectionCount() == 1);
        });
        table.addListener(SWT.DefaultSelection, e -> editWithDialog());
        table.addListener(SWT.Paint, e -> recolour());
        table.addListener(SWT.KeyDown, e -> {
            if (!editable) {
                return;
            }
            if (e.keyCode == SWT.INSERT) {
                addWithDialog();
            } else if (e.keyCode == SWT.DEL) {
                remove(table.getSelectionIndex());
            }
        });
        edit.setEnabled(false);
        remove.setEnabled(false);
        refresh();
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    private Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setEnabled(editable);
        button.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.fillDefaults().applyTo(button);
        return button;
    }

    @SuppressWarnings("unchecked")
    private List<EObject> contacts() {
        return (List<EObject>) editing.customer().eGet(kind.list());
    }

    /** Shows the contacts as they are now (after an edit, an undo or a redo). */
    void refresh() {
        if (table.isDisposed()) {
            return;
        }
        int selected = table.getSelectionIndex();
        table.removeAll();
        for (EObject contact : contacts()) {
            TableItem item = new TableItem(table, SWT.NONE);
            boolean invalid = invalid(contact);
            item.setText(new String[] { text(contact.eGet(kind.value())), text(contact.eGet(kind.label())), invalid ? Messages.contacts_invalid_mark : "" });
            item.setChecked(Boolean.TRUE.equals(contact.eGet(kind.works())));
            item.setData(INVALID, invalid);
        }
        recolour();
        if (selected >= 0 && selected < table.getItemCount()) {
            table.setSelection(selected);
        }
        fitRows();
    }

    /**
     * Writes "invalid" in the red that fits the table's background now: at the first refresh the
     * theme's style sheet may not have given the table its background yet (the dark theme's red
     * was then the light theme's, unreadable), and a theme switch changes it.
     */
    private void recolour() {
        Color red = Colors.problem(table);
        for (TableItem item : table.getItems()) {
            if (Boolean.TRUE.equals(item.getData(INVALID)) && !red.equals(item.getForeground(2))) {
                item.setForeground(2, red);
            }
        }
    }

    /** Whether the profile's data-quality flag counts this contact: marked as not working, or not a number or address at all. */
    private boolean invalid(EObject contact) {
        Object value = contact.eGet(kind.value());
        return !Boolean.TRUE.equals(contact.eGet(kind.works())) || value == null || !kind.valid().test(kind.normalise().apply(value.toString()));
    }

    /** As high as its rows (one empty row when there are none): no empty space below them, and no row hidden under a scroll bar. */
    private void fitRows() {
        GridData data = (GridData) table.getLayoutData();
        int rows = Math.max(1, table.getItemCount());
        int height = table.getHeaderHeight() + rows * table.getItemHeight() + 2 * table.getBorderWidth();
        if (data.heightHint != height) {
            data.heightHint = height;
            resized.run();
        }
    }

    /** Runs after the table changed its height, to lay the page out again. */
    void onResize(Runnable action) {
        this.resized = action;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * Adds a working contact, unless the value is refused.
     *
     * @return the problem with the value, or null when it was added
     */
    String add(String value, String label) {
        String problem = problem(value);
        if (problem != null) {
            return problem;
        }
        EObject contact = kind.create().get();
        contact.eSet(kind.value(), value.strip());
        contact.eSet(kind.label(), blankToNull(label));
        contact.eSet(kind.works(), true);
        List<EObject> after = new ArrayList<>(contacts());
        after.add(contact);
        editing.set(editing.customer(), kind.list(), after);
        editing.endEdit();
        refresh();
        table.setSelection(after.size() - 1);
        return null;
    }

    /** @return the problem with the value, or null when the contact was changed */
    String edit(int index, String value, String label) {
        String problem = problem(value);
        if (problem != null) {
            return problem;
        }
        EObject contact = contacts().get(index);
        editing.set(contact, kind.value(), value.strip());
        editing.endEdit();
        editing.set(contact, kind.label(), blankToNull(label));
        editing.endEdit();
        refresh();
        return null;
    }

    void remove(int index) {
        if (index < 0 || index >= contacts().size()) {
            return;
        }
        List<EObject> after = new ArrayList<>(contacts());
        after.remove(index);
        editing.set(editing.customer(), kind.list(), after);
        editing.endEdit();
        refresh();
    }

    void setWorks(int index, boolean works) {
        editing.set(contacts().get(index), kind.works(), works);
        editing.endEdit();
        refresh();
    }

    /** The table, for the workbench tests. */
    Table table() {
        return table;
    }

    private String problem(String value) {
        String normalised = kind.normalise().apply(value == null ? "" : value);
        return kind.valid().test(normalised) ? null : NLS.bind(kind.invalid(), value == null ? "" : value.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void addWithDialog() {
        if (!editable) {
            return;
        }
        new ContactDialog(table.getShell(), kind.addTitle(), "", "") {
            @Override
            String apply(String value, String label) {
                return add(value, label);
            }
        }.open();
    }

    private void editWithDialog() {
        int index = table.getSelectionIndex();
        if (!editable || index < 0) {
            return;
        }
        EObject contact = contacts().get(index);
        new ContactDialog(table.getShell(), kind.editTitle(), text(contact.eGet(kind.value())), text(contact.eGet(kind.label()))) {
            @Override
            String apply(String value, String label) {
                return edit(index, value, label);
            }
        }.open();
    }

    /** Asks for a value and a label; stays open, saying why, while the value is refused. */
    private abstract class ContactDialog extends TitleAreaDialog {
        private final String title;
        private final String initialValue;
        private final String initialLabel;
        private Text value;
        private Text label;

        ContactDialog(Shell shell, String title, String initialValue, String initialLabel) {
            super(shell);
            this.title = title;
            this.initialValue = initialValue;
            this.initialLabel = initialLabel;
        }

        /** @return the problem with the value, or null when it was taken */
        abstract String apply(String value, String label);

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            setTitle(title);
            setMessage(Messages.contacts_dialog_message);
            Composite area = (Composite) super.createDialogArea(parent);
            Composite fields = new Composite(area, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(fields);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
            value = field(fields, kind.valueColumn(), initialValue);
            label = field(fields, Messages.contacts_label, initialLabel);
            label.setMessage(Messages.contacts_label_hint);
            return area;
        }

        private Text field(Composite parent, String name, String initial) {
            Label caption = new Label(parent, SWT.NONE);
            caption.setText(name);
            Text text = new Text(parent, SWT.BORDER);
            text.setText(initial);
            GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
            return text;
        }

        @Override
        protected void okPressed() {
            String problem = apply(value.getText(), label.getText());
            if (problem == null) {
                super.okPressed();
            } else {
                setErrorMessage(problem);
                value.setFocus();
                value.selectAll();
            }
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
            createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        }
    }
}
