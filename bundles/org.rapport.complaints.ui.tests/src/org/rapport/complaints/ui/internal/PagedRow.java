package org.rapport.complaints.ui.internal;

import org.eclipse.swt.widgets.TableItem;
import org.rapport.complaints.api.ComplaintQueue.Row;
import org.rapport.ui.api.PagedTable;

/** The row an item of a complaints table shows, once read. */
final class PagedRow {

    private PagedRow() {
    }

    static Row of(TableItem item) {
        return PagedTable.rowOf(item);
    }
}
