package org.rapport.app.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.rapport.app.internal.Messages;
import org.rapport.app.internal.dialogs.PreferencesDialog;

/** Window > Preferences (Ctrl+,). */
public class PreferencesHandler {

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Translation Messages messages, IThemeEngine themes, IEventBroker events) {
        PreferencesDialog.create(shell, messages, themes, events).open();
    }
}
