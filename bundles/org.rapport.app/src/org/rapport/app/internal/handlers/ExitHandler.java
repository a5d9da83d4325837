package org.rapport.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.rapport.app.internal.Messages;
import org.rapport.app.internal.UnsavedChanges;

/** File > Exit (Ctrl+Q): closes the workbench, which saves the layout for the next start. */
public class ExitHandler {

    @Execute
    void execute(IWorkbench workbench, MWindow window, EPartService parts, @Translation Messages messages) {
        if (UnsavedChanges.mayClose((Shell) window.getWidget(), parts, messages, messages.unsaved_exit)) {
            workbench.close();
        }
    }
}
