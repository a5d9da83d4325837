package org.rapport.testing.bench;

import java.util.ArrayList;
import java.util.List;

import org.rapport.persistence.api.DatabaseKind;

/** The kinds of database a benchmark runs on, from {@code rapport.bench.kinds}. */
public final class BenchKinds {

    private BenchKinds() {
    }

    /**
     * The kinds named in {@code rapport.bench.kinds} (comma-separated, embedded Derby when unset);
     * PostgreSQL only where its test database is configured, else the report says it was skipped.
     */
    public static List<DatabaseKind> toRun(BenchReport report) {
        List<DatabaseKind> kinds = new ArrayList<>();
        for (String name : System.getProperty("rapport.bench.kinds", DatabaseKind.DERBY_EMBEDDED.name()).split(",")) {
            DatabaseKind kind = DatabaseKind.valueOf(name.strip());
            String url = System.getenv("RAPPORT_TEST_PG_URL");
            if (kind == DatabaseKind.POSTGRESQL && (url == null || url.isBlank())) {
                report.line("%s: skipped, RAPPORT_TEST_PG_URL is not set (. .ci/postgres.sh && rapport_prepare_postgres)", kind);
            } else {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
