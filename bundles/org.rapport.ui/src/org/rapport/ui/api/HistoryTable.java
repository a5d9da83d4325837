package org.rapport.ui.api;

import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A read-only table of rows given at once: a history (purchases, interactions), in the order given. */
public final class HistoryTable {

    /**
     * A column: its title, width, text per row, and alignment ({@code SWT.RIGHT} for amounts, so
     * that figures stand under each other).
     */
    public record Column<T>(String title, int width, Function<T, String> text, int alignment) {

        /** A column aligned as text is. */
        public Column(String title, int width, Function<T, String> text) {
            this(title, width, text, SWT.LEFT);
        }
    }

    private HistoryTable() {
    }

    @SafeVarargs
    public static <T> Table create(Composite parent, List<T> rows, Column<T>... columns) {
        Table table = new Table(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (Column<T> column : columns) {
            TableColumn widget = new TableColumn(table, column.alignment());
            widget.setText(column.title());
            widget.setWidth(column.width());
        }
        for (T row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            for (int i = 0; i < columns.length; i++) {
                String text = columns[i].text().apply(row);
                item.setText(i, text == null ? "" : text);
            }
        }
        return table;
    }
}
