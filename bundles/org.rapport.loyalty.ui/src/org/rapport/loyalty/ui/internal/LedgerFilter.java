package org.rapport.loyalty.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import org.rapport.loyalty.api.Loyalty.Line;
import org.rapport.loyalty.model.EntryKind;

/** Which ledger entries the tab lists: by kind (earned, spent or one kind) and period, newest first. */
record LedgerFilter(Kinds kinds, EntryKind kind, Period period) {

    /** All, earned or spent; {@link #ONE} for the one {@link LedgerFilter#kind()}. */
    enum Kinds {
        ALL, EARNED, SPENT, ONE
    }

    /** How far back, counted in the clock's zone from today. */
    enum Period {
        ALL, LAST_30_DAYS, LAST_12_MONTHS, THIS_YEAR
    }

    static final LedgerFilter EVERYTHING = new LedgerFilter(Kinds.ALL, null, Period.ALL);

    /** The entries this filter lets through, newest first (the ledger gives them oldest first). */
    List<Line> apply(List<Line> ledger, LocalDate today, ZoneId zone) {
        Instant since = since(today, zone);
        Predicate<Line> byKind = switch (kinds) {
            case ALL -> line -> true;
            case EARNED -> line -> line.points() > 0;
            case SPENT -> line -> line.points() < 0;
            case ONE -> line -> line.kind() == kind;
        };
        List<Line> shown = new ArrayList<>(ledger.stream().filter(byKind).filter(line -> since == null || !line.at().isBefore(since)).toList());
        // the ledger's order (when, then when written) backwards: entries of the same moment last written first
        Collections.reverse(shown);
        return shown;
    }

    private Instant since(LocalDate today, ZoneId zone) {
        LocalDate from = switch (period) {
            case ALL -> null;
            case LAST_30_DAYS -> today.minusDays(30);
            case LAST_12_MONTHS -> today.minusMonths(12);
            case THIS_YEAR -> today.withDayOfYear(1);
        };
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }
}
