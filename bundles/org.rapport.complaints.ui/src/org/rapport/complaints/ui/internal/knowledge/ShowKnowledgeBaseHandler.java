package org.rapport.complaints.ui.internal.knowledge;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Evaluate;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;

/**
 * View > Knowledge Base (Ctrl+Shift+K): brings the knowledge base to the front, from any
 * perspective (it lives in the Service desk, which comes to the front with it), its search field
 * ready for typing; for roles that may read articles and see the Service desk.
 */
public class ShowKnowledgeBaseHandler {

    /** The knowledge base part (see fragment.e4xmi). */
    public static final String PART = "org.rapport.complaints.ui.part.knowledge";

    @CanExecute
    boolean canExecute(CurrentUser user, MWindow window, EModelService models) {
        return KnowledgePart.may(user, Action.READ) && part(window, models) != null;
    }

    /**
     * The knowledge base, where the user can reach it: not in a perspective their roles do not show
     * (sales see only Sales, where it is not); null if nowhere.
     */
    private static MPart part(MWindow window, EModelService models) {
        List<MPart> found = models.findElements(window, PART, MPart.class, null, EModelService.ANYWHERE);
        for (MPart part : found) {
            MPerspective perspective = models.getPerspectiveFor(part);
            if (perspective == null || perspective.isToBeRendered()) {
                return part;
            }
        }
        return null;
    }

    @Execute
    void execute(MWindow window, EModelService models, EPartService parts) {
        MPart part = part(window, models);
        if (part == null) {
            return;
        }
        MPerspective perspective = models.getPerspectiveFor(part);
        if (perspective != null && perspective != models.getActivePerspective(window)) {
            parts.switchPerspective(perspective);
        }
        part.setToBeRendered(true);
        parts.showPart(part, PartState.ACTIVATE);
    }

    /** The menu item's visibility: roles that may read the knowledge base, in a perspective they see. */
    public static class Visible {

        @Evaluate
        public boolean evaluate(CurrentUser user, @Optional MWindow window, EModelService models) {
            return KnowledgePart.may(user, Action.READ) && (window == null || part(window, models) != null);
        }
    }
}
