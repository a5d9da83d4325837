package org.rapport.reports.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The dashboards' texts, from {@code OSGI-INF/l10n/bundle*.properties} (the same file as the
 * model fragment's labels).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String base;
    public static String before;
    public static String cancel;
    public static String cancelled;
    public static String cancelled_status;
    public static String compare;
    public static String compare_tooltip;
    public static String computing;
    public static String custom_backwards;
    public static String custom_from;
    public static String custom_message;
    public static String custom_ok;
    public static String custom_title;
    public static String custom_to;
    public static String dashboard_empty;
    public static String dashboard_management;
    public static String dashboard_sales;
    public static String dashboard_servicedesk;
    public static String definition;
    public static String drill_complaints;
    public static String drill_cut;
    public static String drill_failed;
    public static String drill_finding;
    public static String drill_none;
    public static String drill_opened;
    public static String drill_opened_complaints;
    public static String export_csv;
    public static String export_csv_title;
    public static String export_dashboard;
    public static String export_dashboard_tooltip;
    public static String export_done;
    public static String export_done_many;
    public static String export_folder;
    public static String export_failed;
    public static String export_missing;
    public static String export_nothing;
    public static String export_pdf;
    public static String export_pdf_title;
    public static String filter_any;
    public static String filters_label;
    public static String legend_before;
    public static String legend_period;
    public static String no_data;
    public static String no_data_long;
    public static String no_data_short;
    public static String no_figure;
    public static String not_filtered_by;
    public static String period_12_months;
    public static String period_custom;
    public static String period_label;
    public static String period_last_month;
    public static String period_quarter;
    public static String period_this_month;
    public static String refresh;
    public static String reports_missing;
    public static String target_at_least;
    public static String target_at_most;
    public static String target_met;
    public static String target_missed;
    public static String target_no_data;
    public static String tile_by;
    public static String tile_click;
    public static String tile_drill_total;
    public static String tile_failed;
    public static String total;
    public static String unit_minutes;
    public static String unit_percent;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
