package org.rapport.complaints.internal;

import org.eclipse.osgi.util.NLS;

/** The complaints bundle's texts, from {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String area_complaints;
    public static String area_service_levels;
    public static String calendar_no_working_time;
    public static String hours_group;
    public static String hours_bad_day;
    public static String hours_day_twice;
    public static String hours_bad_range;
    public static String hours_overlap;
    public static String duration_bad;
    public static String duration_minutes;
    public static String duration_hours;
    public static String duration_hours_minutes;
    public static String format_date_time;
    public static String format_date;
    public static String explain_due;
    public static String explain_stopped;
    public static String explain_skipped;
    public static String explain_separator;
    public static String explain_and;
    public static String explain_break;
    public static String explain_holiday;
    public static String explain_date_range;
    public static String explain_date_hours;
    public static String explain_closed;
    public static String explain_workday;
    public static String explain_pause;
    public static String ical_not_calendar;
    public static String ical_unterminated;
    public static String ical_repeating;
    public static String ical_no_start;
    public static String ical_not_whole_day;
    public static String calendar_bad_name;
    public static String calendar_incomplete;
    public static String calendar_bad_zone;
    public static String calendar_unknown;
    public static String policy_incomplete;
    public static String category_unknown;
    public static String complaint_exists;
    public static String no_customer;
    public static String no_complaint;
    public static String field_missing;
    public static String field_too_long;
    public static String act_before_opening;
    public static String resume_before_wait;
    public static String transition_refused;
    public static String escalate_top;
    public static String csat_required;
    public static String complaint_changed_meanwhile;
    public static String escalated_by_clock;
    public static String clock_acknowledge;
    public static String clock_solution;
    public static String clock_resolve;
    public static String ComplaintStatus_NEW;
    public static String ComplaintStatus_ACKNOWLEDGED;
    public static String ComplaintStatus_IN_PROGRESS;
    public static String ComplaintStatus_WAITING;
    public static String ComplaintStatus_ESCALATED;
    public static String ComplaintStatus_RESOLVED;
    public static String ComplaintStatus_FOLLOWED_UP;
    public static String ComplaintStatus_CLOSED;
    public static String ComplaintStatus_REOPENED;
    public static String Severity_URGENT;
    public static String Severity_GENERAL;
    public static String Severity_INQUIRY;
    public static String EventKind_OPENED;
    public static String EventKind_CONTACT;
    public static String EventKind_TRANSITION;
    public static String EventKind_ESCALATION;
    public static String EventKind_ASSIGNMENT;
    public static String EventKind_NOTE;
    public static String EventKind_COMPENSATION;
    public static String CalendarDateKind_HOLIDAY;
    public static String CalendarDateKind_WORKDAY;
    public static String CalendarDateKind_HOURS;
    public static String CompensationKind_SERVICE_CREDIT;
    public static String CompensationKind_EXTENDED_WARRANTY;
    public static String CompensationKind_COUPON;
    public static String CompensationKind_LOYALTY_POINTS;
    public static String complaints_summary;
    public static String complaints_usage;
    public static String cli_unreadable;
    public static String cli_bad_date_hours;
    public static String cli_calendar_set;
    public static String cli_policy_set;
    public static String cli_every_tier;
    public static String cli_option_missing;
    public static String cli_bad_step;
    public static String cli_acted;
    public static String cli_bad_subcommand;
    public static String cli_bad_severity;
    public static String cli_bad_date_time;
    public static String cli_bad_date;
    public static String import_kind_complaints;
    public static String import_bad_opened_at;
    public static String cli_imported;
    public static String contact_closed;
    public static String cli_contacted;
    public static String cli_bad_amount;
    public static String cli_bad_compensation;
    public static String cli_compensated;
    public static String compensation_reason;
    public static String compensation_no_loyalty;
    public static String compensation_points;
    public static String compensation_closed;
    public static String assign_closed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
