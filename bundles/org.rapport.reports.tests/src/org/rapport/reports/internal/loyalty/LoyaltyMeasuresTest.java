package org.rapport.reports.internal.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.loyalty.api.MemberTiers;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.ReportsService;
import org.rapport.reports.internal.loyalty.LoyaltyData.Change;
import org.rapport.reports.internal.loyalty.LoyaltyData.Entry;
import org.rapport.reports.internal.loyalty.LoyaltyData.Facts;
import org.rapport.reports.internal.loyalty.LoyaltyData.Member;
import org.rapport.reports.internal.measures.MeasureDatabase;

/**
 * The points and tiers measures against the tests' own computation of their definitions (plain
 * Java over the stored ledger and tier history), on each database: by month, by tier, with a
 * filter, in periods before the programme began, for a salesperson's own accounts, and refused to a
 * user who may not read loyalty. One generated history per database serves every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoyaltyMeasuresTest {

    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.parse("2025-07-01"), LocalDate.parse("2026-06-30"));
    private static final ReportPeriod ODD = new ReportPeriod(LocalDate.parse("2025-11-15"), LocalDate.parse("2026-02-10"));

    private record Data(MeasureDatabase db, Facts facts, Points points, Tiers tiers) {
    }

    private final Map<DatabaseKind, Data> data = new EnumMap<>(DatabaseKind.class);

    private Data data(DatabaseKind kind) throws Exception {
        if (!data.containsKey(kind)) {
            MeasureDatabase db = new MeasureDatabase(kind);
            LoyaltyData.generate(db);
            data.put(kind, new Data(db, LoyaltyData.facts(db), new Points(db.store, db.clock), new Tiers(db.store, db.clock, db.tiers)));
        }
        return data.get(kind);
    }

    @AfterAll
    void close() throws Exception {
        for (Data each : data.values()) {
            each.db().close();
        }
    }

    /** Issued, redeemed, expired, other and outstanding points of the entries kept, as the user guide defines them. */
    private static List<Long> points(List<Entry> entries, Instant start, Instant end) {
        long issued = 0;
        long redeemed = 0;
        long expired = 0;
        long spent = 0;
        long outstanding = 0;
        for (Entry e : entries) {
            if (e.at().isBefore(end)) {
                outstanding += e.points();
                if (!e.at().isBefore(start)) {
                    issued += Math.max(0, e.points());
                    spent -= Math.min(0, e.points());
                    redeemed -= e.kind() == EntryKind.REDEMPTION ? e.points() : 0;
                    expired -= e.kind() == EntryKind.EXPIRY ? e.points() : 0;
                }
            }
        }
        return List.of(issued, redeemed, expired, spent - redeemed - expired, outstanding);
    }

    /** Members per tier at the end: each member in the tier of the last change recorded before it. */
    private static Map<String, Long> tiers(List<Member> members, Instant end) {
        Map<String, Long> perTier = new TreeMap<>();
        for (Member member : members) {
            member.history().stream().filter(c -> c.at().isBefore(end)).max(Comparator.comparingLong(Change::id))
                    .ifPresent(last -> perTier.merge(last.toTier(), 1L, Long::sum));
        }
        return perTier;
    }

    /** The members of each tier's row. */
    private static Map<String, Long> perTier(ReportResult byTier) {
        return byTier.rows().stream().collect(Collectors.toMap(ReportRow::key, r -> values(r).get(0), (a, b) -> a, TreeMap::new));
    }

    private static List<Long> values(ReportRow row) {
        return row.figures().stream().map(f -> {
            assertTrue(f.hasData());
            return f.value().longValueExact();
        }).toList();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void pointsAreTheLedgersEntriesOfThePeriodAndEachMonthAndTheBalancesAtTheirEnds(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        d.db().users.as("mo");
        List<Entry> entries = d.facts().entries();
        // the generated history has each kind of entry in the year
        List<Long> year = points(entries, YEAR.start(MeasureDatabase.SHANGHAI), YEAR.end(MeasureDatabase.SHANGHAI));
        assertTrue(year.stream().allMatch(p -> p > 0), year.toString());

        ReportResult result = d.points().compute(new ReportQuery(YEAR, Dimensions.MONTH, Map.of()), ReportProgress.NONE);
        assertEquals(year, values(result.total()));
        assertEquals(12, result.rows().size());
        for (ReportRow row : result.rows()) {
            ReportPeriod month = ReportPeriod.of(YearMonth.parse(row.key()));
            assertEquals(points(entries, month.start(MeasureDatabase.SHANGHAI), month.end(MeasureDatabase.SHANGHAI)), values(row), row.key());
        }
        // the outstanding points at the end are those at the start plus what came in, less what went out
        List<Long> before = points(entries, Instant.EPOCH, YEAR.start(MeasureDatabase.SHANGHAI));
        assertEquals(year.get(4), before.get(4) + year.get(0) - year.get(1) - year.get(2) - year.get(3));

        ReportResult odd = d.points().compute(new ReportQuery(ODD, Dimensions.MONTH, Map.of()), ReportProgress.NONE);
        assertEquals(points(entries, ODD.start(MeasureDatabase.SHANGHAI), ODD.end(MeasureDatabase.SHANGHAI)), values(odd.total()));
        // the first and last months count their days inside the period only
        ReportRow november = odd.rows().get(0);
        assertEquals("2025-11", november.key());
        assertEquals(points(entries, ODD.start(MeasureDatabase.SHANGHAI), ReportPeriod.of(YearMonth.parse("2025-11")).end(MeasureDatabase.SHANGHAI)),
                values(november));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void membersPerTierAreCountedAtThePeriodsEndAndAtEachMonthsEnd(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        d.db().users.as("mo");
        List<Member> members = d.facts().members();
        Instant end = YEAR.end(MeasureDatabase.SHANGHAI);
        Map<String, Long> expected = tiers(members, end);
        // the history reaches beyond the lowest tier, and re-evaluations took some members down again
        assertTrue(expected.keySet().containsAll(Set.of("Silver", "Gold")), expected.toString());
        assertTrue(members.stream().anyMatch(m -> m.history().size() > 2), "a member went up and down");

        ReportResult byTier = d.tiers().compute(new ReportQuery(YEAR, Dimensions.TIER, Map.of()), ReportProgress.NONE);
        assertEquals(expected, perTier(byTier));
        assertEquals(List.copyOf(expected.keySet()), byTier.rows().stream().map(ReportRow::label).sorted().toList());
        assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(), values(byTier.total()).get(0));

        for (String tier : expected.keySet()) {
            ReportResult byMonth = d.tiers().compute(new ReportQuery(YEAR, Dimensions.MONTH, Map.of(Dimensions.TIER, tier)), ReportProgress.NONE);
            for (ReportRow row : byMonth.rows()) {
                Instant monthEnd = ReportPeriod.of(YearMonth.parse(row.key())).end(MeasureDatabase.SHANGHAI);
                assertEquals(tiers(members, monthEnd).getOrDefault(tier, 0L), values(row).get(0), tier + " " + row.key());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aTierFilterTakesTheTiersNameInAnyCaseAndRefusesANameNoTierHas(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        d.db().users.as("mo");
        ReportsService reports = new ReportsService(d.db().users, List.of(d.tiers()), null, List.of(new TierValues(d.db().tiers)));
        ReportResult gold = reports.run("tiers", new ReportQuery(YEAR, null, Map.of(Dimensions.TIER, "Gold")), ReportProgress.NONE);
        assertEquals(gold.total().figures(), reports.run("tiers", new ReportQuery(YEAR, null, Map.of(Dimensions.TIER, " gOLD")), ReportProgress.NONE)
                .total().figures());
        ReportException unknown = assertThrows(ReportException.class,
                () -> reports.run("tiers", new ReportQuery(YEAR, null, Map.of(Dimensions.TIER, "Platinum")), ReportProgress.NONE));
        assertTrue(unknown.getMessage().startsWith("No tier is called Platinum; there are: "), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("Gold"), unknown.getMessage());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theShippedTiersRowsComeInTheirRankOrderNotByName(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        d.db().users.as("mo");
        // no tier is stored here: the programme has its shipped tiers only
        List<String> programme = d.db().tiers.tiers().stream().map(MemberTiers.Tier::name).toList();
        assertEquals(List.of("Silver", "Gold", "Black"), programme);
        List<String> rows = d.tiers().compute(new ReportQuery(YEAR, Dimensions.TIER, Map.of()), ReportProgress.NONE).rows().stream().map(ReportRow::key)
                .toList();
        assertTrue(rows.containsAll(List.of("Silver", "Gold")), rows.toString());
        assertEquals(programme.stream().filter(rows::contains).toList(), rows);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void beforeTheProgrammeBeganEveryFigureIsZeroAndNoTierHasARow(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        d.db().users.as("mo");
        ReportPeriod early = new ReportPeriod(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-09-30"));
        ReportResult points = d.points().compute(new ReportQuery(early, Dimensions.MONTH, Map.of()), ReportProgress.NONE);
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), values(points.total()));
        points.rows().forEach(row -> assertEquals(List.of(0L, 0L, 0L, 0L, 0L), values(row)));
        ReportResult tiers = d.tiers().compute(new ReportQuery(early, Dimensions.TIER, Map.of()), ReportProgress.NONE);
        assertEquals(List.of(0L), values(tiers.total()));
        assertTrue(tiers.rows().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSalespersonCountsTheLedgerAndMembersOfTheirOwnAccountsOnly(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        List<Entry> entries = d.facts().entries().stream().filter(e -> "sam".equals(e.accountManager())).toList();
        List<Member> members = d.facts().members().stream().filter(m -> "sam".equals(m.accountManager())).toList();
        d.db().as("sam", () -> {
            assertEquals(points(entries, YEAR.start(MeasureDatabase.SHANGHAI), YEAR.end(MeasureDatabase.SHANGHAI)),
                    values(d.points().compute(ReportQuery.of(YEAR), ReportProgress.NONE).total()));
            assertEquals(tiers(members, YEAR.end(MeasureDatabase.SHANGHAI)), perTier(d.tiers().compute(new ReportQuery(YEAR, Dimensions.TIER, Map.of()),
                    ReportProgress.NONE)));
        });
    }

    @Test
    void aUserWhoMayNotReadLoyaltyIsRefusedAndTheMeasuresSayWhatTheyRead() throws Exception {
        Data d = data(DatabaseKind.DERBY_EMBEDDED);
        for (var measure : List.of(d.points(), d.tiers())) {
            d.db().as("tess", () -> {
                ReportException refused = assertThrows(ReportException.class, () -> measure.compute(ReportQuery.of(YEAR), ReportProgress.NONE));
                assertTrue(refused.getMessage().startsWith(measure.title() + " cannot be computed: "), refused.getMessage());
            });
            assertTrue(measure.reads().stream().map(EStructuralFeature::getEContainingClass).allMatch(c -> c.getEPackage() == LoyaltyPackage.eINSTANCE));
        }
        assertEquals(Set.of("month"), d.points().dimensions());
        assertEquals(Set.of("month", "tier"), d.tiers().dimensions());
    }
}
