package org.rapport.customers.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.customers.api.CustomerListing.Row;

/**
 * The Customers list's context menu: Open, Log interaction…, Find duplicates…, Export selection…
 * and the optional columns. Opened with the keyboard (the menu key, Shift+F10) it appears at the
 * selected row, not wherever the mouse happens to be.
 */
final class ListMenu {

    private ListMenu() {
    }

    /**
     * @param selected the customers selected and read
     * @param open opens profiles
     * @param findDuplicates the duplicates dialog of one customer
     * @param exportSelection exports the customers selected
     */
    static Menu attach(Table table, java.util.function.Supplier<List<Row>> selected, Consumer<List<Row>> open, Consumer<Row> findDuplicates,
            Consumer<List<Row>> exportSelection, boolean mayExport, CustomerEditors editors, ListColumns columns) {
        Menu menu = new Menu(table);
        MenuItem openItem = item(menu, Messages.menu_open, () -> open.accept(selected.get()));
        MenuItem log = item(menu, Messages.menu_log_interaction, () -> selected.get().stream().findFirst().ifPresent(row -> logInteraction(editors, row)));
        MenuItem duplicates = item(menu, Messages.duplicates_find, () -> {
            List<Row> rows = selected.get();
            if (rows.size() == 1) {
                findDuplicates.accept(rows.get(0));
            }
        });
        MenuItem export = item(menu, Messages.menu_export_selection, () -> exportSelection.accept(selected.get()));
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem columnsItem = new MenuItem(menu, SWT.CASCADE);
        columnsItem.setText(Messages.menu_columns);
        Menu columnsMenu = new Menu(columnsItem);
        columnsItem.setMenu(columnsMenu);
        menu.addListener(SWT.Show, e -> {
            int count = selected.get().size();
            openItem.setEnabled(count > 0);
            log.setEnabled(count == 1);
            duplicates.setEnabled(count == 1);
            export.setEnabled(count > 0 && mayExport);
            for (MenuItem old : columnsMenu.getItems()) {
                old.dispose();
            }
            columns.fill(columnsMenu);
        });
        table.addListener(SWT.MenuDetect, e -> {
            if (e.detail == SWT.MENU_KEYBOARD && table.getSelectionCount() > 0) {
                // at the (first) selected row, below its name, when it is on screen
                TableItem item = table.getSelection()[0];
                Rectangle row = item.getBounds(Math.min(1, table.getColumnCount() - 1));
                Rectangle client = table.getClientArea();
                if (row.intersects(client)) {
                    Point at = table.toDisplay(row.x + 8, row.y + row.height);
                    e.x = at.x;
                    e.y = at.y;
                }
            }
        });
        table.setMenu(menu);
        return menu;
    }

    private static MenuItem item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    /** Opens the profile on its Interactions tab, the cursor in the summary of a new interaction. */
    static void logInteraction(CustomerEditors editors, Row row) {
        MPart part = editors.open(row.id(), row.name());
        if (!(part.getObject() instanceof CustomerEditorPart editor) || editor.folder() == null) {
            return;
        }
        CTabFolder folder = editor.folder();
        for (CTabItem tab : folder.getItems()) {
            if (Messages.tab_interactions.equals(tab.getText())) {
                folder.setSelection(tab);
                Control summary = find(tab.getControl(), InteractionsTab.LOG_SUMMARY);
                if (summary != null) {
                    summary.setFocus();
                }
            }
        }
    }

    private static Control find(Control control, String id) {
        if (control == null) {
            return null;
        }
        if (id.equals(control.getData(CustomersPart.WIDGET))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
