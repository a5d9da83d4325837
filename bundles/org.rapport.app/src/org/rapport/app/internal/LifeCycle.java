package org.rapport.app.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.rapport.app.api.RapportWorkbench;

/** Hooks into the workbench start; the model is complete (fragments merged) when these run. */
public class LifeCycle {

    @ProcessAdditions
    void rememberPristinePerspectives(MApplication application, EModelService modelService) {
        for (MPerspectiveStack stack : modelService.findElements(application, RapportWorkbench.PERSPECTIVE_STACK, MPerspectiveStack.class)) {
            for (MPerspective perspective : stack.getChildren()) {
                showOnlyStacksWithParts(perspective, modelService);
            }
            Perspectives.rememberOriginals(modelService, application, stack);
            if (stack.getSelectedElement() == null && !stack.getChildren().isEmpty()) {
                stack.setSelectedElement(stack.getChildren().get(0));
            }
        }
    }

    /**
     * An empty part stack would show as a blank frame beside the work area. Hide the empty ones
     * and show again those a fragment has since filled: this runs after fragments are merged, so
     * a view installed later appears even in a remembered layout.
     */
    static void showOnlyStacksWithParts(MPerspective perspective, EModelService modelService) {
        for (MPartStack partStack : modelService.findElements(perspective, null, MPartStack.class)) {
            partStack.setToBeRendered(partStack.getChildren().stream().anyMatch(MUIElement::isToBeRendered));
        }
    }
}
