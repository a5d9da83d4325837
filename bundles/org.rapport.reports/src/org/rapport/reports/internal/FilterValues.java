package org.rapport.reports.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.rapport.persistence.api.StoreException;
import org.rapport.reports.api.DimensionLabels;
import org.rapport.reports.api.DimensionValues;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportQuery;
import org.rapport.security.api.AccessDeniedException;

/**
 * A query's filters as the stored values they name ({@link DimensionValues}): a filter names a
 * value as people do, and a name nothing has is refused rather than answered with "no data". An
 * empty value keeps its meaning (the rows without one); a dimension without values, or whose
 * values the user may not read, is filtered by the value as given.
 */
final class FilterValues {

    private FilterValues() {
    }

    static ReportQuery resolved(ReportQuery query, List<DimensionValues> values) {
        if (query.filters().isEmpty()) {
            return query;
        }
        Map<String, String> filters = new LinkedHashMap<>(query.filters());
        for (Map.Entry<String, String> filter : query.filters().entrySet()) {
            Optional<DimensionValues> dimension = values.stream().filter(v -> v.dimension().equals(filter.getKey())).findFirst();
            if (filter.getValue().isEmpty() || dimension.isEmpty()) {
                continue;
            }
            Optional<String> stored;
            try {
                stored = dimension.get().stored(filter.getValue());
            } catch (AccessDeniedException | StoreException unreadable) {
                continue;
            }
            filters.put(filter.getKey(), stored.orElseThrow(() -> new ReportException(NLS.bind(Messages.reports_unknown_value,
                    new Object[] { DimensionLabels.inSentence(filter.getKey()), filter.getValue(), String.join(", ", dimension.get().known()) }))));
        }
        return new ReportQuery(query.period(), query.by(), filters);
    }
}
