package org.rapport.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.rapport.app.internal.Perspectives;

/** Window > Reset Perspective. */
public class ResetPerspectiveHandler {

    @Execute
    void execute(EModelService models, EPartService parts, MApplication app, MWindow window) {
        new Perspectives(models, parts, app, window).reset();
    }
}
