package org.rapport.reports.internal.measures;

import java.lang.reflect.Field;

import org.eclipse.osgi.util.NLS;

/** The texts of the loyalty and complaints measures, from {@code OSGI-INF/l10n/bundle*.properties}. */
public final class MeasureMessages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String measure_no_dimension;
    public static String measure_bad_month;
    public static String measure_refused;
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
    public static String nps_title;
    public static String nps_definition;
    public static String nps_col_nps;
    public static String nps_col_promoters;
    public static String nps_col_detractors;

    static {
        NLS.initializeMessages(BUNDLE_NAME, MeasureMessages.class);
    }

    private MeasureMessages() {
    }

    /** A measure's text by its name and what it is ({@code title}, {@code definition}, {@code col_mean}): key {@code csat_col_mean}. */
    static String text(String measure, String what) {
        String key = measure.replace('-', '_') + "_" + what;
        try {
            Field field = MeasureMessages.class.getField(key);
            return (String) field.get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException("no text " + key, e);
        }
    }
}
