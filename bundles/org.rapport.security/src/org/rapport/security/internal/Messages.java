package org.rapport.security.internal;

import org.eclipse.osgi.util.NLS;

/** The security bundle's texts, from {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String sign_in_refused;
    public static String not_signed_in;
    public static String administrators_only;
    public static String bad_login;
    public static String bad_role;
    public static String login_taken;
    public static String role_taken;
    public static String no_such_user;
    public static String no_such_role;
    public static String no_role;
    public static String password_too_short;
    public static String cannot_disable_self;
    public static String settings_not_positive;
    public static String role_name_administrator;
    public static String role_name_manager;
    public static String role_name_sales;
    public static String role_name_service_agent;
    public static String role_name_technician;
    public static String role_description_administrator;
    public static String role_description_manager;
    public static String role_description_sales;
    public static String role_description_service_agent;
    public static String role_description_technician;
    public static String user_summary;
    public static String user_usage;
    public static String user_password_argument;
    public static String user_no_credentials;
    public static String user_no_new_password;
    public static String user_password_file;
    public static String user_added;
    public static String user_first_added;
    public static String user_state_enabled;
    public static String user_state_disabled;
    public static String user_state_locked;
    public static String audit_append_only;
    public static String audit_administrators_only;
    public static String audit_summary;
    public static String audit_usage;
    public static String audit_bad_since;
    public static String audit_bad_object;
    public static String access_read_refused;
    public static String access_own_no_owner;
    public static String access_query_hidden_field;
    public static String access_not_own;
    public static String access_write_refused;
    public static String access_field_hidden;
    public static String access_field_read_only;
    public static String audit_value_erased;
    public static String privacy_export_refused;
    public static String privacy_erase_refused;
    public static String privacy_no_subject;
    public static String privacy_many_subjects;
    public static String privacy_export_what;
    public static String privacy_summary;
    public static String privacy_usage;
    public static String privacy_exported;
    public static String privacy_erased;
    public static String privacy_erase_not_scrubbed;
    public static String privacy_confirm;
    public static String privacy_out_no_folder;
    public static String privacy_out_folder;
    public static String action_read;
    public static String action_create;
    public static String action_update;
    public static String action_delete;
    public static String action_export;
    // administration
    public static String last_administrator;
    public static String preset_not_deletable;
    public static String role_held;
    public static String not_a_preset;
    public static String no_such_area;
    public static String own_not_possible;
    public static String field_rule_many;
    public static String field_rule_unknown;

    public static String user_no_role;
    public static String audit_no_since;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** An action as the messages name it. */
    static String actionName(org.rapport.security.model.Action action) {
        return switch (action) {
        case READ -> action_read;
        case CREATE -> action_create;
        case UPDATE -> action_update;
        case DELETE -> action_delete;
        case EXPORT -> action_export;
        };
    }

    /** A role as people call it (see {@link org.rapport.security.api.Roles#label}). */
    public static String roleName(String role) {
        return switch (role) {
        case org.rapport.security.api.Roles.ADMINISTRATOR -> role_name_administrator;
        case org.rapport.security.api.Roles.MANAGER -> role_name_manager;
        case org.rapport.security.api.Roles.SALES -> role_name_sales;
        case org.rapport.security.api.Roles.SERVICE_AGENT -> role_name_service_agent;
        case org.rapport.security.api.Roles.TECHNICIAN -> role_name_technician;
        default -> role;
        };
    }

    /** The stored description of a preset role, in the language of whoever first used the roles. */
    static String presetDescription(String preset) {
        return switch (preset) {
        case org.rapport.security.api.Roles.ADMINISTRATOR -> role_description_administrator;
        case org.rapport.security.api.Roles.MANAGER -> role_description_manager;
        case org.rapport.security.api.Roles.SALES -> role_description_sales;
        case org.rapport.security.api.Roles.SERVICE_AGENT -> role_description_service_agent;
        case org.rapport.security.api.Roles.TECHNICIAN -> role_description_technician;
        default -> preset;
        };
    }
}
