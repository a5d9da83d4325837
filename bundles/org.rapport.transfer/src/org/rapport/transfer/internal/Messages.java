package org.rapport.transfer.internal;

import org.eclipse.osgi.util.NLS;

/** The transfer bundle's texts, from {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String import_empty_file;
    public static String import_missing_columns;
    public static String import_no_such_kind;
    public static String import_no_such_run;
    public static String import_reason_broken_quotes;
    public static String import_reason_column_count;
    public static String import_reason_not_utf8;
    public static String import_reason_utf16;
    public static String import_reason_control;
    public static String import_repeated_column;
    public static String import_resume_done;
    public static String import_resume_other_file;
    public static String import_resume_other_encoding;
    public static String import_resume_other_delimiter;
    public static String import_other_delimiter;
    public static String import_unfinished;
    public static String import_unknown_columns;
    public static String import_unknown_mapping;
    public static String export_denied;
    public static String export_to_folder;
    public static String export_no_folder;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
