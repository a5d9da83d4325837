package org.rapport.reports.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.ui.api.Colors;

/** The line above the tiles that says what a drill-down, an export or a cancel did; it takes no room while it is empty. */
final class StatusLine {

    private final Label label;

    StatusLine(Composite parent) {
        label = new Label(parent, SWT.WRAP);
        label.setData(TileView.WIDGET, "dashboard-status");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
    }

    void say(String text) {
        label.setForeground(null);
        label.setText(text);
        boolean shown = !text.isEmpty();
        // getVisible, not isVisible: a dashboard made before its window shows is not "visible" yet, and its empty line would keep its room
        if (label.getVisible() != shown) {
            label.setVisible(shown);
            ((GridData) label.getLayoutData()).exclude = !shown;
            label.getParent().layout(true, false);
        }
    }

    /** Says what went wrong, in the colour of a problem. */
    void problem(String text) {
        say(text);
        label.setForeground(Colors.problem(label));
    }

    /** The widget whose life the answers to its questions are bound to. */
    Label label() {
        return label;
    }

    String text() {
        return label.getText();
    }
}
