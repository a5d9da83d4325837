package org.rapport.reports.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.customers.api.Channels;
import org.rapport.persistence.api.StoreException;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.security.api.AccessDeniedException;

/**
 * A breakdown by channel is keyed by the stored channel codes; every provider that shows the code
 * itself (the customer and complaint measures, an extension's measure) gets the channel's label in
 * the user's language here, the one place that labels them, so one dashboard does not show
 * "hotline" beside "热线".
 */
final class ChannelLabels {

    private ChannelLabels() {
    }

    static ReportResult labelled(ReportResult result, Channels channels) {
        if (channels == null || !Dimensions.CHANNEL.equals(result.query().by())
                || result.rows().stream().noneMatch(row -> !row.key().isEmpty() && row.label().equals(row.key()))) {
            return result;
        }
        Map<String, String> labels = new HashMap<>();
        try {
            channels.channels().forEach(channel -> labels.put(channel.code(), channel.label()));
        } catch (AccessDeniedException | StoreException unreadable) {
            // a user who may not read the customers' channels keeps the codes the measure gave
            return result;
        }
        List<ReportRow> rows = new ArrayList<>();
        for (ReportRow row : result.rows()) {
            boolean code = !row.key().isEmpty() && row.label().equals(row.key());
            rows.add(code ? new ReportRow(row.key(), labels.getOrDefault(row.key(), row.key()), row.figures()) : row);
        }
        rows.sort(Comparator.comparing(ReportRow::label, Collator.getInstance(Locale.getDefault())).thenComparing(ReportRow::key));
        return new ReportResult(result.report(), result.query(), result.columns(), result.total(), rows);
    }
}
