package org.rapport.reports.internal.customers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.rapport.reports.api.Dimensions;

/**
 * Which customers and purchase records a figure is over: a value for some of the dimensions
 * channel (of the purchase record), region and tag (of the customer). An empty value is "none":
 * records without a channel, customers without a region. Months narrow the period instead.
 */
record Slice(Map<String, String> values) {

    static final Slice ALL = new Slice(Map.of());

    Slice {
        values = Map.copyOf(values);
    }

    /** This slice narrowed to one value of one more dimension. */
    Slice with(String dimension, String value) {
        Map<String, String> more = new LinkedHashMap<>(values);
        more.put(dimension, value);
        return new Slice(more);
    }

    /** The conditions on a purchase record reached as {@code alias}. */
    void onPurchase(Jpql query, String alias) {
        String channel = values.get(Dimensions.CHANNEL);
        if (channel != null) {
            if (channel.isEmpty()) {
                query.and(alias + ".channel IS NULL");
            } else {
                query.and(alias + ".channel = ?", channel);
            }
        }
    }

    /** Whether the slice has a condition on the customer (region, tag), so that a query must reach the customer {@code c}. */
    boolean namesTheCustomer() {
        return values.containsKey(Dimensions.REGION) || values.containsKey(Dimensions.TAG);
    }

    /** The conditions on the customer {@code c}. */
    void onCustomer(Jpql query) {
        String region = values.get(Dimensions.REGION);
        if (region != null) {
            if (region.isEmpty()) {
                query.and("c.region IS NULL");
            } else {
                query.and("c.region = ?", region);
            }
        }
        String tag = values.get(Dimensions.TAG);
        if (tag != null) {
            query.and("c.persistentId IN (SELECT tagged.persistentId FROM Customer tagged JOIN tagged.tags t WHERE t = ?)", tag);
        }
    }
}
