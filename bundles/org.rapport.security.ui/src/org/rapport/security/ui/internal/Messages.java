package org.rapport.security.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The sign-in dialogs' texts, from {@code OSGI-INF/l10n/bundle*.properties}. NLS, not e4's
 * {@code @Translation}: the dialogs open before the workbench's context has a locale service.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String login_title;
    public static String login_heading;
    public static String login_login;
    public static String login_password;
    public static String login_sign_in;
    public static String login_quit;
    public static String login_missing;
    public static String login_opening;
    public static String setup_making;

    public static String setup_title;
    public static String setup_heading;
    public static String setup_login;
    public static String setup_display_name;
    public static String setup_password;
    public static String setup_repeat;
    public static String setup_create;
    public static String setup_mismatch;
    public static String setup_missing;

    public static String password_file;
    public static String failed;

    // the administration views
    public static String admin_failed;
    public static String admin_only;
    public static String admin_refresh;
    public static String users_column_login;
    public static String users_column_name;
    public static String users_column_roles;
    public static String users_column_state;
    public static String users_state_enabled;
    public static String users_state_disabled;
    public static String users_state_locked;
    public static String users_add;
    public static String users_edit;
    public static String users_reset_password;
    public static String users_disable;
    public static String users_enable;
    public static String users_disable_title;
    public static String users_disable_question;
    public static String users_disable_action;
    public static String users_added;
    public static String users_changed;
    public static String users_password_set;
    public static String users_disabled;
    public static String users_enabled;
    public static String user_add_title;
    public static String user_add_message;
    public static String user_add_ok;
    public static String user_edit_title;
    public static String user_edit_message;
    public static String user_edit_ok;
    public static String user_password_title;
    public static String user_password_message;
    public static String user_password_ok;
    public static String user_login;
    public static String user_display_name;
    public static String user_password;
    public static String user_repeat;
    public static String user_roles;
    public static String user_password_mismatch;
    public static String roles_column_role;
    public static String roles_column_kind;
    public static String roles_column_area;
    public static String roles_column_field;
    public static String roles_column_access;
    public static String roles_preset;
    public static String roles_custom;
    public static String roles_heading;
    public static String roles_heading_dirty;
    public static String roles_description;
    public static String roles_matrix;
    public static String roles_fields;
    public static String roles_fields_none;
    public static String roles_new;
    public static String roles_delete;
    public static String roles_save;
    public static String roles_revert;
    public static String roles_reset;
    public static String roles_new_title;
    public static String roles_new_message;
    public static String roles_created;
    public static String roles_saved;
    public static String roles_discard_title;
    public static String roles_discard_question;
    public static String roles_delete_title;
    public static String roles_delete_question;
    public static String roles_deleted;
    public static String roles_reset_title;
    public static String roles_reset_question;
    public static String roles_reset_action;
    public static String roles_delete_action;
    public static String roles_discard_action;
    public static String roles_reset_done;
    public static String scope_none;
    public static String scope_own;
    public static String scope_all;
    public static String access_full;
    public static String access_read_only;
    public static String access_hidden;
    public static String action_read;
    public static String action_create;
    public static String action_update;
    public static String action_delete;
    public static String action_export;
    public static String area_all;
    public static String area_security;
    public static String audit_since;
    public static String audit_until;
    public static String audit_user;
    public static String audit_record;
    public static String audit_record_hint;
    public static String audit_change;
    public static String audit_change_any;
    public static String audit_no_record;
    public static String audit_action_create;
    public static String audit_action_update;
    public static String audit_action_delete;
    public static String audit_action_export;
    public static String audit_action_view;
    public static String audit_newest_first;
    public static String audit_oldest_first;
    public static String audit_search;
    public static String audit_previous;
    public static String audit_next;
    public static String audit_position;
    public static String audit_none;
    public static String audit_job;
    public static String audit_column_when;
    public static String audit_column_user;
    public static String audit_column_action;
    public static String audit_column_object;
    public static String audit_column_feature;
    public static String audit_column_old;
    public static String audit_column_new;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
