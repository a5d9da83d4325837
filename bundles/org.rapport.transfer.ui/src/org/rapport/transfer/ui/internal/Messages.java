package org.rapport.transfer.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The import wizard's texts, in English and Simplified Chinese (OSGI-INF/l10n). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String import_title;
    public static String import_file_title;
    public static String import_file_description;
    public static String import_file_label;
    public static String import_browse;
    public static String import_kind_label;
    public static String import_kind_choice;
    public static String import_no_kinds;
    public static String import_summary_open;
    public static String import_summary_cannot_open;
    public static String import_file_format;
    public static String import_filter_csv;
    public static String import_filter_all;
    public static String import_no_such_file;
    public static String import_unreadable_file;
    public static String import_resume_offer;
    public static String import_preview_title;
    public static String import_preview_description;
    public static String import_preview_summary;
    public static String import_preview_empty;
    public static String import_preview_not_utf8;
    public static String import_encoding_label;
    public static String import_separator_label;
    public static String import_separator_comma;
    public static String import_separator_semicolon;
    public static String import_separator_tab;
    public static String import_encoding_utf8;
    public static String import_encoding_gb18030;
    public static String import_encoding_big5;
    public static String import_encoding_windows1252;
    public static String import_encoding_utf16;
    public static String import_preview_quotes;
    public static String import_preview_unreadable;
    public static String import_mapping_title;
    public static String import_mapping_description;
    public static String import_mapping_field;
    public static String import_mapping_column;
    public static String import_mapping_required;
    public static String import_mapping_optional;
    public static String import_mapping_none;
    public static String import_mapping_missing;
    public static String import_mapping_twice;
    public static String import_mapping_unused;
    public static String import_rejects_label;
    public static String import_rejects_missing;
    public static String import_start;
    public static String import_running;
    public static String import_running_id;
    public static String import_running_rows;
    public static String import_cancelled;
    public static String import_refused;
    public static String import_summary_title;
    public static String import_summary_description;
    public static String import_summary_done;
    public static String import_summary_cancelled;
    public static String import_summary_failed;
    public static String import_summary_not_started;
    public static String import_summary_refused_file;
    public static String import_summary_fix_and_retry;
    public static String import_summary_resume_hint;
    public static String import_summary_rejects_hint;
    public static String import_summary_id;
    public static String import_summary_imported;
    public static String import_summary_rejected;
    public static String import_summary_rejects_file;
    public static String import_summary_duplicates;
    public static String import_summary_duplicates_file;
    public static String import_summary_warnings;
    public static String import_summary_warnings_file;
    public static String import_summary_warnings_hint;
    public static String import_reason_line;
    public static String import_reason_field;
    public static String import_reason_value;
    public static String import_reason_reason;
    public static String import_resume;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
