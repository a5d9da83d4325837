package org.rapport.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.rapport.security.api.CurrentUser;

/** File > Sign Out: forgets the signed-in user and closes the workbench (the layout is saved). */
public class SignOutHandler {

    @Execute
    void execute(CurrentUser current, IWorkbench workbench) {
        current.signOut();
        workbench.close();
    }
}
