package org.rapport.app.api;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * The shared work area ({@link RapportWorkbench#STACK_MAIN}) as areas open their editors in it: one
 * editor per object, an open one brought to the front rather than opened twice. The object is
 * named by one key of the part's persisted state, which a restart keeps.
 */
@Creatable
public class WorkArea {

    @Inject
    private EPartService parts;
    @Inject
    private EModelService models;
    @Inject
    private MApplication application;

    /**
     * Brings the editor of {@code descriptor} whose persisted state has {@code key} = {@code value} to
     * the front, opening it if it is not open yet.
     *
     * @param value the object's key; null for a new object, whose editor always opens anew
     * @param label the tab's label until the editor sets its own; null keeps the descriptor's
     */
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
        if (label != null) {
            part.setLabel(label);
        }
        MPartStack stack = (MPartStack) models.find(RapportWorkbench.STACK_MAIN, application);
        stack.getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
