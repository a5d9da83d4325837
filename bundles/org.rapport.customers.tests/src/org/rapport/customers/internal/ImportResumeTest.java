package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.CustomerImport.Result;
import org.rapport.customers.api.ImportException;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.ImportKind;
import org.rapport.persistence.api.ChangeJournal;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.ObjectChange;
import org.rapport.persistence.api.StoreException;
import org.rapport.testing.CliRun;
import org.rapport.transfer.model.TransferRun;
import org.rapport.transfer.model.TransferStatus;

/**
 * An import that stops half-way leaves whole batches and a run to resume; the resume stores every
 * row exactly once. Here the stop is injected in the process: a change journal that refuses the
 * third batch's commit (a failure the service sees: the run is FAILED), or a "kill" thrown between
 * batches (the run stays RUNNING). ImportKillTest kills a real import process with SIGKILL.
 */
class ImportResumeTest {

    static final int ROWS = 2_500;

    @TempDir
    Path home;

    /** ROWS customers; every hundredth row has a birthday that is no date (25 rejects). */
    private Path file(String name, int rows) throws Exception {
        Path file = home.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ref,name,email,phone,birthday,region,channel,tags\n");
            for (int n = 0; n < rows; n++) {
                out.write("R-" + String.format("%06d", n) + ",Customer " + n + ",r" + n + "@example.com,," + (n % 100 == 0 ? "1990-13-01" : "") + ",East,WEB,\n");
            }
        }
        return file;
    }

    /** Refuses the commit of the third batch that creates customers, once. */
    private static final class FailingJournal implements ChangeJournal {
        final AtomicInteger batches = new AtomicInteger();
        boolean failed;

        @Override
        public List<? extends EObject> record(List<ObjectChange> changes) {
            if (!failed && changes.stream().anyMatch(c -> c.kind() == ObjectChange.Kind.CREATED && c.object() instanceof Customer)
                    && batches.incrementAndGet() == 3) {
                failed = true;
                throw new StoreException("injected failure in the third batch", null);
            }
            return List.of();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aFailedImportKeepsWholeBatchesAndTheResumeStoresEveryRowOnce(DatabaseKind kind) throws Exception {
        FailingJournal journal = new FailingJournal();
        try (ImportFixture fixture = new ImportFixture(kind, home, List.of(journal))) {
            Path file = file("big.csv", ROWS);
            List<String> ids = new ArrayList<>();
            Progress progress = new Progress() {
                @Override
                public void started(String id) {
                    ids.add(id);
                }
            };
            StoreException failure = assertThrows(StoreException.class,
                    () -> fixture.importer.importFile(ImportKind.CUSTOMERS, file, Options.defaults(), progress));
            assertTrue(failure.getMessage().contains("injected failure"), failure.getMessage());
            String id = ids.get(0);
            TransferRun run = fixture.run(id);
            assertEquals(TransferStatus.FAILED, run.getStatus());
            assertEquals(2001, run.getLastCommittedLine(), "two batches of 1,000 rows after the header");
            assertEquals(1980, run.getRowsImported());
            assertEquals(20, run.getRowsRejected());
            assertEquals(1980, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"), "whole batches only");

            ImportException refused = assertThrows(ImportException.class,
                    () -> fixture.importer.importFile(ImportKind.CUSTOMERS, file, Options.defaults(), Progress.NONE));
            assertTrue(refused.getMessage().contains(id) && refused.getMessage().contains("--resume " + id), refused.getMessage());

            CliRun resumed = fixture.cli(fixture.importCommand(), "mo", "customers", file.toString(), "--resume", id);
            assertEquals(1, resumed.code(), "rows were rejected");
            assertTrue(resumed.out().startsWith("import: " + id + "\nimported: 2475\nrejected: 25\n"), resumed.out());
            assertEquals(TransferStatus.DONE, fixture.run(id).getStatus());
            assertEquals(ROWS - 25, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"));
            assertEquals(ROWS - 25, fixture.count("SELECT COUNT(DISTINCT REFERENCE) FROM CUST_CUSTOMER"));
            List<String> rejects = Files.readAllLines(home.resolve("big.csv.rejects.csv"));
            assertEquals(26, rejects.size(), "each rejected row once, the third batch's included");
            Set<String> lines = new HashSet<>();
            for (String reject : rejects.subList(1, rejects.size())) {
                assertTrue(lines.add(reject), "twice: " + reject);
            }
            assertTrue(lines.contains("2,birthday,1990-13-01,not an ISO date (YYYY-MM-DD)"), lines.toString());
            assertTrue(lines.contains("2402,birthday,1990-13-01,not an ISO date (YYYY-MM-DD)"), lines.toString());

            ImportException done = assertThrows(ImportException.class,
                    () -> fixture.importer.importFile(ImportKind.CUSTOMERS, file, Options.defaults().withResume(id), Progress.NONE));
            assertEquals("Import " + id + " is finished: there is nothing to resume.", done.getMessage());
        }
    }

    /** Stands for a kill: not an exception the service handles, so nothing after it runs. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aKilledImportStaysRunningAndResumesOnlyWithTheSameFile() throws Exception {
        try (ImportFixture fixture = new ImportFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            Path file = file("killed.csv", 1_500);
            List<String> ids = new ArrayList<>();
            Progress killer = new Progress() {
                @Override
                public void started(String id) {
                    ids.add(id);
                }

                @Override
                public boolean isCancelled() {
                    throw new Killed();
                }
            };
            assertThrows(Killed.class, () -> fixture.importer.importFile(ImportKind.CUSTOMERS, file, Options.defaults().withBatchSize(500), killer));
            String id = ids.get(0);
            TransferRun run = fixture.run(id);
            assertEquals(TransferStatus.RUNNING, run.getStatus());
            assertEquals(501, run.getLastCommittedLine());
            assertEquals(495, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"));

            CliRun again = fixture.cli(fixture.importCommand(), "mo", "customers", file.toString());
            assertEquals(1, again.code());
            assertTrue(again.err().contains("--resume " + id), again.err());

            Path changed = file("changed.csv", 1_499);
            ImportException other = assertThrows(ImportException.class,
                    () -> fixture.importer.importFile(ImportKind.CUSTOMERS, changed, Options.defaults().withResume(id), Progress.NONE));
            assertTrue(other.getMessage().startsWith("Import " + id + " was of "), other.getMessage());

            Result result = fixture.importer.importFile(ImportKind.CUSTOMERS, file, Options.defaults().withResume(id), Progress.NONE);
            assertEquals(1485, result.imported());
            assertEquals(15, result.rejected());
            assertEquals(1485, fixture.count("SELECT COUNT(DISTINCT REFERENCE) FROM CUST_CUSTOMER"));
            assertEquals(1485, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aHundredThousandRowsImportWithBoundedMemory(DatabaseKind kind) throws Exception {
        int rows = 100_000;
        try (ImportFixture fixture = new ImportFixture(kind, home)) {
            Path file = home.resolve("large.csv");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("ref,name,region,channel\n");
                for (int n = 0; n < rows; n++) {
                    out.write("L-" + n + ",Large customer " + n + ",North,APP\n");
                }
            }
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long before = runtime.totalMemory() - runtime.freeMemory();
            long[] peak = { 0 };
            List<Long> reported = new ArrayList<>();
            Progress progress = new Progress() {
                @Override
                public void rows(long count) {
                    reported.add(count);
                    System.gc();
                    peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory());
                }
            };
            long start = System.nanoTime();
            Result result = fixture.importer.importFile(ImportKind.CUSTOMERS, file, Options.defaults(), progress);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            System.out.printf("100,000 customers imported on %s in %d s; heap in use after GC %d MB before, at most %d MB during%n", kind, seconds, before >> 20,
                    peak[0] >> 20);
            assertEquals(rows, result.imported());
            assertEquals(rows, fixture.count("SELECT COUNT(*) FROM CUST_CUSTOMER"));
            assertEquals(List.of(10_000L, 20_000L, 30_000L, 40_000L, 50_000L, 60_000L, 70_000L, 80_000L, 90_000L, 100_000L), reported);
            // 100,000 managed customers would take several hundred MB; the batches are forgotten
            assertTrue(peak[0] - before < 96L << 20, "memory grew by " + ((peak[0] - before) >> 20) + " MB");
        }
    }
}
