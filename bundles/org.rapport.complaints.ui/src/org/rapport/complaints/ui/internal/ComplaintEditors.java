package org.rapport.complaints.ui.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** Opens complaints in the shared work area, one editor per complaint (an open one comes to the front). */
@Creatable
public class ComplaintEditors {

    /** The part descriptor of the complaint editor (see fragment.e4xmi). */
    public static final String DESCRIPTOR = "org.rapport.complaints.ui.partdescriptor.complaint";
    /** The editor's persisted state key for the complaint's reference. */
    public static final String REFERENCE = "complaintRef";

    @Inject
    private WorkAreaEditors editors;

    public MPart open(String reference) {
        return editors.open(DESCRIPTOR, REFERENCE, reference, reference);
    }
}
