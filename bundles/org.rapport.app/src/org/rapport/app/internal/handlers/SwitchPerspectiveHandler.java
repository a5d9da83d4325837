package org.rapport.app.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.rapport.app.internal.Perspectives;

/** Window > (perspective) and Ctrl+Shift+1..4: switches to the perspective named by the parameter. */
public class SwitchPerspectiveHandler {

    public static final String PARAMETER = "org.rapport.app.command.perspective.id";

    @CanExecute
    boolean canExecute(@Named(PARAMETER) String perspectiveId, EModelService models, EPartService parts, MApplication app, MWindow window) {
        return new Perspectives(models, parts, app, window).find(perspectiveId).isPresent();
    }

    @Execute
    void execute(@Named(PARAMETER) String perspectiveId, EModelService models, EPartService parts, MApplication app, MWindow window) {
        new Perspectives(models, parts, app, window).switchTo(perspectiveId);
    }
}
