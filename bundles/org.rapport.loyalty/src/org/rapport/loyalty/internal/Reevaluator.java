package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.rapport.loyalty.api.MemberTiers.Reevaluation;
import org.rapport.loyalty.api.MemberTiers.RunProgress;
import org.rapport.loyalty.model.Membership;
import org.rapport.loyalty.model.Programme;
import org.rapport.loyalty.model.TierBasis;
import org.rapport.loyalty.model.TierDefinition;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The quarterly run, set-based: the database sums every customer's 12 months in one aggregate
 * query, one pass over the purchases (or ledger entries) alone, grouped by their customer's
 * column ({@code p.purchasesOwner}, {@code e.customerId}: the engine's keys for a contained
 * object's owner and a reference's target); then the memberships are taken in ranges of their
 * identities, each with its customer's identity from its own row and the current tiers of a range
 * named by one query over its histories, all as plain values. Only the memberships whose tier
 * changes are read as objects, to append the change with its reason; each range is a transaction
 * of its own.
 * <p>
 * No query joins the customers' table: naming {@code m.customer.persistentId} joins it (Derby then
 * sorted every membership after the range's start, range after range), and reaching the purchases
 * through the memberships and customers was a nested loop per member (docs/performance.md,
 * "Loyalty", findings L7 and L9).
 */
final class Reevaluator {

    /** Members per range: one transaction, two queries and the changes. */
    static final int RANGE = 2_000;

    private static final String MEMBERS = "SELECT m.persistentId, m.tier, m.customerId FROM Membership m WHERE m.persistentId > ?1 ORDER BY m.persistentId";
    private static final String CURRENT = "SELECT m.persistentId, t.toTier, INDEX(t) FROM Membership m JOIN m.history t WHERE m.persistentId > ?1 AND m.persistentId <= ?2";
    private static final String SPEND = "SELECT p.purchasesOwner, SUM(p.amount) FROM Purchase p WHERE p.at >= ?1 AND p.at < ?2 GROUP BY p.purchasesOwner";
    private static final String POINTS = "SELECT e.customerId, SUM(e.points) FROM LedgerEntry e WHERE e.points > 0 AND e.at >= ?1 AND e.at < ?2 GROUP BY e.customerId";

    private final Store store;
    private final ZoneId zone;
    private final String login;
    private final RunProgress progress;
    private final int range;

    Reevaluator(Store store, ZoneId zone, String login, RunProgress progress, int range) {
        this.store = store;
        this.zone = zone;
        this.login = login;
        this.progress = progress;
        this.range = range;
    }

    /** A member of the range, as plain values. */
    private record Member(long membership, String tier, long customer) {
    }

    Reevaluation run(LocalDate asOf) {
        Instant to = asOf.atStartOfDay(zone).toInstant();
        Instant from = asOf.minusMonths(12).atStartOfDay(zone).toInstant();
        List<TierDefinition> tiers;
        TierBasis basis;
        int total;
        Map<Long, Number> figures = new HashMap<>();
        try (UnitOfWork work = store.begin()) {
            tiers = Tiers.all(work);
            Programme programme = LedgerService.programme(work);
            basis = programme.getTierBasis();
            total = work.<Number> query("SELECT COUNT(m) FROM Membership m").get(0).intValue();
            // one pass over the 12 months, summed by the database per customer: only customers with a figure take room
            for (Object[] row : work.<Object[]> query(basis == TierBasis.POINTS ? POINTS : SPEND, from, to)) {
                if (row[0] != null) {
                    figures.put(((Number) row[0]).longValue(), (Number) row[1]);
                }
            }
        }
        int judged = 0;
        int up = 0;
        int down = 0;
        long after = 0;
        while (true) {
            try (UnitOfWork work = store.begin()) {
                List<Object[]> rows = work.page(MEMBERS, 0, this.range, after);
                if (rows.isEmpty()) {
                    return new Reevaluation(asOf, judged, up, down, true);
                }
                List<Member> members = rows.stream().map(r -> new Member(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue())).toList();
                long last = members.get(members.size() - 1).membership();
                Map<Long, String> current = Tiers.latest(work.query(CURRENT, after, last));
                Map<Long, String> reasons = new HashMap<>();
                Map<Long, String[]> moves = new HashMap<>();
                for (Member member : members) {
                    Number figure = figures.get(member.customer());
                    BigDecimal spend = basis == TierBasis.POINTS || figure == null ? BigDecimal.ZERO : new BigDecimal(figure.toString());
                    long points = basis == TierBasis.POINTS && figure != null ? figure.longValue() : 0;
                    TierDefinition reached = Tiers.qualifying(tiers, basis, spend, points);
                    String now = current.getOrDefault(member.membership(), member.tier());
                    if (!reached.getName().equals(now)) {
                        String text = basis == TierBasis.POINTS ? NLS.bind(Messages.tier_points, points) : NLS.bind(Messages.tier_spend, spend.toPlainString());
                        moves.put(member.membership(), new String[] { now, reached.getName() });
                        reasons.put(member.membership(), NLS.bind(Messages.reason_reevaluation, new Object[] { asOf, text, reached.getName() }));
                        if (reached.getRank() > Tiers.rank(tiers, now)) {
                            up++;
                        } else {
                            down++;
                        }
                    }
                }
                if (!moves.isEmpty()) {
                    List<Long> ids = new ArrayList<>(moves.keySet());
                    for (Membership membership : Lookups.<Membership> lookUp(work, "SELECT m FROM Membership m WHERE m.persistentId IN ?1", ids)) {
                        long id = CustomerLedger.id(membership);
                        String[] move = moves.remove(id);
                        if (move != null) { // the look-up repeats values to fill its last list
                            TierUpgrades.change(work, membership, move[0], move[1], to, login, reasons.get(id));
                        }
                    }
                }
                work.commit();
                judged += members.size();
                after = last;
            }
            if (!progress.progressed(judged, total)) {
                return new Reevaluation(asOf, judged, up, down, false);
            }
        }
    }
}
