package org.rapport.reports.api;

import org.rapport.reports.internal.Messages;

/**
 * The names of the {@link Dimensions} for people, in the user's language, in the two forms texts
 * need: a heading (a PDF's column, "Month") and the form inside a sentence (a tile's "by month").
 * A provider's own dimension is shown by its name in both.
 */
public final class DimensionLabels {

    private DimensionLabels() {
    }

    /** As a heading: "Month", "Channel", ... */
    public static String heading(String dimension) {
        return switch (dimension) {
        case Dimensions.MONTH -> Messages.dimension_month;
        case Dimensions.CHANNEL -> Messages.dimension_channel;
        case Dimensions.REGION -> Messages.dimension_region;
        case Dimensions.TAG -> Messages.dimension_tag;
        case Dimensions.TIER -> Messages.dimension_tier;
        case Dimensions.CATEGORY -> Messages.dimension_category;
        default -> dimension;
        };
    }

    /** Inside a sentence: "month", "channel", ... */
    public static String inSentence(String dimension) {
        return switch (dimension) {
        case Dimensions.MONTH -> Messages.dimension_month_in_sentence;
        case Dimensions.CHANNEL -> Messages.dimension_channel_in_sentence;
        case Dimensions.REGION -> Messages.dimension_region_in_sentence;
        case Dimensions.TAG -> Messages.dimension_tag_in_sentence;
        case Dimensions.TIER -> Messages.dimension_tier_in_sentence;
        case Dimensions.CATEGORY -> Messages.dimension_category_in_sentence;
        default -> dimension;
        };
    }
}
