package org.rapport.app.internal.dialogs;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.rapport.app.internal.Messages;

/** Window > Preferences: a JFace preference dialog whose pages are the workbench's settings. */
public final class PreferencesDialog {

    private PreferencesDialog() {
    }

    public static PreferenceDialog create(Shell shell, Messages messages, IThemeEngine themes, IEventBroker events) {
        PreferenceManager manager = new PreferenceManager();
        manager.addToRoot(new PreferenceNode("org.rapport.app.preferences.appearance", new AppearancePreferencePage(messages, themes, events)));
        PreferenceDialog dialog = new PreferenceDialog(shell, manager) {
            @Override
            protected void configureShell(Shell newShell) {
                super.configureShell(newShell);
                newShell.setText(messages.preferences_title);
            }
        };
        dialog.setPreferenceStore(new org.eclipse.jface.preference.PreferenceStore());
        return dialog;
    }
}
