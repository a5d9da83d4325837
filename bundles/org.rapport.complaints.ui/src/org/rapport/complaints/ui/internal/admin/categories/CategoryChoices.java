package org.rapport.complaints.ui.internal.admin.categories;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.rapport.complaints.api.Categories.Entry;
import org.rapport.complaints.ui.internal.Messages;

/** The category tree as a drop-down lists it: depth first, each name indented under its parent, in the user's language. */
public final class CategoryChoices {

    private static final String INDENT = "\u2003";

    private CategoryChoices() {
    }

    /** Code to label, in tree order; a retired category is marked as such. */
    public static Map<String, String> of(List<Entry> tree, Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (Entry entry : tree) {
            String name = INDENT.repeat(entry.depth()) + entry.name(locale);
            choices.put(entry.code(), entry.active() ? name : NLS.bind(Messages.categories_retired_mark, name));
        }
        return choices;
    }
}
