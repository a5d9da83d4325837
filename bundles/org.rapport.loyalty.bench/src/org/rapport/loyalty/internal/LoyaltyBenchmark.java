package org.rapport.loyalty.internal;

import static org.rapport.loyalty.internal.LoyaltyRows.QUARTER;
import static org.rapport.testing.bench.Stopwatch.loadAverage;
import static org.rapport.testing.bench.Stopwatch.seconds;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.loyalty.internal.Reevaluations.Run;
import org.rapport.loyalty.internal.Side.TiersAfter;
import org.rapport.testing.bench.BenchReport;
import org.rapport.testing.bench.BenchWork;

/**
 * The loyalty benchmark of issue 16 on embedded Derby, at the size by default: two
 * databases, one per side, each bulk-filled with the same members, purchases, ledger and tiers
 * ({@link LoyaltyRows}), each figure against a baseline in the same run:
 * <ol>
 * <li>the quarterly tier re-evaluation of every member against plain SQL, in rounds (each from the
 * same starting tiers, the sides in turn first), checked equal in the databases after each;</li>
 * <li>the accrual path over the newest stored purchases not yet earned (the slice) against plain
 * SQL writing the same ledger rows, memberships and upgrades;</li>
 * <li>the purchases import with points (the CSV import whose commits earn) of a further file
 * against raw JDBC inserting the purchases and, in plain SQL, their points.</li>
 * </ol>
 * It prints a table (and writes it to {@code rapport.bench.out}); it never fails on a slow figure,
 * only when the sides do not write the same points or the same tiers.
 */
class LoyaltyBenchmark {

    private static final int MEMBERS = Integer.getInteger("rapport.bench.members", 1_000_000);
    private static final int PURCHASES = Integer.getInteger("rapport.bench.purchases", 5_000_000);
    /** The newest stored purchases not yet earned, which both accrual sides earn. */
    private static final int ACCRUED = Integer.getInteger("rapport.bench.accrued", 200_000);
    /** The purchases of the import with points. */
    private static final int IMPORTED = Integer.getInteger("rapport.bench.imported", 20_000);
    private static final int ROUNDS = Integer.getInteger("rapport.bench.rounds", 2);
    /**
     * One database for both sides, each side's writes taken back before the other runs (the fill
     * then takes half the time; the side that runs second finds the database's pages warmer).
     */
    private static final boolean SHARED = Boolean.getBoolean("rapport.bench.shared");

    private final BenchReport report = BenchReport.toResultsFile();

    @Test
    void run() throws Exception {
        report.line("Rapport loyalty benchmark: services against plain SQL and raw JDBC, embedded Derby, run %s", ZonedDateTime.now().withNano(0));
        report.line("JDK %s, %d processors, max heap %d MB, load average %.1f; %,d members, %,d purchases of which the newest %,d not yet earned, "
                + "%,d purchases imported", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                loadAverage(), MEMBERS, PURCHASES, ACCRUED, IMPORTED);
        Path work = BenchWork.folder();
        LoyaltyRows[] written = new LoyaltyRows[1];
        double writing = seconds(() -> written[0] = LoyaltyRows.of(MEMBERS, PURCHASES, ACCRUED, IMPORTED));
        LoyaltyRows rows = written[0];
        report.line("rows written in %.0f s; starting tiers (the run of %s): %,d members above Silver (load %.1f)", writing, LoyaltyRows.OCTOBER,
                rows.startingAboveSilver, loadAverage());
        report.write();
        try (Side service = new Side(work.resolve("services"), rows); Side sql = SHARED ? service : new Side(work.resolve("baseline"), rows)) {
            report.line("bulk import: service side %.0f s, baseline %s (load %.1f)%s", service.filled, SHARED ? "the same database" : String.format("%.0f s", sql.filled),
                    loadAverage(), LoyaltyRows.LEDGER ? "" : "; the ledger's earlier entries left out");
            report.write();
            List<String> table = new ArrayList<>();
            reevaluations(service, sql, table);
            accruals(service, sql, rows, table);
            report.line("");
            report.line("| figure | service | baseline | ratio | aim |");
            report.line("|---|---|---|---|---|");
            table.forEach(report::line);
            report.write();
        }
    }

