package org.rapport.app.internal.handlers;

import java.text.MessageFormat;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.app.internal.Messages;

/** View > Light Theme / Dark Theme: applies at once and is remembered for the next start. */
public class SwitchThemeHandler {

    public static final String PARAMETER = "org.rapport.app.command.theme.id";

    @Execute
    void execute(@Named(PARAMETER) String themeId, IThemeEngine engine, IEventBroker events, @Translation Messages messages) {
        apply(engine, themeId, events, messages);
    }

    /** Sets and remembers the theme; shared with the preferences page. */
    public static void apply(IThemeEngine engine, String themeId, IEventBroker events, Messages messages) {
        for (ITheme theme : engine.getThemes()) {
            if (theme.getId().equals(themeId)) {
                engine.setTheme(theme, true);
                events.post(RapportWorkbench.TOPIC_STATUS, MessageFormat.format(messages.status_theme, theme.getLabel()));
                return;
            }
        }
    }
}
