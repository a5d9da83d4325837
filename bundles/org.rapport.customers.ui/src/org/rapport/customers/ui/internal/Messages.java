package org.rapport.customers.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The customer views' texts, from {@code OSGI-INF/l10n/bundle*.properties}. NLS rather than e4's
 * {@code @Translation}: the profile tabs are DS services, made outside any workbench context.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String search_hint;
    public static String channel_any;
    public static String count_customers;
    public static String count_one;
    public static String count_loading;
    public static String row_loading;
    public static String export_button;
    public static String export_tooltip;
    public static String export_not_allowed;
    public static String export_title;
    public static String export_task;
    public static String export_progress;
    public static String export_cancelled;
    public static String export_done;
    public static String match_lookup;
    public static String match_anywhere;
    public static String match_hint;
    public static String search_anywhere_hint;
    public static String region_any;
    public static String region_hint;
    public static String tag_any;
    public static String tag_hint;
    public static String column_quality;
    public static String column_reference;
    public static String column_name;
    public static String column_region;
    public static String column_channel;
    public static String column_status;
    public static String column_account_manager;
    public static String open_failed;
    public static String tab_profile;
    public static String tab_purchases;
    public static String tab_interactions;
    public static String field_gender;
    public static String field_birthday;
    public static String field_occupation;
    public static String field_company;
    public static String field_region;
    public static String field_address;
    public static String field_phones;
    public static String field_emails;
    public static String field_tags;
    public static String field_consent;
    public static String field_income;
    public static String field_notes;
    public static String field_created;
    public static String field_confirmed;
    public static String field_important_dates;
    public static String field_street;
    public static String field_postal_code;
    public static String field_city;
    public static String field_country;
    public static String column_phone;
    public static String column_email;
    public static String contacts_label;
    public static String contacts_label_hint;
    public static String contacts_works_hint;
    public static String contacts_add;
    public static String contacts_edit;
    public static String contacts_remove;
    public static String contacts_dialog_message;
    public static String phone_add_title;
    public static String phone_edit_title;
    public static String email_add_title;
    public static String email_edit_title;
    public static String problem_phone;
    public static String problem_email;
    public static String problem_tag;
    public static String format_tags;
    public static String yes;
    public static String no;
    public static String purchase_at;
    public static String purchase_product;
    public static String purchase_quantity;
    public static String purchase_amount;
    public static String purchase_channel;
    public static String purchase_store;
    public static String interaction_at;
    public static String interaction_channel;
    public static String interaction_type;
    public static String interaction_direction;
    public static String interaction_summary;
    public static String interaction_staff;
    public static String header_facts;
    public static String header_nobody;
    public static String header_fact;
    public static String fact_revenue_recent;
    public static String fact_revenue_total;
    public static String fact_last_purchase;
    public static String fact_main_contact;
    public static String fact_account_manager;
    public static String contacts_invalid;
    public static String contacts_invalid_mark;
    public static String purchases_total;
    public static String privacy_export;
    public static String privacy_erase;
    public static String privacy_export_title;
    public static String privacy_exported;
    public static String privacy_erase_confirm_title;
    public static String privacy_erase_confirm;
    public static String privacy_erase_action;
    public static String privacy_erased;
    public static String privacy_failed;
    public static String format_date;
    public static String format_amount;
    public static String problem_value;
    public static String problem_format;
    public static String problem_beside;
    public static String profile_restoring;
    public static String name_required;
    public static String log_interaction;
    public static String log_summary_hint;
    public static String log_add;
    public static String quality_invalid_contact;
    public static String quality_unconfirmed;
    public static String duplicates_candidates;
    public static String duplicates_confirm;
    public static String duplicates_confirm_title;
    public static String duplicates_customer;
    public static String duplicates_failed;
    public static String duplicates_find;
    public static String duplicates_heading;
    public static String duplicates_keep;
    public static String duplicates_merge;
    public static String duplicates_merge_confirmed;
    public static String duplicates_merge_failed_title;
    public static String duplicates_merged;
    public static String duplicates_message;
    public static String duplicates_none;
    public static String duplicates_nothing;
    public static String duplicates_reason;
    public static String duplicates_reason_email;
    public static String duplicates_reason_name_birthday;
    public static String duplicates_reason_phone;
    public static String duplicates_side_by_side;
    public static String duplicates_title;
    public static String duplicates_unsaved;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
