package org.rapport.reports.api;

/**
 * The dimensions the shipped measures know, by name (a provider may add its own names). Breaking a
 * report down by {@link #MONTH} gives one row per calendar month of the period; the others give one
 * row per value (a channel, a region, ...), and a filter keeps the rows of one value.
 */
public final class Dimensions {

    /** Calendar months of the period, in the installation's zone: {@code 2026-03}. */
    public static final String MONTH = "month";
    /** The channel of a purchase or a complaint. */
    public static final String CHANNEL = "channel";
    /** The customer's region. */
    public static final String REGION = "region";
    /** A tag of the customer. */
    public static final String TAG = "tag";
    /** The customer's loyalty tier. */
    public static final String TIER = "tier";
    /** The complaint's category. */
    public static final String CATEGORY = "category";

    private Dimensions() {
    }
}
