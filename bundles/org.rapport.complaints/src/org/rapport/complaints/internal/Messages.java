package org.rapport.complaints.internal;

import org.eclipse.osgi.util.NLS;

/** The complaints bundle's texts, from {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String area_complaints;
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
    public static String explain_date_hours;
    public static String explain_closed;
    public static String explain_workday;
    public static String explain_pause;
    public static String ical_not_calendar;
    public static String ical_unterminated;
    public static String ical_repeating;
    public static String ical_no_start;
    public static String ical_not_whole_day;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
