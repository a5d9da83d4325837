package org.rapport.app.internal.dialogs;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.rapport.app.internal.Messages;
import org.rapport.app.internal.handlers.SwitchThemeHandler;

/** Appearance: the theme (light or dark) and how to choose the language. */
class AppearancePreferencePage extends PreferencePage {

    private final Messages messages;
    private final IThemeEngine engine;
    private final IEventBroker events;
    private final List<ITheme> themes;
    private Combo themeCombo;

    AppearancePreferencePage(Messages messages, IThemeEngine engine, IEventBroker events) {
        super(messages.preferences_appearance);
        this.messages = messages;
        this.engine = engine;
        this.events = events;
        this.themes = List.copyOf(engine.getThemes());
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        new Label(page, SWT.NONE).setText(messages.preferences_theme);
        themeCombo = new Combo(page, SWT.READ_ONLY);
        ITheme active = engine.getActiveTheme();
        for (ITheme theme : themes) {
            themeCombo.add(theme.getLabel());
            if (active != null && theme.getId().equals(active.getId())) {
                themeCombo.select(themeCombo.getItemCount() - 1);
            }
        }
        Label note = new Label(page, SWT.WRAP);
        note.setText(messages.preferences_theme_note);
        note.setLayoutData(wide());
        Label language = new Label(page, SWT.WRAP);
        language.setText(MessageFormat.format(messages.preferences_language, Locale.getDefault().getDisplayName()));
        language.setLayoutData(wide());
        return page;
    }

    private static GridData wide() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 420;
        return data;
    }

    @Override
    public boolean performOk() {
        int index = themeCombo == null ? -1 : themeCombo.getSelectionIndex();
        if (index >= 0 && (engine.getActiveTheme() == null || !themes.get(index).getId().equals(engine.getActiveTheme().getId()))) {
            SwitchThemeHandler.apply(engine, themes.get(index).getId(), events, messages);
        }
        return true;
    }
}
