package org.rapport.testing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Locale;

/**
 * A benchmark's report: each line printed and kept, the whole written to the results file on
 * {@link #write()}, so a run that stops early still leaves what it measured. Progress goes to the
 * console only.
 */
public final class BenchReport {

    private final StringBuilder text = new StringBuilder();
    private final Path out;

    public BenchReport(Path out) {
        this.out = out;
    }

    /** The report to the file the bench profile names in {@code rapport.bench.out}. */
    public static BenchReport toResultsFile() {
        return new BenchReport(Path.of(System.getProperty("rapport.bench.out", "target/bench-results.txt")));
    }

    public Path file() {
        return out;
    }

    /** A line of the report, formatted in the root locale. */
    public void line(String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        text.append(line).append('\n');
        System.out.println(line);
    }

    /** The report so far into its file, replacing what an earlier write left. */
    public void write() throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    /** A progress line on the console, with the time of day. */
    public static void progress(String format, Object... arguments) {
        System.out.println("[" + LocalTime.now().withNano(0) + "] " + String.format(Locale.ROOT, format, arguments));
    }
}
