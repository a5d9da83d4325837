package org.rapport.loyalty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.loyalty.api.LoyaltyReports;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.loyalty.model.TierDefinition;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/** {@link LoyaltyReports} over the store, with aggregate queries: nothing is read entry by entry. */
@Component(service = LoyaltyReports.class)
public class ReportService implements LoyaltyReports {

    @Reference
    private Store store;
    @Reference
    private ClockService clock;

    /** For DS. */
    public ReportService() {
    }

    /** For tests. */
    public ReportService(Store store, ClockService clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Stats stats(LocalDate asOf) {
        Instant end = asOf.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        try (UnitOfWork work = store.begin()) {
            Map<EntryKind, Long> spent = new HashMap<>();
            List<Object[]> rows = work.query("SELECT e.kind, SUM(e.points) FROM LedgerEntry e WHERE e.points < 0 AND e.at < ?1 GROUP BY e.kind", end);
            rows.forEach(r -> spent.put((EntryKind) r[0], -((Number) r[1]).longValue()));
            long issued = sum(work.query("SELECT SUM(e.points) FROM LedgerEntry e WHERE e.points > 0 AND e.at < ?1", end));
            long outstanding = sum(work.query("SELECT SUM(e.points) FROM LedgerEntry e WHERE e.at < ?1", end));
            long members = sum(work.query("SELECT COUNT(m) FROM Membership m WHERE m.since < ?1", end));
            // each member's tier then: the last change before the end, by the order changes were made
            Map<Long, Long> last = new HashMap<>();
            Map<Long, String> tierOf = new HashMap<>();
            List<Object[]> changes = work.query("SELECT m.persistentId, t.toTier, t.persistentId FROM Membership m JOIN m.history t WHERE t.at < ?1", end);
            for (Object[] change : changes) {
                long member = ((Number) change[0]).longValue();
                long id = ((Number) change[2]).longValue();
                if (last.getOrDefault(member, Long.MIN_VALUE) < id) {
                    last.put(member, id);
                    tierOf.put(member, (String) change[1]);
                }
            }
            Map<String, Long> perTier = new LinkedHashMap<>();
            for (TierDefinition tier : Tiers.all(work)) {
                perTier.put(tier.getName(), 0L);
            }
            tierOf.values().forEach(tier -> perTier.merge(tier, 1L, Long::sum));
            return new Stats(asOf, members, issued, spent.getOrDefault(EntryKind.REDEMPTION, 0L), spent.getOrDefault(EntryKind.EXPIRY, 0L),
                    spent.getOrDefault(EntryKind.REVERSAL, 0L), outstanding, perTier);
        }
    }

    @Override
    public List<Reminder> reminders(LocalDate asOf) {
        try (UnitOfWork work = store.begin()) {
            LocalDate until = asOf.plusDays(LedgerService.programme(work).getReminderDays());
            List<Object[]> earned = work.query(
                    "SELECT e.persistentId, e.customer.reference, e.expiresOn, e.points FROM LedgerEntry e WHERE e.points > 0 AND e.expiresOn > ?1 AND e.expiresOn <= ?2",
                    asOf, until);
            Map<Long, Long> taken = new HashMap<>();
            List<Object[]> consumed = work.query(
                    "SELECT e.persistentId, SUM(c.points) FROM LedgerEntry s JOIN s.consumed c JOIN c.earning e WHERE e.expiresOn > ?1 AND e.expiresOn <= ?2 GROUP BY e.persistentId",
                    asOf, until);
            consumed.forEach(r -> taken.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
            Map<List<Object>, Long> open = new LinkedHashMap<>();
            for (Object[] entry : earned) {
                long left = ((Number) entry[3]).longValue() - taken.getOrDefault(((Number) entry[0]).longValue(), 0L);
                if (left > 0) {
                    open.merge(List.of(entry[1], entry[2]), left, Long::sum);
                }
            }
            List<Reminder> reminders = new ArrayList<>();
            open.forEach((key, points) -> reminders.add(new Reminder((String) key.get(0), (LocalDate) key.get(1), points)));
            reminders.sort(Comparator.comparing(Reminder::expiresOn).thenComparing(Reminder::customerRef));
            return reminders;
        }
    }

    private static long sum(List<?> result) {
        return result.isEmpty() || result.get(0) == null ? 0 : ((Number) result.get(0)).longValue();
    }
}
