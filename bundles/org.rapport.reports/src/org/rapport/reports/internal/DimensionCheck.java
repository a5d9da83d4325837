package org.rapport.reports.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;

/** Refuses a breakdown or a filter a measure does not have, naming the ones it has. */
public final class DimensionCheck {

    private DimensionCheck() {
    }

    /** @throws ReportException naming the measure, the bad dimension and the valid ones */
    public static void check(ReportProvider provider, ReportQuery query) {
        Set<String> dimensions = provider.dimensions();
        String valid = dimensions.isEmpty() ? Messages.reports_no_dimensions : String.join(", ", new TreeSet<>(dimensions));
        if (query.by() != null && !dimensions.contains(query.by())) {
            throw new ReportException(NLS.bind(Messages.reports_bad_breakdown, new Object[] { provider.name(), query.by(), valid }));
        }
        for (Map.Entry<String, String> filter : query.filters().entrySet()) {
            if (!dimensions.contains(filter.getKey())) {
                throw new ReportException(NLS.bind(Messages.reports_bad_filter, new Object[] { provider.name(), filter.getKey(), valid }));
            }
        }
    }
}
