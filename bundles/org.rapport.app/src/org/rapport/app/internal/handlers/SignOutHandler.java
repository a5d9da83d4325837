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

/** File > Sign Out: forgets the signed-in user and closes the workbench (the layout is saved). */
public class SignOutHandler {

    @Execute
    void execute(CurrentUser current, IWorkbench workbench, MWindow window, EPartService parts, @Translation Messages messages) {
        if (UnsavedChanges.mayClose((Shell) window.getWidget(), parts, messages, messages.unsaved_signout)) {
            current.signOut();
            workbench.close();
        }
    }
}
