package org.rapport.app.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Shell;
import org.rapport.app.internal.Messages;
import org.rapport.app.internal.dialogs.KeyboardShortcutsDialog;

/** Help > Keyboard Shortcuts (Ctrl+Shift+L): every key binding of the application model. */
public class KeyboardShortcutsHandler {

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Translation Messages messages, MApplication application, EModelService models) {
        new KeyboardShortcutsDialog(shell, messages, application, models).open();
    }
}
