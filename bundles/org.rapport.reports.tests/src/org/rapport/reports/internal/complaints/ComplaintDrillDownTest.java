package org.rapport.reports.internal.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.DrillDown;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.complaints.ComplaintsData.Facts;
import org.rapport.reports.internal.measures.MeasureDatabase;

/**
 * The drill-down of every complaints measure, on each database: the complaints listed for the
 * period's total and each row by month, channel and category (with a filter) are exactly those the
 * tests' own computation finds behind the figure, counted in full; a salesperson's are those of
 * their own accounts only.
 */
class ComplaintDrillDownTest {

    private static final ReportPeriod SPRING = new ReportPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-05-31"));

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyFigureListsTheComplaintsThePlainComputationFinds(DatabaseKind kind) throws Exception {
        try (MeasureDatabase db = new MeasureDatabase(kind)) {
            ComplaintsData.generate(db);
            List<Facts> facts = ComplaintsData.facts(db);
            Map<Long, String> references = references(db);
            List<ReportProvider> measures = List.of(new Csat(db.store, db.clock), new FirstResponse(db.store, db.clock), new ResolutionRate(db.store, db.clock),
                    new FirstContactResolution(db.store, db.clock), new SlaCompliance(db.store, db.clock), new RepeatContactRate(db.store, db.clock),
                    new HotSpots(db.store, db.clock));
            db.users.as("mo");
            for (ReportProvider measure : measures) {
                String name = measure.name();
                same(expected(db, SPRING, facts).behind(name), measure.drillDown(ReportQuery.of(SPRING), null).orElseThrow(), references, name + " total");
                ReportQuery byMonth = new ReportQuery(SPRING, Dimensions.MONTH, Map.of());
                for (ReportRow row : measure.compute(byMonth, ReportProgress.NONE).rows()) {
                    same(expected(db, ReportPeriod.of(YearMonth.parse(row.key())), facts).behind(name), measure.drillDown(byMonth, row.key()).orElseThrow(),
                            references, name + " " + row.key());
                }
                rows(db, measure, facts, references, new ReportQuery(SPRING, Dimensions.CHANNEL, Map.of()), f -> true, Facts::channel);
                rows(db, measure, facts, references, new ReportQuery(SPRING, Dimensions.CATEGORY, Map.of(Dimensions.CHANNEL, "hotline")),
                        f -> "hotline".equals(f.channel()), Facts::category);
                List<Facts> own = facts.stream().filter(f -> "sam".equals(f.accountManager())).toList();
                db.as("sam", () -> same(expected(db, SPRING, own).behind(name), measure.drillDown(ReportQuery.of(SPRING), null).orElseThrow(), references,
                        name + " as sam"));
            }
        }
    }

    private static void rows(MeasureDatabase db, ReportProvider measure, List<Facts> facts, Map<Long, String> references, ReportQuery query,
            Predicate<Facts> filter, java.util.function.Function<Facts, String> dimension) {
        List<ReportRow> rows = measure.compute(query, ReportProgress.NONE).rows();
        assertFalse(rows.isEmpty(), measure.name() + " " + query.by());
        for (ReportRow row : rows) {
            String value = row.key().isEmpty() ? null : row.key();
            List<Facts> kept = facts.stream().filter(filter).filter(f -> Objects.equals(value, dimension.apply(f))).toList();
            DrillDown drill = measure.drillDown(query, row.key()).orElseThrow();
            same(expected(db, SPRING, kept).behind(measure.name()), drill, references, measure.name() + " " + query.by() + " " + row.key());
            assertTrue(drill.description().contains(row.label()), drill.description() + " names the row " + row.label());
        }
    }

    private static Expected expected(MeasureDatabase db, ReportPeriod period, List<Facts> facts) {
        Instant start = period.start(MeasureDatabase.SHANGHAI);
        Instant end = period.end(MeasureDatabase.SHANGHAI);
        return new Expected(facts, start, end, db.now.get());
    }

    private static void same(Set<String> expected, DrillDown drill, Map<Long, String> references, String what) {
        assertEquals(DrillDown.Kind.COMPLAINTS, drill.kind(), what);
        List<String> listed = new ArrayList<>();
        drill.ids().forEach(id -> listed.add(references.get(id)));
        assertEquals(expected, new TreeSet<>(listed), what);
        assertEquals(expected.size(), listed.size(), what + ": each once");
        assertEquals(expected.size(), drill.total(), what + ": total");
    }

    /** Every complaint's reference by identity, read as the administrator. */
    private static Map<Long, String> references(MeasureDatabase db) {
        db.users.as("ada");
        Map<Long, String> references = new HashMap<>();
        try (UnitOfWork work = db.store.begin()) {
            for (Object[] row : work.<Object[]>query("SELECT c.persistentId, c.reference FROM Complaint c")) {
                references.put(((Number) row[0]).longValue(), (String) row[1]);
            }
        }
        db.users.as("mo");
        return references;
    }
}
