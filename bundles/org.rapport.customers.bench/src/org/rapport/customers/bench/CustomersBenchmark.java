package org.rapport.customers.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.testing.bench.BenchKinds;
import org.rapport.testing.bench.BenchReport;
import org.rapport.testing.bench.BenchWork;
import org.rapport.testing.bench.Stopwatch;

/**
 * The customers benchmark: the CSV import ({@link ImportBench}), the list's name-prefix search,
 * the e-mail search and the list's pages at the start, middle and end ({@link SearchBench}), each
 * against a raw-JDBC baseline on the same kind of database in the same run. It prints a table (and
 * writes it to {@code target/bench-results.txt}); it never fails on a slow figure, only when the
 * two sides do not store or find the same.
 * <p>
 * Run with {@code ./mvnw -B -o verify -Pbench -pl ...} (docs/performance.md, "Customers"); the
 * sizes come from system properties set in this bundle's pom ({@link Sizes}).
 */
class CustomersBenchmark {

    private final BenchReport report = BenchReport.toResultsFile();

    @Test
    void run() throws Exception {
        Path work = BenchWork.folder();
        report.line("Rapport customers benchmark: services against raw JDBC, run %s", ZonedDateTime.now().withNano(0));
        report.line("JDK %s (%s), %d processors, max heap %d MB, load average %.1f", System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, Stopwatch.loadAverage());
        report.line("");
        for (DatabaseKind kind : BenchKinds.toRun(report)) {
            Stopwatch watch = Stopwatch.start();
            benchmark(kind, work.resolve(kind.name().toLowerCase(Locale.ROOT)));
            report.line("(%s took %.0f s)", kind, watch.stop().wallMs() / 1000);
            report.line("");
        }
    }

    /**
     * The parts named in {@code rapport.bench.parts}: "small" (imports at the audited size), "full"
     * (the full-size import, the searches on the baseline's customers before its purchases),
     * "search" (the searches alone), "import-customers" (the full-size customers import alone).
     */
    private void benchmark(DatabaseKind kind, Path work) throws Exception {
        Files.createDirectories(work);
        List<String> parts = List.of(System.getProperty("rapport.bench.parts", "small,full").split(","));
        CsvData data = new CsvData(Sizes.SEED);
        SearchBench searches = new SearchBench(report, data);
        ImportBench imports = new ImportBench(report, data, searches);
        if (parts.contains("small")) {
            imports.small(kind, work);
        }
        if (parts.contains("full")) {
            imports.full(kind, work);
        }
        if (parts.contains("search")) {
            searches.onBaselineCustomers(kind, work);
        }
        if (parts.contains("import-customers")) {
            imports.customersAlone(kind, work);
        }
    }
}
