package org.rapport.loyalty.internal;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.loyalty.api.LoyaltyOverview;
import org.rapport.loyalty.api.LoyaltyReports;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/** {@link LoyaltyOverview}: the members per tier as the reports count them, the points by one aggregate query per month. */
@Component(service = LoyaltyOverview.class)
public class OverviewService implements LoyaltyOverview {

    @Reference
    private Store store;
    @Reference
    private ClockService clock;
    @Reference
    private LoyaltyReports reports;

    /** For DS. */
    public OverviewService() {
    }

    /** For tests. */
    public OverviewService(Store store, ClockService clock, LoyaltyReports reports) {
        this.store = store;
        this.clock = clock;
        this.reports = reports;
    }

    @Override
    public Overview overview(YearMonth from, YearMonth to) {
        ZoneId zone = clock.zone();
        try (UnitOfWork work = store.begin()) {
            // a member's tier is the last change of its history: the reports know how to count that
            Map<String, Long> members = reports.stats(clock.today()).perTier();
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
