package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.testing.TestDatabases;

/**
 * A writer killed with SIGKILL in the middle of a large write leaves a database that opens (an
 * embedded Derby recovers its log) with every committed batch and nothing of the one in flight,
 * on each database Rapport runs on.
 */
class CrashSafetyTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aKilledWriterLeavesExactlyTheCommittedBatches(DatabaseKind kind) throws Exception {
        try (TestDatabases.SharedDatabase database = TestDatabases.shared(kind, home)) {
            crashAndRecover(database.settings());
        }
    }

    private void crashAndRecover(DatabaseSettings settings) throws Exception {
        boolean embedded = settings.kind() == DatabaseKind.DERBY_EMBEDDED;
        if (embedded) {
            DataSources.createEmbedded(settings);
        }
        EclipseLinkStore.open(settings, List.of(TestmodelPackage.eINSTANCE), EclipseLinkStore.Schema.CREATE).close();
        if (embedded) {
            DataSources.shutdownEmbedded(settings);
        }

        Process writer = ChildJvm.start(home, CrashWriter.class, settings.url(), settings.user(), settings.password());
        long reported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            String line;
            // let several batches commit, then kill it while the next one is being written
            while (reported < 6L * CrashWriter.BATCH && (line = out.readLine()) != null) {
                assertTrue(Instant.now().isBefore(deadline), "the writer is too slow");
                if (line.startsWith("COMMITTED ")) {
                    reported = Long.parseLong(line.substring("COMMITTED ".length()));
                }
            }
            Thread.sleep(150);
            // SIGKILL: no shutdown hook, no clean close of the database. Through the process handle, so
            // the pipe stays open: a fast writer may have printed commits that were not read yet
            writer.toHandle().destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
            while ((line = out.readLine()) != null) {
                if (line.startsWith("COMMITTED ")) {
                    reported = Long.parseLong(line.substring("COMMITTED ".length()));
                }
            }
        } finally {
            writer.destroyForcibly();
        }
        assertTrue(reported >= 6L * CrashWriter.BATCH, () -> "the writer did not get going: " + ChildJvm.errorText(home, CrashWriter.class));

        Set<String> references = new HashSet<>();
        try (Connection connection = DataSources.open(settings).getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT REFERENCE FROM PTEST_PARTY")) {
            while (rows.next()) {
                references.add(rows.getString(1));
            }
        } finally {
            if (embedded) {
                DataSources.shutdownEmbedded(settings);
            }
        }
        long stored = references.size();
        System.out.printf("CrashSafetyTest %s: the writer reported %d committed rows before SIGKILL; the database holds %d%n", settings.kind(), reported,
                stored);
        assertEquals(0, stored % CrashWriter.BATCH, "a batch was half written: " + stored + " rows");
        assertTrue(stored >= reported, "committed batches are missing: reported " + reported + ", found " + stored);
        assertTrue(stored <= reported + CrashWriter.BATCH, "more than the batch in flight appeared: " + stored);
        for (long n = 0; n < stored; n++) {
            assertTrue(references.contains("K-" + n), "K-" + n + " is missing");
        }
    }

}
