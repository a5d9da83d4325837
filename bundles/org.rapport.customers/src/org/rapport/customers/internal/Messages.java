package org.rapport.customers.internal;

import org.eclipse.osgi.util.NLS;

/** The customers bundle's texts, from {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String merge_same;
    public static String currency_unknown;
    public static String record_of;
    public static String export_selection_too_large;
    public static String merge_no_customer;
    public static String channel_app;
    public static String channel_bad_code;
    public static String channel_bad_label;
    public static String channel_denied;
    public static String channel_field_sales;
    public static String channel_hotline;
    public static String channel_other;
    public static String channel_social_media;
    public static String channel_store;
    public static String channel_taken;
    public static String channel_web_shop;
    public static String area_customers;
    public static String cli_io_error;
    public static String cli_progress_rows;
    public static String customers_summary;
    public static String customers_usage;
    public static String customers_channels_usage;
    public static String customers_add_channel_usage;
    public static String export_done;
    public static String export_summary;
    public static String export_usage;
    public static String import_done;
    public static String import_kind_customers;
    public static String import_kind_purchases;
    public static String import_field_ref;
    public static String import_field_name;
    public static String import_field_email;
    public static String import_field_phone;
    public static String import_field_birthday;
    public static String import_field_region;
    public static String import_field_channel;
    public static String import_field_tags;
    public static String import_field_account_manager;
    public static String import_field_customer_ref;
    public static String import_field_date;
    public static String import_field_amount;
    public static String import_field_quantity;
    public static String import_field_product;
    public static String import_field_order_ref;
    public static String import_field_line;
    public static String import_field_kind;
    public static String import_create_customers;
    public static String import_no_points;
    public static String import_no_file;
    public static String import_reason_date;
    public static String import_reason_date_time;
    public static String import_reason_decimal;
    public static String import_reason_decimal_comma;
    public static String import_reason_decimal_ambiguous;
    public static String import_reason_decimals;
    public static String import_reason_quantity;
    public static String import_reason_reference_exists;
    public static String import_reason_required;
    public static String import_reason_too_large;
    public static String import_reason_too_long;
    public static String import_reason_unknown_customer;
    public static String import_reason_kind;
    public static String import_warning_channel;
    public static String import_warning_email;
    public static String import_warning_future;
    public static String import_warning_phone;
    public static String import_warning_return_unknown_order;
    public static String import_warning_sale_negative;
    public static String import_warning_too_long;
    public static String import_bad_channel_mapping;
    public static String import_refused_file;
    public static String import_started;
    public static String import_summary;
    public static String import_usage;

    public static String customers_area_usage;
    public static String customers_import_usage;
    public static String customers_export_usage;
    public static String customers_blank_search;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
