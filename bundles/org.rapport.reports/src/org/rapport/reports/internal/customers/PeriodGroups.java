package org.rapport.reports.internal.customers;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.rapport.reports.api.ReportPeriod;

/**
 * Periods that do not overlap, so that one statement can count every one of them: a CASE gives
 * each record the index of the period it lies in (-1 between them), the statement groups by it
 * and selects {@code MIN} of the same CASE beside its counts, so each result row says which period
 * it counts. The CASE is not selected as it is: the databases compare a selected expression with
 * the GROUP BY's, and their parameters are not the same there.
 */
final class PeriodGroups {

    private final List<ReportPeriod> periods;
    private final ZoneId zone;

    /** @param periods that do not overlap ({@link #disjoint}) */
    PeriodGroups(List<ReportPeriod> periods, ZoneId zone) {
        this.periods = List.copyOf(periods);
        this.zone = zone;
    }

    /**
     * The periods' indexes split into lists whose periods do not overlap, in order: one list for
     * months and the periods before whole months, two or more when the periods before odd days
     * overlap (the twelve days before 17 February and the nine before 1 March).
     */
    static List<List<Integer>> disjoint(List<ReportPeriod> periods) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            ReportPeriod period = periods.get(i);
            List<Integer> free = null;
            for (List<Integer> group : groups) {
                if (group.stream().noneMatch(taken -> overlap(periods.get(taken), period))) {
                    free = group;
                    break;
                }
            }
            if (free == null) {
                free = new ArrayList<>();
                groups.add(free);
            }
            free.add(i);
        }
        return groups;
    }

    private static boolean overlap(ReportPeriod a, ReportPeriod b) {
        return !a.to().isBefore(b.from()) && !b.to().isBefore(a.from());
    }

    /** The CASE giving a record reached as {@code alias} its period's index, with a {@code ?} for each of {@link #bounds()}. */
    String indexOf(String alias) {
        StringBuilder index = new StringBuilder("CASE");
        for (int i = 0; i < periods.size(); i++) {
            index.append(" WHEN ").append(alias).append(".at >= ? AND ").append(alias).append(".at < ? THEN ").append(i);
        }
        return index.append(" ELSE -1 END").toString();
    }

    /** The values of {@link #indexOf}'s parameters: each period's start and end in the zone. */
    Object[] bounds() {
        List<Object> bounds = new ArrayList<>();
        for (ReportPeriod period : periods) {
            bounds.add(period.start(zone));
            bounds.add(period.end(zone));
        }
        return bounds.toArray();
    }

    /** The first period's start: no record before it is in any. */
    Instant start() {
        return periods.stream().map(p -> p.start(zone)).min(Instant::compareTo).orElseThrow();
    }

    /** The last period's end. */
    Instant end() {
        return periods.stream().map(p -> p.end(zone)).max(Instant::compareTo).orElseThrow();
    }

    int size() {
        return periods.size();
    }

    /** Rows of (period index, value) as a grouped statement answers them, as one value a period: null for a period without a row. */
    Object[] byPeriod(List<Object[]> rows) {
        Object[] values = new Object[periods.size()];
        for (Object[] row : rows) {
            int index = ((Number) row[0]).intValue();
            if (index >= 0) {
                values[index] = row[1];
            }
        }
        return values;
    }
}
