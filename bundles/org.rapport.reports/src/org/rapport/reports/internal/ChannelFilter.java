package org.rapport.reports.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.rapport.customers.api.Channels;
import org.rapport.persistence.api.StoreException;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportQuery;
import org.rapport.security.api.AccessDeniedException;

/**
 * A filter on the channel names it as people do, by the channel's label or a usual spelling
 * ({@code Store}, {@code web}, {@code 微信}) as imports accept them, not only by the stored code; a
 * name no channel has is refused, naming the channels, instead of answering "no data". An empty
 * value keeps its meaning: the records without a channel.
 */
final class ChannelFilter {

    private ChannelFilter() {
    }

    /** The query with its channel filter as the channel's code; the query itself without one, or with an empty one. */
    static ReportQuery resolved(ReportQuery query, Channels channels) {
        String value = query.filters().get(Dimensions.CHANNEL);
        if (value == null || value.isEmpty() || channels == null) {
            return query;
        }
        Map<String, String> codes;
        try {
            codes = channels.resolver();
        } catch (AccessDeniedException | StoreException unreadable) {
            // a user who may not read the channels filters by the code as given
            return query;
        }
        String code = codes.get(Channels.spelling(value));
        if (code == null) {
            String known = channels.channels().stream().map(c -> c.code() + " (" + c.label() + ")").collect(Collectors.joining(", "));
            throw new ReportException(NLS.bind(Messages.reports_unknown_channel, value, known));
        }
        Map<String, String> filters = new LinkedHashMap<>(query.filters());
        filters.put(Dimensions.CHANNEL, code);
        return new ReportQuery(query.period(), query.by(), filters);
    }
}
