package org.rapport.reports.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The reports bundle's texts, from {@code OSGI-INF/l10n/bundle*.properties}: one class for the
 * bundle, since NLS warns about every key of a shared file that a class has no field for.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String reports_unknown;
    public static String reports_none;
    public static String reports_no_dimensions;
    public static String reports_bad_breakdown;
    public static String reports_bad_filter;
    public static String report_summary;
    public static String report_usage;
    public static String report_period_backwards;
    public static String report_bad_filter;
    public static String report_filter_twice;
    public static String report_pdf_needs_out;
    public static String report_out_csv_or_pdf;
    public static String report_missing_option;
    public static String report_bad_date;
    public static String report_written;
    public static String export_denied;
    public static String export_to_folder;
    public static String export_no_folder;
    public static String pdf_font_unreadable;
    public static String pdf_no_font;
    public static String pdf_exported_by;
    public static String pdf_period;
    public static String pdf_by;
    public static String pdf_filters;
    public static String pdf_none;
    public static String pdf_empty_value;
    public static String pdf_definition;
    public static String pdf_no_data;
    public static String pdf_target;
    public static String pdf_at_least;
    public static String pdf_at_most;
    public static String pdf_period_column;
    public static String pdf_base;
    public static String pdf_page;
    public static String dimension_month;
    public static String dimension_channel;
    public static String dimension_region;
    public static String dimension_tag;
    public static String dimension_tier;
    public static String dimension_category;

    public static String purchase_rule;
    public static String repurchase_title;
    public static String repurchase_definition;
    public static String retention_title;
    public static String retention_definition;
    public static String churn_title;
    public static String churn_definition;
    public static String aov_title;
    public static String aov_definition;
    public static String revenue_title;
    public static String revenue_definition;
    public static String customers_title;
    public static String customers_definition;
    public static String column_rate;
    public static String column_revenue;
    public static String column_customers;
    public static String column_average_order_value;
    public static String total;
    public static String no_region;
    public static String no_channel;
    public static String month_bad;
    public static String month_outside;
    public static String measure_refused;
    public static String segment_sizes_title;
    public static String segment_sizes_definition;
    public static String segment_sizes_col_high_value;
    public static String segment_sizes_col_potential;
    public static String segment_sizes_col_ordinary;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
