package org.rapport.complaints.ui.internal.admin.catalogue;

import org.eclipse.osgi.util.NLS;

/** The Compensation catalogue view's texts, from the bundle's {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String catalogue_heading;
    public static String catalogue_show_retired;
    public static String catalogue_add;
    public static String catalogue_retire;
    public static String catalogue_column_code;
    public static String catalogue_column_name;
    public static String catalogue_column_kind;
    public static String catalogue_column_value;
    public static String catalogue_column_state;
    public static String catalogue_active;
    public static String catalogue_retired;
    public static String catalogue_points;
    public static String catalogue_keys;
    public static String catalogue_denied;
    public static String catalogue_failed;
    public static String catalogue_added;
    public static String catalogue_retired_done;
    public static String catalogue_retire_title;
    public static String catalogue_retire_question;
    public static String catalogue_add_title;
    public static String catalogue_field_code;
    public static String catalogue_field_name;
    public static String catalogue_field_kind;
    public static String catalogue_field_points;
    public static String catalogue_field_amount;
    public static String catalogue_missing_code;
    public static String catalogue_missing_name;
    public static String catalogue_missing_points;
    public static String catalogue_missing_amount;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
