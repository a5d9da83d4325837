package org.rapport.customers.api;

import java.util.List;

import org.rapport.customers.model.Channel;
import org.rapport.customers.model.CustomerStatus;

/**
 * The customers as a list people scroll, search as they type and sort: counts and pages of light
 * rows, never whole customers, so a million of them scroll in little memory. Reads go through the
 * store, so the signed-in user's access rules apply (sales see their own accounts).
 */
public interface CustomerListing {

    /** What a list can be sorted by. */
    enum Column {
        REFERENCE, NAME, REGION, CHANNEL, STATUS, ACCOUNT_MANAGER
    }

    /**
     * Which customers to list; null parts do not filter.
     *
     * @param text the start of the name or of the reference, as typed (the first letter in either case)
     * @param channel the channel the customer came through
     * @param region the region, exactly
     */
    record Filter(String text, Channel channel, String region) {

        /** Every customer. */
        public static final Filter ALL = new Filter(null, null, null);
    }

    /** One customer as a list shows it. */
    record Row(long id, String reference, String name, String region, Channel channel, CustomerStatus status, String accountManager) {
    }

    /** How many customers the filter lets through. */
    long count(Filter filter);

    /**
     * A page of the filtered customers in the given order (ties by identity, so pages never
     * overlap or skip).
     *
     * @param first how many to skip
     * @param max at most this many
     */
    List<Row> rows(Filter filter, Column sort, boolean ascending, int first, int max);
}
