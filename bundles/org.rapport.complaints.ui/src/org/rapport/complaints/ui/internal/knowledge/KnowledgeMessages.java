package org.rapport.complaints.ui.internal.knowledge;

import org.eclipse.osgi.util.NLS;

/** The knowledge base views' texts, from the bundle's {@code OSGI-INF/l10n/bundle*.properties} (keys kb_ui_*). */
public final class KnowledgeMessages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String kb_ui_search_hint;
    public static String kb_ui_found;
    public static String kb_ui_found_none;
    public static String kb_ui_search_failed;
    public static String kb_ui_column_title;
    public static String kb_ui_column_snippet;
    public static String kb_ui_column_kind;
    public static String kb_ui_column_language;
    public static String kb_ui_column_solved;
    public static String kb_ui_new;
    public static String kb_ui_edit;
    public static String kb_ui_not_allowed;
    public static String kb_ui_facts;
    public static String kb_ui_facts_changed;
    public static String kb_ui_solved_none;
    public static String kb_ui_solved;
    public static String kb_ui_language_en;
    public static String kb_ui_language_zh;
    public static String kb_ui_field_code;
    public static String kb_ui_field_title;
    public static String kb_ui_field_language;
    public static String kb_ui_field_kind;
    public static String kb_ui_field_tags;
    public static String kb_ui_field_body;
    public static String kb_ui_required;
    public static String kb_ui_new_label;
    public static String kb_ui_may_not_edit;
    public static String kb_ui_find_title;
    public static String kb_ui_find_link;
    public static String kb_ui_find_intro;
    public static String kb_ui_open_failed;
    public static String kb_ui_find_button;
    public static String kb_ui_solved_by;

    static {
        NLS.initializeMessages(BUNDLE_NAME, KnowledgeMessages.class);
    }

    private KnowledgeMessages() {
    }

    /** A language code as the views name it. */
    public static String language(String code) {
        return "zh".equals(code) ? kb_ui_language_zh : "en".equals(code) ? kb_ui_language_en : code;
    }
}
