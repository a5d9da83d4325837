package org.rapport.customers.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.rapport.customers.api.DataQuality.Flag;
import org.rapport.core.api.Listing;
import org.rapport.customers.model.CustomerStatus;

/**
 * The customers as a list people scroll, search as they type and sort: counts and pages of light
 * rows, never whole customers, so a million of them scroll in little memory. Reads go through the
 * store, so the signed-in user's access rules apply (sales see their own accounts). It is the
 * customers' {@link Listing}, which the UI toolkit's paged table shows.
 */
public interface CustomerListing extends Listing<CustomerListing.Filter, CustomerListing.Column, CustomerListing.Row> {

    /** What a list can be sorted by. */
    enum Column {
        REFERENCE, NAME, REGION, CHANNEL, STATUS, ACCOUNT_MANAGER
    }

    /** How the typed text of a {@link Filter} is matched. */
    enum Match {
        /**
         * As people look a customer up: an e-mail address (the text has an {@code @}) or a phone
         * number (digits and separators only) exactly after normalisation ({@link Contacts}); the
         * start of the name in any case ({@link #nameKey}); for Latin letters also the start of a
         * Chinese name's pinyin or of its initials (王芳 for {@code wang}, {@code wangf} and
         * {@code wf}); and when the text has a digit, also
         * the start of the reference (the first letter in either case). Addresses, numbers and
         * names use the indexes, so they stay fast over a million customers; a text with a digit
         * reads every customer.
         */
        LOOKUP,
        /**
         * The text anywhere in the name, the company or the notes, in any case. This reads every
         * customer, so it takes a moment over a million of them.
         */
        ANYWHERE
    }

    /**
     * Which customers to list; null parts do not filter.
     *
     * @param text what was typed, matched as {@code match} says
     * @param channel the code of the channel the customer came through ({@link Channels})
     * @param region the region, exactly
     * @param tag a tag the customer carries, exactly
     * @param match how the text is matched; null is {@link Match#LOOKUP}
     * @param ids only the customers with these identities (a report's drill-down: those behind a
     *            figure), at most {@value #MAX_IDS}; null for any
     */
    record Filter(String text, String channel, String region, String tag, Match match, Set<Long> ids) {

        /** Every customer. */
        public static final Filter ALL = new Filter(null, null, null);

        /** The most identities a filter takes: they are one IN condition of the statement. */
        public static final int MAX_IDS = 2_000;

        public Filter {
            ids = ids == null ? null : Set.copyOf(ids);
            if (ids != null && ids.size() > MAX_IDS) {
                throw new IllegalArgumentException("a list filters by at most " + MAX_IDS + " identities, not " + ids.size());
            }
        }

        /** Text, channel, region, tag and how the text is matched; any identity. */
        public Filter(String text, String channel, String region, String tag, Match match) {
            this(text, channel, region, tag, match, null);
        }

        /** Text looked up ({@link Match#LOOKUP}), channel and region; no tag. */
        public Filter(String text, String channel, String region) {
            this(text, channel, region, null, Match.LOOKUP);
        }
    }

    /**
     * One customer as a list shows it.
     *
     * @param flags what is wrong with the customer's data: {@link Flag#INVALID_CONTACT} when an
     *        address or number is marked not working, {@link Flag#UNCONFIRMED} when nobody confirmed
     *        the data for {@value DataQuality#CONFIRMED_MONTHS} months
     * @param phone the customer's first phone number (the earliest stored), or null without one
     * @param email the customer's first e-mail address (the earliest stored), or null without one
     */
    record Row(long id, String reference, String name, String region, String channel, CustomerStatus status, String accountManager,
            Instant lastConfirmedAt, Set<Flag> flags, Contact phone, Contact email) {

        /** A row without its contact data (as a benchmark reads it straight from the tables). */
        public Row(long id, String reference, String name, String region, String channel, CustomerStatus status, String accountManager,
                Instant lastConfirmedAt, Set<Flag> flags) {
            this(id, reference, name, region, channel, status, accountManager, lastConfirmedAt, flags, null, null);
        }
    }

    /**
     * A phone number or e-mail address as a list shows it.
     *
     * @param value the number or address as stored
     * @param invalid whether it is marked not working or does not pass the format check ({@link Contacts})
     * @param more how many more of the kind the customer has
     */
    record Contact(String value, boolean invalid, int more) {
    }

    /**
     * A name as the name key stores it ({@code Customer.nameKey}): lower case in the root locale,
     * so a prefix typed in any case is one indexed range. Null for null.
     */
    static String nameKey(String name) {
        return name == null ? null : name.toLowerCase(java.util.Locale.ROOT);
    }

    /** How many customers the filter lets through. */
    @Override
    long count(Filter filter);

    /**
     * A page of the filtered customers in the given order (ties by identity, so pages never
     * overlap or skip). By {@link Column#NAME} the order is the name's in any case (its
     * {@link #nameKey}), a Chinese name's by its pinyin among the others (王芳 as {@code wangfang},
     * between {@code Wang Lei} and {@code Wangler}: {@code Customer.sortKey}), and a page deep
     * in the list costs about what the first one does.
     *
     * @param first how many to skip
     * @param max at most this many
     */
    @Override
    List<Row> rows(Filter filter, Column sort, boolean ascending, int first, int max);

    /** The tags customers carry, sorted, for a filter to offer; at most {@code max}. */
    List<String> tags(int max);

    /** The regions customers are in, sorted, for a filter to offer; at most {@code max}. */
    List<String> regions(int max);
}
