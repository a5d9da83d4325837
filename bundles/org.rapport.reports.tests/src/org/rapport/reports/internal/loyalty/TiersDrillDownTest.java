package org.rapport.reports.internal.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.DrillDown;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.loyalty.LoyaltyData.Change;
import org.rapport.reports.internal.loyalty.LoyaltyData.Member;
import org.rapport.reports.internal.measures.MeasureDatabase;

/**
 * The drill-down of the tiers measure, on each database: a tier's bar lists the customers who
 * were its members at the row's end (the tests' own reading of the tier history), the total every
 * member; the points measure's figures list the customers whose ledger entries are dated in
 * the row's window (the tests' own reading of the ledger), a salesperson's their own accounts'.
 */
class TiersDrillDownTest {

    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.parse("2025-07-01"), LocalDate.parse("2026-06-30"));

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aTiersBarListsItsMembersAtTheRowsEnd(DatabaseKind kind) throws Exception {
        try (MeasureDatabase db = new MeasureDatabase(kind)) {
            LoyaltyData.generate(db);
            List<Member> members = LoyaltyData.facts(db).members();
            Tiers tiers = new Tiers(db.store, db.clock, db.tiers);
            db.users.as("mo");
            Instant end = YEAR.end(MeasureDatabase.SHANGHAI);
            same(members(members, end, null), tiers.drillDown(ReportQuery.of(YEAR), null).orElseThrow(), "total");
            ReportQuery byTier = new ReportQuery(YEAR, Dimensions.TIER, Map.of());
            List<ReportRow> rows = tiers.compute(byTier, ReportProgress.NONE).rows();
            assertTrue(rows.size() >= 2, rows.toString());
            for (ReportRow row : rows) {
                same(members(members, end, row.key()), tiers.drillDown(byTier, row.key()).orElseThrow(), row.key());
                ReportQuery byMonth = new ReportQuery(YEAR, Dimensions.MONTH, Map.of(Dimensions.TIER, row.key()));
                for (ReportRow month : tiers.compute(byMonth, ReportProgress.NONE).rows()) {
                    Instant monthEnd = ReportPeriod.of(YearMonth.parse(month.key())).end(MeasureDatabase.SHANGHAI);
                    same(members(members, monthEnd, row.key()), tiers.drillDown(byMonth, month.key()).orElseThrow(), row.key() + " " + month.key());
                }
            }
            // points: the customers whose ledger entries are dated in the row's window
            Points points = new Points(db.store, db.clock);
            List<LoyaltyData.Entry> entries = LoyaltyData.facts(db).entries();
            db.users.as("mo");
            same(holders(entries, YEAR.start(MeasureDatabase.SHANGHAI), end, e -> true), points.drillDown(ReportQuery.of(YEAR), null).orElseThrow(), "points");
            ReportQuery pointsByMonth = new ReportQuery(YEAR, Dimensions.MONTH, Map.of());
            for (ReportRow month : points.compute(pointsByMonth, ReportProgress.NONE).rows()) {
                ReportPeriod of = ReportPeriod.of(YearMonth.parse(month.key()));
                same(holders(entries, of.start(MeasureDatabase.SHANGHAI), of.end(MeasureDatabase.SHANGHAI), e -> true),
                        points.drillDown(pointsByMonth, month.key()).orElseThrow(), "points " + month.key());
            }
            db.as("sam", () -> same(holders(entries, YEAR.start(MeasureDatabase.SHANGHAI), end, e -> "sam".equals(e.accountManager())),
                    points.drillDown(ReportQuery.of(YEAR), null).orElseThrow(), "points as sam"));
        }
    }

    /** The customers with a ledger entry dated from {@code start} to before {@code end}. */
    private static TreeSet<Long> holders(List<LoyaltyData.Entry> entries, Instant start, Instant end, java.util.function.Predicate<LoyaltyData.Entry> kept) {
        TreeSet<Long> ids = new TreeSet<>();
        entries.stream().filter(kept).filter(e -> !e.at().isBefore(start) && e.at().isBefore(end)).forEach(e -> ids.add(e.customerId()));
        return ids;
    }

    /** The customers in the tier (any tier for null) by the last change recorded before the end. */
    private static TreeSet<Long> members(List<Member> members, Instant end, String tier) {
        TreeSet<Long> ids = new TreeSet<>();
        for (Member member : members) {
            member.history().stream().filter(c -> c.at().isBefore(end)).max(Comparator.comparingLong(Change::id))
                    .filter(last -> tier == null || Objects.equals(tier, last.toTier())).ifPresent(last -> ids.add(member.customerId()));
        }
        return ids;
    }

    private static void same(TreeSet<Long> expected, DrillDown drill, String what) {
        assertEquals(DrillDown.Kind.CUSTOMERS, drill.kind(), what);
        assertEquals(List.copyOf(expected), drill.ids(), what + ": by identity");
        assertEquals(expected.size(), drill.total(), what + ": total");
    }
}
