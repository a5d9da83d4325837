package org.rapport.reports.internal;

import java.lang.reflect.Field;

import org.eclipse.osgi.util.NLS;

/**
 * The reports bundle's texts, from {@code OSGI-INF/l10n/bundle*.properties}: one class for the
 * bundle, since NLS warns about every key of a shared file that a class has no field for.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String reports_unknown;
    public static String reports_unknown_value;
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
    public static String dimension_month_in_sentence;
    public static String dimension_channel_in_sentence;
    public static String dimension_region_in_sentence;
    public static String dimension_tag_in_sentence;
    public static String dimension_tier_in_sentence;
    public static String dimension_category_in_sentence;

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
    public static String nps_title;
    public static String nps_definition;
    public static String nps_col_nps;
    public static String nps_col_promoters;
    public static String nps_col_detractors;
    public static String segment_sizes_title;
    public static String segment_sizes_definition;
    public static String segment_sizes_col_high_value;
    public static String segment_sizes_col_potential;
    public static String segment_sizes_col_ordinary;

    public static String measure_no_dimension;
    public static String measure_bad_month;
    public static String row_total;
    public static String value_none;
    public static String csat_title;
    public static String csat_definition;
    public static String csat_col_mean;
    public static String csat_col_share_4_5;
    public static String first_response_title;
    public static String first_response_definition;
    public static String first_response_col_minutes;
    public static String first_response_col_awaiting;
    public static String resolution_rate_title;
    public static String resolution_rate_definition;
    public static String resolution_rate_col_rate;
    public static String resolution_rate_col_resolved;
    public static String first_contact_resolution_title;
    public static String first_contact_resolution_definition;
    public static String first_contact_resolution_col_rate;
    public static String sla_compliance_title;
    public static String sla_compliance_definition;
    public static String sla_compliance_col_rate;
    public static String sla_compliance_col_acknowledge;
    public static String sla_compliance_col_solution;
    public static String sla_compliance_col_resolve;
    public static String repeat_contact_rate_title;
    public static String repeat_contact_rate_definition;
    public static String repeat_contact_rate_col_rate;
    public static String repeat_contact_rate_col_contacts;
    public static String hot_spots_title;
    public static String hot_spots_definition;
    public static String hot_spots_col_complaints;
    public static String hot_spots_col_share;
    public static String points_title;
    public static String points_definition;
    public static String points_col_issued;
    public static String points_col_redeemed;
    public static String points_col_expired;
    public static String points_col_other;
    public static String points_col_outstanding;
    public static String tiers_title;
    public static String tiers_definition;
    public static String tiers_col_members;
    public static String drill_no_rows;
    public static String drill_repurchase;
    public static String drill_buyers;
    public static String drill_recorded;
    public static String drill_returning;
    public static String drill_kept;
    public static String drill_lost;
    public static String drill_complaints_opened;
    public static String drill_complaints_resolved;
    public static String drill_complaints_answered;
    public static String drill_complaints_recommend;
    public static String drill_points;
    public static String drill_high_value;
    public static String drill_complaints_due;
    public static String drill_members;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /**
     * A measure's text by its name and what it is ({@code title}, {@code definition},
     * {@code col_mean}): the field {@code csat_col_mean}.
     */
    public static String text(String measure, String what) {
        String key = measure.replace('-', '_') + "_" + what;
        try {
            Field field = Messages.class.getField(key);
            return (String) field.get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException("no text " + key, e);
        }
    }
}
