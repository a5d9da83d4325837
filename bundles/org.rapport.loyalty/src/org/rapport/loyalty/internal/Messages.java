package org.rapport.loyalty.internal;

import org.eclipse.osgi.util.NLS;

/** The loyalty bundle's texts, from {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String area_loyalty;
    public static String reason_base;
    public static String reason_birthday;
    public static String reason_reversal;
    public static String reason_debt_repayment;
    public static String reason_expiry;
    public static String reason_joined;
    public static String reason_required;
    public static String points_zero;
    public static String points_positive;
    public static String not_enough_points;
    public static String no_customer;
    public static String reference_missing;
    public static String reference_too_long;
    public static String purchase_incomplete;
    public static String purchase_negative;
    public static String adjust_denied;
    public static String ledger_append_only;
    public static String setting_too_small;
    public static String points_unavailable;
    public static String loyalty_summary;
    public static String loyalty_usage;
    public static String loyalty_bad_points;
    public static String loyalty_bad_date;
    public static String loyalty_adjusted;
    public static String loyalty_expired;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
