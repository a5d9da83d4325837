package org.rapport.reports.internal.pdf;

import org.rapport.reports.api.Dimensions;
import org.rapport.reports.internal.Messages;

/** Names of the dimensions for people; a provider's own dimension by its name. */
final class Labels {

    private Labels() {
    }

    static String dimension(String name) {
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
