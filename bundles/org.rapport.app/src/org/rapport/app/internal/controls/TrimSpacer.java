package org.rapport.app.internal.controls;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** An empty, stretching trim element: it pushes the perspective switcher to the right edge. */
public class TrimSpacer {

    @PostConstruct
    void create(Composite parent) {
        // a Label, not a Composite: an empty Composite asks for 64x64 and would make the trim tall
        new Label(parent, SWT.NONE);
    }
}
