package org.rapport.loyalty.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.ui.api.HistoryTable;
import org.rapport.ui.api.HistoryTable.Column;

/** History tables whose rows are read again after every commit: made once, filled anew. */
final class Tables {

    private Tables() {
    }

    @SuppressWarnings("unchecked")
    static <T> Table create(Composite parent, List<Column<T>> columns) {
        return HistoryTable.create(parent, List.of(), columns.toArray(Column[]::new));
    }

    static <T> void fill(Table table, List<T> rows, List<Column<T>> columns) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (T row : rows) {
                TableItem item = new TableItem(table, SWT.NONE);
                for (int i = 0; i < columns.size(); i++) {
                    String text = columns.get(i).text().apply(row);
                    item.setText(i, text == null ? "" : text);
                }
            }
        } finally {
            table.setRedraw(true);
        }
    }
}
