package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.CustomerImport.Result;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.ImportKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.internal.Schemas;
import org.rapport.security.internal.SecurityModel;
import org.rapport.testing.ChildJvm;
import org.rapport.testing.TestUsers;
import org.rapport.testing.TestDatabases;
import org.rapport.transfer.internal.TransferModel;
import org.rapport.transfer.model.TransferRun;
import org.rapport.transfer.model.TransferStatus;

/**
 * An import process killed with SIGKILL in the middle of a file (as CrashSafetyTest kills a
 * writer) leaves whole batches and a RUNNING run; {@code --resume} then stores every row exactly
 * once, on each database.
 */
class ImportKillTest {

    static final int ROWS = 20_000;
    static final int BATCH = 500;
    private static final List<String> BUNDLES = List.of("org.rapport.persistence", "org.rapport.customers", "org.rapport.transfer", "org.rapport.security", "org.rapport.core",
            "org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.eclipse.persistence.core", "org.eclipse.persistence.jpa.jpql", "org.eclipse.osgi",
            "org.postgresql.jdbc", "org.apache.commons.commons-csv", "org.apache.commons.commons-io", "org.apache.commons.commons-codec", "wrapped.com.belerweb.pinyin4j", "org.rapport.testing");

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aKilledImportProcessLeavesWholeBatchesAndTheResumeStoresEveryRowOnce(DatabaseKind kind) throws Exception {
        try (TestDatabases.SharedDatabase database = TestDatabases.shared(kind, home)) {
            killAndResume(database.settings());
        }
    }

    private void killAndResume(DatabaseSettings settings) throws Exception {
        boolean embedded = settings.kind() == DatabaseKind.DERBY_EMBEDDED;
        if (embedded) {
            DataSources.createEmbedded(settings);
        }
        List<Schemas.Source> sources = Schemas.sources(List.of(new SecurityModel(), new TransferModel(), new CustomersModel()));
        Schemas.openMigrated(settings, sources).close();
        if (embedded) {
            DataSources.shutdownEmbedded(settings);
        }
        Path file = home.resolve("customers.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ref,name,email\n");
            for (int n = 0; n < ROWS; n++) {
                out.write("K-" + n + ",Killed import " + n + ",k" + n + "@example.com\n");
            }
        }

        Process child = start(settings, file);
        String id = null;
        long reported = 1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            String line;
            // let several batches commit, then kill it while the next one is being written
            while (reported < 1 + 6L * BATCH && (line = out.readLine()) != null) {
                assertTrue(Instant.now().isBefore(deadline), "the import is too slow");
                if (line.startsWith("ID ")) {
                    id = line.substring(3);
                } else if (line.startsWith("COMMITTED ")) {
                    reported = Long.parseLong(line.substring("COMMITTED ".length()));
                }
            }
            Thread.sleep(100);
            child.toHandle().destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            while ((line = out.readLine()) != null) {
                assertTrue(!line.equals("DONE"), "the import finished before it was killed");
                if (line.startsWith("COMMITTED ")) {
                    reported = Long.parseLong(line.substring("COMMITTED ".length()));
                }
            }
        } finally {
            child.destroyForcibly();
        }
        assertTrue(reported >= 1 + 6L * BATCH, () -> "the import did not get going: " + read(ChildJvm.errors(home, ImportChild.class)));

        EclipseLinkStore store = Schemas.openMigrated(settings, sources);
        try {
            TestUsers users = new TestUsers();
            users.add(ImportFixture.user("mo", "manager"));
            users.as("mo");
            long stored = CustomerFixture.count(settings, "SELECT COUNT(*) FROM CUST_CUSTOMER");
            TransferRun run;
            try (UnitOfWork work = store.begin()) {
                List<TransferRun> runs = work.query("SELECT r FROM TransferRun r WHERE r.importId = ?1", id);
                run = runs.get(0);
            }
            System.out.printf("ImportKillTest %s: the import reported line %d committed before SIGKILL; the database holds %d customers, the run line %d%n",
                    settings.kind(), reported, stored, run.getLastCommittedLine());
            assertEquals(TransferStatus.RUNNING, run.getStatus(), "a killed import stays RUNNING");
            assertEquals(0, stored % BATCH, "a batch was half written: " + stored);
            assertEquals(stored + 1, run.getLastCommittedLine(), "the run's line is committed with its batch");
            assertTrue(stored + 1 >= reported && stored + 1 <= reported + BATCH, "committed " + stored + ", reported line " + reported);

            CustomerImportService importer = ImportFixture.importer(store, users, ImportFixture.CLOCK);
            Result result = importer.importFile(ImportKind.CUSTOMERS, file, Options.defaults().withResume(id).withBatchSize(BATCH), Progress.NONE);
            assertEquals(ROWS, result.imported());
            assertEquals(0, result.rejected());
            assertEquals(ROWS, CustomerFixture.count(settings, "SELECT COUNT(*) FROM CUST_CUSTOMER"));
            assertEquals(ROWS, CustomerFixture.count(settings, "SELECT COUNT(DISTINCT REFERENCE) FROM CUST_CUSTOMER"));
            assertEquals(ROWS, CustomerFixture.count(settings, "SELECT COUNT(*) FROM CUST_EMAIL_ADDRESS"));
        } finally {
            store.close();
            if (embedded) {
                DataSources.shutdownEmbedded(settings);
            }
        }
    }

    /** ImportChild in a new JVM on the jars of this runtime's bundles; its standard error goes to home/ImportChild.err. */
    private Process start(DatabaseSettings settings, Path file) throws IOException {
        return ChildJvm.start(home, ImportChild.class, BUNDLES, settings.url(), settings.user(), settings.password(), file.toString(), Integer.toString(BATCH));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
