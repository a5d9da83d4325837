package org.rapport.reports.internal.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.ReportCommand;
import org.rapport.reports.internal.ReportsService;
import org.rapport.reports.internal.customers.SegmentData.Person;
import org.rapport.reports.internal.customers.SegmentData.Tier;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;
import org.rapport.testing.CliRun;
import org.rapport.testing.TestUsers;

/**
 * {@code segment-sizes} on each database against the tests' own classification (plain Java over
 * the same customers): at the end of each month of a year and of a period that ends mid-month, as
 * the manager and as a sales user (their own accounts), before any customer existed, and the
 * edges of the definition one by one (exactly 10,000; a return under it; exactly 5 repeat
 * purchases, with and without the first among them, as order lines; a first purchase exactly 3
 * months before D; the first moment of the 12 months; customers created after D).
 */
class SegmentSizesTest {

    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.parse("2025-07-01"), LocalDate.parse("2026-06-30"));
    private static final ReportPeriod ODD = new ReportPeriod(LocalDate.parse("2026-02-10"), LocalDate.parse("2026-04-20"));

    @TempDir
    Path home;

    private static SegmentSizes measure(ReportFixture f) {
        f.users.add(new SessionUser(SegmentData.EDGES, "Eddie", Set.of(Roles.SALES), List.of(new Grant(CustomersAreaId.ID, Action.READ, Scope.OWN)), Map.of()));
        return new SegmentSizes(f.figures);
    }

    /** The random customers and the edges of the definition, stored. */
    private static List<Person> randomAndEdges(ReportFixture f) {
        List<Person> people = new ArrayList<>(SegmentData.random(18, 160));
        people.addAll(SegmentData.edges());
        SegmentData.store(f, people);
        return people;
    }

    /** High-value, potential, ordinary at the start of {@code day}, of the people kept. */
    private static List<Long> expected(List<Person> people, LocalDate day, Predicate<Person> kept) {
        Map<Tier, Long> counts = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            counts.put(tier, 0L);
        }
        for (Person person : people) {
            Tier tier = kept.test(person) ? SegmentData.tier(person, day) : null;
            if (tier != null) {
                counts.merge(tier, 1L, Long::sum);
            }
        }
        return List.of(counts.get(Tier.HIGH_VALUE), counts.get(Tier.POTENTIAL), counts.get(Tier.ORDINARY));
    }

    private static List<Long> counts(ReportRow row) {
        return row.figures().stream().map(figure -> figure.value().longValueExact()).toList();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theTiersAtTheEndOfEachMonthAreTheDefinitionsForTheManagerAndForASalesUser(DatabaseKind kind) throws Exception {
        try (ReportFixture f = new ReportFixture(kind, home)) {
            SegmentSizes sizes = measure(f);
            List<Person> people = randomAndEdges(f);
            ReportResult year = sizes.compute(new ReportQuery(YEAR, Dimensions.MONTH, Map.of()), ReportProgress.NONE);
            assertEquals(expected(people, LocalDate.parse("2026-07-01"), p -> true), counts(year.total()), "at the end of the year");
            assertEquals(12, year.rows().size());
            Map<String, List<Long>> tiers = new LinkedHashMap<>();
            for (ReportRow row : year.rows()) {
                LocalDate end = YearMonth.parse(row.key()).plusMonths(1).atDay(1);
                assertEquals(expected(people, end, p -> true), counts(row), row.key());
                tiers.put(row.key(), counts(row));
            }
            for (int tier = 0; tier < 3; tier++) {
                int column = tier;
                assertTrue(tiers.values().stream().filter(c -> c.get(column) > 1).count() >= 6, "the random customers meet every tier: " + tiers);
            }

            // a period that ends mid-month: its last month is counted at the end of the period
            ReportResult odd = sizes.compute(new ReportQuery(ODD, Dimensions.MONTH, Map.of()), ReportProgress.NONE);
            assertEquals(List.of("2026-02", "2026-03", "2026-04"), odd.rows().stream().map(ReportRow::key).toList());
            assertEquals(expected(people, LocalDate.parse("2026-04-21"), p -> true), counts(odd.rows().get(2)));
            assertEquals(expected(people, LocalDate.parse("2026-04-21"), p -> true), counts(odd.total()));
            assertEquals(expected(people, LocalDate.parse("2026-03-01"), p -> true), counts(odd.rows().get(0)));

            Predicate<Person> own = p -> ReportFixture.SALES.equals(p.manager());
            f.users.as(ReportFixture.SALES);
            ReportResult sales = sizes.compute(new ReportQuery(YEAR, Dimensions.MONTH, Map.of()), ReportProgress.NONE);
            f.users.as("mo");
            assertEquals(expected(people, LocalDate.parse("2026-07-01"), own), counts(sales.total()), "a sales user counts their own accounts");
            for (ReportRow row : sales.rows()) {
                assertEquals(expected(people, YearMonth.parse(row.key()).plusMonths(1).atDay(1), own), counts(row), "sales " + row.key());
            }

            // before anyone existed, only those without a creation time count, all ordinary
            long undated = people.stream().filter(p -> p.createdAt() == null).count();
            ReportResult early = sizes.compute(ReportQuery.of(ReportPeriod.of(YearMonth.parse("2023-01"))), ReportProgress.NONE);
            assertEquals(List.of(0L, 0L, undated), counts(early.total()));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theEdgesOfTheDefinitionFallWhereItSays(DatabaseKind kind) throws Exception {
        try (ReportFixture f = new ReportFixture(kind, home)) {
            SegmentSizes sizes = measure(f);
            List<Person> edges = SegmentData.edges();
            SegmentData.store(f, edges);
            LocalDate d = LocalDate.parse("2026-04-01");
            Map<String, Tier> expected = new LinkedHashMap<>();
            for (String high : List.of("X-SPEND", "X-REPEAT5", "X-LINES5", "X-W0", "X-NEW-HIGH")) {
                expected.put(high, Tier.HIGH_VALUE);
            }
            for (String potential : List.of("X-3M-LATER", "X-IMPORTED")) {
                expected.put(potential, Tier.POTENTIAL);
            }
            for (String ordinary : List.of("X-RETURN", "X-FIRST-IN", "X-LINES4", "X-3M", "X-W0-BEFORE", "X-NULL", "X-AFTER")) {
                expected.put(ordinary, Tier.ORDINARY);
            }
            expected.put("X-LATE", null);
            // the tests' own classification says what the definition says, edge by edge
            for (Person person : edges) {
                assertEquals(expected.get(person.reference()), SegmentData.tier(person, d), person.reference());
            }
            f.users.as(SegmentData.EDGES);
            ReportResult march = sizes.compute(new ReportQuery(ReportPeriod.of(YearMonth.parse("2026-03")), Dimensions.MONTH, Map.of()), ReportProgress.NONE);
            assertEquals(List.of(5L, 2L, 7L), counts(march.total()));
            assertEquals(List.of(5L, 2L, 7L), counts(march.rows().get(0)));
            // at the end of January the return of February has not happened: 10,500, high-value
            assertEquals(Tier.HIGH_VALUE, SegmentData.tier(edges.get(1), LocalDate.parse("2026-02-01")));
            ReportResult january = sizes.compute(ReportQuery.of(ReportPeriod.of(YearMonth.parse("2026-01"))), ReportProgress.NONE);
            assertEquals(expected(edges, LocalDate.parse("2026-02-01"), p -> true), counts(january.total()));
            f.users.as("mo");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "DERBY_EMBEDDED")
    void onlyTheMonthIsADimensionAndTheDefinitionSaysWhoCounts(DatabaseKind kind) throws Exception {
        try (ReportFixture f = new ReportFixture(kind, home)) {
            SegmentSizes sizes = measure(f);
            assertThrows(ReportException.class, () -> sizes.compute(new ReportQuery(YEAR, Dimensions.CHANNEL, Map.of()), ReportProgress.NONE));
            assertTrue(sizes.definition().contains("created before D"), sizes.definition());
            assertEquals(List.of("high_value", "potential", "ordinary"), sizes.columns().stream().map(c -> c.key()).toList());
            assertEquals("High-value", sizes.columnLabel("high_value"));

            // rapport-ctl report list shows it with its definition; a report by month runs headless
            SegmentData.store(f, SegmentData.edges());
            ReportCommand command = new ReportCommand(new ReportsService(f.users, List.of(sizes)), f.exports, f.users, f.users);
            CliRun list = CliRun.run(command, Map.of("RAPPORT_USER", "mo", "RAPPORT_PASSWORD", TestUsers.PASSWORD), "list", "--format", "csv");
            assertEquals(0, list.code(), list.err());
            assertTrue(list.out().contains("segment-sizes,Segment sizes,month,\"Customers per value tier (preset A)"), list.out());
            CliRun run = CliRun.run(command, Map.of("RAPPORT_USER", SegmentData.EDGES, "RAPPORT_PASSWORD", TestUsers.PASSWORD), "segment-sizes", "--from",
                    "2026-03-01", "--to", "2026-03-31", "--by", "month", "--format", "csv");
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("2026-03,2026-03,5,,2,,7,"), run.out());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aFigureListsTheHighValueCustomersAtTheEndOfItsPeriod(DatabaseKind kind) throws Exception {
        try (ReportFixture f = new ReportFixture(kind, home)) {
            SegmentSizes sizes = measure(f);
            List<Person> people = randomAndEdges(f);
            Map<String, Long> ids = identities(f);
            ReportQuery byMonth = new ReportQuery(YEAR, Dimensions.MONTH, Map.of());
            sameCustomers(highValue(people, LocalDate.parse("2026-07-01"), p -> true, ids), sizes.drillDown(byMonth, null).orElseThrow(), "the year");
            boolean someone = false;
            for (ReportRow row : sizes.compute(byMonth, ReportProgress.NONE).rows()) {
                java.util.TreeSet<Long> expected = highValue(people, YearMonth.parse(row.key()).plusMonths(1).atDay(1), p -> true, ids);
                someone |= !expected.isEmpty();
                sameCustomers(expected, sizes.drillDown(byMonth, row.key()).orElseThrow(), row.key());
            }
            assertTrue(someone, "the data has high-value customers");
            // a period that ends mid-month: its last month at the end of the period
            sameCustomers(highValue(people, LocalDate.parse("2026-04-21"), p -> true, ids),
                    sizes.drillDown(new ReportQuery(ODD, Dimensions.MONTH, Map.of()), "2026-04").orElseThrow(), "mid-April");
            f.users.as(ReportFixture.SALES);
            org.rapport.reports.api.DrillDown own = sizes.drillDown(ReportQuery.of(YEAR), null).orElseThrow();
            f.users.as("mo");
            sameCustomers(highValue(people, LocalDate.parse("2026-07-01"), p -> ReportFixture.SALES.equals(p.manager()), ids), own, "a sales user's own");
        }
    }

    /** Every customer's identity by reference, as the manager reads them. */
    private static Map<String, Long> identities(ReportFixture f) {
        Map<String, Long> ids = new java.util.HashMap<>();
        try (org.rapport.persistence.api.UnitOfWork work = f.store.begin()) {
            for (Object[] row : work.<Object[]>query("SELECT c.reference, c.persistentId FROM Customer c")) {
                ids.put((String) row[0], ((Number) row[1]).longValue());
            }
        }
        return ids;
    }

    private static java.util.TreeSet<Long> highValue(List<Person> people, LocalDate day, Predicate<Person> kept, Map<String, Long> ids) {
        java.util.TreeSet<Long> found = new java.util.TreeSet<>();
        people.stream().filter(kept).filter(p -> SegmentData.tier(p, day) == Tier.HIGH_VALUE).forEach(p -> found.add(ids.get(p.reference())));
        return found;
    }

    private static void sameCustomers(java.util.TreeSet<Long> expected, org.rapport.reports.api.DrillDown drill, String what) {
        assertEquals(org.rapport.reports.api.DrillDown.Kind.CUSTOMERS, drill.kind(), what);
        assertEquals(List.copyOf(expected), drill.ids(), what + ": by identity");
        assertEquals(expected.size(), drill.total(), what + ": total");
    }
}
