package org.rapport.complaints.ui.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.rapport.app.api.RapportWorkbench;

/** Opens complaints in the shared work area, one editor per complaint (an open one comes to the front). */
@Creatable
public class ComplaintEditors {

    /** The part descriptor of the complaint editor (see fragment.e4xmi). */
    public static final String DESCRIPTOR = "org.rapport.complaints.ui.partdescriptor.complaint";
    /** The editor's persisted state key for the complaint's reference. */
    public static final String REFERENCE = "complaintRef";

    @Inject
    private EPartService parts;
    @Inject
    private EModelService models;
    @Inject
    private MApplication application;

    public MPart open(String reference) {
        for (MPart part : parts.getParts()) {
            if (DESCRIPTOR.equals(part.getElementId()) && reference.equals(part.getPersistedState().get(REFERENCE))) {
                parts.showPart(part, PartState.ACTIVATE);
                return part;
            }
        }
        MPart part = parts.createPart(DESCRIPTOR);
        part.getPersistedState().put(REFERENCE, reference);
        part.setLabel(reference);
        MPartStack stack = (MPartStack) models.find(RapportWorkbench.STACK_MAIN, application);
        stack.getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
