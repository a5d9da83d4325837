package org.rapport.complaints.ui.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.rapport.app.api.RapportWorkbench;

/**
 * Opens editors of the complaints views in the shared work area: one per object, found by a key of
 * its persisted state (an open one comes to the front); a new object's editor, without the key,
 * always opens anew.
 */
@Creatable
public class WorkAreaEditors {

    @Inject
    private EPartService parts;
    @Inject
    private EModelService models;
    @Inject
    private MApplication application;

    /** The editor of {@code descriptor} whose state holds {@code value} under {@code key}; a new one for a null value. */
    public MPart open(String descriptor, String key, String value, String label) {
        if (value != null) {
            for (MPart part : parts.getParts()) {
                if (descriptor.equals(part.getElementId()) && value.equals(part.getPersistedState().get(key))) {
                    parts.showPart(part, PartState.ACTIVATE);
                    return part;
                }
            }
        }
        MPart part = parts.createPart(descriptor);
        if (value != null) {
            part.getPersistedState().put(key, value);
        }
        part.setLabel(label);
        MPartStack stack = (MPartStack) models.find(RapportWorkbench.STACK_MAIN, application);
        stack.getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
