package org.rapport.loyalty.ui.internal;

import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Label;

/** Labels whose text comes and goes (a debt, a problem). */
final class Labels {

    private Labels() {
    }

    /** An empty label takes no room: the theme would draw it as a box of its own background. Needs grid or row data. */
    static void showOrHide(Label label, String text) {
        label.setText(text);
        if (label.getLayoutData() instanceof GridData grid) {
            grid.exclude = text.isEmpty();
        } else if (label.getLayoutData() instanceof RowData row) {
            row.exclude = text.isEmpty();
        }
        label.setVisible(!text.isEmpty());
        label.getParent().layout(true, true);
    }
}
