package org.rapport.complaints.ui.internal.admin.categories;

import org.eclipse.osgi.util.NLS;

/** The Categories view's texts, from the bundle's {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String categories_heading;
    public static String categories_show_retired;
    public static String categories_add_top;
    public static String categories_add_child;
    public static String categories_rename;
    public static String categories_move;
    public static String categories_retire;
    public static String categories_reinstate;
    public static String categories_undo;
    public static String categories_column_name;
    public static String categories_column_name_en;
    public static String categories_column_name_zh;
    public static String categories_column_code;
    public static String categories_column_state;
    public static String categories_active;
    public static String categories_retired;
    public static String categories_retired_mark;
    public static String categories_keys;
    public static String categories_denied;
    public static String categories_choose;
    public static String categories_failed;
    public static String categories_added;
    public static String categories_renamed;
    public static String categories_moved;
    public static String categories_retired_done;
    public static String categories_reinstated;
    public static String categories_undone;
    public static String categories_nothing_to_undo;
    public static String categories_retire_title;
    public static String categories_retire_question;
    public static String categories_add_title;
    public static String categories_add_child_title;
    public static String categories_rename_title;
    public static String categories_move_title;
    public static String categories_field_code;
    public static String categories_field_name;
    public static String categories_field_name_zh;
    public static String categories_field_parent;
    public static String categories_top;
    public static String categories_missing_code;
    public static String categories_bad_code;
    public static String categories_missing_name;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
