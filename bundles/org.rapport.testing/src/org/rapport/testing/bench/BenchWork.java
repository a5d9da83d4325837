package org.rapport.testing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a benchmark keeps its databases and files. */
public final class BenchWork {

    private BenchWork() {
    }

    /** The folder {@code rapport.bench.work} names ({@code target/bench-work} when unset), made if missing. */
    public static Path folder() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("rapport.bench.work", "target/bench-work")));
    }
}
