package org.rapport.reports.internal.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rapport.reports.internal.complaints.ComplaintMeasuresTest.assertFigures;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.complaints.NpsData.Facts;
import org.rapport.reports.internal.measures.MeasureDatabase;

/**
 * {@code nps} against the test's own computation of DOMAIN.md's definition (plain Java over the
 * stored follow-ups), on each database: the period and each month, by channel and category, a
 * salesperson's own accounts, a period without answers (no data) and one with answers of 7 and 8
 * only (NPS 0).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NpsMeasureTest {

    private static final ReportPeriod SPRING = new ReportPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"));

    private record Data(MeasureDatabase db, List<Facts> facts, Nps nps) {
    }

    private final Map<DatabaseKind, Data> data = new EnumMap<>(DatabaseKind.class);

    private Data data(DatabaseKind kind) throws Exception {
        if (!data.containsKey(kind)) {
            MeasureDatabase db = new MeasureDatabase(kind);
            NpsData.generate(db);
            data.put(kind, new Data(db, NpsData.facts(db), new Nps(db.store, db.clock)));
            db.users.as("mo");
        }
        return data.get(kind);
    }

    @AfterAll
    void close() throws Exception {
        for (Data each : data.values()) {
            each.db().close();
        }
    }

    /** NPS, promoters' share, detractors' share of the answers whose last follow-up is in the period; NaN for no data. */
    private static List<Double> expected(List<Facts> facts, ReportPeriod period, Predicate<Facts> kept) {
        Instant start = period.start(MeasureDatabase.SHANGHAI);
        Instant end = period.end(MeasureDatabase.SHANGHAI);
        int answers = 0;
        int promoters = 0;
        int detractors = 0;
        for (Facts f : facts) {
            if (!kept.test(f) || f.recommend() == null || f.followUps().isEmpty()) {
                continue;
            }
            Instant last = Collections.max(f.followUps());
            if (!last.isBefore(start) && last.isBefore(end)) {
                answers++;
                promoters += f.recommend() >= 9 ? 1 : 0;
                detractors += f.recommend() <= 6 ? 1 : 0;
            }
        }
        if (answers == 0) {
            return List.of(Double.NaN, Double.NaN, Double.NaN);
        }
        double p = (double) promoters / answers;
        double d = (double) detractors / answers;
        return List.of(100 * p - 100 * d, p, d);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void npsIsPromotersLessDetractorsForThePeriodAndEachMonth(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        ReportResult result = d.nps().compute(new ReportQuery(SPRING, Dimensions.MONTH, Map.of()), ReportProgress.NONE);
        List<Double> total = expected(d.facts(), SPRING, f -> true);
        assertFigures("spring", total, result.total());
        assertTrue(result.total().figures().get(0).base() > 40, "enough answers to mean something: " + result.total());
        assertEquals(SPRING.months().size(), result.rows().size());
        for (ReportRow row : result.rows()) {
            assertFigures(row.key(), expected(d.facts(), ReportPeriod.of(YearMonth.parse(row.key())), f -> true), row);
        }
        // a month filter narrows the period
        ReportResult march = d.nps().compute(new ReportQuery(SPRING, null, Map.of(Dimensions.MONTH, "2026-03")), ReportProgress.NONE);
        assertFigures("March", expected(d.facts(), ReportPeriod.of(YearMonth.parse("2026-03")), f -> true), march.total());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void npsByChannelAndByCategoryAndFiltered(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        breakdown(d, Dimensions.CHANNEL, NpsData.CHANNELS, Facts::channel, f -> true, Map.of());
        breakdown(d, Dimensions.CATEGORY, NpsData.CATEGORIES, Facts::category, f -> true, Map.of());
        breakdown(d, Dimensions.CATEGORY, NpsData.CATEGORIES, Facts::category, f -> "chat".equals(f.channel()), Map.of(Dimensions.CHANNEL, "chat"));
        ReportResult chat = d.nps().compute(new ReportQuery(SPRING, null, Map.of(Dimensions.CHANNEL, "chat")), ReportProgress.NONE);
        assertFigures("chat", expected(d.facts(), SPRING, f -> "chat".equals(f.channel())), chat.total());
    }

    private static void breakdown(Data d, String by, String[] values, Function<Facts, String> key, Predicate<Facts> kept, Map<String, String> filters) {
        ReportResult result = d.nps().compute(new ReportQuery(SPRING, by, filters), ReportProgress.NONE);
        for (String value : values) {
            List<Double> figures = expected(d.facts(), SPRING, kept.and(f -> Objects.equals(key.apply(f), value)));
            ReportRow row = result.rows().stream().filter(r -> r.key().equals(value == null ? "" : value)).findFirst().orElse(null);
            if (row == null) {
                assertTrue(figures.get(0).isNaN(), by + "=" + value + ": no row, so no answers");
            } else {
                assertFigures(by + "=" + value + " " + filters, figures, row);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSalespersonsNpsCountsTheirOwnAccountsOnly(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        List<Double> own = expected(d.facts(), SPRING, f -> "sam".equals(f.accountManager()));
        assertFalse(own.equals(expected(d.facts(), SPRING, f -> true)), "the test data tells the two apart");
        d.db().as("sam", () -> assertFigures("as sam", own, d.nps().compute(ReportQuery.of(SPRING), ReportProgress.NONE).total()));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void noAnswersIsNoDataAndAnswersOfSevenAndEightOnlyAreNpsZero(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        ReportResult june2025 = d.nps().compute(new ReportQuery(ReportPeriod.of(YearMonth.parse("2025-06")), Dimensions.MONTH, Map.of()), ReportProgress.NONE);
        for (ReportRow row : List.of(june2025.total(), june2025.rows().get(0))) {
            for (Figure figure : row.figures()) {
                assertFalse(figure.hasData(), "no data, never 0: " + figure);
                assertEquals(0L, figure.base());
            }
        }
        ReportResult october = d.nps().compute(ReportQuery.of(ReportPeriod.of(YearMonth.parse("2025-10"))), ReportProgress.NONE);
        assertEquals(List.of(0.0, 0.0, 0.0), expected(d.facts(), ReportPeriod.of(YearMonth.parse("2025-10")), f -> true));
        assertEquals(0, october.total().figures().get(0).value().signum(), october.total().toString());
        assertEquals(6L, october.total().figures().get(0).base(), "the passives are the base, the September answer is not");
        ReportResult september = d.nps().compute(ReportQuery.of(ReportPeriod.of(YearMonth.parse("2025-09"))), ReportProgress.NONE);
        assertEquals(100, september.total().figures().get(0).value().intValue());
    }

    /** The complaints whose answer counts in the period: an answer, and the last follow-up in the period. */
    private static java.util.TreeSet<Long> answered(List<Facts> facts, ReportPeriod period, Predicate<Facts> kept) {
        Instant start = period.start(MeasureDatabase.SHANGHAI);
        Instant end = period.end(MeasureDatabase.SHANGHAI);
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>();
        for (Facts f : facts) {
            if (kept.test(f) && f.recommend() != null && !f.followUps().isEmpty()) {
                Instant last = Collections.max(f.followUps());
                if (!last.isBefore(start) && last.isBefore(end)) {
                    ids.add(f.id());
                }
            }
        }
        return ids;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aFigureListsTheComplaintsWhoseAnswersItCounts(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        sameComplaints(answered(d.facts(), SPRING, f -> true), d.nps().drillDown(ReportQuery.of(SPRING), null).orElseThrow(), "spring");
        ReportQuery byMonth = new ReportQuery(SPRING, Dimensions.MONTH, Map.of());
        for (ReportRow row : d.nps().compute(byMonth, ReportProgress.NONE).rows()) {
            sameComplaints(answered(d.facts(), ReportPeriod.of(YearMonth.parse(row.key())), f -> true), d.nps().drillDown(byMonth, row.key()).orElseThrow(),
                    row.key());
        }
        ReportQuery byCategory = new ReportQuery(SPRING, Dimensions.CATEGORY, Map.of(Dimensions.CHANNEL, "chat"));
        for (ReportRow row : d.nps().compute(byCategory, ReportProgress.NONE).rows()) {
            String category = row.key().isEmpty() ? null : row.key();
            sameComplaints(answered(d.facts(), SPRING, f -> "chat".equals(f.channel()) && Objects.equals(category, f.category())),
                    d.nps().drillDown(byCategory, row.key()).orElseThrow(), "chat " + row.key());
        }
        d.db().as("sam", () -> sameComplaints(answered(d.facts(), SPRING, f -> "sam".equals(f.accountManager())),
                d.nps().drillDown(ReportQuery.of(SPRING), null).orElseThrow(), "as sam"));
    }

    private static void sameComplaints(java.util.TreeSet<Long> expected, org.rapport.reports.api.DrillDown drill, String what) {
        assertEquals(org.rapport.reports.api.DrillDown.Kind.COMPLAINTS, drill.kind(), what);
        assertEquals(List.copyOf(expected), drill.ids(), what + ": by identity");
        assertEquals(expected.size(), drill.total(), what + ": total");
        assertTrue(drill.description().startsWith(org.rapport.reports.internal.Messages.drill_complaints_recommend.substring(0, 10)), drill.description());
    }
}
