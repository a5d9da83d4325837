package org.rapport.reports.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.CustomerListing;
import org.rapport.reports.api.DimensionLabels;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.ReportResult;
import org.rapport.ui.api.Background;

/**
 * The dashboard's filters: one combo per dimension its tiles' measures can be filtered on (not
 * the month: the period says that), offering the channels, regions and tags as the customers
 * have them, and the other dimensions' values as the results show them.
 */
final class DashboardFilters {

    /** At most this many regions or tags are offered. */
    private static final int OFFERED = 500;

    /** A filter's combo and the values it offers. */
    private record Filter(Combo combo, List<String> keys) {
    }

    private final Composite bar;
    private final Channels channels;
    private final CustomerListing listing;
    /** Reads what the filters offer: it must not wait behind the charts. */
    private final Background asking;
    private final Runnable chosen;
    /** Per dimension: its combo and the keys of its items after "any". */
    private final Map<String, Filter> filters = new LinkedHashMap<>();

    /** A filter bar in {@code parent}; {@code chosen} runs when the user chooses a value. */
    DashboardFilters(Composite parent, Channels channels, CustomerListing listing, Background asking, Runnable chosen) {
        this.channels = channels;
        this.listing = listing;
        this.asking = asking;
        this.chosen = chosen;
        bar = new Composite(parent, SWT.NONE);
        // as many filters as the measures have: they wrap rather than run off a narrow window's edge
        bar.setLayout(DashboardPart.wrapping());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
    }

    /** The filters of the tiles' measures, in place of those there were; a value still offered stays chosen. */
    void make(List<TileView> tiles) {
        Map<String, String> kept = chosen();
        for (var child : bar.getChildren()) {
            child.dispose();
        }
        filters.clear();
        Set<String> dimensions = new TreeSet<>();
        tiles.forEach(tile -> dimensions.addAll(tile.provider().dimensions()));
        dimensions.remove(Dimensions.MONTH);
        if (!dimensions.isEmpty()) {
            new Label(bar, SWT.NONE).setText(Messages.filters_label);
        }
        for (String dimension : dimensions) {
            Combo combo = new Combo(bar, SWT.READ_ONLY);
            combo.setData(TileView.WIDGET, "dashboard-filter-" + dimension);
            combo.add(NLS.bind(Messages.filter_any, DimensionLabels.inSentence(dimension)));
            combo.select(0);
            Filter filter = new Filter(combo, new ArrayList<>());
            filters.put(dimension, filter);
            combo.addListener(SWT.Selection, e -> chosen.run());
            offerValues(dimension, filter, kept.get(dimension));
        }
        bar.layout(true, true);
        bar.getParent().layout(true, true);
    }

    /** The values a filter offers: channels and regions and tags as the customers have them; other dimensions as the results show them. */
    private void offerValues(String dimension, Filter filter, String kept) {
        Callable<List<String[]>> read = switch (dimension) {
        case Dimensions.CHANNEL -> () -> channels.channels().stream().map(c -> new String[] { c.code(), c.label() }).toList();
        case Dimensions.REGION -> () -> listing.regions(OFFERED).stream().map(r -> new String[] { r, r }).toList();
        case Dimensions.TAG -> () -> listing.tags(OFFERED).stream().map(t -> new String[] { t, t }).toList();
        default -> null;
        };
        if (read == null) {
            return;
        }
        asking.run(filter.combo(), read, values -> {
            values.forEach(value -> offer(filter, value[0], value[1]));
            if (kept != null && filter.keys().contains(kept)) {
                filter.combo().select(filter.keys().indexOf(kept) + 1);
            }
        }, failure -> {
            // the customers may not be readable to this user: the filter offers what the results show
        });
    }

    private static void offer(Filter filter, String key, String label) {
        if (key != null && !filter.keys().contains(key)) {
            filter.keys().add(key);
            filter.combo().add(label);
        }
    }

    /** The value chosen of each dimension filtered on. */
    Map<String, String> chosen() {
        Map<String, String> chosen = new LinkedHashMap<>();
        filters.forEach((dimension, filter) -> {
            int index = filter.combo().isDisposed() ? 0 : filter.combo().getSelectionIndex();
            if (index > 0) {
                chosen.put(dimension, filter.keys().get(index - 1));
            }
        });
        return chosen;
    }

    /** A tile broken down by a dimension shows its values: the filter of that dimension offers them too. */
    void learnValues(ReportResult result) {
        Filter filter = result.query().by() == null ? null : filters.get(result.query().by());
        if (filter != null && !filter.combo().isDisposed()) {
            result.rows().forEach(row -> offer(filter, row.key(), row.label()));
        }
    }

    // for the workbench tests

    Combo combo(String dimension) {
        Filter filter = filters.get(dimension);
        return filter == null ? null : filter.combo();
    }

    List<Combo> combos() {
        return filters.values().stream().map(Filter::combo).toList();
    }

    List<String> keys(String dimension) {
        return filters.get(dimension).keys();
    }
}
