package org.rapport.complaints.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The complaints views' texts, from {@code OSGI-INF/l10n/bundle*.properties}. NLS rather than e4's
 * {@code @Translation}: the profile tab and header fact are DS services, made outside any workbench context.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String tab_complaints;
    public static String tab_count;
    public static String tab_not_allowed;
    public static String fact_open_complaints;
    public static String fact_open_overdue;
    public static String column_due;
    public static String column_reference;
    public static String column_customer;
    public static String column_subject;
    public static String column_status;
    public static String column_severity;
    public static String column_level;
    public static String column_assignee;
    public static String column_category;
    public static String column_opened;
    public static String column_when;
    public static String column_what;
    public static String column_who;
    public static String column_channel;
    public static String column_note;
    public static String notice_nobody;
    public static String column_clock;
    public static String column_due_at;
    public static String column_clock_state;
    public static String column_explanation;
    public static String filter_status;
    public static String filter_level;
    public static String filter_assignee;
    public static String filter_category;
    public static String filter_overdue;
    public static String status_open;
    public static String status_all;
    public static String level_any;
    public static String assignee_any;
    public static String assignee_me;
    public static String assignee_nobody;
    public static String category_any;
    public static String category_none;
    public static String queue_count;
    public static String queue_failed;
    public static String countdown_left;
    public static String countdown_overdue;
    public static String span_minutes;
    public static String span_hours;
    public static String span_days;
    public static String escalation_notice;
    public static String notice_dismiss;
    public static String actor_system;
    public static String open_failed;
    public static String no_complaint;
    public static String header_facts;
    public static String clocks_title;
    public static String clock_stopped;
    public static String clock_paused;
    public static String clock_met;
    public static String clock_met_late;
    public static String step_acknowledge;
    public static String step_start;
    public static String step_wait;
    public static String step_resume;
    public static String step_resolve;
    public static String step_follow_up;
    public static String step_close;
    public static String step_reopen;
    public static String step_escalate;
    public static String action_assign;
    public static String action_compensate;
    public static String action_contact;
    public static String action_new_complaint;
    public static String steps_save_first;
    public static String step_resolve_title;
    public static String step_resolve_note;
    public static String step_follow_up_title;
    public static String step_follow_up_note;
    public static String step_wait_title;
    public static String step_wait_note;
    public static String step_refused_title;
    public static String changed_meanwhile;
    public static String field_subject;
    public static String field_description;
    public static String field_customer;
    public static String field_severity;
    public static String field_channel;
    public static String field_category;
    public static String field_note;
    public static String field_csat;
    public static String field_assignee;
    public static String field_kind;
    public static String field_points;
    public static String field_amount;
    public static String subject_required;
    public static String missing_csat;
    public static String missing_resolution;
    public static String missing_note;
    public static String missing_subject;
    public static String missing_assignee;
    public static String missing_points;
    public static String missing_amount;
    public static String missing_description;
    public static String assign_title;
    public static String assign_hint;
    public static String compensate_title;
    public static String contact_title;
    public static String new_title;
    public static String new_failed_title;
    public static String outcome_resolution;
    public static String outcome_follow_up_due;
    public static String outcome_csat;
    public static String outcome_repeats;
    public static String outcome_compensation;
    public static String timeline_title;
    public static String event_transition;
    public static String event_escalation;
    public static String event_assignment;
    public static String event_unassigned;
    public static String level_n;
    public static String csat_1;
    public static String csat_2;
    public static String csat_3;
    public static String csat_4;
    public static String csat_5;
    public static String clock_acknowledge;
    public static String clock_solution;
    public static String clock_resolve;
    public static String field_recommend;
    public static String recommend_none;
    public static String recommend_0;
    public static String recommend_10;
    public static String outcome_recommend;
    public static String calendars_add_date;
    public static String calendars_check;
    public static String calendars_check_add;
    public static String calendars_check_bad_start;
    public static String calendars_check_due;
    public static String calendars_check_from;
    public static String calendars_check_run;
    public static String calendars_column_date;
    public static String calendars_column_detail;
    public static String calendars_column_kind;
    public static String calendars_date_bad;
    public static String calendars_date_date;
    public static String calendars_date_detail;
    public static String calendars_date_detail_hint;
    public static String calendars_date_hours_missing;
    public static String calendars_date_kind;
    public static String calendars_date_title;
    public static String calendars_dates;
    public static String calendars_denied;
    public static String calendars_discard;
    public static String calendars_discard_action;
    public static String calendars_discard_title;
    public static String calendars_hours;
    public static String calendars_hours_label;
    public static String calendars_hours_hint;
    public static String calendars_import;
    public static String calendars_import_title;
    public static String calendars_import_unreadable;
    public static String calendars_imported;
    public static String calendars_kind_holiday;
    public static String calendars_kind_hours;
    public static String calendars_kind_workday;
    public static String calendars_list;
    public static String calendars_new;
    public static String calendars_new_empty;
    public static String calendars_new_prompt;
    public static String calendars_new_taken;
    public static String calendars_new_title;
    public static String calendars_not_saved;
    public static String calendars_remove_dates;
    public static String calendars_save;
    public static String calendars_saved;
    public static String calendars_shipped;
    public static String calendars_title;
    public static String calendars_unsaved;
    public static String calendars_workday_detail;
    public static String calendars_zone;
    public static String policies_add;
    public static String policies_add_title;
    public static String policies_column_acknowledge;
    public static String policies_column_calendar;
    public static String policies_column_resolve;
    public static String policies_column_severity;
    public static String policies_column_solution;
    public static String policies_column_source;
    public static String policies_column_tier;
    public static String policies_denied;
    public static String policies_edit;
    public static String policies_edit_title;
    public static String policies_every_tier;
    public static String policies_field_problem;
    public static String policies_heading;
    public static String policies_no_solution;
    public static String policies_remove;
    public static String policies_remove_action;
    public static String policies_remove_question;
    public static String policies_remove_title;
    public static String policies_removed;
    public static String policies_saved;
    public static String policies_shipped;
    public static String policies_stored;
    public static String policies_tier_missing;
    public static String only_text;
    public static String only_clear;
    public static String only_clear_tooltip;

    // The knowledge base views (kb_ui_*).
    public static String kb_ui_search_hint;
    public static String kb_ui_found;
    public static String kb_ui_found_none;
    public static String kb_ui_search_failed;
    public static String kb_ui_column_title;
    public static String kb_ui_column_snippet;
    public static String kb_ui_column_kind;
    public static String kb_ui_column_language;
    public static String kb_ui_column_solved;
    public static String kb_ui_new;
    public static String kb_ui_edit;
    public static String kb_ui_not_allowed;
    public static String kb_ui_facts;
    public static String kb_ui_facts_changed;
    public static String kb_ui_solved_none;
    public static String kb_ui_solved;
    public static String kb_ui_language_en;
    public static String kb_ui_language_zh;
    public static String kb_ui_field_code;
    public static String kb_ui_field_title;
    public static String kb_ui_field_language;
    public static String kb_ui_field_kind;
    public static String kb_ui_field_tags;
    public static String kb_ui_field_body;
    public static String kb_ui_required;
    public static String kb_ui_new_label;
    public static String kb_ui_may_not_edit;
    public static String kb_ui_find_title;
    public static String kb_ui_find_link;
    public static String kb_ui_find_intro;
    public static String kb_ui_open_failed;
    public static String kb_ui_find_button;
    public static String kb_ui_solved_by;

    // The quality review view (review_ui_*).
    public static String review_ui_not_allowed;
    public static String review_ui_read_only;
    public static String review_ui_period;
    public static String review_ui_size;
    public static String review_ui_seed;
    public static String review_ui_draw;
    public static String review_ui_drawn;
    public static String review_ui_drawn_none;
    public static String review_ui_count;
    public static String review_ui_failed;
    public static String review_ui_column_reference;
    public static String review_ui_column_subject;
    public static String review_ui_column_agent;
    public static String review_ui_column_closed;
    public static String review_ui_column_score;
    public static String review_ui_column_reviewer;
    public static String review_ui_to_score;
    public static String review_ui_score_of;
    public static String review_ui_averages;
    public static String review_ui_column_reviews;
    public static String review_ui_column_average;
    public static String review_ui_nobody;
    public static String review_ui_choose;
    public static String review_ui_scoring;
    public static String review_ui_scored;
    public static String review_ui_comment;
    public static String review_ui_save;
    public static String review_ui_open;
    public static String review_ui_saved;

    // The Categories view (categories_*).
    public static String categories_heading;
    public static String categories_show_retired;
    public static String categories_add_top;
    public static String categories_add_child;
    public static String categories_rename;
    public static String categories_move;
    public static String categories_retire;
    public static String categories_reinstate;
    public static String categories_undo;
    public static String categories_column_name;
    public static String categories_column_name_en;
    public static String categories_column_name_zh;
    public static String categories_column_code;
    public static String categories_column_state;
    public static String categories_active;
    public static String categories_retired;
    public static String categories_retired_mark;
    public static String categories_keys;
    public static String categories_denied;
    public static String categories_choose;
    public static String categories_failed;
    public static String categories_added;
    public static String categories_renamed;
    public static String categories_moved;
    public static String categories_retired_done;
    public static String categories_reinstated;
    public static String categories_undone;
    public static String categories_nothing_to_undo;
    public static String categories_retire_title;
    public static String categories_retire_question;
    public static String categories_add_title;
    public static String categories_add_child_title;
    public static String categories_rename_title;
    public static String categories_move_title;
    public static String categories_field_code;
    public static String categories_field_name;
    public static String categories_field_name_zh;
    public static String categories_field_parent;
    public static String categories_top;
    public static String categories_missing_code;
    public static String categories_bad_code;
    public static String categories_missing_name;

    // The Compensation catalogue view (catalogue_*).
    public static String catalogue_heading;
    public static String catalogue_show_retired;
    public static String catalogue_add;
    public static String catalogue_retire;
    public static String catalogue_column_code;
    public static String catalogue_column_name;
    public static String catalogue_column_kind;
    public static String catalogue_column_value;
    public static String catalogue_column_state;
    public static String catalogue_active;
    public static String catalogue_retired;
    public static String catalogue_points;
    public static String catalogue_keys;
    public static String catalogue_denied;
    public static String catalogue_failed;
    public static String catalogue_added;
    public static String catalogue_retired_done;
    public static String catalogue_retire_title;
    public static String catalogue_retire_question;
    public static String catalogue_add_title;
    public static String catalogue_field_code;
    public static String catalogue_field_name;
    public static String catalogue_field_kind;
    public static String catalogue_field_points;
    public static String catalogue_field_amount;
    public static String catalogue_missing_code;
    public static String catalogue_missing_name;
    public static String catalogue_missing_points;
    public static String catalogue_missing_amount;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** An escalation level as the views write it: L1, L2, L3. */
    static String level(int level) {
        return NLS.bind(level_n, level);
    }

    /** A CSAT score with its meaning at the ends of the scale. */
    static String csat(int score) {
        return switch (score) {
            case 1 -> csat_1;
            case 2 -> csat_2;
            case 3 -> csat_3;
            case 4 -> csat_4;
            default -> csat_5;
        };
    }

    /** An answer to "how likely are you to recommend us" with its meaning at the ends of the scale. */
    static String recommend(int score) {
        return switch (score) {
            case 0 -> recommend_0;
            case 10 -> recommend_10;
            default -> Integer.toString(score);
        };
    }

    /** A clock by the name the complaints service gives it (acknowledge, solution, resolve). */
    static String clock(String name) {
        return switch (name) {
            case "acknowledge" -> clock_acknowledge;
            case "solution" -> clock_solution;
            default -> clock_resolve;
        };
    }

    /** A language code as the knowledge base views name it. */
    public static String language(String code) {
        return "zh".equals(code) ? kb_ui_language_zh : "en".equals(code) ? kb_ui_language_en : code;
    }
}
