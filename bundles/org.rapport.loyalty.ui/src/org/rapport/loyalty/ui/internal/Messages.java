package org.rapport.loyalty.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The loyalty views' texts, from {@code OSGI-INF/l10n/bundle*.properties}. NLS rather than e4's
 * {@code @Translation}: the profile tab and header facts are DS services, made outside any workbench context.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String tab_loyalty;
    public static String fact_tier;
    public static String fact_points;
    public static String fact_points_owed;
    public static String summary_balance;
    public static String summary_debt;
    public static String summary_tier;
    public static String summary_no_tier;
    public static String progress_spend;
    public static String progress_points;
    public static String progress_top;
    public static String loading;
    public static String read_failed;
    public static String filter_kind;
    public static String filter_period;
    public static String kind_all;
    public static String kind_earned;
    public static String kind_spent;
    public static String period_all;
    public static String period_30_days;
    public static String period_12_months;
    public static String period_this_year;
    public static String entries_count;
    public static String column_entry;
    public static String column_at;
    public static String column_kind;
    public static String column_points;
    public static String column_open;
    public static String column_rule;
    public static String column_source;
    public static String column_expires;
    public static String column_by;
    public static String column_description;
    public static String trace_none;
    public static String trace_spent;
    public static String trace_earned;
    public static String trace_earned_unspent;
    public static String adjust_button;
    public static String adjust_denied;
    public static String adjust_title;
    public static String adjust_message;
    public static String adjust_points;
    public static String adjust_reason;
    public static String adjust_ok;
    public static String adjust_bad_points;
    public static String adjust_reason_required;
    public static String adjust_failed_title;
    public static String adjust_failed;
    public static String overview_heading;
    public static String overview_refresh;
    public static String overview_failed;
    public static String month_pattern;
    public static String column_tier;
    public static String column_members;
    public static String column_month;
    public static String column_issued;
    public static String column_redeemed;
    public static String column_expired;
    public static String column_min_spend;
    public static String column_min_points;
    public static String column_discount;
    public static String column_priority;
    public static String column_advisor;
    public static String column_gift;
    public static String yes;
    public static String programme_points_per_unit;
    public static String programme_expiry_months;
    public static String programme_reminder_days;
    public static String programme_tier_basis;
    public static String basis_spend;
    public static String basis_points;
    public static String programme_save;
    public static String programme_saved;
    public static String programme_denied;
    public static String programme_failed;
    public static String programme_tiers;
    public static String redeem_button;
    public static String redeem_denied;
    public static String redeem_title;
    public static String redeem_message;
    public static String redeem_reward;
    public static String redeem_item;
    public static String redeem_item_stock;
    public static String redeem_ok;
    public static String redeem_none;
    public static String redeem_not_enough;
    public static String redeem_out_of_stock;
    public static String redeem_failed_title;
    public static String redeem_failed;
    public static String reward_title;
    public static String reward_message;
    public static String reward_reference;
    public static String reward_name;
    public static String reward_points;
    public static String reward_stock;
    public static String reward_active;
    public static String reward_ok;
    public static String reward_bad_points;
    public static String reward_bad_stock;
    public static String tier_title;
    public static String tier_message;
    public static String tier_name;
    public static String tier_ok;
    public static String tier_bad_spend;
    public static String tier_bad_points;
    public static String programme_catalogue;
    public static String programme_add_reward;
    public static String programme_change_reward;
    public static String programme_set_tier;
    public static String column_benefits;
    public static String benefits_heading;
    public static String benefits_none_selected;
    public static String benefits_text_hint;
    public static String benefits_add;
    public static String benefits_change;
    public static String benefits_remove;
    public static String benefits_undo;
    public static String benefits_redo;
    public static String benefits_save;
    public static String benefits_saved;
    public static String benefits_discard_title;
    public static String benefits_discard;
    public static String benefits_discard_action;
    public static String column_reference;
    public static String column_name;
    public static String column_price;
    public static String column_stock;
    public static String column_left;
    public static String column_active;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
