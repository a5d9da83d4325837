package org.rapport.reports.internal.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.customers.PlainFigures.Fig;

/**
 * Every customer measure, run through the reports service on each database, against the tests'
 * own computation in plain Java over the same generated records: whole months, a quarter, odd
 * day counts, a period with nothing in it, one whose previous period had no buyers, breakdowns by
 * month, channel, region and tag, filters; as the manager (every customer) and as a sales user
 * who reads his own accounts only.
 */
class CustomerMeasuresTest {

    @TempDir
    Path home;

    /** One question to every measure. */
    private record Case(LocalDate from, LocalDate to, String by, Map<String, String> filters) {
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        LocalDate march = LocalDate.of(2026, 3, 1);
        cases.add(new Case(march, LocalDate.of(2026, 3, 31), null, Map.of()));
        cases.add(new Case(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), null, Map.of()));
        // a quarter by month, and odd days that cut two months
        cases.add(new Case(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "month", Map.of()));
        cases.add(new Case(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 3, 9), "month", Map.of()));
        cases.add(new Case(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30), "channel", Map.of()));
        cases.add(new Case(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30), "region", Map.of()));
        cases.add(new Case(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30), "tag", Map.of()));
        cases.add(new Case(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "channel", Map.of("region", "East")));
        cases.add(new Case(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "region", Map.of("channel", "store", "tag", "vip")));
        cases.add(new Case(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, Map.of("month", "2026-03", "region", "")));
        // twelve months by month, as the Management dashboard asks for the year: each month and the month before it in one grouped pass
        cases.add(new Case(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30), "month", Map.of()));
        cases.add(new Case(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30), "month", Map.of("region", "East", "channel", "web-shop")));
        // nothing in the period; nobody bought in the period before (September 2025)
        cases.add(new Case(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), "channel", Map.of()));
        cases.add(new Case(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31), "region", Map.of()));
        return cases;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyMeasureIsWhatThePlainComputationSays(DatabaseKind kind) throws Exception {
        try (ReportFixture fixture = new ReportFixture(kind, home)) {
            List<Generated.Buyer> buyers = Generated.buyers(2026, 60);
            fixture.store(buyers);
            check(fixture, "mo", new PlainFigures(buyers, b -> true));
            check(fixture, ReportFixture.SALES, new PlainFigures(buyers, b -> ReportFixture.SALES.equals(b.manager())));
        }
    }

    /**
     * Rows by channel carry the channels' labels, given by the reports service as for every
     * measure (the customer measures labelled their own rows before), in label order; records
     * without a channel are one row, "no channel".
     */
    @org.junit.jupiter.api.Test
    void rowsByChannelCarryTheChannelsLabelsInLabelOrder() throws Exception {
        try (ReportFixture fixture = new ReportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.store(Generated.buyers(2026, 60));
            for (String measure : fixture.byName().keySet()) {
                ReportResult result = fixture.reports.run(measure,
                        new ReportQuery(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30)), "channel", Map.of()), ReportProgress.NONE);
                List<String> labels = new ArrayList<>();
                for (ReportRow row : result.rows()) {
                    String expected = row.key().isEmpty() ? org.rapport.reports.internal.Messages.no_channel : fixture.channels.label(row.key());
                    assertEquals(expected, row.label(), measure + " " + row.key());
                    labels.add(row.label());
                }
                assertTrue(labels.contains(fixture.channels.label("web-shop")) && !labels.contains("web-shop"), measure + ": " + labels);
                List<String> sorted = new ArrayList<>(labels);
                sorted.sort(java.text.Collator.getInstance(java.util.Locale.getDefault()));
                assertEquals(sorted, labels, measure + ": rows in label order");
            }
        }
    }

    private static void check(ReportFixture fixture, String login, PlainFigures plain) {
        fixture.users.as(login);
        for (String measure : fixture.byName().keySet()) {
            for (Case c : cases()) {
                String what = login + " " + measure + " " + c;
                ReportResult result = fixture.reports.run(measure, new ReportQuery(new ReportPeriod(c.from(), c.to()), c.by(), c.filters()), ReportProgress.NONE);
                PlainFigures.Asked asked = PlainFigures.Asked.of(c.from(), c.to(), c.filters());
                Map<String, String> slice = asked.slice();
                LocalDate from = asked.from();
                LocalDate to = asked.to();
                same(plain.figure(measure, from, to, slice), result.total().figures().get(0), what + " total");
                if (c.by() == null) {
                    assertTrue(result.rows().isEmpty(), what);
                    continue;
                }
                Map<String, Fig> expected = plain.rows(measure, from, to, c.by(), slice);
                Map<String, Figure> actual = new LinkedHashMap<>();
                for (ReportRow row : result.rows()) {
                    actual.put(row.key(), row.figures().get(0));
                }
                if (c.by().equals("month")) {
                    assertEquals(PlainFigures.keys(expected), new ArrayList<>(actual.keySet()), what + ": months in time order");
                } else {
                    assertEquals(new java.util.TreeSet<>(expected.keySet()), new java.util.TreeSet<>(actual.keySet()), what + ": the values of " + c.by());
                }
                expected.forEach((key, fig) -> same(fig, actual.get(key), what + " row " + key));
            }
        }
    }

    static void same(Fig expected, Figure actual, String what) {
        if (expected.value() == null) {
            assertEquals(null, actual.value(), what + ": no data");
        } else {
            assertTrue(actual.value() != null && expected.value().compareTo(actual.value()) == 0, what + ": expected " + expected + ", got " + actual);
        }
        assertEquals(expected.base(), actual.base(), what + ": base");
    }
}
