package org.rapport.reports.ui.internal;

import java.util.List;

import org.rapport.reports.api.Dimensions;

/**
 * The dashboards the perspectives show: each a grid of tiles, a measure by its name with a chart
 * kind and a breakdown. A tile whose measure is not offered to the user (not installed, or over a
 * field they may not read) is left out, so naming a measure here never shows it to someone who
 * may not see it.
 */
final class Dashboards {

    /** How a tile draws its rows. */
    enum ChartKind {
        /** One bar per row: values of a dimension (channels, categories), or months side by side. */
        BAR,
        /** A line through the rows: months in time order. */
        LINE
    }

    /**
     * One tile.
     *
     * @param measure the {@link org.rapport.reports.api.ReportProvider#name() name} of the measure
     * @param chart how its rows are drawn
     * @param by the dimension its rows are given by; the period's total alone when the measure does not have it
     */
    record Tile(String measure, ChartKind chart, String by) {
    }

    /**
     * A dashboard.
     *
     * @param id as the part's persisted state names it
     * @param heading what it is about, for people
     */
    record Dashboard(String id, String heading, List<Tile> tiles) {
    }

    static final String SERVICE_DESK = "servicedesk";
    static final String SALES = "sales";
    static final String MANAGEMENT = "management";

    private Dashboards() {
    }

    /**
     * A dashboard of the user's own tiles, as a part's persisted state keeps them
     * ({@value #TILES}): {@code measure:KIND:dimension} separated by {@code ;}, the dimension
     * empty for the total alone ({@code retention-rate:LINE:month;csat:BAR:}).
     *
     * @throws IllegalArgumentException naming the tile that is not of that form
     */
    static Dashboard parse(String id, String heading, String tiles) {
        List<Tile> parsed = new java.util.ArrayList<>();
        for (String spec : tiles.split(";")) {
            if (spec.isBlank()) {
                continue;
            }
            String[] parts = spec.strip().split(":", -1);
            if (parts.length != 3 || parts[0].isBlank()) {
                throw new IllegalArgumentException("a tile is measure:BAR|LINE:dimension, not '" + spec + "'");
            }
            parsed.add(new Tile(parts[0], ChartKind.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)), parts[2].isBlank() ? null : parts[2]));
        }
        return new Dashboard(id, heading, List.copyOf(parsed));
    }

    /** The key of a part's persisted state that holds its own tiles ({@link #parse}), instead of its dashboard's. */
    static final String TILES = "org.rapport.reports.ui.tiles";

    /** The dashboard of that id; Management's for an id it does not know (a layout from a later version). */
    static Dashboard of(String id) {
        return switch (id == null ? "" : id) {
        // queue health (complaints resolved, contacts again, hot spots), SLA compliance, first response
        case SERVICE_DESK -> new Dashboard(SERVICE_DESK, Messages.dashboard_servicedesk, List.of(
                new Tile("sla-compliance", ChartKind.LINE, Dimensions.MONTH),
                new Tile("first-response", ChartKind.LINE, Dimensions.MONTH),
                new Tile("resolution-rate", ChartKind.BAR, Dimensions.CATEGORY),
                new Tile("first-contact-resolution", ChartKind.BAR, Dimensions.CHANNEL),
                new Tile("repeat-contact-rate", ChartKind.LINE, Dimensions.MONTH),
                new Tile("hot-spots", ChartKind.BAR, Dimensions.CATEGORY)));
        // my accounts (the access rules keep a sales user's figures to their own), repurchase, points
        case SALES -> new Dashboard(SALES, Messages.dashboard_sales, List.of(
                new Tile("repurchase-rate", ChartKind.LINE, Dimensions.MONTH),
                new Tile("repurchase-rate", ChartKind.BAR, Dimensions.CHANNEL),
                new Tile("revenue", ChartKind.BAR, Dimensions.CHANNEL),
                new Tile("customers", ChartKind.BAR, Dimensions.REGION),
                new Tile("average-order-value-returning", ChartKind.LINE, Dimensions.MONTH),
                new Tile("points", ChartKind.BAR, Dimensions.MONTH)));
        // retention, satisfaction, hot spots, loyalty: one of each of the first three in the top
        // row, so a cheap chart (complaints) shows while retention still counts purchase records;
        // then retention's breakdowns, churn and NPS; loyalty with resolution; segment sizes
        default -> new Dashboard(MANAGEMENT, Messages.dashboard_management, List.of(
                new Tile("retention-rate", ChartKind.LINE, Dimensions.MONTH),
                new Tile("csat", ChartKind.LINE, Dimensions.MONTH),
                new Tile("hot-spots", ChartKind.BAR, Dimensions.CATEGORY),
                new Tile("retention-rate", ChartKind.BAR, Dimensions.REGION),
                new Tile("churn-rate", ChartKind.BAR, Dimensions.CHANNEL),
                new Tile("nps", ChartKind.LINE, Dimensions.MONTH),
                new Tile("tiers", ChartKind.BAR, Dimensions.TIER),
                new Tile("points", ChartKind.BAR, Dimensions.MONTH),
                new Tile("resolution-rate", ChartKind.BAR, Dimensions.MONTH),
                new Tile("segment-sizes", ChartKind.BAR, Dimensions.MONTH)));
        };
    }
}
