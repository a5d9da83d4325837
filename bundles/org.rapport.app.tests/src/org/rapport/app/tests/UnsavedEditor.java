package org.rapport.app.tests;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** An editor part for the tests of leaving with unsaved changes: it counts its saves, and one whose label says so refuses to save. */
public class UnsavedEditor {

    static final String REFUSES = "refuses to save";

    int saves;

    @PostConstruct
    void create(Composite parent) {
        new Label(parent, SWT.NONE).setText("unsaved editor");
    }

    @Persist
    void save(MPart part) {
        saves++;
        if (!part.getLabel().contains(REFUSES)) {
            part.setDirty(false);
        }
    }
}
