package org.rapport.loyalty.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

/**
 * The bundle's texts in a language the caller names ({@link Messages} has them in the default
 * language only): ledger views describe entries in their reader's language.
 */
final class Texts {

    private static final String BUNDLE = "OSGI-INF.l10n.bundle";

    private Texts() {
    }

    /** The text of {@code key} in {@code locale} (English where the language has none), with its arguments bound. */
    static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language(locale), Texts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : NLS.bind(pattern, arguments);
    }

    /** Chinese without a country (or written in simplified characters) is the Chinese the bundle has. */
    private static Locale language(Locale locale) {
        if (locale != null && locale.getLanguage().equals("zh") && !locale.getCountry().equals("TW") && !locale.getCountry().equals("HK")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return locale == null ? Locale.ENGLISH : locale;
    }
}
