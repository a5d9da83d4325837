package org.rapport.complaints.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.Severity;
import org.rapport.core.api.Listing;

/**
 * The complaints as the service desk's queue and a customer's Complaints tab show them: counts and
 * pages of light rows, filtered and sorted in the database, so the first page of a million
 * complaints costs about what it costs over a few. {@link Column#URGENCY} sorts by the nearest
 * due time of a clock not met yet, computed in SQL from the stored due times. Reads go through the
 * store, so the signed-in user's access rules apply (sales see their own accounts' complaints).
 */
public interface ComplaintQueue extends Listing<ComplaintQueue.Filter, ComplaintQueue.Column, ComplaintQueue.Row> {

    /** The assignee filter's value for complaints nobody has taken. */
    String NOBODY = "";

    /** What the queue can be sorted by. */
    enum Column {
        /**
         * Open complaints first, those with a running clock by its nearest due time (overdue ones
         * first), then those whose clocks stand still (waiting for the customer), then the others.
         */
        URGENCY, REFERENCE, CUSTOMER, SUBJECT, STATUS, LEVEL, ASSIGNEE, OPENED
    }

    /**
     * Which complaints to list; null parts do not filter.
     *
     * @param statuses the statuses to list; null or empty for every status
     * @param level the escalation level (1 to 3)
     * @param assignee a login, or {@link #NOBODY} for complaints nobody has taken
     * @param category a category's code: its complaints and those of the categories under it
     * @param overdue only those with a clock run out and not met (at the clock service's now)
     * @param customerId only this customer's
     * @param ids only the complaints with these identities (a report's drill-down: those behind a
     *            figure), at most {@value #MAX_IDS}; null for any
     */
    record Filter(Set<ComplaintStatus> statuses, Integer level, String assignee, String category, boolean overdue, Long customerId, Set<Long> ids) {

        /** The most identities a filter takes: one IN condition, which the databases take at this size. */
        public static final int MAX_IDS = 2_000;

        /** The complaints still being handled. */
        public static final Filter OPEN = new Filter(Lifecycle.OPEN, null, null, null, false, null);

        public Filter {
            ids = ids == null ? null : Set.copyOf(ids);
            if (ids != null && ids.size() > MAX_IDS) {
                throw new IllegalArgumentException("a queue filters by at most " + MAX_IDS + " identities, not " + ids.size());
            }
        }

        /** Without identities: any complaint the other parts keep. */
        public Filter(Set<ComplaintStatus> statuses, Integer level, String assignee, String category, boolean overdue, Long customerId) {
            this(statuses, level, assignee, category, overdue, customerId, null);
        }

        /** Every complaint of a customer. */
        public static Filter ofCustomer(long customerId) {
            return new Filter(null, null, null, null, false, customerId);
        }

        /** This filter keeping only the complaints with these identities, or with null any again. */
        public Filter only(Set<Long> identities) {
            return new Filter(statuses, level, assignee, category, overdue, customerId, identities);
        }
    }

    /**
     * One complaint as a list shows it.
     *
     * @param nextClock the clock due next, one of {@code acknowledge}, {@code solution}, {@code resolve}; null when none runs
     * @param nextDue when it is due; null when no clock runs (all met, or waiting for the customer)
     * @param category the category's name in the language of the default locale (the workbench's), or null
     */
    record Row(long id, String reference, long customerId, String customerRef, String customerName, String subject, Severity severity,
            ComplaintStatus status, int level, String assignee, String category, Instant openedAt, String nextClock, Instant nextDue) {

        /** Time left to the next due time at {@code now}: negative when overdue; null when no clock runs. */
        public Duration left(Instant now) {
            return nextDue == null ? null : Duration.between(now, nextDue);
        }

        /**
         * The share of the time from opening to the next due time still left at {@code now}, from
         * 1 (just opened) down to 0 (due now) and below (overdue); 1 when no clock runs.
         */
        public double shareLeft(Instant now) {
            if (nextDue == null) {
                return 1;
            }
            long span = Duration.between(openedAt, nextDue).toSeconds();
            return span <= 0 ? (now.isBefore(nextDue) ? 1 : -1) : (double) Duration.between(now, nextDue).toSeconds() / span;
        }
    }

    /** The categories complaints can be filed under, code to name in the language of the default locale, by the English name. */
    Map<String, String> categories();

    /** The logins that have complaints assigned (that the user may read), sorted. */
    List<String> assignees();
}
