package org.rapport.app.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.rapport.app.api.RapportWorkbench;

/**
 * The one place that finds, switches and resets perspectives, for the switcher, the Window menu,
 * the key bindings and the Welcome page alike.
 * <p>
 * Reset works from a pristine copy of each perspective, kept as an application snippet and
 * taken when the perspective is first seen (see {@link LifeCycle}).
 */
public final class Perspectives {

    private final EModelService modelService;
    private final EPartService partService;
    private final MApplication application;
    private final MWindow window;

    public Perspectives(EModelService modelService, EPartService partService, MApplication application, MWindow window) {
        this.modelService = modelService;
        this.partService = partService;
        this.application = application;
        this.window = window;
    }

    public Optional<MPerspectiveStack> stack() {
        return modelService.findElements(window, RapportWorkbench.PERSPECTIVE_STACK, MPerspectiveStack.class).stream().findFirst();
    }

    /** The perspectives that are shown (to be rendered), in model order. */
    public List<MPerspective> all() {
        return stack().map(s -> s.getChildren().stream().filter(MUIElement::isToBeRendered).toList()).orElse(List.of());
    }

    public Optional<MPerspective> active() {
        return stack().map(MPerspectiveStack::getSelectedElement);
    }

    public Optional<MPerspective> find(String perspectiveId) {
        return all().stream().filter(p -> perspectiveId.equals(p.getElementId())).findFirst();
    }

    /** Switches to the perspective; false if there is no such perspective. */
    public boolean switchTo(String perspectiveId) {
        Optional<MPerspective> perspective = find(perspectiveId);
        perspective.ifPresent(partService::switchPerspective);
        return perspective.isPresent();
    }

    /** Keeps a pristine copy of every perspective that has none yet, for {@link #reset}. */
    public static void rememberOriginals(EModelService modelService, MApplication application, MPerspectiveStack stack) {
        for (MPerspective perspective : stack.getChildren()) {
            if (modelService.findSnippet(application, perspective.getElementId()) == null) {
                modelService.cloneElement(perspective, application);
            }
        }
    }

    /**
     * Puts the active perspective back to its original layout; parts that are open stay open
     * in the shared work area.
     */
    public void reset() {
        MPerspective current = active().orElse(null);
        MPerspectiveStack stack = stack().orElse(null);
        if (current == null || stack == null || modelService.findSnippet(application, current.getElementId()) == null) {
            return;
        }
        int index = stack.getChildren().indexOf(current);
        MUIElement pristine = modelService.cloneSnippet(application, current.getElementId(), window);
        if (!(pristine instanceof MPerspective fresh)) {
            return;
        }
        modelService.resetPerspectiveModel(current, window);
        stack.getChildren().add(index + 1, fresh);
        partService.switchPerspective(fresh);
        modelService.removePerspectiveModel(current, window);
    }
}
