package org.rapport.loyalty.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.rapport.loyalty.api.Loyalty.Account;
import org.rapport.loyalty.api.Loyalty.Line;
import org.rapport.loyalty.api.Loyalty.Taken;

/**
 * Where one entry's points came from or went, from the consumption links of the account: a
 * spending entry lists the earning entries it took from (oldest first, as the ledger took them);
 * an earning entry lists the spending entries that took from it.
 *
 * @param heading what the rows are, in words
 * @param steps each linked entry and the points that moved between the two
 */
record Trace(String heading, List<Step> steps) {

    /** A linked entry and the points between it and the selected one. */
    record Step(Line entry, long points) {
    }

    static Trace of(Account account, Line selected) {
        Map<Long, Line> byId = account.lines().stream().collect(Collectors.toMap(Line::id, Function.identity(), (a, b) -> a));
        List<Step> steps = new ArrayList<>();
        if (selected.points() < 0) {
            for (Taken taken : selected.consumed()) {
                Line earning = byId.get(taken.earningId());
                if (earning != null) {
                    steps.add(new Step(earning, taken.points()));
                }
            }
            return new Trace(NLS.bind(Messages.trace_spent, selected.id(), -selected.points()), steps);
        }
        for (Line line : account.lines()) {
            for (Taken taken : line.consumed()) {
                if (taken.earningId() == selected.id()) {
                    steps.add(new Step(line, taken.points()));
                }
            }
        }
        String heading = steps.isEmpty() ? NLS.bind(Messages.trace_earned_unspent, selected.id(), selected.points())
                : NLS.bind(Messages.trace_earned, new Object[] { selected.id(), selected.points(), selected.open() });
        return new Trace(heading, steps);
    }
}