    private void reevaluations(Side service, Side sql, List<String> table) throws Exception {
        Reevaluations baseline = new Reevaluations();
        for (int round = 1; round <= ROUNDS; round++) {
            Run[] runs = new Run[2];
            double[] times = new double[2];
            // the sides in turn first, each from the same starting tiers
            TiersAfter[] after = new TiersAfter[2];
            for (int turn = 0; turn < 2; turn++) {
                int side = (round + turn) % 2 == 1 ? 0 : 1;
                if (side == 0) {
                    times[0] = seconds(() -> runs[0] = Reevaluations.service(service));
                } else {
                    times[1] = seconds(() -> runs[1] = baseline.plainSql(sql));
                }
                report.line("round %d, %s re-evaluation: %.1f s, %s (load %.1f)", round, side == 0 ? "service" : "plain-SQL", times[side], runs[side], loadAverage());
                report.write();
                Side done = side == 0 ? service : sql;
                after[side] = done.tiersAfter(QUARTER);
                // the next run (this round's other side in a shared database, or the next round) starts from the same tiers
                done.undoRun(QUARTER);
            }
            TiersAfter serviceTiers = after[0];
            TiersAfter sqlTiers = after[1];
            report.line("round %d, counted in the databases afterwards: service %s; plain SQL %s", round, serviceTiers, sqlTiers);
            // like for like: the same tiers after, as many changes written, each side's own count matching what its database holds
            if (!serviceTiers.equals(sqlTiers) || !runs[0].equals(runs[1]) || serviceTiers.changes() != runs[0].up() + runs[0].down()) {
                throw new AssertionError("the re-evaluations do not agree: service " + serviceTiers + " (" + runs[0] + "), plain SQL " + sqlTiers + " (" + runs[1] + ")");
            }
            table.add(String.format(java.util.Locale.ROOT, "| tier re-evaluation of %,d members, round %d (%,d up, %,d down each) | %.1f s | %.1f s (plain SQL) | %.2fx time | <= 1.5x |",
                    runs[0].members(), round, runs[0].up(), runs[0].down(), times[0], times[1], times[0] / times[1]));
        }
    }

    private void accruals(Side service, Side sql, LoyaltyRows rows, List<String> table) throws Exception {
        Accruals baseline = new Accruals();
        long before = service.points();
        double accrual = seconds(() -> Accruals.service(service, rows.lastEarnedPurchase()));
        long serviceEarned = service.points() - before;
        report.line("accrual path: %.1f s, %,.0f purchases/s (load %.1f)", accrual, rows.accrued / accrual, loadAverage());
        report.write();
        if (SHARED) {
            service.undoStoreWrites();
        }
        double sqlAccrual = seconds(() -> baseline.plainSql(sql, rows.lastEarnedPurchase()));
        long sqlEarned = sql.points() - before;
        report.line("plain-SQL accrual: %.1f s, %,.0f purchases/s (load %.1f)", sqlAccrual, rows.accrued / sqlAccrual, loadAverage());
        report.line("points earned by the slice: service %,d, plain SQL %,d", serviceEarned, sqlEarned);
        report.write();
        if (serviceEarned != sqlEarned) {
            throw new AssertionError("the accruals do not agree: " + serviceEarned + " / " + sqlEarned);
        }
        table.add(String.format(java.util.Locale.ROOT, "| accrual of %,d stored purchases (the newest of %,d, %,d members) | %,.0f /s | %,.0f /s (plain SQL) | %.2fx throughput | >= 0.7x |",
                rows.accrued, rows.purchases, rows.members, rows.accrued / accrual, rows.accrued / sqlAccrual, sqlAccrual / accrual));
        if (rows.imported == 0) {
            return;
        }
        Path csv = rows.file("import.csv");
        before = service.points();
        double imported = seconds(() -> Accruals.serviceImport(service, csv));
        serviceEarned = service.points() - before;
        report.line("import with points: %.1f s, %,.0f purchases/s (load %.1f)", imported, rows.imported / imported, loadAverage());
        report.write();
        if (SHARED) {
            service.undoStoreWrites();
        }
        long sqlBefore = sql.points();
        double[] jdbc = baseline.plainSqlImport(sql, csv);
        sqlEarned = sql.points() - sqlBefore;
        report.line("raw JDBC purchases %.1f s + plain-SQL accrual %.1f s, %,.0f purchases/s (load %.1f)", jdbc[0], jdbc[1], rows.imported / (jdbc[0] + jdbc[1]),
                loadAverage());
        report.line("points earned by the import: service %,d, plain SQL %,d", serviceEarned, sqlEarned);
        report.write();
        if (serviceEarned != sqlEarned) {
            throw new AssertionError("the imports do not agree: " + serviceEarned + " / " + sqlEarned);
        }
        table.add(String.format(java.util.Locale.ROOT, "| purchases import with points (%,d into %,d) | %,.0f /s | %,.0f /s (raw JDBC + plain SQL) | %.2fx throughput | >= 0.5x |",
                rows.imported, rows.purchases, rows.imported / imported, rows.imported / (jdbc[0] + jdbc[1]), (jdbc[0] + jdbc[1]) / imported));
    }
}
