package org.rapport.reports.internal.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.customers.internal.ChannelsService;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportCancelledException;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.ReportsService;
import org.rapport.reports.internal.complaints.ComplaintsData.Facts;
import org.rapport.reports.internal.measures.MeasureDatabase;

/**
 * Every complaints measure against the tests' own computation of its definition (plain Java over
 * the stored complaints' facts), on each database: the period's total, by month, channel and
 * category, with filters, in periods without complaints, as a salesperson who reads their own
 * accounts only, and refused to a user who may not read complaints. One generated data set per
 * database serves every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintMeasuresTest {

    private static final double TOLERANCE = 1e-5;
    private static final ReportPeriod SPRING = new ReportPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-05-31"));
    /** The month the report runs in (the clock's now is 20 June): clocks not yet due do not count. */
    private static final ReportPeriod JUNE = ReportPeriod.of(YearMonth.parse("2026-06"));
    private static final ReportPeriod ODD = new ReportPeriod(LocalDate.parse("2026-02-10"), LocalDate.parse("2026-04-20"));

    private record Data(MeasureDatabase db, List<Facts> facts, List<ReportProvider> measures) {
    }

    private final Map<DatabaseKind, Data> data = new EnumMap<>(DatabaseKind.class);

    private Data data(DatabaseKind kind) throws Exception {
        if (!data.containsKey(kind)) {
            MeasureDatabase db = new MeasureDatabase(kind);
            ComplaintsData.generate(db);
            List<ReportProvider> measures = List.of(new Csat(db.store, db.clock), new FirstResponse(db.store, db.clock), new ResolutionRate(db.store, db.clock),
                    new FirstContactResolution(db.store, db.clock), new SlaCompliance(db.store, db.clock), new RepeatContactRate(db.store, db.clock),
                    new HotSpots(db.store, db.clock));
            data.put(kind, new Data(db, ComplaintsData.facts(db), measures));
        }
        return data.get(kind);
    }

    @AfterAll
    void close() throws Exception {
        for (Data each : data.values()) {
            each.db().close();
        }
    }

    /** The expected figures of a measure, for the facts kept and all facts of the query (hot spots' share is of those). */
    private static final Map<String, BiFunction<Expected, Expected, List<Double>>> EXPECTED = new LinkedHashMap<>();
    static {
        EXPECTED.put("csat", (e, all) -> e.csat());
        EXPECTED.put("first-response", (e, all) -> e.firstResponse());
        EXPECTED.put("resolution-rate", (e, all) -> e.resolutionRate());
        EXPECTED.put("first-contact-resolution", (e, all) -> e.firstContactResolution());
        EXPECTED.put("sla-compliance", (e, all) -> e.slaCompliance());
        EXPECTED.put("repeat-contact-rate", (e, all) -> e.repeatContactRate());
        EXPECTED.put("hot-spots", (e, all) -> e.hotSpots(all));
    }

    private static Expected expected(Data d, ReportPeriod period, List<Facts> facts) {
        return new Expected(facts, period.start(MeasureDatabase.SHANGHAI), period.end(MeasureDatabase.SHANGHAI), d.db().now.get());
    }

    private static Expected expected(Data d, Instant start, Instant end, List<Facts> facts) {
        return new Expected(facts, start, end, d.db().now.get());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyMeasureIsItsDefinitionForThePeriodAndEachMonth(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        d.db().users.as("mo");
        eachMeasure(d.measures(), measure -> {
            BiFunction<Expected, Expected, List<Double>> expected = EXPECTED.get(measure.name());
            ReportResult result = measure.compute(new ReportQuery(SPRING, Dimensions.MONTH, Map.of()), ReportProgress.NONE);
            Expected all = expected(d, SPRING, d.facts());
            assertFigures(measure.name() + " " + SPRING, expected.apply(all, all), result.total());
            assertEquals(SPRING.months().stream().map(YearMonth::toString).toList(), result.rows().stream().map(ReportRow::key).toList());
            for (ReportRow row : result.rows()) {
                YearMonth month = YearMonth.parse(row.key());
                Expected inMonth = expected(d, ReportPeriod.of(month), d.facts());
                assertFigures(measure.name() + " " + month, expected.apply(inMonth, all), row);
            }
            assertEquals(measure.columns().size(), result.columns().size());
            Expected june = expected(d, JUNE, d.facts());
            assertFigures(measure.name() + " " + JUNE, expected.apply(june, june), measure.compute(ReportQuery.of(JUNE), ReportProgress.NONE).total());
        });
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyMeasureIsItsDefinitionByChannelAndByCategoryWithFilters(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        d.db().users.as("mo");
        eachMeasure(d.measures(), measure -> {
            BiFunction<Expected, Expected, List<Double>> expected = EXPECTED.get(measure.name());
            Expected all = expected(d, ODD, d.facts());
            breakdown(measure, expected, new ReportQuery(ODD, Dimensions.CHANNEL, Map.of()), all, ComplaintsData.CHANNELS, Facts::channel, Map.of());
            breakdown(measure, expected, new ReportQuery(ODD, Dimensions.CATEGORY, Map.of()), all, ComplaintsData.CATEGORIES, Facts::category, ComplaintsData.CATEGORY_NAMES);

            // a filter keeps one channel's complaints, also in the total; a filter by an empty value keeps those without a category
            Expected chat = all.only(f -> "chat".equals(f.channel()));
            ReportResult filtered = measure.compute(new ReportQuery(ODD, Dimensions.CATEGORY, Map.of(Dimensions.CHANNEL, "chat")), ReportProgress.NONE);
            assertFigures(measure.name() + " chat", expected.apply(chat, chat), filtered.total());
            breakdown(measure, expected, new ReportQuery(ODD, Dimensions.CATEGORY, Map.of(Dimensions.CHANNEL, "chat")), chat, ComplaintsData.CATEGORIES,
                    Facts::category, ComplaintsData.CATEGORY_NAMES);
            Expected uncategorised = all.only(f -> f.category() == null);
            ReportResult none = measure.compute(new ReportQuery(ODD, null, Map.of(Dimensions.CATEGORY, "")), ReportProgress.NONE);
            assertFigures(measure.name() + " no category", expected.apply(uncategorised, uncategorised), none.total());
            assertTrue(none.rows().isEmpty());

            // a month filter narrows the period to that month
            ReportResult march = measure.compute(new ReportQuery(SPRING, null, Map.of(Dimensions.MONTH, "2026-03")), ReportProgress.NONE);
            Expected inMarch = expected(d, ReportPeriod.of(YearMonth.parse("2026-03")), d.facts());
            assertFigures(measure.name() + " March", expected.apply(inMarch, inMarch), march.total());
        });
    }

    private static void breakdown(ReportProvider measure, BiFunction<Expected, Expected, List<Double>> expected, ReportQuery query, Expected all, String[] values,
            Function<Facts, String> key, Map<String, String> labels) {
        ReportResult result = measure.compute(query, ReportProgress.NONE);
        Map<String, ReportRow> rows = result.rows().stream().collect(Collectors.toMap(ReportRow::key, r -> r));
        List<Double> nothing = expected.apply(all.only(f -> false), all);
        for (String value : values) {
            Predicate<Facts> ofValue = f -> Objects.equals(key.apply(f), value);
            List<Double> figures = expected.apply(all.only(ofValue), all);
            String what = measure.name() + " " + query.by() + "=" + value + " " + query.filters();
            ReportRow row = rows.remove(value == null ? "" : value);
            if (row == null) {
                assertEquals(nothing, figures, what + ": no row, so nothing to count");
                continue;
            }
            assertFigures(what, figures, row);
            assertEquals(value == null ? "(none)" : labels.getOrDefault(value, value), row.label(), what);
        }
        assertTrue(rows.isEmpty(), "rows of values that are none: " + rows.keySet());
        List<String> shown = result.rows().stream().map(ReportRow::label).toList();
        assertEquals(shown.stream().sorted(java.text.Collator.getInstance()).toList(), shown, "rows by label");
    }

    /**
     * Complaints keep the channel's code; the reports service shows a breakdown by channel with the channels' labels,
     * as the customer measures show theirs ("Hotline", not "hotline"), a code no channel has as it is, in label order.
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void byChannelTheServiceShowsTheChannelsLabels(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        d.db().users.as("mo");
        ChannelsService channels = new ChannelsService(d.db().store, d.db().users, d.db().clock);
        ReportsService reports = new ReportsService(d.db().users, d.measures(), channels);
        ReportQuery byChannel = new ReportQuery(ODD, Dimensions.CHANNEL, Map.of());
        for (ReportProvider measure : d.measures()) {
            ReportResult own = measure.compute(byChannel, ReportProgress.NONE);
            ReportResult shown = reports.run(measure.name(), byChannel, ReportProgress.NONE);
            assertEquals(own.rows().size(), shown.rows().size(), measure.name());
            for (ReportRow row : shown.rows()) {
                String expected = row.key().isEmpty() ? "(none)" : "hotline".equals(row.key()) ? "Hotline" : row.key();
                assertEquals(expected, row.label(), measure.name() + " " + row.key());
                ReportRow before = own.rows().stream().filter(r -> r.key().equals(row.key())).findFirst().orElseThrow();
                assertEquals(before.figures(), row.figures(), measure.name() + " " + row.key());
            }
            List<String> labels = shown.rows().stream().map(ReportRow::label).toList();
            assertEquals(labels.stream().sorted(java.text.Collator.getInstance()).toList(), labels, measure.name() + ": rows by label");
        }
    }

    /** A category filter names the category as people do: its code, its English or Chinese name, in any case; a name no category has is refused. */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCategoryFilterTakesTheCategorysNameInEitherLanguageAndRefusesANameNoneHas(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        d.db().users.as("mo");
        ReportsService reports = new ReportsService(d.db().users, d.measures(), null,
                List.of(new CategoryValues(new org.rapport.complaints.internal.CategoryService(d.db().store))));
        for (ReportProvider measure : d.measures()) {
            ReportResult byCode = reports.run(measure.name(), new ReportQuery(ODD, null, Map.of(Dimensions.CATEGORY, "delivery.late")), ReportProgress.NONE);
            for (String name : List.of("Late delivery", "late DELIVERY ", "延迟送达", "Delivery.Late")) {
                ReportResult byName = reports.run(measure.name(), new ReportQuery(ODD, null, Map.of(Dimensions.CATEGORY, name)), ReportProgress.NONE);
                assertEquals(byCode.total().figures(), byName.total().figures(), measure.name() + " " + name);
                assertEquals("delivery.late", byName.query().filters().get(Dimensions.CATEGORY), "the result says which category it counted");
            }
            ReportResult none = reports.run(measure.name(), new ReportQuery(ODD, null, Map.of(Dimensions.CATEGORY, "")), ReportProgress.NONE);
            assertEquals(measure.compute(new ReportQuery(ODD, null, Map.of(Dimensions.CATEGORY, "")), ReportProgress.NONE).total().figures(),
                    none.total().figures(), measure.name() + ": an empty value is the complaints without a category");
            ReportException unknown = assertThrows(ReportException.class,
                    () -> reports.run(measure.name(), new ReportQuery(ODD, null, Map.of(Dimensions.CATEGORY, "Late deliveries")), ReportProgress.NONE));
            assertTrue(unknown.getMessage().startsWith("No category is called Late deliveries; there are: "), unknown.getMessage());
            assertTrue(unknown.getMessage().contains("delivery.late (Late delivery)"), unknown.getMessage());
        }
    }

    /** A Chinese reader's rows by category carry the categories' Chinese names, the English one where there is none, as the queue shows them. */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aChineseReaderSeesTheCategoriesChineseNames(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        d.db().users.as("mo");
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            Map<String, String> labels = new java.util.HashMap<>(ComplaintsData.CATEGORY_NAMES);
            labels.putAll(ComplaintsData.CATEGORY_NAMES_ZH);
            eachMeasure(d.measures(), measure -> breakdown(measure, EXPECTED.get(measure.name()), new ReportQuery(ODD, Dimensions.CATEGORY, Map.of()),
                    expected(d, ODD, d.facts()), ComplaintsData.CATEGORIES, Facts::category, labels));
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void periodsWithoutComplaintsHaveNoDataNeverZeroForRates(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        d.db().users.as("mo");
        for (ReportPeriod empty : List.of(ReportPeriod.of(YearMonth.parse("2025-06")), new ReportPeriod(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-31")))) {
            for (ReportProvider measure : d.measures()) {
                ReportResult result = measure.compute(new ReportQuery(empty, Dimensions.MONTH, Map.of()), ReportProgress.NONE);
                for (ReportRow row : withTotal(result)) {
                    for (int i = 0; i < measure.columns().size(); i++) {
                        FigureColumn column = measure.columns().get(i);
                        Figure figure = row.figures().get(i);
                        if (column.unit() == FigureColumn.Unit.COUNT) {
                            assertEquals(0, figure.value().signum(), measure.name() + " " + column.key());
                        } else {
                            assertFalse(figure.hasData(), measure.name() + " " + column.key() + " " + empty);
                            assertEquals(0L, figure.base());
                        }
                    }
                }
                ReportResult byChannel = measure.compute(new ReportQuery(empty, Dimensions.CHANNEL, Map.of()), ReportProgress.NONE);
                assertTrue(byChannel.rows().isEmpty());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSalespersonsMeasuresCountTheComplaintsOfTheirOwnAccountsOnly(DatabaseKind kind) throws Exception {
        Data d = data(kind);
        Expected own = expected(d, SPRING, d.facts()).only(f -> "sam".equals(f.accountManager()));
        d.db().as("sam", () -> eachMeasure(d.measures(), measure -> {
            ReportResult result = measure.compute(ReportQuery.of(SPRING), ReportProgress.NONE);
            assertFigures(measure.name() + " as sam", EXPECTED.get(measure.name()).apply(own, own), result.total());
        }));
    }

    @Test
    void aUserWhoMayNotReadComplaintsIsRefusedAndTheMeasuresSayWhatTheyRead() throws Exception {
        Data d = data(DatabaseKind.DERBY_EMBEDDED);
        for (ReportProvider measure : d.measures()) {
            d.db().as("tess", () -> {
                ReportException refused = assertThrows(ReportException.class, () -> measure.compute(ReportQuery.of(SPRING), ReportProgress.NONE));
                assertTrue(refused.getMessage().startsWith(measure.title() + " cannot be computed: "), refused.getMessage());
            });
            Set<EClass> read = measure.reads().stream().map(EStructuralFeature::getEContainingClass).collect(Collectors.toSet());
            assertTrue(read.contains(ComplaintsPackage.Literals.COMPLAINT), measure.name());
            assertTrue(Set.of(ComplaintsPackage.Literals.COMPLAINT, ComplaintsPackage.Literals.COMPLAINT_EVENT).containsAll(read), measure.name());
        }
    }

    @Test
    void anUnknownDimensionIsRefusedAndALongReportReportsItsStepsAndStopsWhenAsked() throws Exception {
        Data d = data(DatabaseKind.DERBY_EMBEDDED);
        d.db().users.as("mo");
        ReportProvider sla = d.measures().get(4);
        assertEquals("sla-compliance", sla.name());
        ReportException unknown = assertThrows(ReportException.class, () -> sla.compute(new ReportQuery(SPRING, Dimensions.REGION, Map.of()), ReportProgress.NONE));
        assertEquals("The measure sla-compliance has no dimension \"region\"; it has: month, channel, category.", unknown.getMessage());
        assertThrows(ReportException.class, () -> sla.compute(new ReportQuery(SPRING, null, Map.of(Dimensions.TAG, "vip")), ReportProgress.NONE));
        assertEquals("\"March\" is not a month: write a month as 2026-03.",
                assertThrows(ReportException.class, () -> sla.compute(new ReportQuery(SPRING, null, Map.of(Dimensions.MONTH, "March")), ReportProgress.NONE))
                        .getMessage());

        ReportResult march = sla.compute(new ReportQuery(SPRING, Dimensions.MONTH, Map.of(Dimensions.MONTH, "2026-03")), ReportProgress.NONE);
        assertEquals(List.of("2026-03"), march.rows().stream().map(ReportRow::key).toList());

        List<String> steps = new ArrayList<>();
        sla.compute(new ReportQuery(SPRING, Dimensions.MONTH, Map.of()), new ReportProgress() {
            @Override
            public void worked(int done, int total) {
                steps.add(done + "/" + total);
            }
        });
        // three clocks, for the period and each of its five months
        assertEquals(18, steps.size());
        assertEquals("18/18", steps.get(17));
        AtomicInteger asked = new AtomicInteger();
        assertThrows(ReportCancelledException.class, () -> sla.compute(new ReportQuery(SPRING, Dimensions.MONTH, Map.of()), new ReportProgress() {
            @Override
            public boolean isCancelled() {
                return asked.incrementAndGet() > 2;
            }
        }));
        assertEquals(3, asked.get());
    }

    /** Checks every measure, then fails with every measure's failure, so one run shows which measures are wrong. */
    private static void eachMeasure(List<ReportProvider> measures, java.util.function.Consumer<ReportProvider> check) {
        List<String> failures = new ArrayList<>();
        for (ReportProvider measure : measures) {
            try {
                check.accept(measure);
            } catch (AssertionError failure) {
                failures.add(failure.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), String.join(System.lineSeparator(), failures));
    }

    private static List<ReportRow> withTotal(ReportResult result) {
        List<ReportRow> rows = new ArrayList<>(result.rows());
        rows.add(result.total());
        return rows;
    }

    /** Each figure as expected, NaN for no data; shared with the tests of the measures beside these. */
    static void assertFigures(String what, List<Double> expected, ReportRow row) {
        assertEquals(expected.size(), row.figures().size(), what);
        for (int i = 0; i < expected.size(); i++) {
            Figure figure = row.figures().get(i);
            if (expected.get(i).isNaN()) {
                assertFalse(figure.hasData(), what + " column " + i + ": " + figure);
                assertNull(figure.value());
            } else {
                assertTrue(figure.hasData(), what + " column " + i + ": expected " + expected.get(i));
                assertEquals(expected.get(i), figure.value().doubleValue(), TOLERANCE, what + " column " + i);
            }
        }
    }
}
