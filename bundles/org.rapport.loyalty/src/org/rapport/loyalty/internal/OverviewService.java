package org.rapport.loyalty.internal;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.loyalty.api.LoyaltyOverview;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/** {@link LoyaltyOverview} by aggregate queries: one for the members, one per month for the points. */
@Component(service = LoyaltyOverview.class)
public class OverviewService implements LoyaltyOverview {

    @Reference
    private Store store;
    @Reference
    private ClockService clock;

    /** For DS. */
    public OverviewService() {
    }

    /** For tests. */
    public OverviewService(Store store, ClockService clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Overview overview(YearMonth from, YearMonth to) {
        ZoneId zone = clock.zone();
        try (UnitOfWork work = store.begin()) {
            Map<String, Long> members = new LinkedHashMap<>();
            StandingService.tiers(work).forEach(t -> members.put(t.name(), 0L));
            List<Object[]> counted = work.query("SELECT m.tier, COUNT(m) FROM Membership m GROUP BY m.tier");
            counted.forEach(row -> members.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum));
            List<Month> months = new ArrayList<>();
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                List<Object[]> sums = work.query("SELECT e.kind, SUM(e.points) FROM LedgerEntry e WHERE e.at >= ?1 AND e.at < ?2 GROUP BY e.kind",
                        month.atDay(1).atStartOfDay(zone).toInstant(), month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
                long issued = 0;
                long redeemed = 0;
                long expired = 0;
                for (Object[] row : sums) {
                    EntryKind kind = (EntryKind) row[0];
                    long points = ((Number) row[1]).longValue();
                    if (kind == EntryKind.REDEMPTION) {
                        redeemed -= points;
                    } else if (kind == EntryKind.EXPIRY) {
                        expired -= points;
                    } else if (points > 0) {
                        // the earning kinds; a month's adjustments count when they gave more than they took
                        issued += points;
                    }
                }
                months.add(new Month(month, issued, redeemed, expired));
            }
            return new Overview(members.entrySet().stream().map(e -> new TierCount(e.getKey(), e.getValue())).toList(), months);
        }
    }
}
