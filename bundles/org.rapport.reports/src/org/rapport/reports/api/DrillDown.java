package org.rapport.reports.api;

import java.util.List;

/**
 * What is behind one figure of a report: the customers (or complaints) a rate is computed over,
 * for the workbench to open their list. Found by the provider in the database through the store,
 * so the user's access rules apply as they do to the figure.
 *
 * @param kind whether the identities are customers' or complaints'
 * @param ids the identities ({@code persistentId}), at most {@link #LIMIT}, in the provider's order
 * @param total how many there are in all: more than {@code ids.size()} when the list was cut at
 *            {@link #LIMIT}, which the workbench says
 * @param description what they are, for people, in the user's language ("Customers who bought
 *            again in 2026-03", shown on the filtered list)
 */
public record DrillDown(Kind kind, List<Long> ids, long total, String description) {

    /**
     * The most identities a drill-down carries: a list filtered by identity is one IN condition,
     * and the databases' statements stay small enough below this.
     */
    public static final int LIMIT = 2_000;

    /** What the identities are of. */
    public enum Kind {
        CUSTOMERS, COMPLAINTS
    }

    public DrillDown {
        ids = List.copyOf(ids);
        if (ids.size() > LIMIT) {
            throw new IllegalArgumentException("a drill-down carries at most " + LIMIT + " identities, not " + ids.size());
        }
        if (total < ids.size()) {
            throw new IllegalArgumentException("the total (" + total + ") is less than the identities carried (" + ids.size() + ")");
        }
    }

    /** Whether every one behind the figure is in {@link #ids()}. */
    public boolean complete() {
        return ids.size() == total;
    }
}
