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
    public static String reason_upgrade;
    public static String reason_reevaluation;
    public static String tier_spend;
    public static String tier_points;
    public static String tier_gift_gold;
    public static String tier_gift_black;
    public static String tier_bad_name;
    public static String tier_no_threshold;
    public static String tier_bad_benefit;
    public static String tier_benefit_twice;
    public static String tier_too_many_benefits;
    public static String tier_unknown;
    public static String tier_benefits_or_none;
    public static String tier_bad_threshold;
    public static String tiers_denied;
    public static String rewards_denied;
    public static String reward_bad_reference;
    public static String reward_bad_name;
    public static String reward_bad_stock;
    public static String reward_unknown;
    public static String reward_inactive;
    public static String reward_out_of_stock;
    public static String redeem_concurrent;
    public static String loyalty_bad_rewards_action;
    public static String loyalty_bad_number;
    public static String loyalty_bad_import_kind;
    public static String loyalty_no_file;
    public static String import_kind_balances;
    public static String import_reason_reference;
    public static String import_reason_points;
    public static String import_reason_date;
    public static String import_reason_unknown_customer;
    public static String reason_opening;
    public static String loyalty_summary;
    public static String loyalty_usage;
    public static String loyalty_bad_points;
    public static String loyalty_bad_date;
    public static String loyalty_bad_tiers_action;
    public static String loyalty_bad_settings_action;
    public static String loyalty_settings_nothing;
    public static String loyalty_bad_setting;
    public static String loyalty_bad_tier_basis;
    public static String loyalty_bad_promotions_action;
    public static String loyalty_bad_add_action;
    public static String loyalty_bad_day;
    public static String reason_referred;
    public static String reason_referrer;
    public static String reason_review;
    public static String reason_promotion;
    public static String referral_self;
    public static String referral_twice;
    public static String referral_not_new;
    public static String review_no_purchase;
    public static String review_twice;
    public static String promotion_bad_reference;
    public static String promotion_bad_name;
    public static String promotion_bad_days;
    public static String promotion_bad_multiplier;
    public static String promotion_nothing;
    public static String promotion_taken;
    public static String promotion_unknown;
    public static String promotion_bad_end;
    public static String promotions_denied;
    public static String settings_denied;
    public static String reevaluation_progress;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
