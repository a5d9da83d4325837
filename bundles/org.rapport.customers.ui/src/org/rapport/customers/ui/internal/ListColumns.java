package org.rapport.customers.ui.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The columns of the Customers list a person may show or hide (phone, e-mail), hidden at first:
 * chosen from the header's menu or the list's Columns menu, and remembered in the part's state,
 * which is kept with each user's own layout.
 */
final class ListColumns {

    /** The part's state key: the optional columns shown, by name, comma-separated. */
    static final String STATE = "shownColumns";

    /** A column that may be hidden: its name in the state, its title and its width when shown. */
    enum Optional {
        PHONE(150), EMAIL(220);

        final int width;

        Optional(int width) {
            this.width = width;
        }

        String title() {
            return this == PHONE ? Messages.list_column_phone : Messages.list_column_email;
        }
    }

    private final Table table;
    private final MPart part;
    /** The table column index of each optional column, in {@link Optional} order. */
    private final int first;
    private final Set<Optional> shown = new LinkedHashSet<>();

    /** @param first the table index of the first optional column; they follow one another */
    ListColumns(Table table, MPart part, int first) {
        this.table = table;
        this.part = part;
        this.first = first;
        String remembered = part == null ? null : part.getPersistedState().get(STATE);
        if (remembered != null) {
            Arrays.stream(remembered.split(",")).map(String::strip).forEach(name -> Arrays.stream(Optional.values())
                    .filter(c -> c.name().equals(name)).forEach(shown::add));
        }
        for (Optional column : Optional.values()) {
            apply(column);
        }
        // a right click on the header offers the columns; elsewhere the list's own menu opens
        table.addListener(SWT.MenuDetect, e -> {
            Point at = table.toControl(e.x, e.y);
            Rectangle client = table.getClientArea();
            if (e.detail == SWT.MENU_MOUSE && client.y <= at.y && at.y < client.y + table.getHeaderHeight()) {
                Menu header = new Menu(table.getShell(), SWT.POP_UP);
                fill(header);
                header.setLocation(e.x, e.y);
                header.setVisible(true);
                e.doit = false;
            }
        });
    }

    /** One check item per optional column, ticked when shown. */
    void fill(Menu menu) {
        for (Optional column : Optional.values()) {
            MenuItem item = new MenuItem(menu, SWT.CHECK);
            item.setText(column.title());
            item.setSelection(shown.contains(column));
            item.addListener(SWT.Selection, e -> show(column, item.getSelection()));
        }
    }

    boolean isShown(Optional column) {
        return shown.contains(column);
    }

    /** Shows or hides a column, and remembers it. */
    void show(Optional column, boolean show) {
        if (show) {
            shown.add(column);
        } else {
            shown.remove(column);
        }
        apply(column);
        if (part != null) {
            part.getPersistedState().put(STATE, shown.stream().map(Enum::name).collect(Collectors.joining(",")));
        }
    }

    private void apply(Optional column) {
        TableColumn tableColumn = table.getColumn(first + column.ordinal());
        boolean visible = shown.contains(column);
        tableColumn.setWidth(visible ? column.width : 0);
        tableColumn.setResizable(visible);
    }
}
