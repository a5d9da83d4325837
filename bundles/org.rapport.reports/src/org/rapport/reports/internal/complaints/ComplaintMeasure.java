package org.rapport.reports.internal.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.Store;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.DrillDown;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.internal.Messages;
import org.rapport.reports.internal.measures.AggregateMeasure;
import org.rapport.reports.internal.measures.Dimension;
import org.rapport.reports.internal.measures.Part;

/**
 * A measure over complaints ({@code Complaint c}), by the complaint's channel and its own category
 * (not the broader ones above it). Complaints without a category or channel are their own row.
 * The customer's tier is no dimension: a complaint does not record the tier its customer had.
 */
abstract class ComplaintMeasure extends AggregateMeasure {

    static final String COMPLAINT = "Complaint c";

    private static final Dimension CHANNEL = new Dimension(Dimensions.CHANNEL, "", "c.channel", null);
    private static final List<Dimension> PATHS = List.of(CHANNEL, new Dimension(Dimensions.CATEGORY, "LEFT JOIN c.category k", "k.code", "k.name"));
    /** A Chinese reader sees a category's Chinese name where it has one, as in the queue (Categories.nameIn). */
    private static final List<Dimension> PATHS_ZH = List.of(CHANNEL,
            new Dimension(Dimensions.CATEGORY, "LEFT JOIN c.category k", "k.code", "COALESCE(k.nameZh, k.name)"));

    ComplaintMeasure(Store store, ClockService clock, String name, List<FigureColumn> columns) {
        super(store, clock, name, columns);
    }

    @Override
    protected List<Dimension> paths() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? PATHS_ZH : PATHS;
    }

    /** By default the complaints the first part counts: those opened in the window. */
    @Override
    protected Optional<Behind> behind(Instant now) {
        return Optional.of(complaints(parts(now).get(0), Messages.drill_complaints_opened));
    }

    /** The complaints a part's query counts, as what is behind a figure. */
    static Behind complaints(Part part, String text) {
        return new Behind(DrillDown.Kind.COMPLAINTS, "c.persistentId", part, text);
    }

    /** Opened in the window. */
    static String openedIn() {
        return "c.openedAt >= {from} AND c.openedAt < {to}";
    }

    /**
     * A transition of the complaint to the status of {@code marker}, as a subquery's condition on
     * event {@code alias}: over the complaint's own events, read by their owner column (R5).
     */
    static String transition(String alias, String marker, String condition) {
        return "SELECT " + alias + " FROM c.events " + alias + " WHERE " + alias + ".toStatus = {" + marker + "}" + (condition.isEmpty() ? "" : " AND " + condition);
    }

    /**
     * The complaint's last follow-up was in the window: one in it and none after it (a complaint
     * followed up more than once counts in the period of its last follow-up). Marker {@code followedUp}.
     */
    static String lastFollowUpIn() {
        return "EXISTS (" + transition("f", "followedUp", "f.at >= {from} AND f.at < {to}") + ") AND NOT EXISTS ("
                + transition("g", "followedUp", "g.at >= {to}") + ")";
    }
}
