package org.rapport.complaints.api;

import java.util.List;
import java.util.Locale;

/**
 * The category tree every complaint is filed under (DOMAIN.md section 4). Codes are unique and never
 * change, so imports, reports and the CLI keep naming the same category; names (English and Chinese)
 * and the place in the tree may change. A retired category stays on its complaints and in the
 * reports but is not offered for new complaints. Changes go through the store, whose access rules
 * (the service desk's settings, {@link ComplaintsAreaId#SETTINGS}: administrators and managers
 * change them) and audit apply; bad input is refused with a message saying which and why.
 */
public interface Categories {

    /**
     * One category as the tree shows it.
     *
     * @param parent the broader category's code, null at the top
     * @param depth 0 at the top
     * @param active false once retired (retiring a category retires everything under it)
     */
    record Entry(String code, String name, String nameZh, String parent, boolean active, int depth) {

        /** The name in the language of {@code locale}: the Chinese one for Chinese where there is one. */
        public String name(Locale locale) {
            return nameIn(locale, name, nameZh);
        }
    }

    /** A category's name in the language of {@code locale}: the Chinese one for Chinese where there is one, else the English. */
    static String nameIn(Locale locale, String name, String nameZh) {
        return "zh".equals(locale.getLanguage()) && nameZh != null && !nameZh.isBlank() ? nameZh : name;
    }

    /** The tree depth first, siblings by code; retired categories only with {@code retired}. */
    List<Entry> tree(boolean retired);

    /** Adds a category under {@code parent} (null: at the top); refuses a code in use, an unknown or retired parent. */
    Entry add(String code, String name, String nameZh, String parent);

    /** Renames a category; a null name keeps the English one, a null {@code nameZh} the Chinese one, a blank one removes it. */
    Entry rename(String code, String name, String nameZh);

    /** Moves a category, with everything under it, under {@code parent} (null: to the top); refuses a cycle. */
    Entry move(String code, String parent);

    /** Retires a category and everything under it: no longer offered for new complaints. */
    Entry retire(String code);

    /** Offers a retired category (and the retired ones under it) again; refuses while a broader category is retired. */
    Entry reinstate(String code);
}
