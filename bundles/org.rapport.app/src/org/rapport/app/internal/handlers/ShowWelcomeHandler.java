package org.rapport.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** View > Welcome: shows the Welcome page again after it was closed. */
public class ShowWelcomeHandler {

    public static final String WELCOME_PART = "org.rapport.app.part.welcome";

    @Execute
    void execute(EPartService parts) {
        parts.showPart(WELCOME_PART, PartState.ACTIVATE);
    }
}
