package org.rapport.customers.ui.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.rapport.customers.api.DataQuality.Flag;

/**
 * The translated name of a model enum's literal, from the same message files: key
 * {@code <Enum>_<LITERAL>}, e.g. {@code Channel_STORE}. A literal without a text shows as it is.
 */
final class EnumLabels {

    private static final ResourceBundle TEXTS = load();

    private EnumLabels() {
    }

    private static ResourceBundle load() {
        try {
            return ResourceBundle.getBundle("OSGI-INF.l10n.bundle", Locale.getDefault(), EnumLabels.class.getClassLoader());
        } catch (MissingResourceException e) {
            return null;
        }
    }

    static String of(Enumerator value) {
        if (value == null) {
            return "";
        }
        String key = value.getClass().getSimpleName() + "_" + value.getName();
        return TEXTS != null && TEXTS.containsKey(key) ? TEXTS.getString(key) : value.getLiteral();
    }

    /** What a data-quality flag says. */
    static String of(Flag flag) {
        return flag == Flag.INVALID_CONTACT ? Messages.quality_invalid_contact : Messages.quality_unconfirmed;
    }

    /** What the flags say, in one line; empty without flags. */
    static String of(Set<Flag> flags) {
        return flags.stream().map(EnumLabels::of).collect(Collectors.joining(" \u00b7 "));
    }
}
