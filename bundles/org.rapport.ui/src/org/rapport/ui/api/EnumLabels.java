package org.rapport.ui.api;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The translated names of a model's enum literals, read from a bundle's message files with the
 * key {@code <Enum>_<LITERAL>}, e.g. {@code Gender_FEMALE = Female}. A literal without a text
 * shows as it is (the bundle tests check that none lacks one, see
 * {@code org.rapport.testing.ModelChecks#missingEnumLabels}).
 */
public final class EnumLabels {

    private final ResourceBundle texts;

    public EnumLabels(ResourceBundle texts) {
        this.texts = texts;
    }

    /** The labels in {@code OSGI-INF/l10n/bundle*.properties} of the bundle that holds {@code type}, in the workbench's language. */
    public static EnumLabels ofBundle(Class<?> type) {
        try {
            return new EnumLabels(ResourceBundle.getBundle("OSGI-INF.l10n.bundle", Locale.getDefault(), type.getClassLoader()));
        } catch (MissingResourceException e) {
            return new EnumLabels(null);
        }
    }

    /** The key of a literal's text: {@code <Enum>_<LITERAL>}. */
    public static String key(Enumerator value) {
        return value.getClass().getSimpleName() + "_" + value.getName();
    }

    /** The literal's text; empty for null. */
    public String of(Enumerator value) {
        if (value == null) {
            return "";
        }
        String key = key(value);
        return texts != null && texts.containsKey(key) ? texts.getString(key) : value.getLiteral();
    }
}
