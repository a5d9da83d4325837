package org.rapport.reports.internal.customers;

import org.eclipse.osgi.util.NLS;

/** The customer measures' texts, from {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
