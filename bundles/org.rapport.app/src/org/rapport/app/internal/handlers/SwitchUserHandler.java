package org.rapport.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.rapport.app.internal.Messages;
import org.rapport.app.internal.UnsavedChanges;
import org.rapport.security.api.CurrentUser;

/**
 * File > Switch User: signs out and restarts the workbench, which asks for a login again. A
 * restart rather than a re-login in place: every part, handler and cached service state made for
 * the old user goes away with the old workbench, and the new user's perspectives are chosen the
 * way a fresh start chooses them. The start script starts Rapport again when it ends with the
 * restart exit code.
 */
public class SwitchUserHandler {

    @Execute
    void execute(CurrentUser current, IWorkbench workbench, MWindow window, EPartService parts, @Translation Messages messages) {
        if (UnsavedChanges.mayClose((Shell) window.getWidget(), parts, messages, messages.unsaved_switch)) {
            current.signOut();
            workbench.restart();
        }
    }
}
