package org.rapport.reports.internal.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.api.DrillDown;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;

/**
 * The drill-down of every customer measure, on each database: for the total and every row of
 * breakdowns by month, channel, region and tag, with filters, the customers listed are exactly
 * those the tests' own computation finds behind the figure, counted in full, as the manager and
 * as a sales user who reads his own accounts only.
 */
class CustomerDrillDownTest {

    @TempDir
    Path home;

    private record Case(LocalDate from, LocalDate to, String by, Map<String, String> filters) {
    }

    private static List<Case> cases() {
        return List.of(new Case(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, Map.of()),
                new Case(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "month", Map.of()),
                new Case(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 3, 9), "month", Map.of("channel", "store")),
                new Case(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30), "channel", Map.of()),
                new Case(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "region", Map.of("tag", "vip")),
                new Case(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30), "tag", Map.of()),
                new Case(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, Map.of("month", "2026-03", "region", "")),
                new Case(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), null, Map.of()));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyFigureListsTheCustomersThePlainComputationFinds(DatabaseKind kind) throws Exception {
        try (ReportFixture fixture = new ReportFixture(kind, home)) {
            List<Generated.Buyer> buyers = Generated.buyers(2026, 60);
            fixture.store(buyers);
            Map<Long, String> references = references(fixture);
            check(fixture, "mo", new PlainFigures(buyers, b -> true), references);
            check(fixture, ReportFixture.SALES, new PlainFigures(buyers, b -> ReportFixture.SALES.equals(b.manager())), references);
        }
    }

    /** At most {@link DrillDown#LIMIT} customers are listed, the first by identity, with how many there are in all. */
    @Test
    void aLongListIsCutWithItsTotal() throws Exception {
        try (ReportFixture fixture = new ReportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            List<Generated.Buyer> buyers = Generated.buyers(7, DrillDown.LIMIT * 3 / 2);
            fixture.store(buyers);
            LocalDate from = LocalDate.of(2025, 10, 1);
            LocalDate to = LocalDate.of(2026, 6, 30);
            Set<String> expected = new PlainFigures(buyers, b -> true).behind("customers", from, to, Map.of());
            assertTrue(expected.size() > DrillDown.LIMIT, "the data makes more buyers than a drill-down carries: " + expected.size());
            DrillDown drill = fixture.reports.drillDown("customers", ReportQuery.of(new ReportPeriod(from, to)), null).orElseThrow();
            assertEquals(expected.size(), drill.total());
            assertEquals(DrillDown.LIMIT, drill.ids().size());
            assertFalse(drill.complete());
            Map<Long, String> references = references(fixture);
            List<Long> first = references.keySet().stream().filter(id -> expected.contains(references.get(id))).sorted().limit(DrillDown.LIMIT).toList();
            assertEquals(first, drill.ids(), "the first by identity");
        }
    }

    /** A row key without a breakdown, or a month outside the period, is refused with what was asked. */
    @Test
    void aRowTheReportDoesNotHaveIsRefused() throws Exception {
        try (ReportFixture fixture = new ReportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            ReportPeriod march = new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
            ReportException noBreakdown = assertThrows(ReportException.class, () -> fixture.reports.drillDown("customers", ReportQuery.of(march), "store"));
            assertTrue(noBreakdown.getMessage().contains("store"), noBreakdown.getMessage());
            ReportException outside = assertThrows(ReportException.class,
                    () -> fixture.reports.drillDown("customers", new ReportQuery(march, "month", Map.of()), "2026-05"));
            assertTrue(outside.getMessage().contains("2026-05"), outside.getMessage());
        }
    }

    private static void check(ReportFixture fixture, String login, PlainFigures plain, Map<Long, String> references) {
        fixture.users.as(login);
        for (String measure : fixture.byName().keySet()) {
            for (Case c : cases()) {
                String what = login + " " + measure + " " + c;
                ReportQuery query = new ReportQuery(new ReportPeriod(c.from(), c.to()), c.by(), c.filters());
                PlainFigures.Asked asked = PlainFigures.Asked.of(c.from(), c.to(), c.filters());
                Map<String, String> slice = asked.slice();
                LocalDate from = asked.from();
                LocalDate to = asked.to();
                same(plain.behind(measure, from, to, slice), fixture.reports.drillDown(measure, query, null).orElseThrow(), references, what + " total");
                if (c.by() == null) {
                    continue;
                }
                ReportResult result = fixture.reports.run(measure, query, ReportProgress.NONE);
                assertFalse(result.rows().isEmpty(), what + ": rows to drill into");
                for (ReportRow row : result.rows()) {
                    LocalDate rowFrom = from;
                    LocalDate rowTo = to;
                    Map<String, String> rowSlice = new HashMap<>(slice);
                    if (c.by().equals("month")) {
                        LocalDate first = LocalDate.parse(row.key() + "-01");
                        rowFrom = first.isBefore(from) ? from : first;
                        LocalDate last = first.plusMonths(1).minusDays(1);
                        rowTo = last.isAfter(to) ? to : last;
                    } else {
                        rowSlice.put(c.by(), row.key());
                    }
                    same(plain.behind(measure, rowFrom, rowTo, rowSlice), fixture.reports.drillDown(measure, query, row.key()).orElseThrow(), references,
                            what + " row " + row.key());
                }
            }
        }
        fixture.users.as("mo");
    }

    private static void same(Set<String> expected, DrillDown drill, Map<Long, String> references, String what) {
        assertEquals(DrillDown.Kind.CUSTOMERS, drill.kind(), what);
        List<String> listed = new ArrayList<>();
        drill.ids().forEach(id -> listed.add(references.get(id)));
        assertEquals(expected, new TreeSet<>(listed), what);
        assertEquals(expected.size(), listed.size(), what + ": each once");
        assertEquals(expected.size(), drill.total(), what + ": total");
        assertTrue(drill.description() != null && !drill.description().isBlank(), what + ": says what they are");
    }

    /** Every customer's reference by identity, read as the manager. */
    private static Map<Long, String> references(ReportFixture fixture) {
        fixture.users.as("mo");
        Map<Long, String> references = new HashMap<>();
        try (UnitOfWork work = fixture.store.begin()) {
            for (Object[] row : work.<Object[]>query("SELECT c.persistentId, c.reference FROM Customer c")) {
                references.put(((Number) row[0]).longValue(), (String) row[1]);
            }
        }
        return references;
    }
}
