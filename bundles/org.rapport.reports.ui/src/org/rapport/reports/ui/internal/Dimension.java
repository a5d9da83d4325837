package org.rapport.reports.ui.internal;

import org.rapport.reports.api.Dimensions;

/** Dimensions' names for people. */
final class Dimension {

    private Dimension() {
    }

    /** "Month", "Channel", ...; a provider's own dimension by its name. */
    static String label(String name) {
        return switch (name) {
        case Dimensions.MONTH -> Messages.dimension_month;
        case Dimensions.CHANNEL -> Messages.dimension_channel;
        case Dimensions.REGION -> Messages.dimension_region;
        case Dimensions.TAG -> Messages.dimension_tag;
        case Dimensions.TIER -> Messages.dimension_tier;
        case Dimensions.CATEGORY -> Messages.dimension_category;
        default -> name;
        };
    }
}
