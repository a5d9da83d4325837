package org.rapport.persistence.internal;

import org.eclipse.osgi.util.NLS;

/** The persistence engine's texts, from {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String settings_unknown_key;
    public static String settings_not_a_setting;
    public static String settings_unreadable;
    public static String settings_bad_url;
    public static String settings_empty;
    public static String settings_bad_encryption;
    public static String settings_encryption_not_embedded;
    public static String settings_duplicate;
    public static String store_stale;
    public static String store_stale_by;
    public static String store_stale_unknown;
    public static String store_constraint;
    public static String store_constraint_unknown;
    public static String store_unreachable;
    public static String store_failed;
    public static String store_no_server;
    public static String store_waiting;
    public static String store_in_use;
    public static String store_serving_others;
    public static String db_summary;
    public static String db_usage;
    public static String db_created;
    public static String db_exists;
    public static String db_no_boot_password;
    public static String db_status_database;
    public static String db_status_location;
    public static String db_status_missing;
    public static String db_status_models;
    public static String db_status_table;
    public static String db_check_ok;
    public static String db_check_failed;
    public static String db_check_summary;
    public static String db_backup_done;
    public static String db_backup_unwritable;
    public static String db_restore_done_new;
    public static String db_restore_io;
    public static String db_restore_bad;
    public static String db_restore_not_opened;
    public static String db_backup_no_folder;
    public static String db_backup_manifest_line;
    public static String db_backup_manifest_unreadable;
    public static String db_backup_file_size;
    public static String db_backup_file_changed;
    public static String db_backup_files_missing;
    public static String db_backup_and_more;
    public static String db_backup_not_opened;
    public static String db_backup_table_damaged;
    public static String db_backup_server;
    public static String db_in_use;
    public static String db_restore_missing;
    public static String db_restore_done;
    public static String db_failed;
    public static String scrub_table_failed;
    public static String scrub_log_failed;
    public static String migration_failed;
    public static String migration_locked;
    public static String migration_left_lock_released;
    public static String migration_duplicate_id;
    public static String schema_drift;
    public static String schema_missing_table;
    public static String schema_missing_column;
    public static String schema_wrong_type;
    public static String schema_nullable;
    public static String schema_missing_unique_index;
    public static String schema_missing_index;
    public static String db_migrated;
    public static String db_up_to_date;
    public static String db_status_schema;
    public static String db_diff_unknown;
    public static String db_diff_pending;
    public static String db_diff_none;
    public static String db_unlocked;


    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
